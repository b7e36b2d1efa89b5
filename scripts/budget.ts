// CLI: `npm run budget [-- --dir DIR] [-- --base /sub/]`, after a build. Measures what
// the site costs a reader and checks it against the budgets:
// - reading pages (each source, topic and entity page, in every interface language):
//   gzip of the HTML plus each stylesheet it links, and that they read without script;
// - client JavaScript (enhancements) of every page, gzip, imports followed, by page type;
// - the map: the /map/ page's HTML, its script, each locator map's SVG, and that the
//   map is in the HTML (no TopoJSON or fetch shipped).
// Prints compact tables; exits 1 over budget, naming the pages.
// The HTML is Astro's own output, read with a few regular expressions (tags, attributes):
// enough for it, and the script runs without parsing 200 pages into trees.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const KB = 1024;

export const BUDGETS = {
  /** /map/index.html, uncompressed. */
  mapHtml: 200 * KB,
  /** Client JavaScript of the map page, gzip. */
  mapJs: 35 * KB,
  /** One locator map's <svg>, uncompressed. */
  locatorSvg: 30 * KB,
  /** A source, topic or entity page: its HTML plus the stylesheets it links, each gzipped. */
  readingPage: 20 * KB,
  /** Client JavaScript of any other page that has some (search box, citation previews, theme toggle), gzip. */
  enhancementJs: 15 * KB,
};

/** The page types that must read without script and fit `BUDGETS.readingPage`, in any locale. */
export const READING_TYPES = ['sources', 'topics', 'entities'] as const;

export interface BudgetRow {
  what: string;
  figure: string;
  limit: string;
  ok: boolean | null;
  /** Over budget: each page (or file) at fault, with its figure. */
  over?: string[];
}

export interface Asset {
  /** Path inside the build folder, or `inline`. */
  name: string;
  /** gzip bytes. */
  gzip: number;
}

export interface PageScript extends Asset {
  /** What the script works on: the `data-*` attributes it names (`data-cite`), for a reader of the table. */
  uses: string[];
  /** Content digest: the same script on two pages is one enhancement. */
  digest: string;
}

export interface PageWeight {
  /** The HTML file. */
  file: string;
  /** `/sources/x/`. */
  route: string;
  /** `/sources/*\/`: the route with its last segment as `*` when it is below a section. */
  type: string;
  /** True for a source, topic or entity page (in any locale). */
  reading: boolean;
  html: number;
  css: Asset[];
  /** HTML plus stylesheets, gzip: what the reading budget counts. */
  total: number;
  /** Linked stylesheets that are not in the build folder. */
  missing: string[];
  scripts: PageScript[];
  /** Client JavaScript, gzip, every script once. */
  js: number;
  /** Why the page may not read without script; empty when it does. */
  unreadable: string[];
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gzip = (text: string | Buffer) => gzipSync(text).byteLength;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** `/sources/x/` for `<dir>/sources/x/index.html`. */
function route(dir: string, file: string): string {
  const path = relative(dir, file).split(sep).join('/');
  return `/${path.replace(/index\.html$/, '')}`;
}

/**
 * The type of page a route is: `/sources/x/` → `/sources/*\/`, `/id/topics/y/` →
 * `/id/topics/*\/`; an index (`/sources/`, `/id/`), the home page and files stay as they are.
 */
export function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (!path.endsWith('/') || segments.length < 2) return path;
  const section = segments.length - 2;
  // `/id/x/` is the Indonesian index of x, not an item of a section `id`.
  if (section === 0 && segments[0]!.length === 2) return path;
  return `/${[...segments.slice(0, -1), '*'].join('/')}/`;
}

/** True for a source, topic or entity page, in the default locale or under a two-letter locale prefix. */
export function isReadingType(type: string): boolean {
  return READING_TYPES.some((section) => new RegExp(`^/(?:[a-z]{2}/)?${section}/\\*/$`).test(type));
}

/** The route map page, in any locale: it keeps its own script budget. */
const isMapType = (type: string) => /^\/(?:[a-z]{2}\/)?map\/$/.test(type);

/**
 * The file in `dir` an `href` or `src` of page `file` points to: site-absolute paths
 * carry the site's `base`, relative ones resolve against the page's folder.
 */
function assetFile(dir: string, file: string, href: string, base: string): string {
  const path = decodeURIComponent(href.replace(/[?#].*$/, ''));
  if (/^[a-z]+:|^\/\//i.test(path)) return '';
  if (!path.startsWith('/')) return resolve(dirname(file), path);
  const root = base.endsWith('/') ? base : `${base}/`;
  return join(dir, path.startsWith(root) ? path.slice(root.length) : path.slice(1));
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** The `href`s of the stylesheets a page links, each once, in order. */
export function stylesheetHrefs(html: string): string[] {
  const hrefs = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .map((tag) => attribute(tag, 'href'))
    .filter((href): href is string => Boolean(href));
  return [...new Set(hrefs)];
}

/** `data-*` attributes a script names (selectors, `dataset.x`), sorted: what it enhances. */
function scriptUses(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(/\bdata-([a-z][a-z0-9-]*)/g)) names.add(`data-${match[1]}`);
  for (const match of code.matchAll(/\bdataset\.([a-zA-Z][a-zA-Z0-9]*)/g)) names.add(`data-${match[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  return [...names].sort();
}

/** The page's scripts: inline bodies and the files it loads (src, modulepreload), imports followed. */
export function pageScripts(dir: string, html: string, file = join(dir, 'index.html'), base = '/'): PageScript[] {
  const scripts: PageScript[] = [];
  const seen = new Set<string>();
  const add = (name: string, code: string) =>
    scripts.push({ name, gzip: gzip(code), uses: scriptUses(code), digest: createHash('sha256').update(code).digest('hex').slice(0, 16) });
  const load = (target: string) => {
    if (!target || seen.has(target) || !existsSync(target)) return;
    seen.add(target);
    const code = readFileSync(target, 'utf8');
    add(relative(dir, target).split(sep).join('/'), code);
    // Static imports only: a dynamic import() loads on demand, when the reader uses the feature.
    for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) load(assetFile(dir, target, match[1] ?? '', base));
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const type = attribute(attributes, 'type');
    // Data blocks (JSON, templates) are not scripts a browser runs.
    if (type && !/^(module|(text|application)\/(java|ecma)script)$/i.test(type)) continue;
    const src = attribute(attributes, 'src');
    if (src) load(assetFile(dir, file, src, base));
    else if ((match[2] ?? '').trim()) add('inline', match[2] ?? '');
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    if ((attribute(match[0], 'rel') ?? '').toLowerCase() !== 'modulepreload') continue;
    load(assetFile(dir, file, attribute(match[0], 'href') ?? '', base));
  }
  return scripts;
}

/**
 * Why a page may need script to be read (empty when it reads without): its text must
 * be in the HTML. Checks that a `<main>` holds an `<h1>` with text and more text
 * besides, and that nothing asks for JavaScript (`<noscript>`).
 */
export function unreadableWithoutScript(html: string): string[] {
  const problems: string[] = [];
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1];
  const text = (fragment: string) => fragment.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  if (main === undefined) problems.push('no <main>');
  else {
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(main)?.[1];
    if (h1 === undefined || text(h1) === '') problems.push('no <h1> text in <main>');
    if (text(main).length <= text(h1 ?? '').length) problems.push('no text in <main> but its heading');
  }
  if (/<noscript\b/i.test(html)) problems.push('<noscript> asks for JavaScript');
  return problems;
}

/** One page's weight: HTML and linked stylesheets (gzip, each once), scripts, and readability. */
export function measurePage(dir: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(file, 'utf8');
  const path = route(dir, file);
  const type = pageType(path);
  const css: Asset[] = [];
  const missing: string[] = [];
  for (const href of stylesheetHrefs(html)) {
    const target = assetFile(dir, file, href, base);
    if (target && existsSync(target)) css.push({ name: relative(dir, target).split(sep).join('/'), gzip: gzip(readFileSync(target)) });
    else missing.push(href);
  }
  const htmlGzip = gzip(html);
  const scripts = pageScripts(dir, html, file, base);
  const reading = isReadingType(type);
  return {
    file,
    route: path,
    type,
    reading,
    html: htmlGzip,
    css,
    total: htmlGzip + css.reduce((sum, sheet) => sum + sheet.gzip, 0),
    missing,
    scripts,
    js: scripts.reduce((sum, script) => sum + script.gzip, 0),
    unreadable: reading ? unreadableWithoutScript(html) : [],
  };
}

export function measurePages(dir: string, base = '/'): PageWeight[] {
  return htmlFiles(dir).map((file) => measurePage(dir, file, base));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function byType(pages: readonly PageWeight[]): Map<string, PageWeight[]> {
  const groups = new Map<string, PageWeight[]>();
  for (const page of pages) groups.set(page.type, [...(groups.get(page.type) ?? []), page]);
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const worst = <T>(items: readonly T[], value: (item: T) => number): T => items.reduce((a, b) => (value(b) > value(a) ? b : a));

/** A page type across locales: `/id/sources/*\/` → `/sources/*\/`, `/id/` → `/`. */
export function unlocalized(type: string): string {
  return type.replace(/^\/[a-z]{2}(?=\/)/, '') || '/';
}

interface ReadingType {
  type: string;
  pages: PageWeight[];
  top: PageWeight;
  median: number;
  over: PageWeight[];
  unreadable: PageWeight[];
  js: PageWeight;
}

/** Reading pages by type (each locale apart): the heaviest page, the median, and the pages at fault. */
function readingTypes(pages: readonly PageWeight[]): ReadingType[] {
  return [...byType(pages.filter((page) => page.reading))].map(([type, group]) => ({
    type,
    pages: group,
    top: worst(group, (page) => page.total),
    median: median(group.map((page) => page.total)),
    over: group.filter((page) => page.total > BUDGETS.readingPage || page.missing.length > 0),
    unreadable: group.filter((page) => page.unreadable.length > 0),
    js: worst(group, (page) => page.js),
  }));
}

/** Per reading page type: count, max and median of HTML+CSS gzip, the worst page; and that each reads without script. */
export function readingRows(pages: readonly PageWeight[]): BudgetRow[] {
  return readingTypes(pages).flatMap(({ type, pages: group, top, median: middle, over, unreadable }) => [
    {
      what: `${type} HTML+CSS (gzip), ${group.length} page${group.length === 1 ? '' : 's'}`,
      figure: `max ${kb(top.total)} ${top.route}, median ${kb(middle)}`,
      limit: kb(BUDGETS.readingPage),
      ok: over.length === 0,
      ...(over.length > 0 && {
        over: over.map((page) => `${page.route} ${kb(page.total)}${page.missing.length > 0 ? ` (missing ${page.missing.join(', ')})` : ''}`),
      }),
    },
    {
      what: `${type} readable without script`,
      figure: `${group.length - unreadable.length} of ${group.length}`,
      limit: 'all',
      ok: unreadable.length === 0,
      ...(unreadable.length > 0 && { over: unreadable.map((page) => `${page.route} ${page.unreadable.join(', ')}`) }),
    },
  ]);
}

interface ScriptType {
  type: string;
  /** Pages of the type, in every locale. */
  all: number;
  pages: PageWeight[];
  top: PageWeight;
  limit: number;
  over: PageWeight[];
}

/** Pages with client JS by type, locales together: the most a page loads, and the pages over their limit. */
function scriptTypes(pages: readonly PageWeight[]): ScriptType[] {
  const groups = new Map<string, PageWeight[]>();
  for (const page of pages) groups.set(unlocalized(page.type), [...(groups.get(unlocalized(page.type)) ?? []), page]);
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .filter(([, group]) => group.some((page) => page.scripts.length > 0))
    .map(([type, group]) => {
      const withJs = group.filter((page) => page.scripts.length > 0);
      const limit = isMapType(type) ? BUDGETS.mapJs : BUDGETS.enhancementJs;
      return { type, all: group.length, pages: withJs, top: worst(withJs, (page) => page.js), limit, over: withJs.filter((page) => page.js > limit) };
    });
}

export interface ScriptEntry extends PageScript {
  /** `js1`, `js2` …: how the tables refer to it. */
  id: string;
  /** Pages that load it. */
  pages: number;
}

/** Every distinct script the site loads, in order of first use (pages in path order). */
export function scriptCatalogue(pages: readonly PageWeight[]): ScriptEntry[] {
  const entries = new Map<string, ScriptEntry>();
  for (const page of pages) {
    for (const script of page.scripts) {
      const entry = entries.get(script.digest) ?? { ...script, id: `js${entries.size + 1}`, pages: 0 };
      entry.pages++;
      entries.set(script.digest, entry);
    }
  }
  return [...entries.values()];
}

const scriptIds = (page: PageWeight, catalogue: readonly ScriptEntry[]) =>
  page.scripts.map((script) => catalogue.find((entry) => entry.digest === script.digest)?.id ?? '?').join(' ');

/** Per page type with any client JS (locales together): the most a page loads (gzip), its page, and its scripts. */
export function scriptRows(pages: readonly PageWeight[]): BudgetRow[] {
  const catalogue = scriptCatalogue(pages);
  return scriptTypes(pages).map(({ type, all, pages: group, top, limit, over }) => ({
    what: `${type} client JS (gzip), ${group.length} of ${all} page${all === 1 ? '' : 's'}`,
    figure: `max ${kb(top.js)} ${top.route} in ${top.scripts.length} script${top.scripts.length === 1 ? '' : 's'}: ${top.scripts
      .map((script) => `${script.name}${script.uses.length > 0 ? ` [${script.uses.join(' ')}]` : ''} ${kb(script.gzip)}`)
      .join('; ')}`,
    limit: kb(limit),
    ok: over.length === 0,
    ...(over.length > 0 && { over: over.map((page) => `${page.route} ${kb(page.js)} (${scriptIds(page, catalogue)})`) }),
  }));
}

/** Columns padded to their widest cell, two spaces apart. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...cells.map((cell) => (cell[col] ?? '').length)));
  return cells.map((cell) => cell.map((text, col) => text.padEnd(widths[col] ?? 0)).join('  ').trimEnd()).join('\n');
}

const okCell = (ok: boolean) => (ok ? 'yes' : 'OVER');

/** The printed report: reading pages, client JS per page type, the scripts, then the map's budgets. */
export function formatReport(pages: readonly PageWeight[], rows: readonly BudgetRow[]): string {
  const catalogue = scriptCatalogue(pages);
  const reading = formatTable(
    ['pages', 'count', 'max', 'median', 'worst page', 'no-JS read', 'JS max', 'ok'],
    readingTypes(pages).map((group) => [
      group.type,
      String(group.pages.length),
      kb(group.top.total),
      kb(group.median),
      group.top.route,
      `${group.pages.length - group.unreadable.length}/${group.pages.length}`,
      group.js.js === 0 ? 'none' : `${kb(group.js.js)} (${scriptIds(group.js, catalogue)})`,
      okCell(group.over.length === 0 && group.unreadable.length === 0),
    ]),
  );
  const scripts = formatTable(
    ['pages', 'with JS', 'max', 'worst page', 'scripts', 'limit', 'ok'],
    scriptTypes(pages).map((group) => [group.type, `${group.pages.length}/${group.all}`, kb(group.top.js), group.top.route, scriptIds(group.top, catalogue), kb(group.limit), okCell(group.over.length === 0)]),
  );
  const legend = formatTable(
    ['id', 'script', 'works on', 'gzip', 'pages'],
    catalogue.map((entry) => [entry.id, entry.name, entry.uses.join(' ') || '—', kb(entry.gzip), String(entry.pages)]),
  );
  const readingWhat = new Set(readingRows(pages).map((row) => row.what));
  const scriptWhat = new Set(scriptRows(pages).map((row) => row.what));
  const rest = rows.filter((row) => !readingWhat.has(row.what) && !scriptWhat.has(row.what));
  return [
    `Source, topic and entity pages: gzip of the HTML plus each stylesheet it links (limit ${kb(BUDGETS.readingPage)} a page)`,
    reading,
    '',
    `Client JavaScript per page type, all locales: gzip, imports followed (limit ${kb(BUDGETS.enhancementJs)} a page, the map ${kb(BUDGETS.mapJs)})`,
    scripts,
    '',
    'Scripts',
    legend,
    '',
    'Map',
    formatRows(rest),
  ].join('\n');
}

/** The route maps' <svg> elements of a page (`class="map-svg"`), in order. */
function mapSvgs(html: string): string[] {
  return [...html.matchAll(/<svg\b[^>]*\bclass="map-svg"[^>]*>[\s\S]*?<\/svg>/g)].map((match) => match[0]);
}

/** The route map page in each locale (`/map/`, `/id/map/`): its HTML, and its SVG in that HTML with a table row per leg. */
function mapRows(pages: readonly PageWeight[]): BudgetRow[] {
  const maps = pages.filter((page) => isMapType(page.type));
  if (!maps.some((page) => page.route === '/map/')) return [{ what: '/map/ page', figure: 'missing', limit: 'built', ok: false }];
  return maps.flatMap((page) => {
    const mapHtml = readFileSync(page.file, 'utf8');
    const mapBytes = Buffer.byteLength(mapHtml);
    const [svg = ''] = mapSvgs(mapHtml);
    const legs = (svg.match(/<a\b[^>]*\bclass="leg\b/g) ?? []).length;
    const nodes = (svg.match(/<a\b[^>]*\bclass="node\b/g) ?? []).length;
    const land = /<path\b[^>]*class="map-land"[^>]*\bd="M/.test(svg);
    const rowsInTable = (mapHtml.match(/<tr\b[^>]*\bdata-leg=/g) ?? []).length;
    return [
      { what: `${page.route} HTML`, figure: kb(mapBytes), limit: kb(BUDGETS.mapHtml), ok: mapBytes <= BUDGETS.mapHtml },
      {
        what: `${page.route} SVG inline in the HTML`,
        figure: `${kb(Buffer.byteLength(svg))}, ${legs} legs, ${nodes} places, land ${land ? 'drawn' : 'missing'}`,
        limit: `legs = ${rowsInTable} table rows`,
        ok: svg !== '' && land && legs === rowsInTable,
      },
    ];
  });
}

/** Nothing the pages load fetches data, and nothing ships the atlas: the maps are drawn at build time. */
function shippedRow(dir: string, pages: readonly PageWeight[]): BudgetRow {
  const loaded = new Set<string>();
  for (const page of pages) for (const script of page.scripts) if (script.name !== 'inline') loaded.add(script.name);
  const fetching = [...loaded].filter((name) => /\bfetch\s*\(|XMLHttpRequest/.test(readFileSync(join(dir, name), 'utf8')));
  const topology = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|json|html|topojson)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /"type"\s*:\s*"Topology"/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(dir, file));
  const problems = [...fetching.map((name) => `fetch in ${name}`), ...topology.map((name) => `TopoJSON ${name}`)];
  return { what: 'no TopoJSON or fetch shipped', figure: problems.join(', ') || 'none', limit: 'none', ok: problems.length === 0 };
}

/** Locator maps (static route maps) per page type: the largest SVG and its page. */
function locatorRows(pages: readonly PageWeight[]): BudgetRow[] {
  const sizes = new Map<string, { route: string; bytes: number }[]>();
  for (const page of pages) {
    if (isMapType(page.type)) continue;
    const html = readFileSync(page.file, 'utf8');
    if (!html.includes('route-map-static')) continue;
    for (const svg of mapSvgs(html)) sizes.set(page.type, [...(sizes.get(page.type) ?? []), { route: page.route, bytes: Buffer.byteLength(svg) }]);
  }
  return [...sizes].map(([type, maps]) => {
    const top = worst(maps, (map) => map.bytes);
    const over = maps.filter((map) => map.bytes > BUDGETS.locatorSvg);
    return {
      what: `${type} locator SVG, ${maps.length} map${maps.length === 1 ? '' : 's'}`,
      figure: `max ${kb(top.bytes)} ${top.route}`,
      limit: kb(BUDGETS.locatorSvg),
      ok: over.length === 0,
      ...(over.length > 0 && { over: over.map((map) => `${map.route} ${kb(map.bytes)}`) }),
    };
  });
}

export function measureBudget(dir: string, base = '/', pages: readonly PageWeight[] = measurePages(dir, base)): BudgetRow[] {
  return [...readingRows(pages), ...scriptRows(pages), ...mapRows(pages), shippedRow(dir, pages), ...locatorRows(pages)];
}

export function formatRows(rows: readonly BudgetRow[]): string {
  const header: BudgetRow = { what: 'budget', figure: 'figure', limit: 'limit', ok: null };
  const cells = [header, ...rows].map((row, i) => [row.what, row.figure, row.limit, i === 0 ? 'ok' : row.ok === null ? '' : row.ok ? 'yes' : 'OVER']);
  const widths = [0, 1, 2].map((col) => Math.max(...cells.map((cell) => (cell[col] ?? '').length)));
  return cells.map((cell) => cell.map((text, col) => (col < 3 ? text.padEnd(widths[col] ?? 0) : text)).join('  ').trimEnd()).join('\n');
}

/** The lines naming what is over budget: the budget, then each page at fault. */
export function formatOver(rows: readonly BudgetRow[]): string {
  const over = rows.filter((row) => row.ok === false);
  return [`${over.length} over budget:`, ...over.map((row) => `  ${row.what} (limit ${row.limit}): ${row.over?.join('; ') ?? row.figure}`)].join('\n');
}

function main(): number {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, base: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log('Usage: npm run budget [-- --dir DIR] [-- --base /sub/]   (defaults: $BRIEFING_OUT_DIR or dist; $BRIEFING_BASE or /)');
    return 0;
  }
  const dir = resolve(values.dir ?? process.env['BRIEFING_OUT_DIR'] ?? 'dist');
  if (!existsSync(dir)) {
    console.error(`${dir}: Unexpected missing build folder, expected the output of astro build [budget]`);
    return 2;
  }
  const base = values.base ?? process.env['BRIEFING_BASE'] ?? '/';
  const pages = measurePages(dir, base);
  const rows = measureBudget(dir, base, pages);
  console.log(formatReport(pages, rows));
  if (rows.some((row) => row.ok === false)) {
    console.error(`\n${formatOver(rows)}`);
    return 1;
  }
  console.log('\nAll budgets met.');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
