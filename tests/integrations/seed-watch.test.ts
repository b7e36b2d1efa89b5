import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeRun, nameSeeds, seedName, watchSeeds, type SeedEvent, type SeedWatcher } from '../../src/integrations/seed-watch.ts';
import { nodeEffects } from '../../src/pipeline/node-effects.ts';
import { IngestConfigError, runIngest, type IngestReport } from '../../src/pipeline/run-ingest.ts';
import type { Diagnostic } from '../../src/pipeline/types.ts';
import { makeWorkspace, projectRoot, type Workspace } from '../helpers/build-site.ts';

const SEEDS = '/work/seeds-under-test';
const DELAY = 300;

/** A watcher like Vite's: paths added, listeners per event, events emitted by the test. */
class FakeWatcher extends EventEmitter implements SeedWatcher {
  added: string[] = [];
  add(paths: string | readonly string[]) {
    this.added.push(...(typeof paths === 'string' ? [paths] : paths));
    return this;
  }
  fire(event: SeedEvent, path: string) {
    this.emit(event, path);
  }
}

class FakeLogger {
  lines: string[] = [];
  info = (message: string) => void this.lines.push(`info ${message}`);
  warn = (message: string) => void this.lines.push(`warn ${message}`);
  error = (message: string) => void this.lines.push(`error ${message}`);
}

function report(parts: Partial<IngestReport> = {}): IngestReport {
  return { created: [], updated: [], unchanged: [], keptEdited: [], duplicates: [], skipped: [], orphaned: [], diagnostics: [], articles: new Map(), reused: [], ...parts };
}

/** A fake ingest whose runs end when the test says so, counting runs and overlaps. */
function controlledIngest() {
  const state = { runs: 0, active: 0, maxActive: 0, finish: [] as ((value: IngestReport) => void)[] };
  const ingest = () => {
    state.runs++;
    state.active++;
    state.maxActive = Math.max(state.maxActive, state.active);
    return new Promise<IngestReport>((resolve) => state.finish.push((value) => {
      state.active--;
      resolve(value);
    }));
  };
  return { state, ingest };
}

describe('seedName', () => {
  it('should name files directly in the seeds folder and nothing else', () => {
    expect(seedName(SEEDS, `${SEEDS}/berita.txt`)).toBe('berita.txt');
    expect(seedName(SEEDS, `${SEEDS}/../content/articles/a.mdx`)).toBeNull();
    expect(seedName(SEEDS, `${SEEDS}/.berita.txt.swp`)).toBeNull();
    expect(seedName(SEEDS, `${SEEDS}/sub/berita.txt`)).toBeNull();
    expect(seedName(SEEDS, SEEDS)).toBeNull();
    expect(seedName(SEEDS, '/elsewhere/berita.txt')).toBeNull();
  });
});

describe('nameSeeds', () => {
  it('should name up to five seeds and count the rest', () => {
    expect(nameSeeds(['a.txt'])).toBe('a.txt');
    expect(nameSeeds(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c, d, e');
    expect(nameSeeds(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e and 2 more');
  });
});

describe('describeRun', () => {
  it('should summarize the run and give only the messages about the changed seeds', () => {
    const diagnostics: Diagnostic[] = [
      { file: 'b.txt', line: 3, ruleId: 'ingest:decode', severity: 'warning', message: 'Unexpected bytes' },
      { file: 'old.txt', ruleId: 'ingest:decode', severity: 'warning', message: 'Unexpected empty file' },
      { file: 'b.mdx', ruleId: 'ingest:edited', severity: 'info', message: 'Kept `b.mdx`: it was edited after ingest wrote it; run with --force to regenerate it from `b.txt`' },
      { file: 'c.txt', ruleId: 'ingest:emit', severity: 'error', message: 'Unexpected body' },
    ];
    const lines = describeRun(report({ updated: ['a.mdx'], unchanged: ['x.mdx', 'y.mdx'], diagnostics }), ['a.txt', 'b.txt', 'c.txt']);
    expect(lines).toEqual([
      { level: 'info', message: 're-ingested after a.txt, b.txt, c.txt changed: 1 updated, 2 unchanged' },
      { level: 'warn', message: 'b.txt:3: Unexpected bytes [ingest:decode]' },
      { level: 'info', message: 'b.mdx: Kept `b.mdx`: it was edited after ingest wrote it; run with --force to regenerate it from `b.txt` [ingest:edited]' },
      { level: 'error', message: 'c.txt: Unexpected body [ingest:emit]' },
    ]);
  });
});

describe('watchSeeds with a fake watcher and ingest', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('should watch the seeds folder and run ingest once after a burst of events has settled', async () => {
    const watcher = new FakeWatcher();
    const logger = new FakeLogger();
    const { state, ingest } = controlledIngest();
    const watch = watchSeeds({ seedsDir: SEEDS, watcher, logger, ingest, delayMs: DELAY });
    expect(watcher.added).toEqual([SEEDS]);

    watcher.fire('change', `${SEEDS}/b.txt`);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    watcher.fire('add', `${SEEDS}/a.txt`);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    watcher.fire('change', `${SEEDS}/b.txt`);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(state.runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.runs).toBe(1);
    state.finish.shift()!(report({ created: ['a.mdx'], updated: ['b.mdx'] }));
    await watch.idle();
    expect(logger.lines).toEqual(['info re-ingested after a.txt, b.txt changed: 1 created, 1 updated']);
    watch.dispose();
  });

  it('should ignore files outside the seeds folder, dot-files and subfolders', async () => {
    const watcher = new FakeWatcher();
    const { state, ingest } = controlledIngest();
    const watch = watchSeeds({ seedsDir: SEEDS, watcher, logger: new FakeLogger(), ingest, delayMs: DELAY });
    watcher.fire('change', '/work/content/articles/a.mdx');
    watcher.fire('change', `${SEEDS}/.a.txt.swp`);
    watcher.fire('add', `${SEEDS}/drafts/a.txt`);
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    expect(state.runs).toBe(0);
    watch.dispose();
  });

  it('should never run two ingests at once: changes during a run give one more run after it', async () => {
    const watcher = new FakeWatcher();
    const logger = new FakeLogger();
    const { state, ingest } = controlledIngest();
    const watch = watchSeeds({ seedsDir: SEEDS, watcher, logger, ingest, delayMs: DELAY });
    watcher.fire('change', `${SEEDS}/a.txt`);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(state.runs).toBe(1);
    watcher.fire('change', `${SEEDS}/b.txt`);
    watcher.fire('unlink', `${SEEDS}/c.txt`);
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    expect(state.runs).toBe(1);
    state.finish.shift()!(report({ updated: ['a.mdx'] }));
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(state.runs).toBe(2);
    state.finish.shift()!(report({ orphaned: ['c.mdx'] }));
    await watch.idle();
    expect(state.maxActive).toBe(1);
    expect(logger.lines).toEqual([
      'info re-ingested after a.txt changed: 1 updated',
      'info re-ingested after b.txt, c.txt changed: 1 orphaned',
    ]);
    watch.dispose();
  });

  it('should log a failed run with the changed files named and keep watching', async () => {
    const watcher = new FakeWatcher();
    const logger = new FakeLogger();
    let calls = 0;
    const ingest = async () => {
      calls++;
      if (calls === 1) throw new Error('EACCES: permission denied');
      if (calls === 2) throw new IngestConfigError('Cannot read the seeds folder `seeds`: it does not exist or is not a folder');
      return report({ unchanged: ['a.mdx'] });
    };
    const watch = watchSeeds({ seedsDir: SEEDS, watcher, logger, ingest, delayMs: DELAY });
    for (const file of ['bad.txt', 'gone.txt', 'a.txt']) {
      watcher.fire('change', `${SEEDS}/${file}`);
      await vi.advanceTimersByTimeAsync(DELAY);
      await watch.idle();
    }
    expect(calls).toBe(3);
    expect(logger.lines).toEqual([
      `error re-ingest after bad.txt changed in ${SEEDS} failed: EACCES: permission denied`,
      `error re-ingest after gone.txt changed failed: Cannot read the seeds folder \`seeds\`: it does not exist or is not a folder`,
      'info re-ingested after a.txt changed: 1 unchanged',
    ]);
    watch.dispose();
  });

  it('should stop listening and drop a pending run when disposed', async () => {
    const watcher = new FakeWatcher();
    const { state, ingest } = controlledIngest();
    const watch = watchSeeds({ seedsDir: SEEDS, watcher, logger: new FakeLogger(), ingest, delayMs: DELAY });
    watcher.fire('change', `${SEEDS}/a.txt`);
    watch.dispose();
    await watch.idle();
    watcher.fire('change', `${SEEDS}/b.txt`);
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    expect(state.runs).toBe(0);
    for (const event of ['add', 'change', 'unlink'] as const) expect(watcher.listenerCount(event)).toBe(0);
  });
});

describe('watchSeeds with the real ingest', () => {
  let ws: Workspace;
  beforeEach(async () => {
    ws = await makeWorkspace('briefing-seed-watch-');
  });
  afterEach(async () => {
    vi.useRealTimers();
    await ws.cleanup();
  });

  it('should write the content file of an added seed and update it when the seed changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const watcher = new FakeWatcher();
    const logger = new FakeLogger();
    const ingest = () => runIngest(nodeEffects({ seedsDir: ws.seeds, contentDir: ws.content, today: '2026-11-22' }));
    const watch = watchSeeds({ seedsDir: ws.seeds, watcher, logger, ingest, delayMs: DELAY });
    const seed = (await readdir(join(projectRoot, 'seeds'))).sort()[0]!;

    await copyFile(join(projectRoot, 'seeds', seed), join(ws.seeds, seed));
    watcher.fire('add', join(ws.seeds, seed));
    await vi.advanceTimersByTimeAsync(DELAY);
    await watch.idle();
    const [file] = await readdir(join(ws.content, 'articles'));
    expect(file).toMatch(/\.mdx$/);
    expect(logger.lines).toEqual([`info re-ingested after ${seed} changed: 1 created`]);

    const text = await readFile(join(ws.seeds, seed), 'utf8');
    await writeFile(join(ws.seeds, seed), `${text.trimEnd()}\n\nA paragraph the editor added to the seed.\n`);
    watcher.fire('change', join(ws.seeds, seed));
    await vi.advanceTimersByTimeAsync(DELAY);
    await watch.idle();
    expect(await readFile(join(ws.content, 'articles', file!), 'utf8')).toContain('A paragraph the editor added to the seed.');
    expect(logger.lines.at(-1)).toBe(`info re-ingested after ${seed} changed: 1 updated`);

    await writeFile(join(ws.seeds, 'empty.txt'), '');
    watcher.fire('add', join(ws.seeds, 'empty.txt'));
    await vi.advanceTimersByTimeAsync(DELAY);
    await watch.idle();
    expect(logger.lines.at(-2)).toBe('info re-ingested after empty.txt changed: 1 unchanged, 1 skipped');
    expect(logger.lines.at(-1)).toMatch(/^warn empty\.txt: .*\[ingest:decode\]$/);
    watch.dispose();
  });
});
