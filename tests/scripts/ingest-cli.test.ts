import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'briefing-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), '--today', '2026-11-22', ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_CACHE_DIR: join(work, 'cache') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest', () => {
  const seeds = join(work, 'seeds');
  const content = join(work, 'content');
  mkdirSync(seeds);
  for (const name of readdirSync(join(root, 'seeds'))) copyFileSync(join(root, 'seeds', name), join(seeds, name));

  it('should ingest the seeds and print a summary', () => {
    const run = ingest('--seeds', seeds, '--content', content);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 created, 0 updated, 0 unchanged');
    expect(readdirSync(join(content, 'articles'))).toHaveLength(5);
  });

  it('should leave every file byte-identical and untouched on a second run', () => {
    const dir = join(content, 'articles');
    const before = readdirSync(dir).map((name) => [readFileSync(join(dir, name), 'utf8'), statSync(join(dir, name)).mtimeMs]);
    const run = ingest('--seeds', seeds, '--content', content);
    expect(run.stdout).toContain('0 created, 0 updated, 5 unchanged');
    const after = readdirSync(dir).map((name) => [readFileSync(join(dir, name), 'utf8'), statSync(join(dir, name)).mtimeMs]);
    expect(after).toEqual(before);
  });

  it('should process again only the seed that changed (the ingest cache), and keep an edited file', () => {
    const dir = join(content, 'articles');
    expect(readdirSync(join(work, 'cache', 'ingest'))).toHaveLength(1);
    const [changedSeed = '', editedSeed = ''] = readdirSync(seeds).sort();
    const fileOf = (seed: string) => readdirSync(dir).find((name) => readFileSync(join(dir, name), 'utf8').includes(`seed: "${seed}"`)) ?? '';
    const seedBytes = readFileSync(join(seeds, changedSeed));
    const editedFile = fileOf(editedSeed);
    const original = readFileSync(join(dir, editedFile), 'utf8');
    const edited = original.replace(/^title: .*$/m, 'title: "Edited by hand"');
    writeFileSync(join(seeds, changedSeed), Buffer.concat([seedBytes, Buffer.from('\n\nA paragraph added later.\n')]));
    writeFileSync(join(dir, editedFile), edited);

    const run = ingest('--seeds', seeds, '--content', content);
    expect(run.stdout).toContain('0 created, 1 updated, 3 unchanged, 1 kept-edited');
    expect(run.stdout).toContain('3 unchanged seeds not processed again (ingest cache)');
    expect(readFileSync(join(dir, fileOf(changedSeed)), 'utf8')).toContain('A paragraph added later.');
    expect(readFileSync(join(dir, editedFile), 'utf8')).toBe(edited);

    writeFileSync(join(seeds, changedSeed), seedBytes);
    writeFileSync(join(dir, editedFile), original);
    expect(ingest('--seeds', seeds, '--content', content).stdout).toContain('0 created, 1 updated, 4 unchanged');
  });

  it('should exit 0 on a skipped seed, and 1 with --strict, naming the file and the reason', () => {
    writeFileSync(join(seeds, 'empty.txt'), '');
    const relaxed = ingest('--seeds', seeds, '--content', content);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toMatch(/empty\.txt: warning Unexpected empty file/i);
    expect(relaxed.stdout).toContain('1 skipped');
    expect(ingest('--seeds', seeds, '--content', content, '--strict').code).toBe(1);
    rmSync(join(seeds, 'empty.txt'));
  });

  it('should fail with a clear message and no stack trace when the seeds folder is missing', () => {
    const run = ingest('--seeds', join(work, 'nope'), '--content', content);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Cannot read the seeds folder');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('should fail with the file system message and no stack trace when a content file cannot be written', () => {
    const blocked = join(work, 'blocked');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'articles'), 'a file where the articles folder goes');
    const run = ingest('--seeds', seeds, '--content', blocked, '--no-extract');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ingest: failed: EEXIST: file already exists, mkdir '.*articles' \(the files written before it are in place/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('should reject an unknown flag with the usage', () => {
    const run = ingest('--sedes', seeds);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: npm run ingest');
  });

  it('should stop with the file and field named, and no stack trace, when an editable data file is broken', () => {
    cpSync(join(root, 'content', 'topics'), join(content, 'topics'), { recursive: true });
    writeFileSync(join(content, 'gazetteer.yaml'), 'places:\n  - name: Somewhere\n    lat: 600\n    lon: 10\n');
    const run = ingest('--seeds', seeds, '--content', content);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/gazetteer\.yaml: places\[0\]\.lat: expected a latitude/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    rmSync(join(content, 'gazetteer.yaml'));
  });
});
