// Full-text search: after `astro build`, Pagefind indexes the built pages into
// `<outDir>/pagefind/`, a static index the search page loads on first use (no server).
// One index serves both interfaces: only the default locale's pages carry
// `data-pagefind-body` (src/layouts/Base.astro), since the /id/ copies hold the same
// text under Indonesian chrome; indexing them too doubled Pagefind's time and the
// index. The search page of /id/ loads the same index (Pagefind falls back to its
// largest language) and links results to the /id/ copies (src/client/search.ts).
// Set BRIEFING_SEARCH_INDEX=off to skip it (the benchmark times it separately).
// Pagefind is handed only the pages it indexes (an exact glob of the pages marked
// `data-pagefind-body`, found while hashing them): reading and parsing the /id/ copies
// and the paged and filtered lists it would skip anyway was most of its time.
// Pagefind has no incremental mode: a rebuild whose indexed pages are byte-identical to
// the last build's (digest of those HTML files) copies the last index from the build cache.
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES, localePrefix } from '../i18n/index.ts';
import { filesBelow } from './files-below.ts';

export interface SearchIndexResult {
  pages: number;
  ms: number;
}

/** Top-level folders of `dir` Pagefind does not read: its own output and the other locales' copies. */
const SKIPPED = new Set(['pagefind', ...LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => localePrefix(locale).replace(/\/$/, ''))]);

/** The HTML files under `dir` but in the skipped folders (paths with `/`, sorted). */
async function candidateFiles(dir: string): Promise<string[]> {
  return (await filesBelow(dir)).filter((path) => path.endsWith('.html') && (!SKIPPED.has(path.split('/')[0] as string) || !path.includes('/'))).sort();
}

const BODY = Buffer.from('data-pagefind-body');
/** Characters Pagefind's glob reads as syntax (`*`, `?`, `[…]`, `{a,b}`, `\`, `!`). */
const GLOB_SYNTAX = /[*?[\]{},\\!]/;
const READ_AHEAD = 32;

export interface SearchedPages {
  /**
   * The pages Pagefind indexes: those marked `data-pagefind-body` (Pagefind skips the
   * others when any page is marked: paged lists, filtered lists), or all when none is.
   */
  files: string[];
  /** A glob relative to `dir` that reads those pages (Pagefind's syntax: `*` stays within a folder, `{a,b}` is either). */
  glob: string;
  /** The digest of those pages (path and bytes) and Pagefind's version. */
  digest: string;
}

/** The pages the search index is made of, read once (a few files at a time, hashed in path order). */
export async function searchedPages(dir: string): Promise<SearchedPages> {
  const candidates = await candidateFiles(dir);
  const version = `pagefind@${await pagefindVersion()}\0`;
  const marked = { files: [] as string[], hash: createHash('sha256').update(version) };
  const every = createHash('sha256').update(version);
  for (let start = 0; start < candidates.length; start += READ_AHEAD) {
    const batch = candidates.slice(start, start + READ_AHEAD);
    const texts = await Promise.all(batch.map((file) => readFile(join(dir, file))));
    batch.forEach((file, i) => {
      const text = texts[i] as Buffer;
      every.update(`${file}\0`).update(text).update('\0');
      if (text.includes(BODY)) {
        marked.files.push(file);
        marked.hash.update(`${file}\0`).update(text).update('\0');
      }
    });
  }
  if (marked.files.length > 0 && !marked.files.some((file) => GLOB_SYNTAX.test(file))) {
    return { files: marked.files, glob: `{${marked.files.join(',')}}`, digest: marked.hash.digest('hex') };
  }
  // Nothing marked (Pagefind then indexes every page), or a name the glob cannot spell:
  // every candidate page, by folder; Pagefind still indexes only the marked ones.
  const folders = new Set(candidates.filter((file) => file.includes('/')).map((file) => file.split('/')[0] as string));
  const glob = `{${['*.html', ...[...folders].sort().map((folder) => `${folder}/**/*.html`)].join(',')}}`;
  return marked.files.length > 0
    ? { files: marked.files, glob, digest: marked.hash.digest('hex') }
    : { files: candidates, glob, digest: every.digest('hex') };
}

/** Indexes the HTML under `dir` into `dir/pagefind/`; throws with Pagefind's errors. */
export async function buildSearchIndex(dir: string, pages?: SearchedPages): Promise<SearchIndexResult> {
  const started = performance.now();
  const { glob, files } = pages ?? (await searchedPages(dir));
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir, glob });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Pagefind counts the pages it read; those it indexed are the marked ones.
    return { pages: files.length, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's version (its package.json is not exported: read from the node_modules folders Node would search). */
async function pagefindVersion(): Promise<string> {
  for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    try {
      const pkg = JSON.parse(await readFile(join(dir, 'pagefind', 'package.json'), 'utf8')) as { version?: string };
      if (pkg.version) return pkg.version;
    } catch {
      // Not installed there: look further up.
    }
  }
  return '?';
}

/**
 * Every file under `from` at the same path under `to`, hard-linked (the index is
 * written once and never changed in place, so the build cache and `dist/` can share
 * its files), or copied where links cannot be made (another disk).
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = (await readdir(from, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const made = new Set<string>();
  for (const entry of entries) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    if (!made.has(dirname(target))) {
      await mkdir(dirname(target), { recursive: true });
      made.add(dirname(target));
    }
    try {
      await link(source, target);
    } catch {
      await copyFile(source, target);
    }
  }
}

/**
 * The search index of the pages under `dir`: copied from `cache` when the pages are
 * those of the build that wrote it, else built and stored there (only the latest).
 */
export async function cachedSearchIndex(dir: string, cache: string): Promise<SearchIndexResult & { reused: boolean }> {
  const started = performance.now();
  const pages = await searchedPages(dir);
  const { digest } = pages;
  const stored = join(cache, digest);
  // A new index replaces any old one whole: Pagefind writes new files, never into
  // linked ones, and nothing stale or half copied is kept.
  await rm(join(dir, 'pagefind'), { recursive: true, force: true });
  try {
    const count = Number(await readFile(join(cache, `${digest}.pages`), 'utf8'));
    if (Number.isInteger(count)) {
      await linkTree(stored, join(dir, 'pagefind'));
      return { pages: count, ms: performance.now() - started, reused: true };
    }
  } catch {
    // Not cached (or unreadable): build it, over anything half linked.
    await rm(join(dir, 'pagefind'), { recursive: true, force: true });
  }
  const result = await buildSearchIndex(dir, pages);
  try {
    await rm(cache, { recursive: true, force: true });
    await mkdir(cache, { recursive: true });
    const temporary = `${stored}.${process.pid}.tmp`;
    await linkTree(join(dir, 'pagefind'), temporary);
    await rename(temporary, stored);
    await writeFile(join(cache, `${digest}.pages`), String(result.pages));
  } catch {
    // A read-only or full disk only costs the next build its cached index.
  }
  return { ...result, ms: performance.now() - started, reused: false };
}

export function searchIndex(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'briefing:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['BRIEFING_SEARCH_INDEX'] === 'off') {
          logger.info('search index skipped (BRIEFING_SEARCH_INDEX=off)');
          return;
        }
        const out = fileURLToPath(dir);
        const result = cacheDir ? await cachedSearchIndex(out, join(fileURLToPath(cacheDir), 'pagefind')) : { ...(await buildSearchIndex(out)), reused: false };
        logger.info(`search index: ${result.pages} pages in ${Math.round(result.ms)} ms${result.reused ? ' (pages unchanged: copied from the last build)' : ''}`);
      },
    },
  };
}
