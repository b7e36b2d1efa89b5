// The pages that list the whole corpus stay bounded as it grows: a generated corpus
// large enough to page (the benchmark's generator, 120 articles) is built once, and
// the figures, timeline, home and map pages are read back.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, loadCorpusInputs } from '../../scripts/bench/corpus.ts';
import { MAP_LIMITS } from '../../src/lib/map/map-scope.ts';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { COVERAGE_COLUMNS } from '../../src/lib/views.ts';
import { makeWorkspace, projectRoot, runBuild, runIngest, type RunResult, type Workspace } from '../helpers/build-site.ts';
import { all, attr, byId, elements, textOf, type Node } from '../helpers/dom.ts';

const TIMEOUT = 240_000;
const ARTICLES = 120;

let ws: Workspace;
let out: string;
let ingest: RunResult;
let build: RunResult;

const page = async (path: string): Promise<Node> => parse(await readFile(join(out, path, 'index.html'), 'utf8')) as unknown as Node;
const exists = (path: string) => stat(join(out, path, 'index.html')).then(() => true, () => false);

/** Every page of a paged list: page 1 at `first`, then `${first}<n>/` until there is none. */
async function pagesOf(first: string): Promise<Node[]> {
  const pages = [await page(first)];
  for (let n = 2; await exists(`${first}${n}/`); n++) pages.push(await page(`${first}${n}/`));
  return pages;
}

const bodyRows = (root: Node, tableClass?: string) =>
  all(root, 'table', ...(tableClass ? [tableClass] : []))
    .flatMap((table) => all(table, 'tbody'))
    .flatMap((tbody) => all(tbody, 'tr'));

beforeAll(async () => {
  ws = await makeWorkspace('briefing-scale-');
  out = join(ws.root, 'out');
  const inputs = loadCorpusInputs({ seedsDir: join(projectRoot, 'seeds'), fixturesDir: join(projectRoot, 'tests/fixtures/bench') });
  for (const seed of generateCorpus(inputs, { count: ARTICLES, seed: 11 })) await writeFile(join(ws.seeds, seed.name), seed.text);
  ingest = await runIngest(ws);
  build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache'), env: { BRIEFING_SEARCH_INDEX: 'off', BRIEFING_INCREMENTAL: 'off' } });
}, TIMEOUT);

afterAll(async () => {
  await ws?.cleanup();
});

describe(`the index pages of ${ARTICLES} generated articles`, () => {
  it('ingest and build exit 0', () => {
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(build.code, build.stderr).toBe(0);
  });

  it('lay every conflict statement and every figure on the figures pages, none over the page size, continued blocks marked', async () => {
    const { figures } = JSON.parse(await readFile(join(out, 'data/figures.json'), 'utf8')) as { figures: unknown[] };
    const { conflicts } = JSON.parse(await readFile(join(out, 'data/conflicts.json'), 'utf8')) as { conflicts: { values: unknown[] }[] };
    const pages = await pagesOf('figures/');
    expect(pages.length, 'the figures span several pages').toBeGreaterThan(2);
    const rows = pages.map((root) => bodyRows(root).length);
    for (const count of rows) expect(count).toBeLessThanOrEqual(PAGE_SIZE.figureRows);
    expect(rows.reduce((sum, n) => sum + n, 0)).toBe(figures.length + conflicts.reduce((sum, c) => sum + c.values.length, 0));
    // Each page cites only what it shows, and a group that crosses a page says so.
    for (const root of pages) expect(all(root, 'li').filter((li) => /^cite-\d+$/.test(attr(li, 'id') ?? '')).length).toBeLessThanOrEqual(PAGE_SIZE.figureRows);
    expect(pages.slice(1).some((root) => all(root, 'caption').some((caption) => textOf(caption).endsWith('(continued)')))).toBe(true);
    // The pager of page 2 marks it current and links back to page 1.
    const pager = all(pages[1]!, 'nav', 'pager')[0]!;
    expect(all(pager, 'a').find((a) => attr(a, 'aria-current') === 'page')?.childNodes.map(textOf).join('')).toBe('2');
    expect(all(pager, 'a').map((a) => attr(a, 'href'))).toContain('/figures/');
  }, TIMEOUT);

  it('lay every dated event on the pages of the whole timeline, and each topic timeline on its own pages', async () => {
    const { events } = JSON.parse(await readFile(join(out, 'data/timeline.json'), 'utf8')) as { events: unknown[] };
    const pages = await pagesOf('timeline/');
    expect(pages.length).toBeGreaterThan(2);
    const counts = pages.map((root) => all(root, 'ol', 'timeline').flatMap((ol) => all(ol, 'li')).length);
    for (const count of counts) expect(count).toBeLessThanOrEqual(PAGE_SIZE.timelineEvents);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(events.length);
    const filters = all(pages[0]!, 'ul', 'timeline-filter').flatMap((ul) => all(ul, 'a')).map((a) => attr(a, 'href') ?? '').filter((href) => href !== '/timeline/');
    expect(filters.length).toBeGreaterThan(0);
    for (const href of filters) {
      for (const root of await pagesOf(href.slice(1))) expect(all(root, 'ol', 'timeline').flatMap((ol) => all(ol, 'li')).length).toBeLessThanOrEqual(PAGE_SIZE.timelineEvents);
    }
  }, TIMEOUT);

  it("sends a topic page's and the home page's \"all statements\" links to the figures page that holds the conflict", async () => {
    const topics = all(await page('topics/'), 'a').map((a) => attr(a, 'href') ?? '').filter((href) => /^\/topics\/[^/]+\/$/.test(href));
    const links = [];
    for (const href of ['/', ...topics]) {
      for (const a of all(await page(href.slice(1)), 'a')) if (/^\/figures\/(\d+\/)?#/.test(attr(a, 'href') ?? '')) links.push(attr(a, 'href')!);
    }
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [path = '', anchor = ''] = link.split('#');
      const target = await page(path.slice(1));
      expect(byId(target, anchor), link).toBeDefined();
    }
  }, TIMEOUT);

  it('keeps the home page to a few conflicts and a coverage table no wider than its column limit', async () => {
    const home = await page('');
    expect(all(home, 'div', 'conflict').length).toBeLessThanOrEqual(PAGE_SIZE.homeConflicts);
    const header = all(all(home, 'table', 'matrix')[0]!, 'thead')[0]!;
    const columns = all(header, 'th').length - 1;
    expect(columns).toBeLessThanOrEqual(COVERAGE_COLUMNS);
    expect(all(header, 'a').some((a) => /^\/sources\/outlet\//.test(attr(a, 'href') ?? ''))).toBe(true);
  }, TIMEOUT);

  it('draws the most-cited legs and places on /map/, says how many of all, and links the data files with every one', async () => {
    const map = await page('map/');
    const routes = JSON.parse(await readFile(join(out, 'data/routes.geojson'), 'utf8')) as { features: unknown[] };
    const legs = elements(map).filter((el) => el.tagName === 'a' && (attr(el, 'class') ?? '').split(/\s+/).includes('leg'));
    expect(legs.length).toBeLessThanOrEqual(MAP_LIMITS.legs);
    expect(routes.features.length).toBeGreaterThan(legs.length);
    const hrefs = all(map, 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/data/routes.geojson');
    expect(hrefs).toContain('/data/places.geojson');
    expect(textOf(map)).toContain(`of ${routes.features.length} legs`);
  }, TIMEOUT);
});
