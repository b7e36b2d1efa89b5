// scripts/astro.ts: `npm run build` runs `astro build` through it, to start Astro with
// the environment and Node options the build wants (the allocator's purge delay, the
// V8 heap's generations; see ASTRO_ENV and ASTRO_NODE_OPTIONS).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASTRO_ENV, ASTRO_NODE_OPTIONS, astroEnv, astroNodeArgs, runAstro } from '../../scripts/astro.ts';

const root = join(import.meta.dirname, '../..');
/** This process's environment without a purge delay or Node options of its own. */
const { MIMALLOC_PURGE_DELAY: _own, NODE_OPTIONS: _options, ...baseEnv } = process.env;
const scratch = mkdtempSync(join(tmpdir(), 'astro-launcher-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in for Astro's CLI: records what it was started with, then ends as told. */
const fakeCli = join(scratch, 'fake-astro.mjs');
writeFileSync(
  fakeCli,
  [
    "import { writeFileSync } from 'node:fs';",
    "import { getHeapSpaceStatistics } from 'node:v8';",
    'const [out, end, ...rest] = process.argv.slice(2);',
    // The young generation as it grows under a stream of short-lived objects, in MB.
    'const keep = [];',
    'for (let i = 0; i < 2e6; i++) keep.push({ i });',
    "const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20;",
    'writeFileSync(out, JSON.stringify({ args: rest, execArgv: process.execArgv, newSpace, purge: process.env.MIMALLOC_PURGE_DELAY ?? null, marker: process.env.LAUNCHER_MARKER ?? null, cwd: process.cwd() }));',
    "if (end === 'signal') process.kill(process.pid, 'SIGTERM');",
    'else process.exit(Number(end));',
  ].join('\n'),
);

describe('astro launcher', () => {
  it('should start the CLI with the purge delay at 0, the heap options, the caller’s environment, its arguments and folder, and hand back its exit code', async () => {
    const out = join(scratch, 'run.json');
    const result = await runAstro([out, '3', 'build', '--verbose'], { bin: fakeCli, cwd: scratch, env: { ...baseEnv, LAUNCHER_MARKER: 'kept' } });
    expect(result).toEqual({ code: 3, signal: null });
    const { newSpace, ...seen } = JSON.parse(readFileSync(out, 'utf8')) as { args: string[]; execArgv: string[]; newSpace: number; purge: string | null; marker: string | null; cwd: string };
    expect(seen).toEqual({ args: ['build', '--verbose'], execArgv: ['--max-semi-space-size=16', '--heap-growing-percent=50'], purge: '0', marker: 'kept', cwd: scratch });
    // Two semi-spaces of 16 MB (Node 24 grows them to 64 MB each without the option).
    expect(newSpace).toBeLessThanOrEqual(32);
  });

  it('should leave the heap options the caller sets in NODE_OPTIONS to the caller', async () => {
    expect(ASTRO_NODE_OPTIONS).toContain('--max-semi-space-size=16');
    expect(astroNodeArgs({ NODE_OPTIONS: '--max_semi_space_size=8 --trace-warnings' })).toEqual(['--heap-growing-percent=50']);
    expect(astroNodeArgs({ NODE_OPTIONS: '--trace-warnings' })).toEqual([...ASTRO_NODE_OPTIONS]);
    expect(astroNodeArgs({ NODE_OPTIONS: '--heap-growing-percent=20 --max-semi-space-size=32' })).toEqual([]);
    const out = join(scratch, 'options.json');
    await runAstro([out, '0'], { bin: fakeCli, env: { ...baseEnv, NODE_OPTIONS: '--max-semi-space-size=8' } });
    const seen = JSON.parse(readFileSync(out, 'utf8')) as { execArgv: string[]; newSpace: number };
    expect(seen.execArgv).toEqual(['--heap-growing-percent=50']);
    expect(seen.newSpace).toBeLessThanOrEqual(16);
  });

  it('should leave a purge delay the caller set', async () => {
    const out = join(scratch, 'own.json');
    await runAstro([out, '0'], { bin: fakeCli, env: { ...baseEnv, MIMALLOC_PURGE_DELAY: '250' } });
    expect((JSON.parse(readFileSync(out, 'utf8')) as { purge: string }).purge).toBe('250');
    expect(astroEnv({ MIMALLOC_PURGE_DELAY: '-1' })['MIMALLOC_PURGE_DELAY']).toBe('-1');
    expect(astroEnv({})).toEqual(ASTRO_ENV);
  });

  it('should report a CLI stopped by a signal as stopped by it', async () => {
    const result = await runAstro([join(scratch, 'signal.json'), 'signal'], { bin: fakeCli });
    expect(result).toEqual({ code: null, signal: 'SIGTERM' });
  });

  it('should run Astro’s own CLI from the command line, and `npm run build` should go through it', () => {
    const run = spawnSync(process.execPath, ['scripts/astro.ts', '--version'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string };
    expect(run.stdout).toContain(version);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build']).toMatch(/&& node scripts\/astro\.ts build$/);
  });
});
