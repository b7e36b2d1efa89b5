import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../src/pipeline/node-effects.ts';

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
