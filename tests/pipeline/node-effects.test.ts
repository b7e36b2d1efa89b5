import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WRITE_BATCH } from '../../src/pipeline/content-writer.ts';
import { codeDigest, ingestCodeDigest, nodeEffects, writeFileAtomic, WRITES_BEFORE_THREAD } from '../../src/pipeline/node-effects.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefing-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const writer = fileURLToPath(new URL('../fixtures/scripts/atomic-writer.ts', import.meta.url));

describe('writeFileAtomic', () => {
  it('should replace a file and leave no temporary file behind', async () => {
    const path = join(dir, 'a.mdx');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('should leave the old file whole when the writer is killed mid-write', async () => {
    const path = join(dir, 'b.mdx');
    const old = `---\ntitle: "old"\n---\n\n${'lama '.repeat(1000)}`;
    writeFileSync(path, old);
    const count = 8_000_000; // ~40 MB: long enough to be killed while writing
    const child = spawn(process.execPath, [writer, path, String(count)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    await new Promise<void>((resolve) => child.once('message', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const after = readFileSync(path, 'utf8');
    // Either the old file, untouched, or the complete new one: never a part of either.
    expect(after === old || after === 'baru '.repeat(count)).toBe(true);
  }, 60_000);
});

describe('nodeEffects writes', () => {
  /** A content folder of its own under the test folder: its articles folder, and effects writing into it. */
  const folder = (label: string, writerThread?: boolean) => {
    const content = join(dir, label);
    return { articles: join(content, 'articles'), effects: nodeEffects({ seedsDir: dir, contentDir: content, ...(writerThread === undefined ? {} : { writerThread }) }) };
  };
  /** The n-th of many content files, named so they sort in order. */
  const name = (n: number) => `a${String(n).padStart(4, '0')}.mdx`;
  /** Writes `count` numbered files (`article n`) through `effects`, one after the other. */
  const writeNumbered = async (effects: ReturnType<typeof nodeEffects>, count: number) => {
    for (let n = 0; n < count; n++) await effects.writeContent(name(n), `article ${n}`);
  };
  it('should put batched writes in place at commit, whole, with no temporary file left', async () => {
    const { articles, effects } = folder('batched');
    await effects.writeContent('a.mdx', 'first');
    await effects.writeContent('b.mdx', 'second');
    await effects.writeContent('a.mdx', 'first, again');
    expect(existsSync(join(articles, 'a.mdx'))).toBe(false);
    await effects.commit?.();
    expect(readFileSync(join(articles, 'a.mdx'), 'utf8')).toBe('first, again');
    expect(readFileSync(join(articles, 'b.mdx'), 'utf8')).toBe('second');
    expect(readdirSync(articles).sort()).toEqual(['a.mdx', 'b.mdx']);
    await effects.commit?.(); // nothing pending: nothing happens
    expect(readdirSync(articles).sort()).toEqual(['a.mdx', 'b.mdx']);
  });

  it('should put in place, at commit, the writes made before and on the writer thread, the last write of a name winning', async () => {
    const { articles, effects } = folder('threaded', true);
    const count = WRITES_BEFORE_THREAD + 150;
    await writeNumbered(effects, count);
    // Written again after the thread took over the first ones.
    await effects.writeContent(name(3), 'article 3, again');
    expect(readdirSync(articles).filter((file) => file.endsWith('.mdx'))).toEqual([]);
    await effects.commit?.();
    const files = readdirSync(articles).sort();
    expect(files).toEqual(Array.from({ length: count }, (_, n) => name(n)));
    expect(readFileSync(join(articles, name(3)), 'utf8')).toBe('article 3, again');
    expect(readFileSync(join(articles, name(count - 1)), 'utf8')).toBe(`article ${count - 1}`);
    // A second run with the same effects starts over and writes again.
    await effects.writeContent(name(0), 'article 0, next run');
    await effects.commit?.();
    expect(readFileSync(join(articles, name(0)), 'utf8')).toBe('article 0, next run');
    expect(readdirSync(articles)).toHaveLength(count);
  });

  // A folder where a write's temporary file goes makes that write fail (as root, too).
  const failingRun = async (failAt: number, writerThread = true) => {
    const { articles, effects } = folder(`failing-${failAt}-${writerThread}`, writerThread);
    mkdirSync(join(articles, `bad.mdx.${process.pid}.tmp`), { recursive: true });
    const names = Array.from({ length: failAt + 40 }, (_, n) => (n === failAt ? 'bad.mdx' : name(n)));
    let error: unknown = null;
    try {
      for (const name of names) await effects.writeContent(name, `text of ${name}`);
      await effects.commit?.();
    } catch (caught) {
      error = caught;
    }
    await effects.commit?.(); // as runIngest does in its finally: nothing left to do
    return { error, articles, before: names.slice(0, failAt) };
  };

  it('should stop at a failed write on the writer thread with its error, and put the writes before it in place', async () => {
    const { error, articles, before } = await failingRun(WRITES_BEFORE_THREAD + 60);
    expect(error).toMatchObject({ code: 'EISDIR', syscall: 'open' });
    expect((error as Error).message).toContain(`bad.mdx.${process.pid}.tmp`);
    expect(readdirSync(articles).sort()).toEqual([...before, `bad.mdx.${process.pid}.tmp`].sort());
    for (const name of before) expect(readFileSync(join(articles, name), 'utf8')).toBe(`text of ${name}`);
  });

  it('should stop at a failed write made before the thread starts, in the write itself', async () => {
    const { error, articles, before } = await failingRun(10);
    expect(error).toMatchObject({ code: 'EISDIR', syscall: 'open' });
    expect(readdirSync(articles).sort()).toEqual([...before, `bad.mdx.${process.pid}.tmp`].sort());
  });

  it('should write every file on the calling thread without a writer thread, a batch in place as soon as it is full', async () => {
    const { articles, effects } = folder('unthreaded', false);
    const count = WRITE_BATCH + 10;
    await writeNumbered(effects, count);
    // Written here, the first batch was flushed and renamed by the write that filled it
    // (a thread would do so in its own time).
    expect(readdirSync(articles).filter((file) => file.endsWith('.mdx'))).toEqual(Array.from({ length: WRITE_BATCH }, (_, n) => name(n)));
    await effects.writeContent(name(3), 'article 3, again');
    await effects.commit?.();
    expect(readdirSync(articles).sort()).toEqual(Array.from({ length: count }, (_, n) => name(n)));
    expect(readFileSync(join(articles, name(3)), 'utf8')).toBe('article 3, again');
  });

  it('should stop at a failed write past the first writes without a writer thread, the writes before it in place', async () => {
    const { error, articles, before } = await failingRun(WRITES_BEFORE_THREAD + 60, false);
    expect(error).toMatchObject({ code: 'EISDIR', syscall: 'open' });
    expect(readdirSync(articles).sort()).toEqual([...before, `bad.mdx.${process.pid}.tmp`].sort());
    for (const name of before) expect(readFileSync(join(articles, name), 'utf8')).toBe(`text of ${name}`);
  });

  it('should start a writer thread by default only where the process may use more than one core', () => {
    const entry = pathToFileURL(join(import.meta.dirname, '../../src/pipeline/node-effects.ts')).href;
    const script = `import(${JSON.stringify(entry)}).then((m) => console.log(m.writerThreadByDefault()))`;
    const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' });
    const oneCore = run('taskset', ['-c', '0', process.execPath, '-e', script]);
    expect(oneCore.status, oneCore.stderr).toBe(0);
    expect(oneCore.stdout.trim()).toBe('false');
    const all = run(process.execPath, ['-e', script]);
    expect(all.stdout.trim()).toBe(String(availableParallelism() > 1));
  });

  it('should remove the temporary files of a run that was killed, and only those', async () => {
    const content = join(dir, 'stale');
    const articles = join(content, 'articles');
    mkdirSync(articles, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid ?? 1;
    writeFileSync(join(articles, 'a.mdx'), 'kept');
    writeFileSync(join(articles, `b.mdx.${dead}.tmp`), 'half');
    writeFileSync(join(articles, `c.mdx.${process.pid}.tmp`), 'mine');
    writeFileSync(join(articles, 'notes.tmp'), 'not ours');
    const names = await nodeEffects({ seedsDir: dir, contentDir: content }).listContent();
    expect(names).toEqual(['a.mdx']);
    expect(readdirSync(articles).sort()).toEqual(['a.mdx', `c.mdx.${process.pid}.tmp`, 'notes.tmp']);
  });

  it('should keep one ingest cache per content folder in the cache folder, and none without one', async () => {
    const cacheDir = join(dir, 'cache');
    const effects = nodeEffects({ seedsDir: dir, contentDir: join(dir, 'one'), cacheDir });
    const other = nodeEffects({ seedsDir: dir, contentDir: join(dir, 'two'), cacheDir });
    expect(await effects.cache?.read()).toBeNull();
    await effects.cache?.write('{"format":1}\n');
    expect(await effects.cache?.read()).toBe('{"format":1}\n');
    expect(await other.cache?.read()).toBeNull();
    expect(readdirSync(join(cacheDir, 'ingest'))).toHaveLength(1);
    expect(effects.cache?.codeDigest()).toMatch(/^[0-9a-f]{64}$/);
    expect(ingestCodeDigest()).toBe(effects.cache?.codeDigest());
    expect(nodeEffects({ seedsDir: dir, contentDir: join(dir, 'one') }).cache).toBeUndefined();
  });
});

describe('codeDigest', () => {
  it('should change with any module the entry imports, followed, and with nothing else', () => {
    const root = join(dir, 'code');
    mkdirSync(join(root, 'src', 'lib'), { recursive: true });
    const write = (name: string, text: string) => writeFileSync(join(root, name), text);
    write('src/entry.ts', "import { a } from './a.ts';\nimport type { T } from './lib/types.ts';\nexport const x = a;\n");
    write('src/a.ts', "export { b as a } from './lib/b.ts';\nconst tinyld = require.resolve('tinyld');\n");
    write('src/lib/b.ts', 'export const b = 1;\n');
    write('src/lib/types.ts', 'export type T = string;\n');
    write('src/unrelated.ts', 'export const u = 1;\n');
    const digest = () => codeDigest(join(root, 'src', 'entry.ts'), root);
    const first = digest();
    expect(digest()).toBe(first);
    write('src/unrelated.ts', 'export const u = 2;\n');
    expect(digest()).toBe(first);
    write('src/lib/b.ts', 'export const b = 2;\n');
    const second = digest();
    expect(second).not.toBe(first);
    write('src/lib/types.ts', 'export type T = number;\n');
    expect(digest()).not.toBe(second);
  });
});
