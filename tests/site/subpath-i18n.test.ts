// The seeds' site published under a sub-path of another origin (BRIEFING_BASE,
// BRIEFING_SITE), built once: every page exists in both interface languages, every
// address in a page stays inside the sub-path and resolves to a built file, meta
// tags are absolute, source filters list the right sources, and the search index
// covers both languages.
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, textOf, type Node } from '../helpers/dom.ts';
import { filesUnder, makeWorkspace, plainOutput, projectRoot, runBuild, runIngest, type RunResult, type Workspace } from '../helpers/build-site.ts';


const TIMEOUT = 240_000;
const BASE = '/briefing/';
const SITE = 'https://briefings.example.net';

const byTag = (root: Node, tag: string) => elements(root).filter((el) => el.tagName === tag);

const exists = (file: string) => stat(file).then((s) => s.isFile(), () => false);

let ws: Workspace;
let out: string;
let ingest: RunResult;
let build: RunResult;
/** Pages by their path under the site root, without the base: `topics/x/index.html`. */
let pages: Map<string, DefaultTreeAdapterTypes.Document>;

beforeAll(async () => {
  ws = await makeWorkspace('briefing-subpath-');
  out = join(ws.root, 'out');
  const seedDir = join(projectRoot, 'seeds');
  for (const entry of await readdir(seedDir, { withFileTypes: true })) if (entry.isFile()) await copyFile(join(seedDir, entry.name), join(ws.seeds, entry.name));
  ingest = await runIngest(ws);
  build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache'), base: BASE, site: SITE });
  pages = new Map();
  if (build.code === 0) {
    for (const file of (await filesUnder(out)).filter((f) => f.endsWith('.html'))) {
      pages.set(relative(out, file).split(sep).join('/'), parse(await readFile(file, 'utf8')));
    }
  }
}, TIMEOUT);

afterAll(async () => {
  await ws?.cleanup();
});

/** The built file an address inside the site points to, or null when it leaves the base. */
function fileOf(href: string, from: string): { file: string; hash: string } | null {
  const url = new URL(href, `${SITE}${BASE}${from.replace(/index\.html$/, '')}`);
  if (url.origin !== SITE || !url.pathname.startsWith(BASE)) return null;
  const path = decodeURIComponent(url.pathname.slice(BASE.length));
  return { file: join(out, path, path === '' || path.endsWith('/') ? 'index.html' : ''), hash: decodeURIComponent(url.hash.slice(1)) };
}

describe('the seeds published under a sub-path', () => {
  it('ingests and builds', () => {
    expect(ingest.code, plainOutput(ingest)).toBe(0);
    expect(build.code, plainOutput(build)).toBe(0);
    expect(pages.size).toBeGreaterThan(20);
  }, TIMEOUT);

  it('has an Indonesian page under id/ for every English page and the other way round, each in its language', () => {
    const english = [...pages.keys()].filter((path) => path.endsWith('index.html') && !path.startsWith('id/') && !path.startsWith('pagefind/'));
    expect(english.length).toBeGreaterThan(20);
    for (const path of english) {
      const doc = pages.get(`id/${path}`);
      expect(doc, `id/${path}`).toBeDefined();
      expect(attr(byTag(doc!, 'html')[0]!, 'lang'), `id/${path}`).toBe('id');
      expect(attr(byTag(pages.get(path)!, 'html')[0]!, 'lang'), path).toBe('en');
      // The switch on each leads to the other.
      const switchTo = (d: DefaultTreeAdapterTypes.Document) => byTag(d, 'a').find((a) => (attr(a, 'class') ?? '').split(' ').includes('lang-switch'));
      expect(attr(switchTo(pages.get(path)!)!, 'href'), path).toBe(`${BASE}id/${path.replace(/index\.html$/, '')}`);
      expect(attr(switchTo(doc!)!, 'href'), `id/${path}`).toBe(`${BASE}${path.replace(/index\.html$/, '')}`);
    }
    const indonesian = [...pages.keys()].filter((path) => path.startsWith('id/') && path.endsWith('index.html'));
    expect(indonesian.length).toBe(english.length);
  }, TIMEOUT);

  it('keeps the interface in the page language and article text in its own', () => {
    const source = [...pages.keys()].find((path) => /^id\/sources\/[^/]+\/index\.html$/.test(path) && !path.includes('/outlet/'))!;
    const doc = pages.get(source)!;
    const nav = byTag(doc, 'nav')[0]!;
    expect(textOf(nav)).toMatch(/Sumber/);
    const article = byTag(doc, 'article')[0]!;
    expect(attr(article, 'lang')).toBe('id');
    const english = pages.get(source.slice(3))!;
    expect(textOf(byTag(english, 'nav')[0]!)).toMatch(/Sources/);
    // The same article text on both (the notes beside the paragraphs are interface).
    const paragraphs = (d: DefaultTreeAdapterTypes.Document) => byTag(byTag(d, 'article')[0]!, 'p').filter((p) => /^p\d+$/.test(attr(p, 'id') ?? '')).map(textOf);
    expect(paragraphs(english).length).toBeGreaterThan(3);
    expect(paragraphs(english)).toEqual(paragraphs(doc));
    // Its metadata names its topics and the entities it mentions, linked to their pages.
    const meta = byTag(english, 'dl')[0]!;
    expect(byTag(meta, 'a').some((a) => (attr(a, 'href') ?? '').startsWith(`${BASE}entities/`))).toBe(true);
    expect(byTag(meta, 'a').some((a) => (attr(a, 'href') ?? '').startsWith(`${BASE}topics/`))).toBe(true);
  }, TIMEOUT);

  it('points every link, script, stylesheet and image at a built file inside the sub-path', async () => {
    let checked = 0;
    for (const [path, doc] of pages) {
      if (path.startsWith('pagefind/')) continue;
      const ids = new Map<string, Set<string>>();
      for (const el of elements(doc)) {
        const name = el.tagName === 'a' || el.tagName === 'link' ? 'href' : el.tagName === 'script' || el.tagName === 'img' ? 'src' : null;
        const value = name ? attr(el, name) : undefined;
        if (value === undefined || /^(mailto|data):/.test(value)) continue;
        if (/^https?:/.test(value) && !value.startsWith(SITE)) continue;
        const target = fileOf(value, path);
        expect(target, `${path}: <${el.tagName} ${name}="${value}"> leaves ${BASE}`).not.toBeNull();
        expect(await exists(target!.file), `${path}: ${value} → ${target!.file}`).toBe(true);
        if (target!.hash && target!.file.endsWith('.html')) {
          const key = relative(out, target!.file).split(sep).join('/');
          if (!ids.has(key)) ids.set(key, new Set(elements(pages.get(key)!).map((e) => attr(e, 'id')).filter((id): id is string => id !== undefined)));
          expect(ids.get(key)!.has(target!.hash), `${path}: ${value} anchor`).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  }, TIMEOUT);

  it('gives absolute canonical, alternate, Open Graph and Twitter addresses on the published origin', async () => {
    const doc = pages.get('topics/index.html')!;
    const meta = (key: string) => byTag(doc, 'meta').find((m) => attr(m, 'property') === key || attr(m, 'name') === key);
    const canonical = byTag(doc, 'link').find((l) => attr(l, 'rel') === 'canonical');
    expect(attr(canonical!, 'href')).toBe(`${SITE}${BASE}topics/`);
    expect(attr(meta('og:url')!, 'content')).toBe(`${SITE}${BASE}topics/`);
    const alternates = byTag(doc, 'link').filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang'));
    expect(alternates.map((l) => [attr(l, 'hreflang'), attr(l, 'href')])).toEqual([
      ['en', `${SITE}${BASE}topics/`],
      ['id', `${SITE}${BASE}id/topics/`],
      ['x-default', `${SITE}${BASE}topics/`],
    ]);
    for (const key of ['og:title', 'og:description', 'og:image', 'twitter:card', 'twitter:image']) expect(attr(meta(key)!, 'content'), key).toBeTruthy();
    const image = attr(meta('og:image')!, 'content')!;
    expect(image).toBe(`${SITE}${BASE}social.png`);
    const png = await readFile(join(out, 'social.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, TIMEOUT);

  it('lists, on each source filter page, exactly the sources with that value', async () => {
    const { articles } = JSON.parse(await readFile(join(out, 'data', 'articles.json'), 'utf8')) as { articles: { id: string; outlet: string | null; language: string }[] };
    const listed = (path: string) =>
      byTag(byTag(pages.get(path)!, 'table')[0]!, 'a')
        .map((a) => attr(a, 'href')!.replace(`${BASE}sources/`, '').replace(/\/$/, ''))
        .sort();
    const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
    expect(outlets.length).toBeGreaterThan(0);
    const index = pages.get('sources/index.html')!;
    const filterLinks = byTag(index, 'a').filter((a) => /\/sources\/outlet\/[^/]+\/$/.test(attr(a, 'href') ?? ''));
    expect(filterLinks).toHaveLength(outlets.length);
    for (const link of filterLinks) {
      const path = `${attr(link, 'href')!.slice(BASE.length)}index.html`;
      const outlet = textOf(link);
      expect(listed(path), path).toEqual(articles.filter((a) => a.outlet === outlet).map((a) => a.id).sort());
    }
    for (const language of new Set(articles.map((a) => a.language))) {
      expect(listed(`sources/language/${language}/index.html`)).toEqual(articles.filter((a) => a.language === language).map((a) => a.id).sort());
    }
  }, TIMEOUT);

  it('builds one search index, of the English pages, for both interfaces', async () => {
    const entry = JSON.parse(await readFile(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const searchable = (prefix: boolean) =>
      [...pages].filter(([path, doc]) => path.startsWith('id/') === prefix && byTag(doc, 'main').some((m) => attr(m, 'data-pagefind-body') !== undefined)).length;
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(searchable(true)).toBe(0);
    expect(searchable(false)).toBeGreaterThan(0);
    expect(entry.languages['en']?.page_count).toBe(searchable(false));
    // The Indonesian search page loads the same bundle and links results below /id/.
    const idForm = byTag(pages.get('id/search/index.html')!, 'form')[0]!;
    expect([attr(idForm, 'data-bundle'), attr(idForm, 'data-base'), attr(idForm, 'data-locale-base')]).toEqual([`${BASE}pagefind/`, BASE, `${BASE}id/`]);
    expect(await exists(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    // The search page loads the bundle from inside the sub-path.
    const form = byTag(pages.get('search/index.html')!, 'form')[0]!;
    expect(attr(form, 'data-bundle')).toBe(`${BASE}pagefind/`);
  }, TIMEOUT);
});
