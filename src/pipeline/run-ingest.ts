// The ingest orchestrator: seeds → content files, reading like the data flow
// (decode → normalize → clean → metadata → segment → emit). The file system and
// the clock are reached only through the injected `effects`, so tests run the
// real pipeline against memory.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { articleFrontmatter } from '../schemas/article.ts';
import { cleanBoilerplate } from './clean.ts';
import { decodeBytes, DEFAULT_MAX_BYTES } from './decode.ts';
import { emitMdx, EmitError, isUnedited, sha256 } from './emit.ts';
import { assignArticleIds } from './ids.ts';
import { extractMetadata } from './metadata.ts';
import { normalizeArticle } from './normalize.ts';
import { segmentArticle } from './segment.ts';
import type { ArticleId, Diagnostic, RawArticle, SegmentedArticle } from './types.ts';

export interface IngestEffects {
  /** Seed file names (relative to the seeds folder), or throws when the folder is missing. */
  listSeeds(): Promise<string[]>;
  /** Size in bytes of a seed, read before its bytes so huge files are never loaded. */
  seedSize(seed: string): Promise<number>;
  readSeed(seed: string): Promise<Uint8Array>;
  /** Content file names (`<id>.mdx`) present now. */
  listContent(): Promise<string[]>;
  readContent(name: string): Promise<string>;
  /** Writes atomically: a reader sees the old file or the new one, never half of one. */
  writeContent(name: string, text: string): Promise<void>;
  /** Today, `YYYY-MM-DD`. */
  today(): string;
  /** Progress on long runs; may be a no-op. */
  progress(done: number, total: number): void;
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
  /** The articles as ingested, for the report and for tests. */
  articles: Map<ArticleId, SegmentedArticle>;
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
  const report: IngestReport = { created: [], updated: [], unchanged: [], keptEdited: [], duplicates: [], skipped: [], orphaned: [], diagnostics: [], articles: new Map() };
  const note = (diagnostic: Diagnostic): void => void report.diagnostics.push(diagnostic);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const today = effects.today();

  const seeds = (await effects.listSeeds()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const existing: ExistingFile[] = [];
  for (const name of (await effects.listContent()).sort()) {
    const { file, diagnostic } = readExisting(name, await effects.readContent(name));
    existing.push(file);
    if (diagnostic) note(diagnostic);
  }

  // Decode and process every seed; identical normalized text is one article.
  const processed: { seed: string; article: SegmentedArticle }[] = [];
  const byText = new Map<string, string>();
  let done = 0;
  for (const seed of seeds) {
    effects.progress(++done, seeds.length);
    const size = await effects.seedSize(seed);
    const bytes = size > maxBytes ? new Uint8Array(size > 0 ? 1 : 0) : await effects.readSeed(seed);
    const result = size > maxBytes
      ? { ok: false as const, diagnostic: { file: seed, ruleId: 'ingest:decode', severity: 'warning' as const, message: `Unexpected file size of ${size} bytes in \`${seed}\`, expected at most ${maxBytes} bytes` } }
      : ingestSeed({ seed, bytes }, today, maxBytes);
    if (!result.ok) {
      report.skipped.push(result.diagnostic);
      note(result.diagnostic);
      continue;
    }
    const key = sha256(result.article.paragraphs.map((paragraph) => paragraph.text).join('\n'));
    const first = byText.get(key);
    if (first !== undefined) {
      report.duplicates.push([seed, first]);
      note({ file: seed, ruleId: 'ingest:duplicate', severity: 'info', message: `Unexpected duplicate: \`${seed}\` has the same text as \`${first}\`, expected distinct articles; ingested once` });
      continue;
    }
    byText.set(key, seed);
    processed.push({ seed, article: result.article });
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

  for (const { seed, article } of processed) {
    const id = ids.get(seed);
    if (id === undefined) continue;
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
    const name = `${id}.mdx`;
    const current = fileById.get(id);
    if (current === undefined) {
      await effects.writeContent(name, text);
      report.created.push(name);
    } else if (current.text === text) {
      report.unchanged.push(name);
    } else if (isUnedited(current.text) || options.force) {
      await effects.writeContent(name, text);
      report.updated.push(name);
    } else {
      report.keptEdited.push(name);
      note({ file: name, ruleId: 'ingest:edited', severity: 'info', message: `Kept \`${name}\`: it was edited after ingest wrote it; run with --force to regenerate it from \`${seed}\`` });
    }
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
