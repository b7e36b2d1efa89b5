// The one module of the pipeline that touches the file system and the clock:
// the Node implementation of IngestEffects. Seeds and content files are small and read
// one after the other, so the reads are synchronous: a promise per call would cost a
// round trip through libuv's thread pool for each of them, several per article. Content
// files are written on a thread of their own (content-writer.ts), beside the articles
// being made, where there is a second core to run it.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentWriter, type WriteFailure, type WriterMessage, type WriterReply } from './content-writer.ts';
import { IngestConfigError, type IngestEffects } from './run-ingest.ts';

export interface NodeEffectsOptions {
  seedsDir: string;
  contentDir: string;
  /** `YYYY-MM-DD`; defaults to today's date in UTC. */
  today?: string;
  /**
   * Folder of the build's caches (see src/lib/site-config.ts): the ingest cache of this
   * content folder is a file under it. Without it, runs keep no ingest cache.
   */
  cacheDir?: string;
  progress?: (done: number, total: number) => void;
  /**
   * Whether content files are written on a thread of their own (after the first
   * WRITES_BEFORE_THREAD of a run). Defaults to `writerThreadByDefault()`.
   */
  writerThread?: boolean;
}

/**
 * Whether the process may run on more than one core (its CPU affinity, as `taskset`
 * sets it, counts). On one core the writer thread only shares the core with the thread
 * that makes the articles, and costs a second isolate's start (its TypeScript loader
 * included) and a copy of every file sent to it: 4,000 articles held to one core
 * (`taskset -c 0`, content folder on tmpfs, in a slow hour) took 3.7–4.7 s with it and
 * 3.1–4.3 s without it, medians 3.9 and 3.55 s in six alternated pairs.
 */
export function writerThreadByDefault(): boolean {
  return availableParallelism() > 1;
}

/** Write to a temporary file beside the target, then rename: rename is atomic on one file system. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flush: true });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** A file's size and bytes, read through one descriptor whose size was just checked; no bytes (null) when it is larger than `maxBytes`. */
function readWhole(path: string, maxBytes: number): { size: number; bytes: Uint8Array | null } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { size, bytes: null };
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, bytes, offset, size - offset, null);
      if (read === 0) break;
      offset += read;
    }
    // A file that grew or shrank while it was read: read it again as a whole.
    if (offset === size) return { size, bytes };
    const again = new Uint8Array(readFileSync(path));
    return again.byteLength > maxBytes ? { size: again.byteLength, bytes: null } : { size: again.byteLength, bytes: again };
  } finally {
    closeSync(fd);
  }
}

/** The content writer's thread (content-writer.ts). */
const CONTENT_WRITER = new URL('./content-writer.ts', import.meta.url);

/** `<name>.<pid>.tmp`, a temporary file of writeFileAtomic or of the batched writes. */
const TEMPORARY = /^.+\.mdx\.(\d+)\.tmp$/;

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes made on the calling thread before the content writer's thread starts (starting it costs about what 100 writes do). */
export const WRITES_BEFORE_THREAD = 100;

/**
 * Atomic, durable writes in batches (content-writer.ts): each file is written to a
 * temporary file beside its target; at the end of a batch (or at commit) the data of
 * all of them is flushed to disk at once, then each is renamed over its target. A
 * reader sees the old file or the new one, never part of one, and a renamed file has
 * its data on disk, as with writeFileAtomic, at a fraction of the cost of one flush per
 * file. The first WRITES_BEFORE_THREAD writes of a run are made here; with `threaded`,
 * the rest on a thread of their own, beside the articles being made, which is handed
 * the temporary files not yet in place; without it, all of them here. A failed write
 * is thrown by a later write or by `commit`, with the file system's message (which
 * names the file).
 */
function batchedWriter(dir: string, threaded: boolean) {
  interface Thread {
    worker: Worker;
    /** Set by the thread at a failed write. */
    failed: Int32Array;
    /** The commit waiting for its answer. */
    answer: ((reply: WriterReply) => void) | null;
    /** Why the thread stopped before its commit (it could not start, or it crashed). */
    stopped: WriteFailure | null;
  }
  let local: ReturnType<typeof contentWriter> | null = null;
  let localWrites = 0;
  let thread: Thread | null = null;
  const start = (): Thread => {
    const failed = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(CONTENT_WRITER, { workerData: { briefingContentWriter: true, dir, failed } });
    const started: Thread = { worker, failed, answer: null, stopped: null };
    worker.on('message', (reply: WriterReply) => started.answer?.(reply));
    const stop = (reason: string) => {
      started.stopped ??= { message: `the content writer stopped (${reason}); the files of this run not yet in place were not written` };
      started.answer?.({ failure: started.stopped });
    };
    worker.on('error', (error) => stop(error.message));
    worker.on('exit', (code) => stop(`exit code ${code}`));
    return started;
  };
  const throwFailure = (failure: WriteFailure | null): void => {
    if (failure === null) return;
    const { message, ...fields } = failure;
    throw Object.assign(new Error(message), fields);
  };
  const commit = async (): Promise<void> => {
    const here = local;
    local = null;
    localWrites = 0;
    if (here !== null) throwFailure(here.commit());
    if (thread === null) return;
    const current = thread;
    thread = null;
    const reply =
      current.stopped === null
        ? await new Promise<WriterReply>((resolve) => {
            current.answer = resolve;
            current.worker.postMessage({ commit: true } satisfies WriterMessage);
          })
        : { failure: current.stopped };
    // Each run's writes end at its commit: the thread is not kept waiting for more.
    current.stopped ??= { message: 'the content writer was stopped after its commit' };
    await current.worker.terminate();
    throwFailure(reply.failure);
  };
  const write = async (name: string, text: string): Promise<void> => {
    const path = join(dir, name);
    const temporary = `${path}.${process.pid}.tmp`;
    if (thread === null && (localWrites < WRITES_BEFORE_THREAD || !threaded)) {
      if (local === null) {
        mkdirSync(dir, { recursive: true });
        local = contentWriter(dir);
      }
      localWrites++;
      local.write(path, temporary, text);
      // A failed write stops the run here, with its error.
      if (local.failed()) return commit();
      return;
    }
    if (thread === null) {
      thread = start();
      for (const [adopted, file] of local?.handOver() ?? []) thread.worker.postMessage({ path: adopted, temporary: file, adopt: true } satisfies WriterMessage);
      local = null;
    }
    // An earlier write failed, or the thread stopped: stop here with why, rather than make every article first.
    if (Atomics.load(thread.failed, 0) !== 0 || thread.stopped !== null) return commit();
    thread.worker.postMessage({ path, temporary, text } satisfies WriterMessage);
  };
  return { write, commit };
}

/** Ingest caches of content folders not ingested for this long are removed (temporary folders of tests and benchmarks). */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

function pruneCaches(dir: string): void {
  const now = Date.now();
  try {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (now - statSync(path).mtimeMs > CACHE_MAX_AGE_MS) unlinkSync(path);
    }
  } catch {
    // pruning is housekeeping only
  }
}

const require = createRequire(import.meta.url);
/** The module that ingests (its imports, followed, are the code that makes content files). */
const INGEST_ENTRY = fileURLToPath(new URL('./run-ingest.ts', import.meta.url));
/** `from '…'`, `import('…')`, `import '…'`, `require('…')` and `require.resolve('…')`. */
const IMPORT_SPECIFIER = /\bfrom\s*['"]([^'"\n]+)['"]|\b(?:import|require(?:\.resolve)?)\s*\(\s*['"]([^'"\n]+)['"]\s*\)|^\s*import\s*['"]([^'"\n]+)['"]/gm;

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The installed version of a package, found from its entry point up to its package.json. */
function packageVersion(name: string): string {
  try {
    let dir = dirname(require.resolve(name));
    for (;;) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? 'unknown';
      } catch {
        // no package.json here
      }
      const parent = dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  } catch {
    return 'unresolved';
  }
}

/**
 * Digest of the code reachable from `entry`: its source and that of every module it
 * imports, followed, with the versions of the packages they import (`root` is the
 * project folder: paths are hashed relative to it, and its node_modules/.package-lock.json
 * is the installed dependency tree), and the runtime (Node, ICU and Unicode versions:
 * normalization and case mapping).
 */
export function codeDigest(entry: string, root: string): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node}; icu ${process.versions.icu ?? '-'}; unicode ${process.versions.unicode ?? '-'}\n`);
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      hash.update(`missing ${relative(root, file)}\n`);
      return;
    }
    hash.update(`${relative(root, file).split(sep).join('/')}\n${source}\n`);
    for (const match of source.matchAll(IMPORT_SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else if (specifier !== '' && !specifier.startsWith('node:')) packages.add(packageName(specifier));
    }
  };
  visit(entry);
  for (const name of [...packages].sort()) hash.update(`package ${name}@${packageVersion(name)}\n`);
  try {
    hash.update(readFileSync(join(root, 'node_modules', '.package-lock.json')));
  } catch {
    hash.update('no installed lockfile\n');
  }
  return hash.digest('hex');
}

let ingestDigest: string | undefined;

/**
 * Digest of everything that decides what ingest writes for a seed: run-ingest.ts and
 * every module it imports (the stages, language data, the schema, the date reader),
 * the packages and the runtime (see codeDigest). A cache made by other code is never used.
 */
export function ingestCodeDigest(): string {
  ingestDigest ??= codeDigest(INGEST_ENTRY, dirname(dirname(dirname(INGEST_ENTRY))));
  return ingestDigest;
}

export function nodeEffects(options: NodeEffectsOptions): IngestEffects {
  const articlesDir = join(options.contentDir, 'articles');
  // One cache file per content folder, named by its absolute path.
  const cacheFile = options.cacheDir === undefined ? null : join(options.cacheDir, 'ingest', `${createHash('sha256').update(resolve(options.contentDir)).digest('hex').slice(0, 16)}.json`);
  const writer = batchedWriter(articlesDir, options.writerThread ?? writerThreadByDefault());
  return {
    async listSeeds() {
      let entries;
      try {
        entries = readdirSync(options.seedsDir, { withFileTypes: true });
      } catch {
        throw new IngestConfigError(`Cannot read the seeds folder \`${options.seedsDir}\`: it does not exist or is not a folder`);
      }
      return entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name);
    },
    async readSeed(seed, maxBytes) {
      return readWhole(join(options.seedsDir, seed), maxBytes);
    },
    async listContent() {
      let entries;
      try {
        entries = readdirSync(articlesDir, { withFileTypes: true });
      } catch {
        return [];
      }
      // Temporary files of a run that was killed before renaming them.
      for (const entry of entries) {
        const pid = TEMPORARY.exec(entry.name)?.[1];
        if (entry.isFile() && pid !== undefined && !processIsAlive(Number(pid))) {
          try {
            unlinkSync(join(articlesDir, entry.name));
          } catch {
            // gone already
          }
        }
      }
      return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx')).map((entry) => entry.name);
    },
    async readContent(name) {
      return readFileSync(join(articlesDir, name), 'utf8');
    },
    writeContent: writer.write,
    commit: writer.commit,
    ...(cacheFile === null
      ? {}
      : {
          cache: {
            codeDigest: ingestCodeDigest,
            async read() {
              try {
                return readFileSync(cacheFile, 'utf8');
              } catch {
                return null;
              }
            },
            async write(text: string) {
              const dir = dirname(cacheFile);
              mkdirSync(dir, { recursive: true });
              const temporary = `${cacheFile}.${process.pid}.tmp`;
              writeFileSync(temporary, text, 'utf8');
              renameSync(temporary, cacheFile);
              pruneCaches(dir);
            },
          },
        }),
    today() {
      return options.today ?? new Date().toISOString().slice(0, 10);
    },
    progress: options.progress ?? (() => undefined),
  };
}
