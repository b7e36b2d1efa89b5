// The thread that writes content files for node-effects.ts's batched writer, one per
// run. Creating a file on this machine's disk (ext4 without a journal) costs 0.04 ms of
// kernel time at best and 0.5–0.7 ms for minutes after many files were removed (ext4
// then passes over recently freed inodes), up to more than making the article costs
// (0.45 ms), so the writes run here, beside the thread that makes the articles,
// instead of between its articles.
//
// Messages, in order: `{ path, temporary, text }` writes `text` to `temporary` (beside
// `path`), `{ path, temporary, adopt }` takes a temporary file the other thread wrote
// before this one started; every WRITE_BATCH writes, and at `{ commit: true }`, the
// batch is made durable and renamed into place; the answer to a commit is
// `{ failure }`, the first error of the run or null. After a failed write
// nothing more is written (the writes before it are still put in place at the
// commit), and `failed[0]` is set so the writing thread can stop early; after a failed
// flush or rename, the temporary files not yet renamed are removed.
import { execFileSync } from 'node:child_process';
import { closeSync, fdatasyncSync, fsyncSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

/** Content writes held before one flush to disk makes them all durable and renames them into place. */
export const WRITE_BATCH = 500;

/** What the writing thread is told of a failed write: an Error's fields that survive a message. */
export interface WriteFailure {
  message: string;
  code?: string;
  path?: string;
  syscall?: string;
}

export type WriterMessage = { path: string; temporary: string; text: string } | { path: string; temporary: string; adopt: true } | { commit: true };
export type WriterReply = { failure: WriteFailure | null };

/**
 * Up to this many files are flushed one by one. `sync -f` also waits for everything
 * else not yet on that file system's disk, such as the pages a build has just written:
 * ingesting one added seed right after a build took 0.25–0.4 s longer than its CPU
 * time with it.
 */
export const FLUSH_EACH_MAX = 16;

/**
 * Makes the data of files just written durable. One `sync -f` (syncfs: the file system
 * of `dir`) costs about what writing them did; a flush per file costs more than making
 * the article (a few milliseconds each here), so it is used for a few files (an edit, a
 * seed added) and as the fallback where `sync -f` is not there (not Linux, or no
 * coreutils).
 */
export function flushToDisk(dir: string, files: readonly string[]): void {
  if (process.platform === 'linux' && files.length > FLUSH_EACH_MAX) {
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
export function flushFolder(dir: string): void {
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

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // renamed already, or never written
  }
}

function failureOf(error: unknown): WriteFailure {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  return { message: error.message, ...(code === undefined ? {} : { code }), ...(path === undefined ? {} : { path }), ...(syscall === undefined ? {} : { syscall }) };
}

/**
 * The writer itself, apart from the thread (tests drive it directly): `write` and
 * `commit` as the messages above describe, `signal` called once at the first failure.
 */
export function contentWriter(dir: string, signal: () => void = () => undefined) {
  let pending = new Map<string, string>(); // target path → its temporary file
  let failure: WriteFailure | null = null;
  const fail = (error: unknown): void => {
    failure ??= failureOf(error);
    signal();
  };
  /** Puts the pending files in place; at a failure, the ones not yet renamed are removed. */
  const flush = (): void => {
    if (pending.size === 0) return;
    const batch = [...pending];
    try {
      flushToDisk(dir, batch.map(([, temporary]) => temporary));
      for (const [path, temporary] of batch) {
        renameSync(temporary, path);
        pending.delete(path);
      }
    } catch (error) {
      for (const temporary of pending.values()) removeQuietly(temporary);
      pending = new Map();
      fail(error);
      return;
    }
    flushFolder(dir);
  };
  return {
    /** Writes `text` to `temporary`; after a failed write, nothing more is written until `commit`. */
    write(path: string, temporary: string, text: string): void {
      if (failure !== null) return;
      try {
        writeFileSync(temporary, text, 'utf8');
      } catch (error) {
        removeQuietly(temporary);
        fail(error);
        return;
      }
      pending.set(path, temporary);
      if (pending.size >= WRITE_BATCH) flush();
    },
    /** Takes a temporary file another writer wrote for `path`, to be put in place with this writer's. */
    adopt(path: string, temporary: string): void {
      pending.set(path, temporary);
    },
    /** The writes not yet in place, handed to another writer (this one forgets them). */
    handOver(): [path: string, temporary: string][] {
      const files = [...pending];
      pending = new Map();
      return files;
    },
    /** Whether a write has failed since the last commit. */
    failed(): boolean {
      return failure !== null;
    },
    /** Puts every write made so far in place (those before a failed one included); the first failure since the last commit, if any. */
    commit(): WriteFailure | null {
      flush();
      const result = failure;
      failure = null;
      return result;
    },
  };
}

if (parentPort !== null && workerData?.['briefingContentWriter'] === true) {
  const port = parentPort;
  const { dir, failed } = workerData as { dir: string; failed: Int32Array };
  const writer = contentWriter(dir, () => Atomics.store(failed, 0, 1));
  port.on('message', (message: WriterMessage) => {
    if ('commit' in message) {
      const reply: WriterReply = { failure: writer.commit() };
      Atomics.store(failed, 0, 0);
      port.postMessage(reply);
    } else if ('adopt' in message) writer.adopt(message.path, message.temporary);
    else writer.write(message.path, message.temporary, message.text);
  });
}
