// The one module of the pipeline that touches the file system and the clock:
// the Node implementation of IngestEffects. Seeds and content files are small and read
// one after the other, so the calls are synchronous: a promise per call would cost a
// round trip through libuv's thread pool for each of them, several per article.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, fdatasyncSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Content writes held before one flush to disk makes them all durable and renames them into place. */
const WRITE_BATCH = 500;

/**
 * Makes the data of files just written durable. One `sync -f` (syncfs: the file system
 * of `dir`) costs about what writing them did; a flush per file costs more than making
 * the article (a few milliseconds each here), so it is the fallback, where `sync -f` is
 * not there (not Linux, or no coreutils).
 */
function flushToDisk(dir: string, files: readonly string[]): void {
  if (process.platform === 'linux') {
    try {
      execFileSync('sync', ['-f', dir], { stdio: 'ignore', timeout: 120_000 });
      return;
    } catch {
      // fall back to one flush per file
    }
  }
  for (const file of files) {
    const fd = openSync(file, 'r+');
    try {
      fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/** Persists the renames in a folder, where the platform allows a folder to be flushed. */
function flushFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not supported here (Windows); the renames are still atomic
  }
}

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

/**
 * Atomic, durable writes in batches: each file is written to a temporary file beside
 * its target; at the end of a batch (or at commit) the data of all of them is flushed
 * to disk at once, then each is renamed over its target. A reader sees the old file or
 * the new one, never part of one, and a renamed file has its data on disk, as with
 * writeFileAtomic, at a fraction of the cost of one flush per file.
 */
function batchedWriter(dir: string) {
  let made = false;
  let pending = new Map<string, string>(); // target path → its temporary file
  const commit = (): void => {
    if (pending.size === 0) return;
    const batch = [...pending].map(([path, temporary]) => ({ path, temporary }));
    pending = new Map();
    try {
      flushToDisk(dir, batch.map((file) => file.temporary));
      for (const file of batch) renameSync(file.temporary, file.path);
    } catch (error) {
      for (const file of batch) {
        try {
          unlinkSync(file.temporary);
        } catch {
          // renamed already, or never written
        }
      }
      throw error;
    }
    flushFolder(dir);
  };
  const write = (name: string, text: string): void => {
    if (!made) {
      mkdirSync(dir, { recursive: true });
      made = true;
    }
    const path = join(dir, name);
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, text, 'utf8');
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // nothing was written
      }
      throw error;
    }
    pending.set(path, temporary);
    if (pending.size >= WRITE_BATCH) commit();
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
  const writer = batchedWriter(articlesDir);
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
    async writeContent(name, text) {
      writer.write(name, text);
    },
    async commit() {
      writer.commit();
    },
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
