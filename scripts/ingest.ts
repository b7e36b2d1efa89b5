// CLI: `npm run ingest -- [--seeds DIR] [--content DIR] [--force] [--strict] [--max-bytes N] [--today YYYY-MM-DD] [--quiet]`.
// Turns every seed into a content file and prints what it did; see README "CLI".
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestReport } from '../src/pipeline/run-ingest.ts';
import type { Diagnostic } from '../src/pipeline/types.ts';
import { cacheDir } from '../src/lib/site-config.ts';

// V8's code cache and Node's stripped TypeScript for the modules loaded from here on,
// kept with the build's caches: later runs start in about two thirds of the time.
enableCompileCache(join(cacheDir(), 'node-compile-cache'));
const [{ nodeEffects }, { IngestConfigError, runIngest }, { DEFAULT_MAX_BYTES }] = await Promise.all([
  import('../src/pipeline/node-effects.ts'),
  import('../src/pipeline/run-ingest.ts'),
  import('../src/pipeline/decode.ts'),
]);

/**
 * The extraction modules (datasets, gazetteer, term patterns) are loaded only when the
 * report runs: with `--no-extract` they would be a third of the start-up time.
 */
async function loadExtraction() {
  const [{ extractContent }, { extractionReport }, { loadBriefingSettings }, { ContentDataError }, { GazetteerError }] = await Promise.all([
    import('../src/analysis/extract-content.ts'),
    import('../src/analysis/report.ts'),
    import('../src/analysis/load-briefing.ts'),
    import('../src/schemas/content-data.ts'),
    import('../src/analysis/extract/places.ts'),
  ]);
  /** Extraction over the content files as they are now, edits included: the report an editor acts on. */
  const run = async (contentDir: string): Promise<string[]> => {
    // Reading every editable data file here reports a bad hand edit before the site build starts.
    loadBriefingSettings(contentDir);
    const { briefing, loadMs, extractMs } = await extractContent(contentDir);
    return extractionReport(briefing, { loadMs, extractMs }).lines;
  };
  /** Errors of a hand-edited data file: reported as a message, not a stack trace. */
  const isDataError = (error: unknown): error is Error => error instanceof ContentDataError || error instanceof GazetteerError;
  return { run, isDataError };
}

const USAGE = `Usage: npm run ingest -- [options]

  --seeds DIR        folder of raw article files (default: $BRIEFING_SEEDS_DIR or seeds)
  --content DIR      content folder; articles go to DIR/articles (default: $BRIEFING_CONTENT_DIR or content)
  --force            regenerate content files even where they were edited by hand
  --strict           exit with status 1 when any seed was skipped
  --max-bytes N      skip seeds larger than N bytes (default: ${DEFAULT_MAX_BYTES})
  --today DATE       the date weekday-only dates are resolved against (default: today, UTC)
  --no-extract       skip the extraction report (entities, figures, unresolved places)
  --quiet            print only the summary and problems
  --help             show this help`;

/** Runs with more seeds than this print a progress line. */
const PROGRESS_THRESHOLD = 50;

function formatDiagnostic(d: Diagnostic): string {
  const place = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  return `${place}: ${d.severity} ${d.message} [${d.ruleId}]`;
}

function summary(report: IngestReport): string {
  return [
    `${report.created.length} created`,
    `${report.updated.length} updated`,
    `${report.unchanged.length} unchanged`,
    `${report.keptEdited.length} kept-edited`,
    `${report.duplicates.length} duplicates`,
    `${report.skipped.length} skipped`,
    `${report.orphaned.length} orphaned`,
  ].join(', ');
}

/** An error of a system call (`code` like `ENOSPC`, and the call that failed). */
const isSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seeds: { type: 'string', default: process.env['BRIEFING_SEEDS_DIR'] ?? 'seeds' },
        content: { type: 'string', default: process.env['BRIEFING_CONTENT_DIR'] ?? 'content' },
        force: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        today: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        extract: { type: 'boolean', default: true },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowNegative: true,
    }));
  } catch (error) {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    console.error(`ingest: --max-bytes expects a positive whole number of bytes, got \`${values['max-bytes']}\``);
    return 2;
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    console.error(`ingest: --today expects a date as YYYY-MM-DD, got \`${values.today}\``);
    return 2;
  }
  const interactive = process.stderr.isTTY;
  const effects = nodeEffects({
    seedsDir: values.seeds,
    contentDir: values.content,
    // The ingest cache goes with the build's caches ($BRIEFING_CACHE_DIR or node_modules/.astro).
    cacheDir: cacheDir(),
    ...(values.today === undefined ? {} : { today: values.today }),
    progress: (done, total) => {
      if (total <= PROGRESS_THRESHOLD || values.quiet) return;
      if (done % 100 === 0 || done === total) {
        const line = `ingest: ${done}/${total} seeds`;
        if (interactive) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
        else if (done === total || done % 1000 === 0) process.stderr.write(`${line}\n`);
      }
    },
  });

  let extraction: Awaited<ReturnType<typeof loadExtraction>> | undefined;
  try {
    const report = await runIngest(effects, { force: values.force, maxBytes });
    for (const diagnostic of report.diagnostics) {
      if (values.quiet && diagnostic.severity === 'info') continue;
      console.error(formatDiagnostic(diagnostic));
    }
    const cached = report.reused.length > 0 ? `; ${report.reused.length} unchanged seed${report.reused.length === 1 ? '' : 's'} not processed again (ingest cache)` : '';
    console.log(`ingest: ${summary(report)} (${values.seeds} → ${values.content}/articles${cached})`);
    const broken = new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    if (broken.size > 0) {
      console.error(`ingest: ${broken.size} content file${broken.size === 1 ? '' : 's'} the site cannot be built from (${[...broken].join(', ')}); fix the field named above and run again`);
      return 1;
    }
    if (values.extract) {
      extraction = await loadExtraction();
      for (const line of await extraction.run(values.content)) console.log(line);
    }
    return values.strict && report.skipped.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof IngestConfigError || extraction?.isDataError(error)) {
      console.error(`ingest: ${error.message}`);
      return 1;
    }
    // The file system refused something (a full disk, a folder where a file goes): its
    // message names the call and the path, which is what to act on.
    if (isSystemError(error)) {
      console.error(`ingest: failed: ${error.message} (the files written before it are in place, none half-written; run again once this is fixed)`);
      return 1;
    }
    console.error(`ingest: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
