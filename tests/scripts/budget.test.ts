import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBudget } from '../../scripts/budget.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'briefing-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MAP_SVG = '<svg class="map-svg" viewBox="0 0 960 600"><g class="map-viewport"><path class="map-land" d="M0,0L10,10Z"/><a class="leg leg-sea" href="#row-leg-1"><path class="leg-line" d="M1,1Q2,2 3,3"/></a></g></svg>';

/** A built site in miniature: the map page with its script, and a source page with a locator of `locatorBytes`. */
function site(name: string, locatorBytes: number): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'map'), { recursive: true });
  mkdirSync(join(dir, '_astro'), { recursive: true });
  mkdirSync(join(dir, 'sources', 'a'), { recursive: true });
  writeFileSync(join(dir, '_astro', 'map.js'), 'import"./shared.js";console.log("map");');
  writeFileSync(join(dir, '_astro', 'shared.js'), 'export const x=1;');
  writeFileSync(join(dir, 'map', 'index.html'), `<!doctype html><main>${MAP_SVG}<table><tr data-leg="leg-1"><td>a</td></tr></table></main><script type="module" src="/_astro/map.js"></script>`);
  const padding = 'M0,0'.repeat(Math.ceil(locatorBytes / 4));
  writeFileSync(join(dir, 'sources', 'a', 'index.html'), `<div class="route-map route-map-static"><svg class="map-svg" role="img"><path d="${padding}"/></svg></div>`);
  return dir;
}

function budget(dir: string) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/budget.ts'), '--dir', dir], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run budget', () => {
  it('should measure the map page, its scripts with their imports, and each locator map', () => {
    const rows = measureBudget(site('ok', 1000));
    const what = rows.map((row) => row.what);
    expect(what).toEqual(['/map/ HTML', '/map/ SVG inline in the HTML', '/map/ client JS (gzip)', 'no TopoJSON or fetch shipped', '/sources/a/ locator SVG']);
    expect(rows.find((row) => row.what === '/map/ client JS (gzip)')?.figure).toMatch(/in 2 scripts$/);
    expect(rows.every((row) => row.ok !== false)).toBe(true);
  });

  it('should print a table and exit 0 when every budget is met', () => {
    const run = budget(site('pass', 1000));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^budget\s+figure\s+limit\s+ok$/m);
    expect(run.stdout).toMatch(/\/sources\/a\/ locator SVG\s+1\.\d KB\s+30\.0 KB\s+yes/);
  });

  it('should exit 1 naming the budget exceeded by a locator map over 30 KB', () => {
    const run = budget(site('over', 40 * 1024));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\/sources\/a\/ locator SVG\s+40\.\d KB\s+30\.0 KB\s+OVER/);
    expect(run.stderr).toMatch(/1 over budget: \/sources\/a\/ locator SVG/);
  });

  it('should fail when the map page is missing, or a script fetches data', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    expect(measureBudget(empty)).toEqual([{ what: '/map/ page', figure: 'missing', limit: 'built', ok: false }]);
    const dir = site('fetching', 100);
    writeFileSync(join(dir, '_astro', 'shared.js'), 'fetch("/world.json");');
    expect(measureBudget(dir).find((row) => row.what === 'no TopoJSON or fetch shipped')?.ok).toBe(false);
  });
});
