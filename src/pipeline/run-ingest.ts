// The ingest orchestrator: seeds → content files, reading like the data flow
// (decode → normalize → clean → metadata → segment → emit). The file system and
// the clock are reached only through the injected `effects`, so tests run the
// real pipeline against memory.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { articleFrontmatter } from '../schemas/article.ts';
import { cleanBoilerplate } from './clean.ts';
import { isDateReading, publicationDateOf, type DateReading } from '../lib/dates/publication-date.ts';
import { decodeBytes, DEFAULT_MAX_BYTES, oversizeDiagnostic, sha256Hex } from './decode.ts';
import { emitMdx, EmitError, isUnedited, sha256 } from './emit.ts';
import { assignArticleIds } from './ids.ts';
import { extractMetadata } from './metadata.ts';
import { normalizeArticle } from './normalize.ts';
import { segmentArticle } from './segment.ts';
import { isArticleId, type ArticleId, type Diagnostic, type RawArticle, type SegmentedArticle } from './types.ts';

export interface IngestEffects {
  /** Seed file names (relative to the seeds folder), or throws when the folder is missing. */
  listSeeds(): Promise<string[]>;
  /** A seed's size in bytes and its bytes, or null for them when it is larger than `maxBytes` (a huge file is never loaded). */
  readSeed(seed: string, maxBytes: number): Promise<{ size: number; bytes: Uint8Array | null }>;
  /** Content file names (`<id>.mdx`) present now. */
  listContent(): Promise<string[]>;
  readContent(name: string): Promise<string>;
  /**
   * Writes atomically: a reader sees the old file or the new one, never half of one.
   * The new one may appear only at `commit`.
   */
  writeContent(name: string, text: string): Promise<void>;
  /** Makes every write so far visible and durable; runIngest calls it before it ends. */
  commit?(): Promise<void>;
  /** Where a run records what it made of each seed, so the next run can skip the seeds that did not change. */
  cache?: IngestCache;
  /** Today, `YYYY-MM-DD`. */
  today(): string;
  /** Progress on long runs; may be a no-op. */
  progress(done: number, total: number): void;
}

/** The ingest cache of a content folder (see runIngest). */
export interface IngestCache {
  /** Digest of the code that makes content files: a cache recorded by other code is not used. */
  codeDigest(): string;
  /** What the last run recorded, or null. */
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

export interface IngestOptions {
  /** Regenerate files that were edited by hand. */
  force?: boolean;
  /** Seeds larger than this are skipped. */
  maxBytes?: number;
}

export interface IngestReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Content files kept because someone edited them (re-run with `--force` to replace). */
  keptEdited: string[];
  /** Seeds with the same text as another seed: `[duplicate, kept]`. */
  duplicates: [string, string][];
  /** Seeds skipped, with the diagnostic that says why. */
  skipped: Diagnostic[];
  /** Content files whose seed is no longer in the seeds folder (kept, never deleted). */
  orphaned: string[];
  /** Every message, in order, including those above. */
  diagnostics: Diagnostic[];
  /** The articles processed in this run, for the report and for tests (not the reused ones). */
  articles: Map<ArticleId, SegmentedArticle>;
  /** Content files left as they are without processing their seed again (the ingest cache); also in `unchanged`. */
  reused: string[];
}

/**
 * The ingest cache: for each seed whose content file the last run left as ingest wrote
 * it, the seed's digest, the file's id and digest, the text key duplicates are found
 * by, and what the date rules read in its first lines with the publication date they
 * gave. A seed is not processed again when its bytes, the code (every module ingest
 * runs, the packages and the runtime) and the size limit are those of the run that
 * recorded it, its readings give the same date today (today's date decides only that:
 * a printed date after today is refused, a weekday pins the latest year not after
 * today), and its content file is still, byte for byte, what that run left: processing
 * it again would write the same bytes. A file edited since, a changed seed, a date
 * that moved, a missing file or any other cache is processed as before.
 */
const CACHE_FORMAT = 2;

interface CacheEntry {
  seed_sha256: string;
  id: string;
  file_sha256: string;
  text_key: string;
  date_readings: DateReading[];
  /** publicationDateOf(date_readings, the day of the run that recorded it), as JSON. */
  date: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
function isCacheEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry['seed_sha256'] === 'string' && HEX64.test(entry['seed_sha256']) &&
    typeof entry['id'] === 'string' && isArticleId(entry['id']) &&
    typeof entry['file_sha256'] === 'string' && HEX64.test(entry['file_sha256']) &&
    typeof entry['text_key'] === 'string' && HEX64.test(entry['text_key']) &&
    Array.isArray(entry['date_readings']) && entry['date_readings'].every(isDateReading) &&
    typeof entry['date'] === 'string'
  );
}

/** Whether a cached seed's date readings give today the date they gave when recorded. */
const sameDateToday = (entry: CacheEntry, today: string): boolean => JSON.stringify(publicationDateOf(entry.date_readings, today)) === entry.date;

/** The entries of a cache text recorded under `key`; none for another key or a damaged file. */
function readCacheEntries(text: string | null, key: string): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  if (text === null) return entries;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return entries;
  }
  if (typeof data !== 'object' || data === null) return entries;
  const { format, key: recorded, seeds } = data as Record<string, unknown>;
  if (format !== CACHE_FORMAT || recorded !== key || typeof seeds !== 'object' || seeds === null) return entries;
  for (const [seed, entry] of Object.entries(seeds)) if (isCacheEntry(entry)) entries.set(seed, entry);
  return entries;
}

/** Thrown for configuration errors (a missing seeds folder), not for bad content. */
export class IngestConfigError extends Error {
  override name = 'IngestConfigError';
}

/** Runs every stage on one seed; a diagnostic when it cannot become an article. */
export function ingestSeed(raw: RawArticle, today: string, maxBytes = DEFAULT_MAX_BYTES): { ok: true; article: SegmentedArticle } | { ok: false; diagnostic: Diagnostic } {
  const decoded = decodeBytes(raw, { maxBytes });
  if (!decoded.ok) return decoded;
  const normalized = normalizeArticle(decoded.article);
  const article = segmentArticle(extractMetadata(cleanBoilerplate(normalized), { today }));
  if (article.paragraphs.length === 0) {
    return {
      ok: false,
      diagnostic: { file: raw.seed, ruleId: 'ingest:clean', severity: 'warning', message: `Unexpected article with no story text after cleaning in \`${raw.seed}\`, expected at least one paragraph` },
    };
  }
  return { ok: true, article };
}

interface ExistingFile {
  name: string;
  id: string;
  text: string;
  seed: string | null;
}

const require = createRequire(import.meta.url);

/** Reads the `seed` of a content file; a diagnostic with the line when its front-matter is broken. */
function readExisting(name: string, text: string): { file: ExistingFile; diagnostic?: Diagnostic } {
  const id = name.replace(/\.mdx$/, '');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match) {
    return {
      file: { name, id, text, seed: null },
      diagnostic: { file: name, line: 1, ruleId: 'ingest:frontmatter', severity: 'error', message: `Unexpected content file \`${name}\` without front-matter, expected \`---\` fences at the top; kept as it is, fix it (the build cannot load it)` },
    };
  }
  // yaml is loaded here, on first use: a cold run, whose content files the cache vouches for or which has none, never parses one.
  const { parse: parseYaml, YAMLParseError } = require('yaml') as typeof Yaml;
  try {
    const data: unknown = parseYaml(match[1] ?? '', { maxAliasCount: 50, uniqueKeys: true, prettyErrors: true });
    const seed = typeof data === 'object' && data !== null && 'seed' in data && typeof data.seed === 'string' ? data.seed : null;
    // The schema Astro loads the file with: a field it would reject stops the build here,
    // with the file, line and field named, instead of in the bundler with a stack trace.
    const checked = articleFrontmatter.safeParse(data);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const path = issue?.path.map(String).join('.') || '(front-matter)';
      const key = String(issue?.path[0] ?? '');
      const lineIndex = key ? (match[1] ?? '').split('\n').findIndex((line) => line.startsWith(`${key}:`)) : -1;
      return {
        file: { name, id, text, seed },
        diagnostic: { file: name, line: lineIndex >= 0 ? lineIndex + 2 : 1, ruleId: 'ingest:schema', severity: 'error', message: `Unexpected \`${path}\` in \`${name}\`: ${issue?.message ?? 'invalid'}; kept as it is, fix the field (the build cannot load it)` },
      };
    }
    return { file: { name, id, text, seed } };
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line + 1 : 1;
    // yaml's first line ends ` at line 2, column 8:` (counted inside the front-matter, before
    // its code excerpt); the diagnostic already gives the line in the file.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/(?: at line \d+, column \d+)?:?$/, '') : String(error);
    return {
      file: { name, id, text, seed: /^seed: "?([^"\n]+)"?$/m.exec(match[1] ?? '')?.[1] ?? null },
      diagnostic: { file: name, line, ruleId: 'ingest:frontmatter', severity: 'error', message: `Unexpected front-matter in \`${name}\`: ${reason}; kept as it is, fix it (the build cannot load it)` },
    };
  }
}

export async function runIngest(effects: IngestEffects, options: IngestOptions = {}): Promise<IngestReport> {
  const report: IngestReport = { created: [], updated: [], unchanged: [], keptEdited: [], duplicates: [], skipped: [], orphaned: [], diagnostics: [], articles: new Map(), reused: [] };
  const note = (diagnostic: Diagnostic): void => void report.diagnostics.push(diagnostic);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const today = effects.today();

  const cacheKey = effects.cache ? sha256(JSON.stringify({ code: effects.cache.codeDigest(), maxBytes })) : '';
  const cacheText = effects.cache ? await effects.cache.read() : null;
  const cached = readCacheEntries(cacheText, cacheKey);
  // Content file → the seed it was recorded for.
  const cachedFiles = new Map([...cached].map(([seed, entry]) => [`${entry.id}.mdx`, { seed, entry }]));

  const seeds = (await effects.listSeeds()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const existing: ExistingFile[] = [];
  /** Content files exactly as the cache recorded them: content file → its seed. */
  const intact = new Map<string, string>();
  for (const name of (await effects.listContent()).sort()) {
    const text = await effects.readContent(name);
    const known = cachedFiles.get(name);
    if (known !== undefined && sha256(text) === known.entry.file_sha256) {
      // What ingest wrote, and the schema checked, with this code: its front-matter is valid.
      existing.push({ name, id: name.replace(/\.mdx$/, ''), text, seed: known.seed });
      intact.set(name, known.seed);
      continue;
    }
    const { file, diagnostic } = readExisting(name, text);
    existing.push(file);
    if (diagnostic) note(diagnostic);
  }

  // Decode and process every seed; identical normalized text is one article. A seed the
  // cache vouches for is only read and hashed.
  const processed: { seed: string; bytes: Uint8Array; article: SegmentedArticle | null; textKey: string; reuse: CacheEntry | null }[] = [];
  const byText = new Map<string, string>();
  let done = 0;
  for (const seed of seeds) {
    effects.progress(++done, seeds.length);
    const { size, bytes } = await effects.readSeed(seed, maxBytes);
    if (bytes === null) {
      const diagnostic = oversizeDiagnostic(seed, size, maxBytes);
      report.skipped.push(diagnostic);
      note(diagnostic);
      continue;
    }
    const entry = cached.get(seed);
    let article: SegmentedArticle | null = null;
    let textKey: string;
    if (entry !== undefined && intact.get(`${entry.id}.mdx`) === seed && sha256Hex(bytes) === entry.seed_sha256 && sameDateToday(entry, today)) {
      textKey = entry.text_key;
    } else {
      const result = ingestSeed({ seed, bytes }, today, maxBytes);
      if (!result.ok) {
        report.skipped.push(result.diagnostic);
        note(result.diagnostic);
        continue;
      }
      article = result.article;
      textKey = sha256(article.paragraphs.map((paragraph) => paragraph.text).join('\n'));
    }
    const first = byText.get(textKey);
    if (first !== undefined) {
      report.duplicates.push([seed, first]);
      note({ file: seed, ruleId: 'ingest:duplicate', severity: 'info', message: `Unexpected duplicate: \`${seed}\` has the same text as \`${first}\`, expected distinct articles; ingested once` });
      continue;
    }
    byText.set(textKey, seed);
    processed.push({ seed, bytes, article, textKey, reuse: article === null ? (entry ?? null) : null });
  }

  // Ids: a seed keeps the id of its existing content file; a new seed claims the
  // file named after it only when that file's seed is unknown (broken front-matter).
  const existingBySeed = new Map(existing.flatMap((file) => (file.seed === null ? [] : [[file.seed, file.id] as const])));
  const orphanIds = new Set(existing.filter((file) => file.seed === null).map((file) => file.id));
  const taken = new Set(existing.map((file) => file.id));
  const ids = assignArticleIds(
    processed.map((entry) => entry.seed),
    existingBySeed,
    new Set([...taken].filter((id) => !orphanIds.has(id))),
  );
  const fileById = new Map(existing.map((file) => [file.id, file]));
  const record: Record<string, CacheEntry> = {};

  try {
    for (const item of processed) {
      const { seed, textKey } = item;
      const id = ids.get(seed);
      if (id === undefined) continue;
      const name = `${id}.mdx`;
      if (item.reuse !== null && item.reuse.id === id) {
        report.unchanged.push(name);
        report.reused.push(name);
        record[seed] = item.reuse;
        continue;
      }
      // Processed now, or vouched for by the cache under an id it no longer gets.
      let article = item.article;
      if (article === null) {
        const result = ingestSeed({ seed, bytes: item.bytes }, today, maxBytes);
        if (!result.ok) {
          report.skipped.push(result.diagnostic);
          note(result.diagnostic);
          continue;
        }
        article = result.article;
      }
      let text: string;
      try {
        text = emitMdx({ id, article });
      } catch (error) {
        if (!(error instanceof EmitError)) throw error;
        const diagnostic: Diagnostic = { file: seed, ruleId: 'ingest:emit', severity: 'error', message: error.message };
        report.skipped.push(diagnostic);
        note(diagnostic);
        continue;
      }
      report.articles.set(id, article);
      const current = fileById.get(id);
      const entry: CacheEntry = {
        seed_sha256: article.seedSha256,
        id,
        file_sha256: sha256(text),
        text_key: textKey,
        date_readings: [...article.dateReadings],
        date: JSON.stringify(publicationDateOf(article.dateReadings, today)),
      };
      if (current === undefined) {
        await effects.writeContent(name, text);
        report.created.push(name);
        record[seed] = entry;
      } else if (current.text === text) {
        report.unchanged.push(name);
        record[seed] = entry;
      } else if (isUnedited(current.text) || options.force) {
        await effects.writeContent(name, text);
        report.updated.push(name);
        record[seed] = entry;
      } else {
        report.keptEdited.push(name);
        note({ file: name, ruleId: 'ingest:edited', severity: 'info', message: `Kept \`${name}\`: it was edited after ingest wrote it; run with --force to regenerate it from \`${seed}\`` });
      }
    }
  } finally {
    await effects.commit?.();
  }

  if (effects.cache) {
    const seedsRecorded = Object.fromEntries(Object.keys(record).sort().map((seed) => [seed, record[seed]]));
    const text = `${JSON.stringify({ format: CACHE_FORMAT, key: cacheKey, seeds: seedsRecorded })}\n`;
    // Nothing changed, nothing written (the cache included).
    if (text !== cacheText) await effects.cache.write(text);
  }

  const seedSet = new Set(seeds);
  for (const file of existing) {
    if (file.seed !== null && !seedSet.has(file.seed)) {
      report.orphaned.push(file.name);
      note({ file: file.name, ruleId: 'ingest:orphan', severity: 'info', message: `Kept \`${file.name}\`: its seed \`${file.seed}\` is no longer in the seeds folder` });
    }
  }
  return report;
}
