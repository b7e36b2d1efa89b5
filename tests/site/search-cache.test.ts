// The search index is copied from the build cache when the built pages are the last
// build's, byte for byte, and built again when any page changed. Pagefind reads the
// default locale's pages only: the /id/ copies carry no data-pagefind-body.
import { link, mkdtemp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedSearchIndex, searchedPages } from '../../src/integrations/search-index.ts';
import { relativeFilesUnder } from '../helpers/build-site.ts';

const page = (lang: string, title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('cached search index', () => {
  let root: string;
  const site = (name: string) => join(root, name);
  const cache = () => join(root, 'cache');

  /** Hard-links every file of `from` under `to`, as the cache does. */
  async function linkOrCopy(from: string, to: string): Promise<void> {
    for (const file of await relativeFilesUnder(from)) {
      await mkdir(join(to, file, '..'), { recursive: true });
      await link(join(from, file), join(to, file));
    }
  }

  async function writeSite(name: string, pages: Record<string, string>): Promise<string> {
    const dir = site(name);
    for (const [path, html] of Object.entries(pages)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), html);
    }
    return dir;
  }

  const pages = {
    'index.html': page('en', 'Home', 'A briefing on shipments.'),
    'sources/a/index.html': page('en', 'Source A', 'Kapal kargo berlayar dari pelabuhan.'),
    'id/index.html': page('id', 'Beranda', 'Ringkasan pengiriman.'),
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'briefing-search-cache-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('should build the index, then copy it for the same pages, and build again when a page changed', async () => {
    const first = await cachedSearchIndex(await writeSite('one', pages), cache());
    expect(first).toMatchObject({ reused: false, pages: 2 });
    const second = await cachedSearchIndex(await writeSite('two', pages), cache());
    expect(second).toMatchObject({ reused: true, pages: 2 });
    const files = await relativeFilesUnder(join(site('one'), 'pagefind'));
    expect(files.length).toBeGreaterThan(3);
    expect(await relativeFilesUnder(join(site('two'), 'pagefind'))).toEqual(files);
    for (const file of files) expect((await readFile(join(site('two'), 'pagefind', file))).equals(await readFile(join(site('one'), 'pagefind', file)))).toBe(true);

    const changed = { ...pages, 'sources/a/index.html': page('en', 'Source A', 'Kapal kargo berlayar dari pelabuhan lain.') };
    const kept = await Promise.all(files.map((file) => readFile(join(site('two'), 'pagefind', file))));
    const third = await cachedSearchIndex(await writeSite('three', changed), cache());
    expect(third).toMatchObject({ reused: false, pages: 2 });
    // The indexes share files with the cache (hard links): a new index leaves the old ones as they were.
    for (const [i, file] of files.entries()) expect((await readFile(join(site('two'), 'pagefind', file))).equals(kept[i] as Buffer)).toBe(true);
    // Built over a site holding an index already: the old index is replaced, not written into.
    const again = await writeSite('four', changed);
    await linkOrCopy(join(site('two'), 'pagefind'), join(again, 'pagefind'));
    expect(await cachedSearchIndex(again, join(root, 'cache-2'))).toMatchObject({ reused: false, pages: 2 });
    for (const [i, file] of files.entries()) expect((await readFile(join(site('two'), 'pagefind', file))).equals(kept[i] as Buffer)).toBe(true);
  }, 120_000);

  it('should read again only the pages written since the last index of the same folder', async () => {
    const dir = await writeSite('memo', pages);
    const memoCache = join(root, 'cache-memo');
    expect(await cachedSearchIndex(dir, memoCache)).toMatchObject({ reused: false, read: 2 });
    // Nothing written: no page is read, the index is the cached one.
    expect(await cachedSearchIndex(dir, memoCache)).toMatchObject({ reused: true, read: 0 });
    // One page rewritten with other bytes of the same length: read again, indexed again.
    const source = join(dir, 'sources/a/index.html');
    const before = await readFile(source, 'utf8');
    await writeFile(source, before.replace('pelabuhan', 'pelabuhaN'));
    expect(await cachedSearchIndex(dir, memoCache)).toMatchObject({ reused: false, read: 1 });
    // Written back as it was: its signature changed again, so it is read again.
    await writeFile(source, before);
    const back = await searchedPages(dir, (await searchedPages(dir)).memo);
    expect(back.read).toBe(0);
    expect(await cachedSearchIndex(dir, memoCache)).toMatchObject({ read: 1 });
    // A page replaced by another file (a new inode) is read again, however alike.
    await writeFile(`${source}.new`, before);
    await rm(source);
    await rename(`${source}.new`, source);
    expect((await searchedPages(dir, back.memo)).read).toBe(1);
    // The cache of another folder: every page is read.
    const other = await writeSite('memo-other', pages);
    expect(await cachedSearchIndex(other, memoCache)).toMatchObject({ read: 2 });
  });

  it('should digest the same pages alike whether they were read or remembered', async () => {
    const dir = await writeSite('memo-digest', pages);
    const first = await searchedPages(dir);
    const second = await searchedPages(dir, first.memo);
    expect(second.read).toBe(0);
    expect(second).toMatchObject({ files: first.files, glob: first.glob, digest: first.digest });
    // A remembered reading whose signature no longer matches is not used.
    const forged = new Map([...first.memo].map(([file, reading]) => [file, { ...reading, signature: `${reading.signature}x`, digest: 'forged' }]));
    expect((await searchedPages(dir, forged)).digest).toBe(first.digest);
  });

  it('should index the marked pages of the default locale, read by an exact glob', async () => {
    const unmarked = '<!doctype html><html lang="en"><head><title>Page 2</title></head><body><main><p>A paged list.</p></main></body></html>';
    const dir = await writeSite('globbed', { ...pages, 'about/index.html': pages['index.html'], 'sources/a/2/index.html': unmarked, 'id/sources/a/index.html': pages['id/index.html'], 'pagefind/x.html': 'index file' });
    const found = await searchedPages(dir);
    expect(found.files).toEqual(['about/index.html', 'index.html', 'sources/a/index.html']);
    expect(found.glob).toBe('{about/index.html,index.html,sources/a/index.html}');
    // A page Pagefind does not index does not change the digest.
    await writeFile(join(dir, 'sources/a/2/index.html'), unmarked.replace('A paged list', 'Another list'));
    expect((await searchedPages(dir)).digest).toBe(found.digest);
    // A name the glob cannot spell: every folder is read, Pagefind still indexes the marked pages.
    await writeSite('globbed', { 'sources/a,b/index.html': pages['sources/a/index.html'] });
    const odd = await searchedPages(dir);
    expect(odd.glob).toBe('{*.html,about/**/*.html,sources/**/*.html}');
    expect(odd.files).toContain('sources/a,b/index.html');
    expect(await cachedSearchIndex(dir, join(root, 'cache-odd'))).toMatchObject({ pages: 4, reused: false });
  });

  it('should index every page of the default locale when none is marked', async () => {
    const plain = (text: string) => `<!doctype html><html lang="en"><head><title>${text}</title></head><body><p>${text}</p></body></html>`;
    const dir = await writeSite('unmarked', { 'index.html': plain('Home'), 'sources/a/index.html': plain('Source'), 'id/index.html': plain('Beranda') });
    const found = await searchedPages(dir);
    expect(found.files).toEqual(['index.html', 'sources/a/index.html']);
    expect(found.glob).toBe('{*.html,sources/**/*.html}');
    expect(await cachedSearchIndex(dir, join(root, 'cache-unmarked'))).toMatchObject({ pages: 2, reused: false });
  });

  it('should digest paths and bytes of the HTML pages only, not the index itself', async () => {
    const a = await writeSite('digest-a', pages);
    const before = (await searchedPages(a)).digest;
    await mkdir(join(a, 'pagefind'), { recursive: true });
    await writeFile(join(a, 'pagefind', 'x.html'), 'index file');
    await writeFile(join(a, 'style.css'), 'body{}');
    expect((await searchedPages(a)).digest).toBe(before);
    await writeFile(join(a, 'id', 'index.html'), page('id', 'Beranda', 'Teks lain.'));
    expect((await searchedPages(a)).digest).toBe(before);
    const b = await writeSite('digest-b', { ...pages, 'sources/b/index.html': pages['index.html'] });
    expect((await searchedPages(b)).digest).not.toBe(before);
  });
});
