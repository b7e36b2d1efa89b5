// The articles collection's loader: every `<base>/*.mdx` file, its front-matter validated
// by the collection schema, exactly like Astro's glob loader, with one difference.
// @astrojs/mdx turns every .mdx file into a JavaScript module for the bundler (about
// 25 ms and a share of memory per article), although most bodies are plain paragraphs.
// A body with no MDX-only syntax renders the same as CommonMark, so it is rendered once
// here by the configured Markdown processor and cached in the content store, as a `.md`
// entry would be; only bodies that use MDX (components, expressions, ESM) are handed to
// the MDX pipeline. The collection API is unchanged: `entry.id`, `entry.data`,
// `entry.body`, and `render(entry)` for both kinds, except for the commonest: a body
// that is paragraphs of text only (what ingest writes) is stored without rendered HTML,
// because the source page renders those paragraphs itself, each with its anchor and
// notes (src/views/Source.astro decides with the same `parseBody`). Rendering them
// here too was 2 s of a 4,000-article build's content sync, and the HTML doubled the
// content store every page bundle carries (36 MB → 15 MB at 4,000 articles).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseBody } from '../pipeline/emit.ts';

/** `auto`: MDX only where the body needs it; `all`: every file through MDX (Astro's glob loader behaviour). */
export type MdxRouting = 'auto' | 'all';

/** Bump when the routing rule or the stored entry shape changes, so cached entries are redone. */
export const ARTICLE_LOADER_VERSION = 2;

/**
 * True when a body uses syntax that MDX reads differently from CommonMark, so only the
 * MDX pipeline renders it right: an unescaped `{` (an expression; a lone `}` is text
 * in both), an unescaped `<` (JSX; in CommonMark HTML or an autolink, which MDX does not
 * have), a line starting with `import`/`export` (ESM), an indented line (indented code
 * exists in CommonMark only), or an image (MDX imports it as a module; Markdown
 * resolves it at render time).
 * Everything else (emphasis, links, headings, lists, tables, escapes, character
 * references) parses the same in both. Hand-written rather than a micromark parse:
 * the scan is a few microseconds, the parse the milliseconds per article we avoid.
 */
export function needsMdx(body: string): boolean {
  if (/^(?:[ \t]+\S|(?:import|export)\b)/m.test(body)) return true;
  if (body.includes('![')) return true;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === 0x5c /* \ */) i++;
    else if (code === 0x7b /* { */ || code === 0x3c /* < */) return true;
  }
  return false;
}

export interface ArticleLoaderOptions {
  /** Folder of the `.mdx` files, absolute or relative to the project root. */
  base: string;
  routing?: MdxRouting;
}

/** What the loader needs of Astro's content entry types (`.md`, `.mdx`); the glob loader gets the same. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ body: string; data: Record<string, unknown> }>;
  getRenderFunction?(config: LoaderContext['config']): Promise<(entry: { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string }) => Promise<RenderedEntry>>;
}

interface RenderedEntry {
  html: string;
  metadata?: Record<string, unknown>;
}

/** Files read and rendered at once: enough to overlap I/O with rendering, few enough to bound memory. */
const CONCURRENCY = 16;

const toPosix = (path: string) => path.split(sep).join('/');

export function articleLoader(options: ArticleLoaderOptions): Loader {
  const routing = options.routing ?? 'auto';
  return {
    name: 'briefing-article-loader',
    load: async (context) => {
      const { config, store, logger, parseData, generateDigest, watcher } = context;
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      const mdxType = entryTypes?.get('.mdx');
      const mdType = entryTypes?.get('.md');
      if (!mdxType || !mdType?.getRenderFunction) {
        throw new Error('briefing-article-loader: Astro passed no .mdx and .md entry types to the loader; is @astrojs/mdx in the integrations?');
      }
      const root = fileURLToPath(config.root);
      const baseDir = new URL(`${options.base.replace(/\/?$/, '/')}`, config.root);
      const basePath = fileURLToPath(baseDir);
      let renderMarkdown: Awaited<ReturnType<NonNullable<EntryType['getRenderFunction']>>> | undefined;

      async function sync(name: string): Promise<string | null> {
        const filePath = join(basePath, name);
        const contents = await readFile(filePath, 'utf8').catch((error: Error) => {
          logger.error(`Error reading ${name}: ${error.message}`);
          return null;
        });
        if (contents === null) return null;
        const id = name.replace(/\.mdx$/, '');
        // The routing and this loader's version are part of the digest: a store written
        // with another routing, or by another version, is not reused.
        const digest = generateDigest(`${ARTICLE_LOADER_VERSION}:${routing}\n${contents}`);
        const existing = store.get(id);
        if (existing && existing.digest === digest && existing.filePath) {
          if (existing.deferredRender) store.addModuleImport(existing.filePath);
          return id;
        }
        const { body, data } = await mdxType!.getEntryInfo({ contents, fileUrl: pathToFileURL(filePath) });
        const relativePath = toPosix(relative(root, filePath));
        const parsed = await parseData({ id, data, filePath });
        if (routing === 'all' || needsMdx(body)) {
          store.set({ id, data: parsed, body, filePath: relativePath, digest, deferredRender: true });
          return id;
        }
        if (parseBody(body) !== null) {
          // Paragraphs of text: the source page renders them; nothing reads rendered HTML.
          store.set({ id, data: parsed, body, filePath: relativePath, digest });
          return id;
        }
        renderMarkdown ??= await mdType!.getRenderFunction!(config);
        let rendered: RenderedEntry | undefined;
        try {
          rendered = await renderMarkdown({ id, data, body, filePath, digest });
          // The Markdown renderer ends its HTML with a newline, MDX does not: the same page either way.
          rendered = { ...rendered, html: rendered.html.replace(/\n$/, '') };
        } catch (error) {
          logger.error(`Error rendering ${name}: ${(error as Error).message}`);
        }
        store.set({
          id,
          data: parsed,
          body,
          filePath: relativePath,
          digest,
          // No asset imports: a body with an image goes through MDX (see needsMdx).
          ...(rendered ? { rendered: rendered as never } : {}),
        });
        return id;
      }

      const names = (await readdir(basePath).catch(() => [] as string[])).filter((name) => name.endsWith('.mdx')).sort();
      if (names.length === 0) logger.warn(`No .mdx files found in ${toPosix(relative(root, basePath)) || '.'}`);
      const untouched = new Set(store.keys());
      for (let start = 0; start < names.length; start += CONCURRENCY) {
        const ids = await Promise.all(names.slice(start, start + CONCURRENCY).map(sync));
        for (const id of ids) if (id !== null) untouched.delete(id);
      }
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      // `astro dev`: follow edits, new files and deletions, as the glob loader does.
      watcher.add(basePath);
      const inBase = (path: string) => {
        const name = relative(basePath, path);
        return name.endsWith('.mdx') && !name.includes(sep) && !name.startsWith('..') ? name : null;
      };
      const onChange = async (path: string) => {
        const name = inBase(path);
        if (name === null) return;
        try {
          await sync(name);
          logger.info(`Reloaded ${name}`);
        } catch (error) {
          logger.error(`Failed to reload ${name}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path: string) => {
        const name = inBase(path);
        if (name !== null) store.delete(name.replace(/\.mdx$/, ''));
      });
    },
  };
}
