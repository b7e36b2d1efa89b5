// CLI: `node scripts/astro.ts <astro arguments>`: the Astro CLI in a child process, with
// the environment and the Node options our build wants (ASTRO_ENV, ASTRO_NODE_OPTIONS).
// `npm run build` runs `astro build` through it, and so does the benchmark (scripts/bench.ts).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Set for the Astro process unless the caller's environment sets them.
 *
 * `MIMALLOC_PURGE_DELAY=0`: the bundler (rolldown) and Astro's other native parts
 * allocate through mimalloc, which gives freed memory back to the system only once
 * it is older than the purge delay, checked when the thread that freed it next
 * allocates. Bundling frees most of what it took and its threads then sit idle while
 * the pages render, so the build kept that memory to the end. With the delay at 0
 * the memory goes back as it is freed: peak RSS of a cold `astro build` of 1,000
 * articles 1.31–1.35 GB → 1.17 GB, of 4,000 articles 2.20–2.21 → 1.87–1.89 GB, in
 * no more time (96–105 s against 105–107 s without; runs alternated). It costs a little
 * where native code keeps allocating: a rebuild after an edit at 4,000 took 0.9–3.6 s
 * longer in three alternated pairs (28.2–31.5 s against 24.6–30.6 s without) and peaked at
 * 1.98–2.02 GB against 2.03–2.13 GB. Set the variable yourself to choose otherwise
 * (mimalloc's default is a delay of 10–1000 ms, by version). mimalloc reads it from
 * the environment when it starts, before any of our code (even astro.config.mjs)
 * runs, which is why the build goes through this script: set there it had no effect.
 */
export const ASTRO_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };

/**
 * Node options for the Astro process, unless the caller's `NODE_OPTIONS` sets them.
 *
 * Rendering thousands of pages allocates short-lived strings fast, and V8's defaults in
 * Node 24 let both generations grow far past what is live:
 * - `--max-semi-space-size=16`: the young generation may grow to two 64 MB semi-spaces
 *   in each isolate (the build's main thread and the analysis worker), and stays at its
 *   largest while the pages render; 16 MB semi-spaces hold it to a quarter.
 * - `--heap-growing-percent=50`: after each full collection the old generation may grow
 *   to a multiple of what is live that V8 picks from how fast the collector runs; at
 *   1,000 articles the main thread's grew to 620–680 MB over 255 MB live in some runs
 *   and not in others. This fixes the multiple at 1.5.
 * Cold `astro build` of 1,000 articles, three rounds alternated in one hour: peak RSS
 * 0.84–0.90 GB with both, 0.94–0.98 GB with the first only, 1.15–1.18 GB with neither,
 * in 28.8–38.3 s, 32.2–40.3 s and 26.0–38.1 s; with the first only, 1 of 9 runs still
 * peaked at 1.27 GB (the old generation's growth), and 8 MB semi-spaces took longer
 * (32.6–43.6 s) for no less memory. 250 articles: 0.76–0.78 GB against 0.89–0.92 GB
 * (first only).
 */
export const ASTRO_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=16', '--heap-growing-percent=50'];

/** The name of a Node or V8 option (`--max-semi-space-size=16` → `--max-semi-space-size`; V8 takes `_` for `-`). */
const optionName = (option: string) => (option.split('=')[0] ?? '').replaceAll('_', '-');

/**
 * ASTRO_NODE_OPTIONS less those `env.NODE_OPTIONS` sets: options on the command line
 * take precedence over NODE_OPTIONS, so the caller's would otherwise be overridden.
 */
export function astroNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const own = new Set((env['NODE_OPTIONS'] ?? '').split(/\s+/).filter(Boolean).map(optionName));
  return ASTRO_NODE_OPTIONS.filter((option) => !own.has(optionName(option)));
}

/** `env` with ASTRO_ENV added where it does not set a variable itself. */
export function astroEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...ASTRO_ENV, ...env };
}

/** The Astro CLI script (the `astro` bin of the astro package under `projectRoot`). */
export function astroBin(projectRoot: string): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['astro'];
  if (!bin) throw new Error('astro package.json names no `astro` bin');
  return join(projectRoot, 'node_modules/astro', bin);
}

export interface RunAstroOptions {
  /** The CLI script; Astro's own by default. */
  bin?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Runs the CLI with `args` under this Node, its output on ours; resolves to its exit
 * code, or to the signal that stopped it. SIGINT and SIGTERM sent to this process are
 * passed on, so stopping the script stops the build.
 */
export function runAstro(args: readonly string[], options: RunAstroOptions = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  const env = astroEnv(options.env);
  const child = spawn(process.execPath, [...astroNodeArgs(env), options.bin ?? astroBin(projectRoot), ...args], { cwd: options.cwd, env, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ code, signal });
    });
  });
}

if (import.meta.main) {
  const { code, signal } = await runAstro(process.argv.slice(2));
  // Stopped by a signal: stop the same way, so the shell (and npm) sees it.
  if (signal) process.kill(process.pid, signal);
  else process.exitCode = code ?? 1;
}
