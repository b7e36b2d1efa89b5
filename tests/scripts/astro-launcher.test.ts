// scripts/astro.ts: `npm run build` runs `astro build` through it, to start Astro with
// the environment the build wants (the allocator's purge delay; see ASTRO_ENV).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASTRO_ENV, astroEnv, runAstro } from '../../scripts/astro.ts';

const root = join(import.meta.dirname, '../..');
/** This process's environment without a purge delay of its own. */
const { MIMALLOC_PURGE_DELAY: _own, ...baseEnv } = process.env;
const scratch = mkdtempSync(join(tmpdir(), 'astro-launcher-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in for Astro's CLI: records what it was started with, then ends as told. */
const fakeCli = join(scratch, 'fake-astro.mjs');
writeFileSync(
  fakeCli,
  [
    "import { writeFileSync } from 'node:fs';",
    'const [out, end, ...rest] = process.argv.slice(2);',
    'writeFileSync(out, JSON.stringify({ args: rest, purge: process.env.MIMALLOC_PURGE_DELAY ?? null, marker: process.env.LAUNCHER_MARKER ?? null, cwd: process.cwd() }));',
    "if (end === 'signal') process.kill(process.pid, 'SIGTERM');",
    'else process.exit(Number(end));',
  ].join('\n'),
);

describe('astro launcher', () => {
  it('should start the CLI with the purge delay at 0, the caller’s environment, its arguments and folder, and hand back its exit code', async () => {
    const out = join(scratch, 'run.json');
    const result = await runAstro([out, '3', 'build', '--verbose'], { bin: fakeCli, cwd: scratch, env: { ...baseEnv, LAUNCHER_MARKER: 'kept' } });
    expect(result).toEqual({ code: 3, signal: null });
    const seen = JSON.parse(readFileSync(out, 'utf8')) as { args: string[]; purge: string | null; marker: string | null; cwd: string };
    expect(seen).toEqual({ args: ['build', '--verbose'], purge: '0', marker: 'kept', cwd: scratch });
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
