// Pruning the output folder after a build that kept the last build's pages in place:
// what the build did not write goes, with the folders that leaves empty; a deploy
// checkout's `.git` stays. (The whole flow: tests/site/rebuild-cache.test.ts.)
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { asideName, pruneOutput } from '../../src/integrations/clear-out-dir.ts';
import { relativeFilesUnder } from '../helpers/build-site.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tree(files: string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'briefing-prune-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
  return dir;
}

describe('pruning the output folder', () => {
  it('should remove the files the build did not write and the folders left empty, nothing else', async () => {
    const out = tree(['index.html', 'sources/a/index.html', 'sources/gone/index.html', 'sources/gone/deeper/x.json', 'sitemap-0.xml', '_astro/new.css', '.git/HEAD', '.git/objects/ab/cd']);
    const removed = await pruneOutput(out, new Set(['index.html', 'sources/a/index.html', '_astro/new.css']));
    expect(removed.sort()).toEqual(['sitemap-0.xml', 'sources/gone/deeper/x.json', 'sources/gone/index.html']);
    expect(await relativeFilesUnder(out)).toEqual(['.git/HEAD', '.git/objects/ab/cd', '_astro/new.css', 'index.html', 'sources/a/index.html']);
    expect(existsSync(join(out, 'sources/gone'))).toBe(false);
    expect(existsSync(join(out, 'sources'))).toBe(true);
  });

  it('should leave a folder that holds only what the build wrote as it is', async () => {
    const out = tree(['index.html', 'a/b/index.html']);
    expect(await pruneOutput(out, new Set(['index.html', 'a/b/index.html']))).toEqual([]);
    expect(await relativeFilesUnder(out)).toEqual(['a/b/index.html', 'index.html']);
  });

  it('should put the previous output beside the folder, on its file system', () => {
    expect(asideName('/site/dist/')).toBe('/site/dist.previous');
    expect(asideName('/site/dist')).toBe('/site/dist.previous');
  });
});
