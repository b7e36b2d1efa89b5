// Helpers for end-to-end site tests: a scratch folder, the ingest CLI and `astro build`,
// each run as a child process of the Node that runs the tests (Node 24 under npm/npx).
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

/** The project root (this file is `tests/helpers/build-site.ts`). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time of the run. */
  ms: number;
}

export interface Workspace {
  root: string;
  seeds: string;
  content: string;
  /** Removes the whole folder. */
  cleanup(): Promise<void>;
}

/** A fresh folder under the OS temp dir with empty `seeds/` and `content/`. */
export async function makeWorkspace(prefix = 'briefing-site-'): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const seeds = join(root, 'seeds');
  const content = join(root, 'content');
  await mkdir(seeds, { recursive: true });
  await mkdir(content, { recursive: true });
  // The project's editable data (topics, gazetteer, aliases, routes) comes along; articles do not.
  for (const entry of await readdir(join(projectRoot, 'content'), { withFileTypes: true })) {
    if (entry.name === 'articles') continue;
    await cp(join(projectRoot, 'content', entry.name), join(content, entry.name), { recursive: true });
  }
  return { root, seeds, content, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Child env: the caller's, without what vitest sets (a build is not a test run). */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  // The component tests' base (vitest.config.ts) reaches vitest's main process, where the
  // e2e global setup builds: Vite would take it for the site's base.
  delete env['BASE_URL'];
  delete env['FORCE_COLOR'];
  return env;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** `node scripts/ingest.ts --seeds <seeds> --content <content> --today 2026-11-22 [...extra]`. */
export function runIngest(ws: Pick<Workspace, 'seeds' | 'content'>, extra: string[] = []): Promise<RunResult> {
  return run(
    ['scripts/ingest.ts', '--seeds', ws.seeds, '--content', ws.content, '--today', '2026-11-22', ...extra],
    childEnv({}),
  );
}

/** The astro CLI entry, as astro's package.json `bin` names it. */
async function astroBin(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as {
    bin: string | Record<string, string>;
  };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['astro'];
  if (bin === undefined) throw new Error('astro package.json names no `astro` bin');
  return join(projectRoot, 'node_modules/astro', bin);
}

// Astro writes generated content modules to `<root>/.astro/`, which every build of this
// project shares whatever its content folder; two builds at once would read each other's
// module map. Builds started through this helper (from any test file) take turns.
const lockDir = join(tmpdir(), `briefing-astro-build-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}.lock`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(join(lockDir, 'pid'), 'utf8').catch(() => ''));
      const age = await stat(lockDir).then((s) => Date.now() - s.mtimeMs, () => 0);
      // Stale: its owner died, or it never got an owner in a minute.
      if (owner > 0 ? !alive(owner) : age > 60_000) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    await writeFile(join(lockDir, 'pid'), String(process.pid));
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

export interface BuildDirs {
  content: string;
  out: string;
  cache: string;
  /** Published under this sub-path (BRIEFING_BASE), e.g. `/briefing/`. */
  base?: string;
  /** Published at this origin (BRIEFING_SITE). */
  site?: string;
  /** Further environment, e.g. `BRIEFING_SEARCH_INDEX: 'off'`. */
  env?: Record<string, string>;
}

/** `astro build` of the content folder `dirs.content` into `dirs.out`, with its own cache. */
export async function runBuild(dirs: BuildDirs): Promise<RunResult> {
  const bin = await astroBin();
  return withBuildLock(() =>
    run(
      [bin, 'build'],
      childEnv({
        BRIEFING_CONTENT_DIR: dirs.content,
        BRIEFING_OUT_DIR: dirs.out,
        BRIEFING_CACHE_DIR: dirs.cache,
        ...(dirs.base ? { BRIEFING_BASE: dirs.base } : {}),
        ...(dirs.site ? { BRIEFING_SITE: dirs.site } : {}),
        ...dirs.env,
      }),
    ),
  );
}

/** stdout and stderr together, without terminal colour codes. */
export function plainOutput(result: Pick<RunResult, 'stdout' | 'stderr'>): string {
  // eslint-disable-next-line no-control-regex
  return `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Every file under `dir`, as absolute paths in sorted order. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** Every file under `dir`, relative to it, in sorted order (for comparing two builds). */
export async function relativeFilesUnder(dir: string): Promise<string[]> {
  return (await filesUnder(dir)).map((file) => file.slice(dir.length + 1)).sort();
}
