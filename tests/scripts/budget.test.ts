import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  BUDGETS,
  isReadingType,
  measureBudget,
  measurePage,
  measurePages,
  median,
  pageType,
  readingRows,
  scriptRows,
  stylesheetHrefs,
  unreadableWithoutScript,
} from '../../scripts/budget.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'briefing-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const KB = 1024;
const gzip = (text: string) => gzipSync(text).byteLength;

/** `bytes` characters that gzip hardly shrinks (base64 of a hash chain): deterministic, unlike random bytes. */
function incompressible(bytes: number, seed = 'x'): string {
  let out = '';
  let block = seed;
  while (out.length < bytes) {
    block = createHash('sha256').update(block).digest('base64');
    out += block;
  }
  return out.slice(0, bytes);
}

const MAP_SVG = '<svg class="map-svg" viewBox="0 0 960 600"><g class="map-viewport"><path class="map-land" d="M0,0L10,10Z"/><a class="leg leg-sea" href="#row-leg-1"><path class="leg-line" d="M1,1Q2,2 3,3"/></a></g></svg>';
const LOCATOR = (bytes: number) => `<p>Text beside the map.</p><div class="route-map route-map-static"><svg class="map-svg" role="img"><path d="${'M0,0'.repeat(Math.ceil(bytes / 4))}"/></svg></div>`;
const CITE_JS = 'document.querySelectorAll("[data-cite]").forEach(a=>a.addEventListener("focus",()=>{}));';

interface Page {
  path: string;
  body: string;
  head?: string;
  tail?: string;
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A reading page: a main with its h1 and text, after `head` (links) and before `tail` (scripts). */
const reading = (path: string, body = '<p>Text of the page.</p>', head = '<link rel="stylesheet" href="/_astro/base.css">', tail = ''): Page => ({
  path,
  head,
  body: `<main><h1>Title of ${path}</h1>${body}</main>`,
  tail,
});

/**
 * A built site in miniature: the map page with its script (and a shared import), a
 * stylesheet, and the pages given, written under `base` as Astro writes hrefs.
 */
function site(name: string, pages: Page[], base = '/'): string {
  const dir = join(work, name);
  write(join(dir, '_astro', 'map.js'), 'import"./shared.js";console.log("map");');
  write(join(dir, '_astro', 'shared.js'), 'export const x=1;');
  write(join(dir, '_astro', 'base.css'), `body{margin:0}${'.a{color:red}'.repeat(50)}`);
  write(join(dir, '_astro', 'map.css'), '.map-svg{width:100%}');
  write(join(dir, 'map', 'index.html'), `<!doctype html><main><h1>Map</h1>${MAP_SVG}<table><tr data-leg="leg-1"><td>a</td></tr></table></main><script type="module" src="${base}_astro/map.js"></script>`);
  for (const page of pages) {
    const head = (page.head ?? '').replaceAll('"/_astro/', `"${base}_astro/`);
    write(join(dir, ...page.path.split('/').filter(Boolean), 'index.html'), `<!doctype html><html><head>${head}</head><body>${page.body}${page.tail ?? ''}</body></html>`);
  }
  return dir;
}

function budget(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/budget.ts'), '--dir', dir, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('page types', () => {
  it('should group item pages of a section, in any locale, and leave indexes and the home page as they are', () => {
    expect(pageType('/sources/a/')).toBe('/sources/*/');
    expect(pageType('/id/entities/person-x/')).toBe('/id/entities/*/');
    expect(pageType('/timeline/topic-a/')).toBe('/timeline/*/');
    expect(['/', '/sources/', '/id/', '/id/sources/', '/map/', '/404.html'].map(pageType)).toEqual(['/', '/sources/', '/id/', '/id/sources/', '/map/', '/404.html']);
    expect(['/sources/*/', '/topics/*/', '/entities/*/', '/id/sources/*/', '/id/topics/*/', '/id/entities/*/'].every(isReadingType)).toBe(true);
    expect(['/sources/', '/timeline/*/', '/map/', '/id/'].some(isReadingType)).toBe(false);
  });

  it('should take the middle of an odd list and the mean of the two middles of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('reading pages (source, topic, entity): HTML + CSS gzip', () => {
  it('should count the HTML and each stylesheet it links once, gzipped, resolving hrefs under the base', () => {
    const dir = site('weights', [reading('/sources/a/', '<p>x</p>', '<link rel="stylesheet" href="/_astro/base.css"><link href="/_astro/map.css" rel="preload stylesheet"><link rel="stylesheet" href="/_astro/base.css"><link rel="icon" href="/favicon.svg">')], '/sub/');
    const file = join(dir, 'sources', 'a', 'index.html');
    const page = measurePage(dir, file, '/sub/');
    expect(page.css.map((sheet) => sheet.name)).toEqual(['_astro/base.css', '_astro/map.css']);
    expect(page.missing).toEqual([]);
    const expected = [file, join(dir, '_astro', 'base.css'), join(dir, '_astro', 'map.css')].reduce((sum, f) => sum + gzip(readFileSync(f, 'utf8')), 0);
    expect(page.total).toBe(expected);
    expect(page.reading).toBe(true);
    expect(page.scripts).toEqual([]);
    // Without the base, the site-absolute hrefs point at nothing: named as missing.
    expect(measurePage(dir, file, '/').missing).toEqual(['/sub/_astro/base.css', '/sub/_astro/map.css']);
    expect(stylesheetHrefs('<link rel=stylesheet href=/a.css><link rel="alternate" href="/rss.xml">')).toEqual(['/a.css']);
  });

  it('should pass pages under 20 KB and give count, max, median and the worst page per type, Indonesian copies apart', () => {
    const dir = site('reading-ok', [
      reading('/sources/a/', `<p>${incompressible(2 * KB, 'a')}</p>`),
      reading('/sources/b/', `<p>${incompressible(6 * KB, 'b')}</p>`),
      reading('/sources/c/', `<p>${incompressible(4 * KB, 'c')}</p>`),
      reading('/topics/t/'),
      reading('/entities/e/'),
      reading('/id/sources/a/'),
      reading('/sources/'),
    ]);
    const rows = readingRows(measurePages(dir));
    expect(rows.map((row) => row.what)).toEqual([
      '/entities/*/ HTML+CSS (gzip), 1 page',
      '/entities/*/ readable without script',
      '/id/sources/*/ HTML+CSS (gzip), 1 page',
      '/id/sources/*/ readable without script',
      '/sources/*/ HTML+CSS (gzip), 3 pages',
      '/sources/*/ readable without script',
      '/topics/*/ HTML+CSS (gzip), 1 page',
      '/topics/*/ readable without script',
    ]);
    expect(rows.every((row) => row.ok === true)).toBe(true);
    const sources = rows.find((row) => row.what.startsWith('/sources/*/ HTML'))!;
    expect(sources.figure).toMatch(/^max 4\.\d KB \/sources\/b\/, median 3\.\d KB$/);
    expect(sources.limit).toBe('20.0 KB');
  });

  it('should fail a page over 20 KB by its HTML, or by its stylesheets, naming each page', () => {
    const dir = site('reading-over', [
      reading('/sources/a/'),
      reading('/sources/big/', `<p>${incompressible(28 * KB)}</p>`),
      reading('/topics/styled/', '<p>x</p>', '<link rel="stylesheet" href="/_astro/base.css"><link rel="stylesheet" href="/_astro/heavy.css">'),
      reading('/entities/e/', '<p>x</p>', '<link rel="stylesheet" href="/_astro/gone.css">'),
    ]);
    write(join(dir, '_astro', 'heavy.css'), `/*${incompressible(32 * KB, 'css')}*/`);
    const rows = readingRows(measurePages(dir));
    const row = (what: string) => rows.find((r) => r.what.startsWith(what))!;
    expect(row('/sources/*/ HTML').ok).toBe(false);
    expect(row('/sources/*/ HTML').over).toHaveLength(1);
    expect(row('/sources/*/ HTML').over![0]).toMatch(/^\/sources\/big\/ 2\d\.\d KB$/);
    expect(row('/topics/*/ HTML').over![0]).toMatch(/^\/topics\/styled\/ 2\d\.\d KB$/);
    expect(row('/entities/*/ HTML').over).toEqual([expect.stringMatching(/^\/entities\/e\/ .* \(missing \/_astro\/gone\.css\)$/)]);
    // The same page without the heavy stylesheet is within budget: the CSS is what counts.
    expect(measurePage(dir, join(dir, 'topics', 'styled', 'index.html')).total).toBeGreaterThan(BUDGETS.readingPage);
    expect(measurePage(dir, join(dir, 'sources', 'a', 'index.html')).total).toBeLessThan(BUDGETS.readingPage);
  });

  it('should find a page that needs script to be read', () => {
    expect(unreadableWithoutScript('<main><h1>Title</h1><p>Text.</p></main>')).toEqual([]);
    expect(unreadableWithoutScript('<main><h1>Title</h1><div id="app"></div><script>render()</script></main>')).toEqual(['no text in <main> but its heading']);
    expect(unreadableWithoutScript('<main><div></div></main><noscript>Enable JavaScript</noscript>')).toEqual(['no <h1> text in <main>', 'no text in <main> but its heading', '<noscript> asks for JavaScript']);
    expect(unreadableWithoutScript('<body><h1>x</h1></body>')).toEqual(['no <main>']);
    const dir = site('unreadable', [reading('/topics/ok/'), { path: '/topics/app/', body: '<main><h1>App</h1><div id="root"></div></main>' }]);
    const row = readingRows(measurePages(dir)).find((r) => r.what === '/topics/*/ readable without script')!;
    expect(row.ok).toBe(false);
    expect(row.figure).toBe('1 of 2');
    expect(row.over).toEqual(['/topics/app/ no text in <main> but its heading']);
  });
});

describe('client JavaScript (enhancements) by page type', () => {
  it('should report each script a reading page loads, with what it works on, and pass it under 15 KB', () => {
    const dir = site('js-ok', [
      reading('/sources/a/', '<p>x<sup><a data-cite="1" href="#">1</a></sup></p>', undefined, `<script type="module">${CITE_JS}</script>`),
      reading('/sources/b/'),
      reading('/topics/t/', '<p>x</p>', '<link rel="stylesheet" href="/_astro/base.css"><link rel="modulepreload" href="/_astro/shared.js">', '<script type="application/ld+json">{"@type":"Thing"}</script>'),
    ]);
    const pages = measurePages(dir);
    const source = pages.find((page) => page.route === '/sources/a/')!;
    expect(source.scripts).toEqual([{ name: 'inline', gzip: gzip(CITE_JS), uses: ['data-cite'], digest: expect.any(String) }]);
    // A JSON data block is no script; a modulepreload is.
    expect(pages.find((page) => page.route === '/topics/t/')!.scripts.map((s) => s.name)).toEqual(['_astro/shared.js']);
    const rows = scriptRows(pages);
    expect(rows.map((row) => row.what)).toEqual(['/map/ client JS (gzip), 1 of 1 page', '/sources/*/ client JS (gzip), 1 of 2 pages', '/topics/*/ client JS (gzip), 1 of 1 page']);
    const sources = rows[1]!;
    expect(sources.figure).toMatch(/^max 0\.\d KB \/sources\/a\/ in 1 script: inline \[data-cite\] 0\.\d KB$/);
    expect(sources.limit).toBe('15.0 KB');
    expect(sources.ok).toBe(true);
    // The map page: its script and the module it imports, against its own 35 KB.
    expect(rows[0]!.figure).toMatch(/in 2 scripts: _astro\/map\.js 0\.\d KB; _astro\/shared\.js 0\.\d KB$/);
    expect(rows[0]!.limit).toBe('35.0 KB');
  });

  it('should fail an enhancement over 15 KB naming the page, but let the map page carry up to 35 KB', () => {
    const dir = site('js-over', [reading('/entities/e/', '<p>x</p>', undefined, '<script type="module" src="/_astro/heavy.js"></script>'), reading('/entities/f/')]);
    write(join(dir, '_astro', 'heavy.js'), `console.log("${incompressible(22 * KB, 'js')}")`);
    write(join(dir, '_astro', 'map.js'), `import"./shared.js";console.log("${incompressible(30 * KB, 'map')}")`);
    const rows = scriptRows(measurePages(dir));
    const entities = rows.find((row) => row.what.startsWith('/entities/*/'))!;
    expect(entities.ok).toBe(false);
    expect(entities.over).toEqual([expect.stringMatching(/^\/entities\/e\/ 1[6-9]\.\d KB \(js\d\)$/)]);
    const map = rows.find((row) => row.what.startsWith('/map/'))!;
    expect(map.figure).toMatch(/^max 2\d\.\d KB/);
    expect(map.ok).toBe(true);
  });
});

describe('npm run budget', () => {
  it('should measure reading pages, scripts by page type, the map page with its script and imports, and each type’s locator maps', () => {
    const rows = measureBudget(site('ok', [reading('/sources/a/', LOCATOR(1000))]));
    expect(rows.map((row) => row.what)).toEqual([
      '/sources/*/ HTML+CSS (gzip), 1 page',
      '/sources/*/ readable without script',
      '/map/ client JS (gzip), 1 of 1 page',
      '/map/ HTML',
      '/map/ SVG inline in the HTML',
      'no TopoJSON or fetch shipped',
      '/sources/*/ locator SVG, 1 map',
    ]);
    expect(rows.every((row) => row.ok !== false)).toBe(true);
  });

  it('should print compact tables and exit 0 when every budget is met: reading pages, JS per page type across locales, the scripts, the map', () => {
    const run = budget(site('pass', [
      reading('/sources/a/', LOCATOR(1000)),
      reading('/id/sources/a/', '<p>x<a data-cite="1" href="#">1</a></p>', undefined, `<script type="module">${CITE_JS}</script>`),
    ]));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^pages\s+count\s+max\s+median\s+worst page\s+no-JS read\s+JS max\s+ok$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\/sources\/\*\/\s+1\s+\d\.\d KB\s+\d\.\d KB\s+\/sources\/a\/\s+1\/1\s+none\s+yes$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\/id\/sources\/\*\/\s+1\s+.*\s+1\/1\s+0\.\d KB \(js1\)\s+yes$/));
    // One JS row per page type, the Indonesian copies counted with the English pages; scripts numbered by first use.
    expect(lines).toContainEqual(expect.stringMatching(/^\/sources\/\*\/\s+1\/2\s+0\.\d KB\s+\/id\/sources\/a\/\s+js1\s+15\.0 KB\s+yes$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\/map\/\s+1\/1\s+0\.\d KB\s+\/map\/\s+js2 js3\s+35\.0 KB\s+yes$/));
    expect(lines).toContainEqual(expect.stringMatching(/^js1\s+inline\s+data-cite\s+0\.\d KB\s+1$/));
    expect(lines).toContainEqual(expect.stringMatching(/\/sources\/\*\/ locator SVG, 1 map\s+max 1\.\d KB \/sources\/a\/\s+30\.0 KB\s+yes/));
    expect(run.stdout).toMatch(/All budgets met\.\n$/);
  });

  it('should exit 1 naming the budget and the page: a locator map over 30 KB, a source page over 20 KB', () => {
    const run = budget(site('over', [reading('/sources/a/', LOCATOR(40 * KB)), reading('/sources/b/', `<p>${incompressible(30 * KB)}</p>`)]));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\/sources\/\*\/ locator SVG, 1 map\s+max 40\.\d KB \/sources\/a\/\s+30\.0 KB\s+OVER/);
    expect(run.stderr).toMatch(/^2 over budget:$/m);
    expect(run.stderr).toMatch(/^ {2}\/sources\/\*\/ HTML\+CSS \(gzip\), 2 pages \(limit 20\.0 KB\): \/sources\/b\/ 2\d\.\d KB$/m);
    expect(run.stderr).toMatch(/^ {2}\/sources\/\*\/ locator SVG, 1 map \(limit 30\.0 KB\): \/sources\/a\/ 40\.\d KB$/m);
  });

  it('should read a site built under a sub-path with --base', () => {
    const dir = site('sub', [reading('/sources/a/')], '/sub/');
    const without = budget(dir);
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/missing \/sub\/_astro\/base\.css/);
    expect(budget(dir, '--base', '/sub/').code).toBe(0);
  });

  it('should fail when the map page is missing, or a script fetches data', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    expect(measureBudget(empty)).toContainEqual({ what: '/map/ page', figure: 'missing', limit: 'built', ok: false });
    const dir = site('fetching', []);
    writeFileSync(join(dir, '_astro', 'shared.js'), 'fetch("/world.json");');
    expect(measureBudget(dir).find((row) => row.what === 'no TopoJSON or fetch shipped')?.ok).toBe(false);
  });
});
