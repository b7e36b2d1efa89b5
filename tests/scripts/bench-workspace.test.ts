// The benchmark's scratch folder: forgetting a build moves its products aside (removing
// them would slow the measured step after it on some disks; see discard); the trash
// goes with the scratch folder when the measuring is done.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discard, resetBuild, type BenchWorkspace } from '../../scripts/bench/workspace.ts';

const root = mkdtempSync(join(tmpdir(), 'briefing-bench-ws-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ws: BenchWorkspace = { root, project: join(root, 'project'), seeds: join(root, 'seeds'), content: join(root, 'content'), dist: join(root, 'dist'), cache: join(root, 'cache') };

describe('bench workspace', () => {
  it('should forget a build by moving its content files, output and caches into the trash, whole', async () => {
    mkdirSync(join(ws.content, 'articles'), { recursive: true });
    writeFileSync(join(ws.content, 'articles', 'a.mdx'), 'article');
    writeFileSync(join(ws.content, 'gazetteer.yaml'), 'places: []\n');
    mkdirSync(join(ws.dist, 'a'), { recursive: true });
    writeFileSync(join(ws.dist, 'a', 'index.html'), '<p>page</p>');
    mkdirSync(join(ws.project, '.astro'), { recursive: true });
    await resetBuild(ws);
    expect(readdirSync(join(ws.content, 'articles'))).toEqual([]);
    expect(readdirSync(ws.content)).toEqual(['articles', 'gazetteer.yaml']);
    expect(existsSync(ws.dist)).toBe(false);
    expect(existsSync(join(ws.project, '.astro'))).toBe(false);
    // The articles folder, the output and .astro (the cache was never made): moved, not copied or removed.
    const trash = join(root, 'trash');
    expect(readdirSync(trash).sort()).toEqual(['0', '1', '2']);
    expect(readFileSync(join(trash, '0', 'a.mdx'), 'utf8')).toBe('article');
    expect(readFileSync(join(trash, '1', 'a', 'index.html'), 'utf8')).toBe('<p>page</p>');
    await discard(ws, join(root, 'never-made'));
    expect(readdirSync(trash)).toHaveLength(3);
  });
});
