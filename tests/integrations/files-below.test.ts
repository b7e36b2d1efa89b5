// Listing an output folder: every file at any depth, relative with `/`; folders (empty
// ones too) are not listed; a symbolic link is listed as itself and not followed.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { filesBelow } from '../../src/integrations/files-below.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('files below a folder', () => {
  it('should list every file at every depth, no folder, links as links', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-files-below-'));
    const files = ['index.html', 'sources/a b/index.html', 'sources/a b/2/index.html', 'id/sources/x/index.html', '_astro/Base.css', '.hidden'];
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), file);
    }
    mkdirSync(join(dir, 'empty/deeper'), { recursive: true });
    symlinkSync(join(dir, 'sources'), join(dir, 'linked'), 'dir');
    const listed = await filesBelow(dir);
    expect([...listed].sort()).toEqual([...files, 'linked'].sort());
    // Without the link, the same as Node's own recursive listing (which goes through a
    // link to a folder: pruning the output folder must not reach outside it).
    rmSync(join(dir, 'linked'));
    const node = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
    expect([...(await filesBelow(dir))].sort()).toEqual(node.sort());
  });

  it('should not read the folders it is told to skip', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-files-below-'));
    for (const file of ['index.html', 'id/index.html', 'id/sources/a/index.html', 'sources/id/index.html', 'pagefind/x.pf']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), file);
    }
    const listed = await filesBelow(dir, (folder) => folder === 'id' || folder === 'pagefind');
    expect([...listed].sort()).toEqual(['index.html', 'sources/id/index.html']);
  });

  it('should fail on a folder that is not there', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-files-below-'));
    await expect(filesBelow(join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});
