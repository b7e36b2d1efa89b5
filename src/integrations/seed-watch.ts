// `npm run dev` re-ingests when a file in the seeds folder is added, changed or removed.
// Only in dev: the Vite dev server's watcher also watches the seeds folder; events are
// debounced (an editor's save is often several events) and then the same ingest as
// `npm run ingest` runs in-process, one run at a time. The content files it writes are
// picked up by the articles collection's glob loader like a hand edit. A failed run is
// logged with the files named and never stops the dev server.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { IngestReport } from '../pipeline/run-ingest.ts';
import type { Diagnostic } from '../pipeline/types.ts';
import { cacheDir, contentDir, seedsDir } from '../lib/site-config.ts';

export type SeedEvent = 'add' | 'change' | 'unlink';
const SEED_EVENTS: readonly SeedEvent[] = ['add', 'change', 'unlink'];

/** What this needs of the dev server's watcher (chokidar's FSWatcher, as Vite exposes it). */
export interface SeedWatcher {
  add(paths: string | readonly string[]): unknown;
  on(event: SeedEvent, listener: (path: string) => void): unknown;
  off(event: SeedEvent, listener: (path: string) => void): unknown;
}

export interface SeedLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface SeedWatchOptions {
  /** The seeds folder (absolute or relative to the working directory). */
  seedsDir: string;
  watcher: SeedWatcher;
  logger: SeedLogger;
  /** One ingest run over the whole seeds folder (unchanged seeds write nothing). */
  ingest: () => Promise<IngestReport>;
  /** Quiet time after the last event before ingest runs. */
  delayMs?: number;
}

export interface SeedWatch {
  /** Stops listening and drops a pending run. */
  dispose(): void;
  /** Resolves when no run is pending or under way (for tests and shutdown). */
  idle(): Promise<void>;
}

export const DEFAULT_DELAY_MS = 300;

/** The seed file name of `path` when it is a file directly in `dir` that ingest reads (no dot-files, no subfolders); else null. */
export function seedName(dir: string, path: string): string | null {
  const rel = relative(resolve(dir), resolve(path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes(sep)) return null;
  return rel.startsWith('.') ? null : rel;
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
}

const LEVELS = { error: 'error', warning: 'warn', info: 'info' } as const satisfies Record<Diagnostic['severity'], LogLine['level']>;

function formatDiagnostic(d: Diagnostic): string {
  return `${d.line === undefined ? d.file : `${d.file}:${d.line}`}: ${d.message} [${d.ruleId}]`;
}

/** At most this many changed seeds are named in a message; the rest are counted. */
const NAMED_SEEDS = 5;

/** `a.txt, b.txt` or `a.txt, …, e.txt and 3 more`. */
export function nameSeeds(seeds: readonly string[]): string {
  const named = seeds.slice(0, NAMED_SEEDS).join(', ');
  return seeds.length > NAMED_SEEDS ? `${named} and ${seeds.length - NAMED_SEEDS} more` : named;
}

/** The messages of one run: a summary naming the changed seeds, then what concerns them. */
export function describeRun(report: IngestReport, changed: readonly string[]): LogLine[] {
  const counts = [
    [report.created.length, 'created'],
    [report.updated.length, 'updated'],
    [report.unchanged.length, 'unchanged'],
    [report.keptEdited.length, 'kept-edited'],
    [report.duplicates.length, 'duplicates'],
    [report.skipped.length, 'skipped'],
    [report.orphaned.length, 'orphaned'],
  ] as const;
  const summary = counts.filter(([count]) => count > 0).map(([count, word]) => `${count} ${word}`).join(', ') || 'no seeds';
  const lines: LogLine[] = [{ level: 'info', message: `re-ingested after ${nameSeeds(changed)} changed: ${summary}` }];
  // Messages about the changed seeds, or about content files that name one of them.
  const concerns = (d: Diagnostic): boolean => changed.includes(d.file) || changed.some((seed) => d.message.includes(`\`${seed}\``));
  for (const diagnostic of report.diagnostics.filter(concerns)) lines.push({ level: LEVELS[diagnostic.severity], message: formatDiagnostic(diagnostic) });
  return lines;
}

/** Watches `seedsDir` with `watcher` and runs `ingest` after changes; see the file comment. */
export function watchSeeds(options: SeedWatchOptions): SeedWatch {
  const delay = options.delayMs ?? DEFAULT_DELAY_MS;
  const dir = resolve(options.seedsDir);
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let disposed = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (timer !== undefined || running !== undefined) return;
    const done = waiters;
    waiters = [];
    for (const resolveIdle of done) resolveIdle();
  };

  const run = async (): Promise<void> => {
    const seeds = [...changed].sort();
    changed.clear();
    try {
      const report = await options.ingest();
      for (const line of describeRun(report, seeds)) options.logger[line.level](line.message);
    } catch (error) {
      // A configuration error (IngestConfigError: a missing seeds folder) names the folder
      // itself; anything else gets it named. By name: the pipeline is loaded only when used.
      const reason = error instanceof Error ? error.message : String(error);
      const where = error instanceof Error && error.name === 'IngestConfigError' ? '' : ` in ${dir}`;
      options.logger.error(`re-ingest after ${nameSeeds(seeds)} changed${where} failed: ${reason}`);
    }
  };

  const fire = () => {
    timer = undefined;
    if (disposed) return settle();
    if (running !== undefined) return; // the run under way schedules the next one when it ends
    running = run().finally(() => {
      running = undefined;
      if (changed.size > 0 && !disposed) schedule();
      else settle();
    });
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, delay);
  };

  const listener = (path: string) => {
    const name = seedName(dir, path);
    if (name === null || disposed) return;
    changed.add(name);
    // While a run is under way, the next one is scheduled when it ends.
    if (running === undefined) schedule();
  };

  options.watcher.add(dir);
  for (const event of SEED_EVENTS) options.watcher.on(event, listener);

  return {
    dispose() {
      disposed = true;
      for (const event of SEED_EVENTS) options.watcher.off(event, listener);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      changed.clear();
      settle();
    },
    idle() {
      if (timer === undefined && running === undefined) return Promise.resolve();
      return new Promise((resolveIdle) => waiters.push(resolveIdle));
    },
  };
}

const WATCHING = Symbol.for('briefing:seed-watch');

/** The Astro integration: in `astro dev`, re-ingest the seeds folder (BRIEFING_SEEDS_DIR, default `seeds`) into the content folder when it changes. */
export function seedWatch(options: { delayMs?: number } = {}): AstroIntegration {
  return {
    name: 'briefing:seed-watch',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        // Registered twice (the config and an inline config), the server still watches once.
        const marked = server as typeof server & { [WATCHING]?: true };
        if (marked[WATCHING]) return;
        marked[WATCHING] = true;
        const seeds = seedsDir();
        const content = contentDir();
        const watch = watchSeeds({
          seedsDir: seeds,
          watcher: server.watcher,
          logger,
          ingest: async () => {
            // Loaded on the first change, not with the config: builds never need it.
            const [{ runIngest }, { nodeEffects }] = await Promise.all([import('../pipeline/run-ingest.ts'), import('../pipeline/node-effects.ts')]);
            // With the ingest cache, only the seeds that changed are processed again.
            return runIngest(nodeEffects({ seedsDir: seeds, contentDir: content, cacheDir: cacheDir() }));
          },
          ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
        });
        server.httpServer?.once('close', () => watch.dispose());
        logger.info(`watching ${relative(process.cwd(), seeds) || '.'} for seed changes`);
      },
    },
  };
}
