// CLI: `npm run budget [-- --dir DIR]`, after a build. Measures what the map costs a
// reader and checks it against the budgets: the /map/ page's HTML, the client script
// of each page that has one (gzip), each locator map's SVG, and that the map is in
// the HTML (no TopoJSON or fetch shipped). Prints a table; exits 1 over budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
};

export interface BudgetRow {
  what: string;
  figure: string;
  limit: string;
  ok: boolean | null;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

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

/** The page's scripts: inline module bodies and the files they load, imports followed. */
function pageScripts(dir: string, html: string): { name: string; code: string }[] {
  const scripts: { name: string; code: string }[] = [];
  const seen = new Set<string>();
  const load = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    scripts.push({ name: relative(dir, file), code });
    for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const target = match[1] ?? '';
      load(target.startsWith('/') ? join(dir, target) : resolve(dirname(file), target));
    }
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) load(join(dir, src.replace(/^\/+/, '')));
    else if ((match[2] ?? '').trim()) scripts.push({ name: 'inline', code: match[2] ?? '' });
  }
  return scripts;
}

/** The route maps' <svg> elements of a page (`class="map-svg"`), in order. */
function mapSvgs(html: string): string[] {
  return [...html.matchAll(/<svg\b[^>]*\bclass="map-svg"[^>]*>[\s\S]*?<\/svg>/g)].map((match) => match[0]);
}

export function measureBudget(dir: string): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const mapFile = join(dir, 'map', 'index.html');
  if (!existsSync(mapFile)) return [{ what: '/map/ page', figure: 'missing', limit: 'built', ok: false }];

  const mapHtml = readFileSync(mapFile, 'utf8');
  const mapBytes = Buffer.byteLength(mapHtml);
  rows.push({ what: '/map/ HTML', figure: kb(mapBytes), limit: kb(BUDGETS.mapHtml), ok: mapBytes <= BUDGETS.mapHtml });

  const [svg = ''] = mapSvgs(mapHtml);
  const legs = (svg.match(/<a\b[^>]*\bclass="leg\b/g) ?? []).length;
  const nodes = (svg.match(/<a\b[^>]*\bclass="node\b/g) ?? []).length;
  const land = /<path\b[^>]*class="map-land"[^>]*\bd="M/.test(svg);
  const rowsInTable = (mapHtml.match(/<tr\b[^>]*\bdata-leg=/g) ?? []).length;
  rows.push({
    what: '/map/ SVG inline in the HTML',
    figure: `${kb(Buffer.byteLength(svg))}, ${legs} legs, ${nodes} places, land ${land ? 'drawn' : 'missing'}`,
    limit: `legs = ${rowsInTable} table rows`,
    ok: svg !== '' && land && legs === rowsInTable,
  });

  // Client JavaScript, per page that has any.
  const shipped = new Map<string, string>();
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const scripts = pageScripts(dir, html);
    if (scripts.length === 0) continue;
    for (const script of scripts) if (script.name !== 'inline') shipped.set(script.name, script.code);
    const gzip = scripts.reduce((sum, script) => sum + gzipSync(script.code).byteLength, 0);
    const isMap = file === mapFile;
    rows.push({
      what: `${route(dir, file)} client JS (gzip)`,
      figure: `${kb(gzip)} in ${scripts.length} script${scripts.length === 1 ? '' : 's'}`,
      limit: isMap ? kb(BUDGETS.mapJs) : '—',
      ok: isMap ? gzip <= BUDGETS.mapJs : null,
    });
  }
  const fetching = [...shipped].filter(([, code]) => /\bfetch\s*\(|XMLHttpRequest/.test(code)).map(([name]) => name);
  const topology = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|json|html|topojson)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /"type"\s*:\s*"Topology"/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(dir, file));
  rows.push({
    what: 'no TopoJSON or fetch shipped',
    figure: [...fetching.map((name) => `fetch in ${name}`), ...topology.map((name) => `TopoJSON ${name}`)].join(', ') || 'none',
    limit: 'none',
    ok: fetching.length === 0 && topology.length === 0,
  });

  // Locator maps on topic and source pages.
  for (const file of htmlFiles(dir)) {
    if (file === mapFile) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('route-map-static')) continue;
    for (const locator of mapSvgs(html)) {
      const bytes = Buffer.byteLength(locator);
      rows.push({ what: `${route(dir, file)} locator SVG`, figure: kb(bytes), limit: kb(BUDGETS.locatorSvg), ok: bytes <= BUDGETS.locatorSvg });
    }
  }
  return rows;
}

export function formatRows(rows: readonly BudgetRow[]): string {
  const header: BudgetRow = { what: 'budget', figure: 'figure', limit: 'limit', ok: null };
  const cells = [header, ...rows].map((row, i) => [row.what, row.figure, row.limit, i === 0 ? 'ok' : row.ok === null ? '' : row.ok ? 'yes' : 'OVER']);
  const widths = [0, 1, 2].map((col) => Math.max(...cells.map((cell) => (cell[col] ?? '').length)));
  return cells.map((cell) => cell.map((text, col) => (col < 3 ? text.padEnd(widths[col] ?? 0) : text)).join('  ').trimEnd()).join('\n');
}

function main(): number {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log('Usage: npm run budget [-- --dir DIR]   (default: $BRIEFING_OUT_DIR or dist)');
    return 0;
  }
  const dir = resolve(values.dir ?? process.env['BRIEFING_OUT_DIR'] ?? 'dist');
  if (!existsSync(dir)) {
    console.error(`${dir}: Unexpected missing build folder, expected the output of astro build [budget]`);
    return 2;
  }
  const rows = measureBudget(dir);
  console.log(formatRows(rows));
  const over = rows.filter((row) => row.ok === false);
  if (over.length > 0) {
    console.error(`\n${over.length} over budget: ${over.map((row) => row.what).join('; ')}`);
    return 1;
  }
  console.log('\nAll map budgets met.');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
