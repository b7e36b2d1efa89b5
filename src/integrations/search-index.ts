// Full-text search: after `astro build`, Pagefind indexes the built pages into
// `<outDir>/pagefind/`, a static index the search page loads on first use (no server).
// One index serves both interfaces: only the default locale's pages carry
// `data-pagefind-body` (src/layouts/Base.astro), since the /id/ copies hold the same
// text under Indonesian chrome; indexing them too doubled Pagefind's time and the
// index. The search page of /id/ loads the same index (Pagefind falls back to its
// largest language) and links results to the /id/ copies (src/client/search.ts).
// Set BRIEFING_SEARCH_INDEX=off to skip it (the benchmark times it separately).
// Pagefind has no incremental mode: a rebuild whose pages are byte-identical to the
// last build's (digest of every HTML file) copies the last index from the build cache.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';

export interface SearchIndexResult {
  pages: number;
  ms: number;
}

/** Indexes the HTML under `dir` into `dir/pagefind/`; throws with Pagefind's errors. */
export async function buildSearchIndex(dir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, ms: performance.now() - started };
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

/** The digest of the pages Pagefind reads: every HTML file under `dir` (path and bytes), and Pagefind's version. */
export async function pagesDigest(dir: string): Promise<string> {
  const version = await pagefindVersion();
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
  const hash = createHash('sha256').update(`pagefind@${version}\0`);
  for (const file of files) hash.update(`${file}\0`).update(await readFile(join(dir, file))).update('\0');
  return hash.digest('hex');
}

/**
 * The search index of the pages under `dir`: copied from `cache` when the pages are
 * those of the build that wrote it, else built and stored there (only the latest).
 */
export async function cachedSearchIndex(dir: string, cache: string): Promise<SearchIndexResult & { reused: boolean }> {
  const started = performance.now();
  const digest = await pagesDigest(dir);
  const stored = join(cache, digest);
  try {
    const pages = Number(await readFile(join(cache, `${digest}.pages`), 'utf8'));
    if (Number.isInteger(pages)) {
      await cp(stored, join(dir, 'pagefind'), { recursive: true });
      return { pages, ms: performance.now() - started, reused: true };
    }
  } catch {
    // Not cached (or unreadable): build it, over anything half copied.
    await rm(join(dir, 'pagefind'), { recursive: true, force: true });
  }
  const result = await buildSearchIndex(dir);
  try {
    await rm(cache, { recursive: true, force: true });
    await mkdir(cache, { recursive: true });
    const temporary = `${stored}.${process.pid}.tmp`;
    await cp(join(dir, 'pagefind'), temporary, { recursive: true });
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
