// Runs one benchmark step as a child process and measures its wall time, CPU time and
// peak resident memory. Peak RSS and CPU come from GNU time (`/usr/bin/time -f`): wait4's
// rusage covers the child and the descendants it waited for, which a Node wrapper
// cannot read for another process. CPU time is steadier than wall time on a shared
// machine, so it is reported beside it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface StepResult {
  ms: number;
  /** Peak RSS in MB, or null when GNU time is missing. */
  rssMb: number | null;
  /** User + system CPU time in ms, or null when GNU time is missing. */
  cpuMs: number | null;
  /**
   * The system (kernel) part of it, ms: file creation on this machine's disk cost from
   * 0.03 to 0.6 ms a file from one hour to the next, which shows here, not in user time.
   */
  systemMs: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface StepOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

let counter = 0;

export async function runStep(command: string, args: readonly string[], options: StepOptions): Promise<StepResult> {
  const timed = existsSync(GNU_TIME);
  const rssFile = join(tmpdir(), `briefing-bench-rss-${process.pid}-${counter++}.txt`);
  const [file, argv] = timed ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, stdout: out, stderr: err }));
  });
  const ms = performance.now() - started;
  let rssMb: number | null = null;
  let cpuMs: number | null = null;
  let systemMs: number | null = null;
  if (timed) {
    const text = await readFile(rssFile, 'utf8').catch(() => '');
    // GNU time writes "Command exited with non-zero status N" before the figures on failure.
    const [kb, user, system] = (text.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    rssMb = kb !== undefined && Number.isFinite(kb) && kb > 0 ? kb / 1024 : null;
    cpuMs = user !== undefined && system !== undefined && Number.isFinite(user + system) ? (user + system) * 1000 : null;
    systemMs = system !== undefined && Number.isFinite(system) ? system * 1000 : null;
    await rm(rssFile, { force: true });
  }
  return { ms, rssMb, cpuMs, systemMs, code, stdout, stderr };
}

/** Throws with the step's output when it failed: a benchmark of a broken build means nothing. */
export function expectSuccess(name: string, result: StepResult): StepResult {
  if (result.code !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`bench: step "${name}" failed with status ${result.code}:\n${tail}`);
  }
  return result;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
