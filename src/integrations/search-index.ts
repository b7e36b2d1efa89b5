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
// Finding which pages are marked, and their digest, reads every candidate page (120 MB
// at 1,000 articles): the cache also keeps what it found of each page under the page's
// file signature (size, times, inode), so a rebuild reads only the pages it rewrote.
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';
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
  return (await filesBelow(dir, (folder) => SKIPPED.has(folder))).filter((path) => path.endsWith('.html')).sort();
}

const BODY = Buffer.from('data-pagefind-body');
/** Characters Pagefind's glob reads as syntax (`*`, `?`, `[…]`, `{a,b}`, `\`, `!`). */
const GLOB_SYNTAX = /[*?[\]{},\\!]/;
const READ_AHEAD = 32;

/** What a page holds for the search index, found by reading it. */
interface PageReading {
  /** Whether it carries `data-pagefind-body`. */
  marked: boolean;
  /** sha256 of its bytes. */
  digest: string;
}

/**
 * What was read of each candidate page, by path, with the file's signature when it was
 * read: size, modification and change times in nanoseconds, inode and device. Writing a
 * file changes its times (and replacing it, its inode), and the change time cannot be
 * set back by copying tools, so a page whose signature is the one recorded holds the
 * bytes that were read. (Pages are read after the build has written them; nothing
 * writes them while they are read.)
 */
export type PageMemo = Map<string, PageReading & { signature: string }>;

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
  /** What was read of every candidate page, for the next call. */
  memo: PageMemo;
  /** How many pages were read (the others were known by their signature). */
  read: number;
}

const signatureOf = async (path: string): Promise<string> => {
  const info = await stat(path, { bigint: true });
  return `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}:${info.dev}`;
};

/**
 * The pages the search index is made of. A page whose file signature is the one in
 * `known` is not read again; the others are read a few at a time.
 */
export async function searchedPages(dir: string, known: PageMemo = new Map()): Promise<SearchedPages> {
  const candidates = await candidateFiles(dir);
  const version = `pagefind@${await pagefindVersion()}\0`;
  const memo: PageMemo = new Map();
  let read = 0;
  for (let start = 0; start < candidates.length; start += READ_AHEAD) {
    const batch = candidates.slice(start, start + READ_AHEAD);
    const readings = await Promise.all(
      batch.map(async (file) => {
        const path = join(dir, file);
        const signature = await signatureOf(path);
        const before = known.get(file);
        if (before?.signature === signature) return before;
        const text = await readFile(path);
        read++;
        // A file rewritten while it was read is not remembered: it is read again next time.
        const unchanged = (await signatureOf(path)) === signature;
        return { marked: text.includes(BODY), digest: createHash('sha256').update(text).digest('hex'), signature: unchanged ? signature : '' };
      }),
    );
    batch.forEach((file, i) => memo.set(file, readings[i] as PageReading & { signature: string }));
  }
  const digestOf = (files: readonly string[]) => {
    const hash = createHash('sha256').update(version);
    for (const file of files) hash.update(`${file}\0${(memo.get(file) as PageReading).digest}\0`);
    return hash.digest('hex');
  };
  const marked = candidates.filter((file) => (memo.get(file) as PageReading).marked);
  if (marked.length > 0 && !marked.some((file) => GLOB_SYNTAX.test(file))) {
    return { files: marked, glob: `{${marked.join(',')}}`, digest: digestOf(marked), memo, read };
  }
  // Nothing marked (Pagefind then indexes every page), or a name the glob cannot spell:
  // every candidate page, by folder; Pagefind still indexes only the marked ones.
  const folders = new Set(candidates.filter((file) => file.includes('/')).map((file) => file.split('/')[0] as string));
  const glob = `{${['*.html', ...[...folders].sort().map((folder) => `${folder}/**/*.html`)].join(',')}}`;
  return marked.length > 0 ? { files: marked, glob, digest: digestOf(marked), memo, read } : { files: candidates, glob, digest: digestOf(candidates), memo, read };
}

/** The file in the search cache that keeps the page memo of the folder last indexed. */
const MEMO_FILE = 'pages.json';

async function readPageMemo(cache: string, dir: string): Promise<PageMemo> {
  try {
    const stored = JSON.parse(await readFile(join(cache, MEMO_FILE), 'utf8')) as { dir?: unknown; pages?: unknown };
    if (stored.dir !== dir || !Array.isArray(stored.pages)) return new Map();
    return new Map(stored.pages as [string, PageReading & { signature: string }][]);
  } catch {
    return new Map();
  }
}

async function writePageMemo(cache: string, dir: string, memo: PageMemo): Promise<void> {
  try {
    await mkdir(cache, { recursive: true });
    const temporary = join(cache, `${MEMO_FILE}.${process.pid}.tmp`);
    await writeFile(temporary, JSON.stringify({ dir, pages: [...memo] }));
    await rename(temporary, join(cache, MEMO_FILE));
  } catch {
    // A read-only or full disk only costs the next build a reading of every page.
  }
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
export async function cachedSearchIndex(dir: string, cache: string): Promise<SearchIndexResult & { reused: boolean; read: number }> {
  const started = performance.now();
  const folder = resolve(dir);
  const pages = await searchedPages(dir, await readPageMemo(cache, folder));
  const { digest } = pages;
  const stored = join(cache, digest);
  // A new index replaces any old one whole: Pagefind writes new files, never into
  // linked ones, and nothing stale or half copied is kept.
  await rm(join(dir, 'pagefind'), { recursive: true, force: true });
  try {
    const count = Number(await readFile(join(cache, `${digest}.pages`), 'utf8'));
    if (Number.isInteger(count)) {
      await linkTree(stored, join(dir, 'pagefind'));
      if (pages.read > 0) await writePageMemo(cache, folder, pages.memo);
      return { pages: count, ms: performance.now() - started, reused: true, read: pages.read };
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
  await writePageMemo(cache, folder, pages.memo);
  return { ...result, ms: performance.now() - started, reused: false, read: pages.read };
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
