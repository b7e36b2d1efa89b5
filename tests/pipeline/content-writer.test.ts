// The content writer apart from its thread: batches put in place at commit, and what a
// failure leaves behind (the thread runs the same code; node-effects.test.ts drives it).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWriter, FLUSH_EACH_MAX, flushToDisk } from '../../src/pipeline/content-writer.ts';

const root = mkdtempSync(join(tmpdir(), 'briefing-writer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const temporaryOf = (path: string) => `${path}.${process.pid}.tmp`;

describe('contentWriter', () => {
  it('should put in place, at commit, its own writes and the files it adopted, and hand over what is pending', () => {
    const dir = join(root, 'plain');
    mkdirSync(dir);
    const first = contentWriter(dir);
    first.write(join(dir, 'a.mdx'), temporaryOf(join(dir, 'a.mdx')), 'A');
    const handed = first.handOver();
    expect(handed).toEqual([[join(dir, 'a.mdx'), temporaryOf(join(dir, 'a.mdx'))]]);
    expect(first.commit()).toBeNull();
    expect(readdirSync(dir)).toEqual([`a.mdx.${process.pid}.tmp`]);
    const second = contentWriter(dir);
    for (const [path, temporary] of handed) second.adopt(path, temporary);
    second.write(join(dir, 'b.mdx'), temporaryOf(join(dir, 'b.mdx')), 'B');
    expect(second.commit()).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(['a.mdx', 'b.mdx']);
    expect(readFileSync(join(dir, 'a.mdx'), 'utf8')).toBe('A');
  });

  it('should report a rename that fails with its error, keep what was renamed before it and remove the temporary files after it', () => {
    const dir = join(root, 'rename');
    mkdirSync(dir);
    // A folder with a file in it where a content file goes: renaming a file over it fails.
    mkdirSync(join(dir, 'b.mdx'));
    writeFileSync(join(dir, 'b.mdx', 'keep'), 'x');
    let signalled = 0;
    const writer = contentWriter(dir, () => signalled++);
    for (const name of ['a.mdx', 'b.mdx', 'c.mdx']) writer.write(join(dir, name), temporaryOf(join(dir, name)), name);
    const failure = writer.commit();
    expect(failure).toMatchObject({ syscall: 'rename', path: temporaryOf(join(dir, 'b.mdx')) });
    expect(failure?.code).toMatch(/^(EISDIR|ENOTEMPTY|EEXIST)$/);
    expect(signalled).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['a.mdx', 'b.mdx']);
    expect(readFileSync(join(dir, 'a.mdx'), 'utf8')).toBe('a.mdx');
    // The next commit starts clean.
    expect(writer.commit()).toBeNull();
  });
});

describe('flushToDisk', () => {
  // A `sync` first in PATH that notes its arguments (and does what sync does).
  const shim = join(root, 'bin');
  const calls = join(root, 'sync-calls.txt');
  const withShim = (run: () => void): string[] => {
    mkdirSync(shim, { recursive: true });
    writeFileSync(join(shim, 'sync'), `#!/bin/sh\necho "$@" >> '${calls}'\nexec /bin/sync "$@"\n`);
    chmodSync(join(shim, 'sync'), 0o755);
    rmSync(calls, { force: true });
    const path = process.env['PATH'];
    process.env['PATH'] = `${shim}:${path ?? ''}`;
    try {
      run();
    } finally {
      process.env['PATH'] = path;
    }
    return existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : [];
  };
  const files = (dir: string, count: number) => {
    mkdirSync(dir, { recursive: true });
    return Array.from({ length: count }, (_, n) => {
      const file = join(dir, `f${n}.tmp`);
      writeFileSync(file, String(n));
      return file;
    });
  };

  it.runIf(process.platform === 'linux')('should flush a few files one by one, not the whole file system', () => {
    const dir = join(root, 'few');
    expect(withShim(() => flushToDisk(dir, files(dir, FLUSH_EACH_MAX)))).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('should flush many files with one sync of their file system', () => {
    const dir = join(root, 'many');
    expect(withShim(() => flushToDisk(dir, files(dir, FLUSH_EACH_MAX + 1)))).toEqual([`-f ${dir}`]);
  });

  it('should fail on a file that is not there, when flushing one by one', () => {
    const dir = join(root, 'missing');
    expect(() => flushToDisk(dir, [join(dir, 'gone.tmp')])).toThrow(/ENOENT/);
  });
});
