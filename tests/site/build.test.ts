// End-to-end site tests: seeds → `npm run ingest` → `astro build`, each as a child
// process on a scratch folder, with the built HTML read by a real parser (parse5).
// Slow (each build is a few seconds); the tests of this file run one after another.
import { copyFile, readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, makeWorkspace, plainOutput, projectRoot, runBuild, runIngest, type RunResult, type Workspace } from '../helpers/build-site.ts';
import { HOSTILE_LINES } from '../fixtures/hostile-lines.ts';
import { attr, elements, isElement, textOf } from '../helpers/dom.ts';
import { THEME_INIT_SCRIPT, THEME_STORAGE_KEY } from '../../src/lib/theme-init.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type Document = DefaultTreeAdapterTypes.Document;

const TIMEOUT = 180_000;

// ---------- a tiny DOM walker over parse5's tree ----------

function byTag(root: Node, tag: string): Element[] {
  return elements(root).filter((el) => el.tagName === tag);
}

/** The theme pair every page carries: the inline line applying a pinned theme, and the toggle module. */
function isThemeScript(script: Element): boolean {
  const text = textOf(script);
  if (attr(script, 'type') === undefined) return text === THEME_INIT_SCRIPT;
  return attr(script, 'type') === 'module' && text.includes(JSON.stringify(THEME_STORAGE_KEY).slice(1, -1)) && text.includes('data-theme-toggle');
}

/** Scripts beyond the theme pair: what a page adds for its own enhancements. */
function pageScripts(root: Node): Element[] {
  return byTag(root, 'script').filter((script) => !isThemeScript(script));
}


function childElements(el: Element): Element[] {
  return el.childNodes.filter(isElement);
}

async function parsePage(file: string): Promise<Document> {
  return parse(await readFile(file, 'utf8'));
}

/** The article body element of a source page (exactly one). */
function articleOf(doc: Document): Element {
  const articles = byTag(doc, 'article').filter((el) => (attr(el, 'class') ?? '').split(/\s+/).includes('article-body'));
  expect(articles, 'one <article class="article-body">').toHaveLength(1);
  return articles[0]!;
}

/** Top-level anchored paragraphs of the article: `p[id^=p]` children. */
function anchoredParagraphs(article: Element): Element[] {
  return elements(article).filter((el) => el.tagName === 'p' && /^p\d+$/.test(attr(el, 'id') ?? ''));
}

/** A paragraph's text without its leading ¶ self-link (checked to be there). */
function paragraphText(p: Element, n: number): string {
  const first = p.childNodes[0];
  expect(first !== undefined && isElement(first) && first.tagName === 'a', `p${n} starts with its ¶ link`).toBe(true);
  const link = first as Element;
  expect(attr(link, 'href')).toBe(`#p${n}`);
  expect(attr(link, 'class')?.split(/\s+/)).toContain('pilcrow');
  expect(textOf(link)).toBe('¶');
  return p.childNodes.slice(1).map(textOf).join('');
}

/** Files under `dir`, recursively, as absolute paths. */
/** Ids of built source pages: `sources/<id>/index.html`. */
async function builtSourceIds(out: string): Promise<string[]> {
  const dirs = await readdir(join(out, 'sources')).catch(() => [] as string[]);
  const ids: string[] = [];
  for (const id of dirs) {
    if (await stat(join(out, 'sources', id, 'index.html')).then((s) => s.isFile(), () => false)) ids.push(id);
  }
  return ids.sort();
}

async function contentIds(content: string): Promise<string[]> {
  return (await readdir(join(content, 'articles')).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, ''))
    .sort();
}

/** A content file split into its parsed front-matter and its body. */
async function readContentFile(file: string): Promise<{ data: Record<string, unknown>; body: string }> {
  const text = await readFile(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (match === null) throw new Error(`${file}: no front-matter`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

function blankLineBlocks(body: string): string[] {
  return body.split(/\n[ \t]*\n/).map((b) => b.trim()).filter((b) => b.length > 0);
}

function expectOk(result: RunResult, what: string): void {
  expect(result.code, `${what} failed:\n${plainOutput(result)}`).toBe(0);
}

// Every workspace made here is removed at the end.
const workspaces: Workspace[] = [];
async function workspace(): Promise<Workspace> {
  const ws = await makeWorkspace();
  workspaces.push(ws);
  return ws;
}
afterAll(async () => {
  await Promise.all(workspaces.map((ws) => ws.cleanup()));
});

const timings: string[] = [];
afterAll(() => {
  if (timings.length > 0) console.info(`site build timings:\n  ${timings.join('\n  ')}`);
});

// ---------- 1. hostile text ----------

describe('an article whose text is MDX, HTML and JS syntax', () => {
  const TITLE = 'Hostile syntax survives as text';
  const ORDINARY = 'This is an ordinary sentence about the weather in Jakarta.';
  const HOSTILE = HOSTILE_LINES;
  // Ingest trims each line, so an indented line is expected without its indent.
  const PARAGRAPHS = [ORDINARY, ...HOSTILE].map((line) => line.trim());

  let ws: Workspace;
  let ingest: RunResult;
  let build: RunResult;
  let ids: string[];
  let doc: Document;

  beforeAll(async () => {
    ws = await workspace();
    await writeFile(join(ws.seeds, 'hostile.txt'), `${[TITLE, ...PARAGRAPHS].join('\n')}\n`);
    ingest = await runIngest(ws);
    ids = await contentIds(ws.content);
    build = await runBuild({ content: ws.content, out: join(ws.root, 'out'), cache: join(ws.root, 'cache') });
    timings.push(`hostile: ingest ${ingest.ms} ms, build ${build.ms} ms`);
    if (build.code === 0 && ids.length === 1) doc = await parsePage(join(ws.root, 'out', 'sources', ids[0]!, 'index.html'));
  }, TIMEOUT);

  it('ingests the seed into one content file and builds with exit code 0', () => {
    expectOk(ingest, 'ingest');
    expect(ids).toHaveLength(1);
    expectOk(build, 'astro build');
  }, TIMEOUT);

  it('puts no script, event handler, javascript: link, image, rule, code block or extra heading in the page', () => {
    expect(doc, 'page was built').toBeDefined();
    const all = elements(doc);
    expect(byTag(doc, 'script').filter(isThemeScript), 'the theme scripts').toHaveLength(2);
    expect(pageScripts(doc), 'other <script> elements').toEqual([]);
    const handlers = all.flatMap((el) => el.attrs.filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName} ${a.name}="${a.value}">`));
    expect(handlers, 'on* attributes').toEqual([]);
    const jsLinks = all.flatMap((el) =>
      el.attrs.filter((a) => ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) && /^\s*javascript:/i.test(a.value)).map((a) => `<${el.tagName} ${a.name}="${a.value}">`),
    );
    expect(jsLinks, 'javascript: links').toEqual([]);
    expect(byTag(doc, 'img'), '<img>').toEqual([]);
    expect(byTag(doc, 'hr'), '<hr>').toEqual([]);
    expect(byTag(doc, 'pre'), '<pre>').toEqual([]);
    expect(byTag(doc, 'code'), '<code>').toEqual([]);
    const h1s = byTag(doc, 'h1');
    expect(h1s.map(textOf), 'only the page title is an <h1>').toEqual([TITLE]);
  }, TIMEOUT);

  it('shows every hostile line literally as its own paragraph, in order, anchored p1..pN', () => {
    expect(doc, 'page was built').toBeDefined();
    const article = articleOf(doc);
    const paragraphs = anchoredParagraphs(article);
    expect(paragraphs.map((p) => attr(p, 'id'))).toEqual(PARAGRAPHS.map((_, i) => `p${i + 1}`));
    expect(paragraphs.map((p, i) => paragraphText(p, i + 1))).toEqual(PARAGRAPHS);
    // Nothing in the article but those paragraphs and their ¶ links (no <del>, <Foo>, <a href="javascript:…">).
    const tags = elements(article).map((el) => (el.tagName === 'a' ? `a.${attr(el, 'class') ?? ''}` : el.tagName));
    expect(new Set(tags)).toEqual(new Set(['div', 'p', 'a.pilcrow']));
    expect(childElements(article)).toHaveLength(PARAGRAPHS.length);
  }, TIMEOUT);
});

// ---------- 2. the real seeds ----------

describe('the seeds in seeds/', () => {
  const HIDDEN = ['Punya Asam Urat', 'Scroll to Top'];

  let ws: Workspace;
  let out: string;
  let ingest: RunResult;
  let build: RunResult;
  let seedCount: number;

  beforeAll(async () => {
    ws = await workspace();
    out = join(ws.root, 'out');
    const seedDir = join(projectRoot, 'seeds');
    const names = (await readdir(seedDir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    seedCount = names.length;
    for (const name of names) await copyFile(join(seedDir, name), join(ws.seeds, name));
    ingest = await runIngest(ws);
    build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache') });
    timings.push(`seeds (${seedCount}): ingest ${ingest.ms} ms, build ${build.ms} ms`);
  }, TIMEOUT);

  it('ingest and build both exit 0', () => {
    expect(seedCount).toBeGreaterThan(0);
    expectOk(ingest, 'ingest');
    expectOk(build, 'astro build');
  }, TIMEOUT);

  it('uses the analysis a worker prepared while the site was bundled (it read the articles as the collection gives them)', () => {
    // src/integrations/analysis-prewarm.ts: the worker's inputs must digest to the build's, or its work is wasted.
    expect(plainOutput(build)).toContain('analysis prepared while the site was bundled');
  }, TIMEOUT);

  it('builds one source page per article file', async () => {
    const articles = await contentIds(ws.content);
    expect(articles.length).toBeGreaterThan(0);
    expect(await builtSourceIds(out)).toEqual(articles);
  }, TIMEOUT);

  it('gives each page an English shell, an Indonesian article and anchors p1..pN for the N paragraphs of its file', async () => {
    for (const id of await contentIds(ws.content)) {
      const { body } = await readContentFile(join(ws.content, 'articles', `${id}.mdx`));
      const blocks = blankLineBlocks(body);
      const doc = await parsePage(join(out, 'sources', id, 'index.html'));
      const html = byTag(doc, 'html');
      expect(html.map((el) => attr(el, 'lang')), `${id}: <html lang>`).toEqual(['en']);
      const article = articleOf(doc);
      expect(attr(article, 'lang'), `${id}: article lang`).toBe('id');
      const paragraphs = anchoredParagraphs(article);
      expect(paragraphs.map((p) => attr(p, 'id')), `${id}: anchors`).toEqual(blocks.map((_, i) => `p${i + 1}`));
      paragraphs.forEach((p, i) => expect(paragraphText(p, i + 1).length, `${id}: p${i + 1} has text`).toBeGreaterThan(0));
    }
  }, TIMEOUT);

  it('lists every article title, linked to its page, on the sources index', async () => {
    const doc = await parsePage(join(out, 'sources', 'index.html'));
    const links = new Map(byTag(doc, 'a').map((a) => [attr(a, 'href'), textOf(a).trim()]));
    for (const id of await contentIds(ws.content)) {
      const { data } = await readContentFile(join(ws.content, 'articles', `${id}.mdx`));
      expect(typeof data['title']).toBe('string');
      expect(links.get(`/sources/${id}/`), `index link for ${id}`).toBe(data['title']);
    }
  }, TIMEOUT);

  it('ships no script but the theme pair on source pages, and a script elsewhere only where it enhances something there', async () => {
    const pages = (await filesUnder(out)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const doc = await parsePage(page);
      expect(byTag(doc, 'script').filter(isThemeScript), `${page}: theme scripts`).toHaveLength(2);
      const scripts = pageScripts(doc);
      if (page.includes(`${join('sources', '')}`) && !page.endsWith(join('sources', 'index.html'))) expect(scripts, page).toEqual([]);
      if (scripts.length > 0) {
        const enhanced = byTag(doc, 'a').some((a) => attr(a, 'data-cite') !== undefined) || byTag(doc, 'form').some((form) => attr(form, 'data-search') !== undefined);
        expect(enhanced, `${page} has citation marks or a search form`).toBe(true);
        for (const script of scripts) expect(attr(script, 'type'), page).toBe('module');
      }
    }
  }, TIMEOUT);

  it('publishes the documented /data/ files, every citation resolving to an anchor on a built page', async () => {
    const files = ['articles.json', 'entities.json', 'places.geojson', 'routes.geojson', 'figures.json', 'quotes.json', 'timeline.json', 'unresolved.json', 'claims.json', 'conflicts.json'];
    const anchors = new Map<string, Set<string>>();
    for (const id of await builtSourceIds(out)) {
      const doc = await parsePage(join(out, 'sources', id, 'index.html'));
      anchors.set(id, new Set(anchoredParagraphs(articleOf(doc)).map((p) => attr(p, 'id') ?? '')));
    }
    let citations = 0;
    for (const file of files) {
      const json: unknown = JSON.parse(await readFile(join(out, 'data', file), 'utf8'));
      expect((json as { version?: number }).version, file).toBe(1);
      const walk = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          const record = value as Record<string, unknown>;
          if (typeof record['article'] === 'string' && typeof record['paragraph'] === 'string') {
            citations++;
            expect(anchors.get(record['article'])?.has(record['paragraph']), `${file}: ${record['article']}#${record['paragraph']}`).toBe(true);
          }
          Object.values(record).forEach(walk);
        }
      };
      walk(json);
    }
    expect(citations).toBeGreaterThan(50);
    const routes = JSON.parse(await readFile(join(out, 'data', 'routes.geojson'), 'utf8')) as { features: { properties: { from: string; to: string; mode: string } }[] };
    expect(routes.features.map((f) => `${f.properties.from}→${f.properties.to}:${f.properties.mode}`)).toEqual(expect.arrayContaining(['Najin→Dunay:sea', 'Dunay→Tikhoretsk:rail']));
  }, TIMEOUT);

  it('leads the home page with key findings, each citing paragraphs that exist, with its origin count and a footnote per mark', async () => {
    const doc = await parsePage(join(out, 'index.html'));
    const findings = byTag(doc, 'li').filter((li) => li.parentNode && isElement(li.parentNode) && attr(li.parentNode, 'class') === 'claims');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(textOf(finding)).toMatch(/\d+ sources, \d+ independent origins?/);
    const marks = byTag(doc, 'a').filter((a) => attr(a, 'data-cite') !== undefined);
    expect(marks.length).toBeGreaterThan(3);
    const footnotes = new Set(byTag(doc, 'li').map((li) => attr(li, 'id')).filter((id) => id?.startsWith('cite-')));
    for (const mark of marks) {
      expect(footnotes.has(`cite-${attr(mark, 'data-cite')}`), `footnote for mark ${attr(mark, 'data-cite')}`).toBe(true);
      const [path = '', anchor = ''] = (attr(mark, 'href') ?? '').split('#');
      const page = await parsePage(join(out, path, 'index.html'));
      expect(byTag(page, 'p').some((p) => attr(p, 'id') === anchor), `${attr(mark, 'href')} exists`).toBe(true);
    }
    expect(textOf(doc)).toMatch(/Conflict/);
  }, TIMEOUT);

  it('builds a page for every topic in content/topics/', async () => {
    const topics = (await readdir(join(ws.content, 'topics'))).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, ''));
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) expect((await stat(join(out, 'topics', topic, 'index.html'))).isFile()).toBe(true);
  }, TIMEOUT);

  it('resolves every internal link and anchor of every page', async () => {
    const pages = (await filesUnder(out)).filter((file) => file.endsWith('.html'));
    const ids = new Map<string, Set<string>>();
    const docs = new Map<string, Document>();
    for (const page of pages) {
      const doc = await parsePage(page);
      docs.set(page, doc);
      ids.set(page, new Set(elements(doc).map((el) => attr(el, 'id')).filter((id): id is string => id !== undefined)));
    }
    let checked = 0;
    for (const [page, doc] of docs) {
      for (const link of byTag(doc, 'a')) {
        const href = attr(link, 'href') ?? '';
        if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
        const url = new URL(href, `http://site${page.slice(out.length).replace(/index\.html$/, '')}`);
        const target = join(out, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
        const exists = await stat(target).then((s) => s.isFile(), () => false);
        expect(exists, `${page}: ${href} → ${target}`).toBe(true);
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor) expect(ids.get(target)?.has(anchor), `${page}: ${href} anchor`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, TIMEOUT);

  it('publishes an RSS feed of every source and a sitemap of every page', async () => {
    const feed = await readFile(join(out, 'rss.xml'), 'utf8');
    const ids = await builtSourceIds(out);
    for (const id of ids) expect(feed, `feed item for ${id}`).toContain(`/sources/${id}/</link>`);
    expect(feed.match(/<item>/g)).toHaveLength(ids.length);
    const sitemap = await readFile(join(out, 'sitemap-0.xml'), 'utf8');
    const pages = (await filesUnder(out)).filter((file) => file.endsWith('index.html'));
    for (const page of pages) {
      const path = page.slice(out.length).replace(/index\.html$/, '');
      expect(sitemap, `sitemap lists ${path}`).toContain(`${path}</loc>`);
    }
  }, TIMEOUT);

  it('keeps seed boilerplate ("Punya Asam Urat" related link, "Scroll to Top") out of every built file', async () => {
    const files = await filesUnder(out);
    for (const file of files) {
      const raw = await readFile(file, 'utf8');
      const text = file.endsWith('.html') ? textOf(parse(raw)) : raw;
      for (const phrase of HIDDEN) {
        expect(raw.includes(phrase), `${file} contains "${phrase}"`).toBe(false);
        expect(text.includes(phrase), `${file} shows "${phrase}"`).toBe(false);
      }
    }
  }, TIMEOUT);
});

// ---------- 3. broken front-matter ----------

describe('a content file with broken front-matter', () => {
  const ID = 'alpha';
  let ws: Workspace;
  let file: string;
  let original: string;

  beforeAll(async () => {
    ws = await workspace();
    await writeFile(
      join(ws.seeds, `${ID}.txt`),
      'Harbour reopens after storm\nThe harbour reopened on Monday after a storm closed it for three days.\nFishermen said the damage was smaller than feared.\n',
    );
    await writeFile(join(ws.seeds, 'beta.txt'), 'Bridge works finish early\nThe new bridge opened two weeks ahead of schedule.\n');
    const ingest = await runIngest(ws);
    expectOk(ingest, 'ingest');
    expect(await contentIds(ws.content)).toEqual([ID, 'beta'].sort());
    file = join(ws.content, 'articles', `${ID}.mdx`);
    original = await readFile(file, 'utf8');
  }, TIMEOUT);

  /** Builds with `alpha.mdx` edited by `edit`, each build with fresh out and cache folders. */
  async function buildWith(label: string, edit: (text: string) => string): Promise<{ result: RunResult; output: string }> {
    const edited = edit(original);
    expect(edited, 'the edit changed the file').not.toBe(original);
    await writeFile(file, edited);
    try {
      const result = await runBuild({ content: ws.content, out: join(ws.root, `out-${label}`), cache: join(ws.root, `cache-${label}`) });
      timings.push(`broken front-matter (${label}): build ${result.ms} ms, exit ${result.code}`);
      return { result, output: plainOutput(result) };
    } finally {
      await writeFile(file, original);
    }
  }

  it('fails naming the file and the field when date_precision is not an allowed value', async () => {
    const { result, output } = await buildWith('enum', (t) => t.replace(/^date_precision: "[a-z]+"$/m, 'date_precision: "sometimes"'));
    expect(result.code, output).not.toBe(0);
    expect(output).toContain(`${ID}.mdx`);
    expect(output).toMatch(/\bdate_precision\b/);
  }, TIMEOUT);

  it('fails naming the file and the field when the required title is removed', async () => {
    const { result, output } = await buildWith('no-title', (t) => t.replace(/^title: .*\n/m, ''));
    expect(result.code, output).not.toBe(0);
    expect(output).toContain(`${ID}.mdx`);
    expect(output).toMatch(/\btitle\b/);
  }, TIMEOUT);

  it('fails naming the file when the YAML does not parse', async () => {
    const { result, output } = await buildWith('yaml', (t) => t.replace(/^title: .*$/m, 'title: "unterminated'));
    expect(result.code, output).not.toBe(0);
    expect(output).toContain(`${ID}.mdx`);
  }, TIMEOUT);
});

// ---------- 4. seed names that differ only by case ----------

describe('seeds whose names differ only by case', () => {
  const SEEDS = {
    'Report.txt': {
      title: 'Upper case report on rice prices',
      text: 'Rice prices in Surabaya rose by four percent in October, traders said.',
    },
    'report.txt': {
      title: 'Lower case report on train delays',
      text: 'Commuter trains into Bandung ran late on Tuesday after a signal fault.',
    },
  } as const;

  it('produce two content files and two pages, each with its own text', async (ctx) => {
    const ws = await workspace();
    for (const [name, { title, text }] of Object.entries(SEEDS)) await writeFile(join(ws.seeds, name), `${title}\n${text}\n`);
    if ((await readdir(ws.seeds)).length !== 2) ctx.skip('the temp file system is not case-sensitive');

    const ingest = await runIngest(ws);
    expectOk(ingest, 'ingest');
    const ids = await contentIds(ws.content);
    expect(ids, 'two content files').toHaveLength(2);

    const out = join(ws.root, 'out');
    const build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache') });
    timings.push(`case-only names: ingest ${ingest.ms} ms, build ${build.ms} ms`);
    expectOk(build, 'astro build');
    expect(await builtSourceIds(out)).toEqual(ids);

    const seen = new Set<string>();
    for (const id of ids) {
      const { data } = await readContentFile(join(ws.content, 'articles', `${id}.mdx`));
      const seed = data['seed'] as keyof typeof SEEDS;
      expect(Object.keys(SEEDS)).toContain(seed);
      seen.add(seed);
      const doc = await parsePage(join(out, 'sources', id, 'index.html'));
      expect(byTag(doc, 'h1').map(textOf)).toEqual([SEEDS[seed].title]);
      const paragraphs = anchoredParagraphs(articleOf(doc));
      expect(paragraphs.map((p, i) => paragraphText(p, i + 1))).toEqual([SEEDS[seed].text]);
    }
    expect(seen, 'each seed has its own page').toEqual(new Set(Object.keys(SEEDS)));
  }, TIMEOUT);
});

// ---------- 5. a dangling citation ----------

describe('a citation to a paragraph that does not exist', () => {
  let ws: Workspace;
  let build: RunResult;

  beforeAll(async () => {
    ws = await workspace();
    await writeFile(join(ws.seeds, 'harbour.txt'), 'Harbour reopens\n\nShips were moved from Vladivostok to Nakhodka on Monday.\n');
    expectOk(await runIngest(ws), 'ingest');
    await writeFile(
      join(ws.content, 'routes.yaml'),
      'add:\n  - from: "Vladivostok"\n    to: "Nakhodka"\n    mode: sea\n    citations:\n      - { article: "harbour", paragraph: "p9" }\nremove: []\n',
    );
    build = await runBuild({ content: ws.content, out: join(ws.root, 'out'), cache: join(ws.root, 'cache') });
  }, TIMEOUT);

  afterAll(async () => ws?.cleanup());

  it('fails the build, naming the data file and the citation', () => {
    expect(build.code).not.toBe(0);
    expect(plainOutput(build)).toMatch(/routes\.geojson: Unexpected citation harbour#p9/);
  }, TIMEOUT);
});

// ---------- 6. the route map ----------

describe('the route map of the seeds', () => {
  let ws: Workspace;
  let out: string;
  let build: RunResult;

  beforeAll(async () => {
    ws = await workspace();
    out = join(ws.root, 'out');
    const seedDir = join(projectRoot, 'seeds');
    for (const entry of await readdir(seedDir, { withFileTypes: true })) if (entry.isFile()) await copyFile(join(seedDir, entry.name), join(ws.seeds, entry.name));
    expectOk(await runIngest(ws), 'ingest');
    build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache') });
  }, TIMEOUT);

  const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

  it('builds /map/ with the legs drawn in an inline <svg>: Najin → Dunay by sea and Dunay → Tikhoretsk by rail', async () => {
    expectOk(build, 'astro build');
    const doc = await parsePage(join(out, 'map', 'index.html'));
    const svgs = byTag(doc, 'svg').filter((el) => hasClass(el, 'map-svg'));
    expect(svgs).toHaveLength(1);
    const svg = svgs[0]!;
    expect(attr(svg, 'viewBox')).toMatch(/^0 0 \d+ \d+$/);
    const legs = elements(svg).filter((el) => el.tagName === 'a' && hasClass(el, 'leg'));
    const labels = legs.map((leg) => `${attr(leg, 'aria-label')} [${attr(leg, 'class')}]`);
    expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/^Rajin to Dunay, by sea.*leg-sea/), expect.stringMatching(/^Dunay to Tikhoretsk, by rail.*leg-rail/)]));
    for (const leg of legs) {
      const d = elements(leg).find((el) => hasClass(el, 'leg-line'));
      expect(attr(d!, 'd')).toMatch(/^M[-\d.]+,[-\d.]+Q/);
      // Each leg's panel is in the page, with links to the cited paragraphs.
      const panel = elements(doc).find((el) => attr(el, 'id') === attr(leg, 'data-panel'));
      expect(panel && byTag(panel, 'a').some((a) => /\/sources\/[^/]+\/#p\d+$/.test(attr(a, 'href') ?? ''))).toBe(true);
    }
    const land = elements(svg).find((el) => hasClass(el, 'map-land'));
    expect((attr(land!, 'd') ?? '').length).toBeGreaterThan(1000);
    expect(byTag(svg, 'script')).toEqual([]);
  }, TIMEOUT);

  it('lists every leg in a table with its sources’ citation marks, and ends with the cited paragraphs', async () => {
    const doc = await parsePage(join(out, 'map', 'index.html'));
    const rows = byTag(doc, 'tr').filter((tr) => attr(tr, 'data-leg') !== undefined);
    expect(rows).toHaveLength(2);
    const text = rows.map((row) => textOf(row).replace(/\s+/g, ' '));
    expect(text).toEqual(expect.arrayContaining([expect.stringMatching(/Najin.*North Korea.*Dunay, Russia.*Sea.*containers/), expect.stringMatching(/Dunay, Russia.*Tikhoretsk, Russia.*Rail/)]));
    for (const row of rows) expect(byTag(row, 'a').some((a) => attr(a, 'data-cite') !== undefined)).toBe(true);
    const footnotes = new Set(byTag(doc, 'li').map((li) => attr(li, 'id')).filter((id) => id?.startsWith('cite-')));
    for (const mark of byTag(doc, 'a').filter((a) => attr(a, 'data-cite') !== undefined)) expect(footnotes.has(`cite-${attr(mark, 'data-cite')}`)).toBe(true);
    // CSP: no inline style attributes anywhere on the page.
    expect(elements(doc).filter((el) => attr(el, 'style') !== undefined)).toEqual([]);
  }, TIMEOUT);

  it('puts a static locator map, with no script, on a source page that mentions places', async () => {
    const routes = JSON.parse(await readFile(join(out, 'data', 'routes.geojson'), 'utf8')) as { features: { properties: { mode: string; citations: { article: string }[] } }[] };
    const article = routes.features.find((f) => f.properties.mode === 'rail')?.properties.citations[0]?.article ?? '';
    const doc = await parsePage(join(out, 'sources', article, 'index.html'));
    const aside = byTag(doc, 'aside').find((el) => hasClass(el, 'locator'));
    expect(aside, 'aside.locator').toBeDefined();
    const [svg] = byTag(aside!, 'svg').filter((el) => hasClass(el, 'map-svg'));
    expect(attr(svg!, 'role')).toBe('img');
    expect(textOf(byTag(svg!, 'title')[0]!)).toMatch(/Tikhoretsk/);
    expect(elements(svg!).filter((el) => hasClass(el, 'leg')).length).toBeGreaterThan(0);
    expect(byTag(svg!, 'a')).toEqual([]);
    expect(pageScripts(doc)).toEqual([]);
  }, TIMEOUT);
});

// ---------- reproducible output ----------

describe('builds of the same input', () => {
  let ws: Workspace;
  const outs: string[] = [];
  const logs = new Map<string, string>();

  beforeAll(async () => {
    ws = await workspace();
    for (const name of await readdir(join(projectRoot, 'seeds'))) await copyFile(join(projectRoot, 'seeds', name), join(ws.seeds, name));
    expectOk(await runIngest(ws), 'ingest');
    // A cold cache each time: nothing carried over from the first build. The first as
    // configured (several pages at once, the analysis prepared by a worker); the second
    // one page at a time, analysing in the build itself; the third with a worker whose
    // heap is too small for the analysis, so the build analyses itself after it stops.
    const envs: Record<string, Record<string, string>> = {
      a: {},
      b: { BRIEFING_BUILD_CONCURRENCY: '1', BRIEFING_PREWARM: 'off' },
      c: { BRIEFING_PREWARM_HEAP_MB: '16' },
    };
    for (const [run, env] of Object.entries(envs)) {
      const out = join(ws.root, `out-${run}`);
      const result = await runBuild({ content: ws.content, out, cache: join(ws.root, `cache-${run}`), env });
      expectOk(result, `build ${run}`);
      logs.set(run, plainOutput(result));
      outs.push(out);
    }
  }, TIMEOUT);

  afterAll(async () => ws?.cleanup());

  it('produce byte-identical output, file for file', async () => {
    const [a = '', ...others] = outs;
    const files = async (root: string) => (await filesUnder(root)).map((file) => file.slice(root.length)).sort();
    const listA = await files(a);
    expect(listA.length).toBeGreaterThan(10);
    expect(others).toHaveLength(2);
    for (const b of others) {
      expect(await files(b)).toEqual(listA);
      for (const file of listA) expect((await readFile(join(b, file))).equals(await readFile(join(a, file))), file).toBe(true);
    }
    // The third build's worker did stop for want of memory (so its site came from the fallback).
    expect(logs.get('c')).toContain('the analysis worker ran out of its 16 MB heap; the build analyses itself');
    expect(logs.get('a')).toContain('analysis prepared while the site was bundled');
  }, TIMEOUT);
});

// ---------- entities, timeline, figures, about and 404 ----------

describe('the entity, timeline, figures, about and 404 pages of the seeds', () => {
  let ws: Workspace;
  let out: string;

  beforeAll(async () => {
    ws = await workspace();
    out = join(ws.root, 'out');
    for (const name of await readdir(join(projectRoot, 'seeds'))) await copyFile(join(projectRoot, 'seeds', name), join(ws.seeds, name));
    expectOk(await runIngest(ws), 'ingest');
    expectOk(await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache') }), 'astro build');
  }, TIMEOUT);

  afterAll(async () => ws?.cleanup());

  it('builds a page for every entity with mentions, linked from /entities/', async () => {
    const entities = JSON.parse(await readFile(join(out, 'data', 'entities.json'), 'utf8')) as { entities?: { id: string; mentions?: unknown[] }[] };
    const list = (entities.entities ?? []).filter((entity) => (entity.mentions?.length ?? 1) > 0);
    expect(list.length).toBeGreaterThan(5);
    const index = await parsePage(join(out, 'entities', 'index.html'));
    const links = new Set(byTag(index, 'a').map((a) => attr(a, 'href') ?? '').filter((href) => /^\/entities\/[^/]+\/$/.test(href)));
    expect(links.size).toBe(list.length);
    for (const href of links) expect((await stat(join(out, href, 'index.html'))).isFile(), href).toBe(true);
  }, TIMEOUT);

  it('marks every mention on an entity page and links it to an existing paragraph', async () => {
    const dirs = (await readdir(join(out, 'entities'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(dirs.length).toBeGreaterThan(5);
    for (const dir of dirs) {
      const doc = await parsePage(join(out, 'entities', dir, 'index.html'));
      const mentions = byTag(doc, 'a').filter((a) => attr(a, 'class') === 'mention-source');
      expect(mentions.length, dir).toBeGreaterThan(0);
      expect(byTag(doc, 'mark').length, dir).toBeGreaterThanOrEqual(mentions.length);
      for (const link of mentions) expect(attr(link, 'href')).toMatch(/^\/sources\/[^/]+\/#p\d+$/);
    }
  }, TIMEOUT);

  it('builds /timeline/, /figures/, /about/ and 404.html, each with exactly one h1 and no inline style', async () => {
    for (const page of [join('timeline', 'index.html'), join('figures', 'index.html'), join('about', 'index.html'), '404.html', join('entities', 'index.html')]) {
      expect((await stat(join(out, page))).isFile(), page).toBe(true);
      const doc = await parsePage(join(out, page));
      expect(byTag(doc, 'h1'), page).toHaveLength(1);
      expect(elements(doc).filter((el) => attr(el, 'style') !== undefined), page).toEqual([]);
    }
  }, TIMEOUT);

  it('cites every timeline event and links each topic filter to a built page', async () => {
    const doc = await parsePage(join(out, 'timeline', 'index.html'));
    const events = byTag(doc, 'li').filter((li) => li.parentNode && isElement(li.parentNode) && attr(li.parentNode, 'class') === 'timeline');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(byTag(event, 'a').some((a) => attr(a, 'data-cite') !== undefined)).toBe(true);
    const filters = byTag(doc, 'a').map((a) => attr(a, 'href') ?? '').filter((href) => /^\/timeline\/[^/]+\/$/.test(href));
    expect(filters.length).toBeGreaterThan(0);
    for (const href of filters) expect((await stat(join(out, href, 'index.html'))).isFile(), href).toBe(true);
  }, TIMEOUT);
});
