// The locator map (RouteMap.astro in `static` mode), rendered with Astro's container
// API for every source and topic of the seeds that mentions places, with the scope
// and label the source and topic pages give it.
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import RouteMap from '../../src/components/RouteMap.astro';
import { translator } from '../../src/i18n/index.ts';
import { drawnScope, locatorScope, mapScope, type MapScope } from '../../src/lib/map/map-scope.ts';
import { all, attr, classList, elements, fragment, isElement, textOf, type Element } from '../helpers/dom.ts';
import { createContainer } from '../helpers/component-container.ts';
import { seedSite } from '../helpers/seed-briefing.ts';

const en = translator('en');
const site = seedSite();
const { briefing } = site;
const paragraphTopics = (article: string, paragraph: string) => briefing.articleTopics.get(article)?.paragraphs.get(paragraph) ?? [];
const names = (scope: MapScope) => scope.places.map((place) => place.name).join(', ');

interface Locator {
  page: string;
  scope: MapScope;
  label: string;
}

// As src/views/Source.astro and src/views/Topic.astro build them.
const locators: Locator[] = [
  ...briefing.articles.map((article) => {
    const scope = mapScope(briefing, (citation) => citation.article === article.id, [article.id]);
    return { page: `/sources/${article.id}/`, scope, label: en('map.locator.source', { places: names(scope) }) };
  }),
  ...briefing.topics.map((topic) => {
    const scope = mapScope(briefing, (citation) => paragraphTopics(citation.article, citation.paragraph).includes(topic.id));
    return { page: `/topics/${topic.id}/`, scope, label: en('map.locator.topic', { places: names(scope) }) };
  }),
].filter((locator) => locator.scope.places.length > 0);

let container: AstroContainer;
beforeAll(async () => {
  container = await createContainer();
});

async function render(locator: Locator, mode: 'static' | 'interactive' = 'static') {
  const html = await container.renderToString(RouteMap, { props: { scope: locator.scope, mode, id: 'locator', label: locator.label } });
  return { html, root: fragment(html) };
}

const num = (el: Element, name: string) => Number(attr(el, name));

/** Every x,y pair of path data written with absolute M, L, Q commands (as d3 and the map write them). */
function pathPoints(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  return points;
}

describe('RouteMap, static (locator maps on source and topic pages)', () => {
  it('should draw a scope without its citations, sentences, dates and printed names as it draws the scope (what source pages keep)', async () => {
    const withLegs = locators.filter((locator) => locator.scope.legs.some((leg) => leg.citations.length > 0 && leg.dates !== null) && locator.scope.places.some((place) => place.printed.length > 0));
    expect(withLegs.length).toBeGreaterThan(0);
    for (const locator of locators) {
      const shown = locatorScope(locator.scope);
      const drawn = drawnScope(shown);
      expect(drawn.legs.every((leg) => leg.citations.length === 0 && leg.dates === null)).toBe(true);
      expect((await render({ ...locator, scope: drawn })).html).toBe((await render({ ...locator, scope: shown })).html);
    }
  });

  it('should have locators to draw: most sources and topics of the seeds mention places, some with legs', () => {
    expect(locators.filter((l) => l.page.startsWith('/sources/')).length).toBeGreaterThanOrEqual(3);
    expect(locators.filter((l) => l.page.startsWith('/topics/')).length).toBeGreaterThanOrEqual(3);
    expect(locators.some((l) => l.scope.legs.length > 0)).toBe(true);
  });

  it.each(locators.map((locator) => [locator.page, locator] as const))('%s: should be an image named by its <title>', async (_page, locator) => {
    const { root } = await render(locator);
    const [svg, ...more] = all(root, 'svg', 'map-svg');
    expect(more).toHaveLength(0);
    expect(attr(svg!, 'role')).toBe('img');
    const first = svg!.childNodes.find(isElement);
    expect(first?.tagName).toBe('title');
    expect(attr(svg!, 'aria-labelledby')).toBe(attr(first!, 'id'));
    expect(textOf(first!)).toBe(locator.label);
    for (const place of locator.scope.places) expect(textOf(first!)).toContain(place.name);
  });

  it.each(locators.map((locator) => [locator.page, locator] as const))('%s: should draw one marker per place, each with its name beside it', async (_page, locator) => {
    const { root } = await render(locator);
    const [svg] = all(root, 'svg', 'map-svg');
    const markers = all(svg!, 'circle', 'node');
    expect(markers).toHaveLength(locator.scope.places.length);
    expect(all(svg!, 'circle', 'node-route')).toHaveLength(locator.scope.places.filter((p) => p.onRoute).length);
    const labels = all(svg!, 'text');
    expect(labels.map(textOf).sort()).toEqual(locator.scope.places.map((p) => p.name).sort());
    // Each label sits beside a marker, and no two labels claim the same one.
    const nearest = labels.map((label) => {
      const distances = markers.map((m) => Math.hypot(num(m, 'cx') - num(label, 'x'), num(m, 'cy') - num(label, 'y')));
      const d = Math.min(...distances);
      return { marker: distances.indexOf(d), d };
    });
    for (const { d } of nearest) expect(d).toBeLessThan(25);
    expect(new Set(nearest.map((n) => n.marker)).size).toBe(markers.length);
    // One group per leg, in the mode's style.
    const legs = all(svg!, 'g', 'leg');
    expect(legs.map((g) => classList(g).find((c) => c.startsWith('leg-')))).toEqual(locator.scope.legs.map((leg) => `leg-${leg.mode}`));
  });

  it.each(locators.map((locator) => [locator.page, locator] as const))('%s: should keep markers, labels, legs and land inside its viewBox', async (_page, locator) => {
    const { root } = await render(locator);
    const [svg] = all(root, 'svg', 'map-svg');
    const [x0, y0, width, height] = (attr(svg!, 'viewBox') ?? '').split(/\s+/).map(Number);
    expect([x0, y0]).toEqual([0, 0]);
    expect(num(svg!, 'width')).toBe(width);
    expect(num(svg!, 'height')).toBe(height);
    const outside: string[] = [];
    const check = (what: string, x: number, y: number) => {
      if (!(Number.isFinite(x) && Number.isFinite(y) && x >= -0.05 && y >= -0.05 && x <= width! + 0.05 && y <= height! + 0.05)) outside.push(`${what} ${x},${y}`);
    };
    for (const c of all(svg!, 'circle')) {
      const [cx, cy, r] = [num(c, 'cx'), num(c, 'cy'), num(c, 'r')];
      check('marker', cx - r, cy - r);
      check('marker', cx + r, cy + r);
    }
    for (const text of all(svg!, 'text')) check(`label ${textOf(text)}`, num(text, 'x'), num(text, 'y'));
    for (const path of all(svg!, 'path')) {
      const d = attr(path, 'd') ?? '';
      const points = pathPoints(d);
      // A leg is a quadratic curve: its ends are drawn, its control point is not.
      const drawn = classList(path).some((c) => c === 'leg-line' || c === 'leg-casing') ? [points[0]!, points.at(-1)!] : points;
      for (const [x, y] of drawn) check(classList(path).join(' '), x, y);
    }
    expect(all(svg!, 'path', 'map-land')).toHaveLength(1);
    expect(outside).toEqual([]);
  });

  it.each(locators.map((locator) => [locator.page, locator] as const))('%s: should have no script, no links and no controls', async (_page, locator) => {
    const { html, root } = await render(locator);
    expect(html).not.toMatch(/<script\b/i);
    expect(elements(root).filter((el) => ['script', 'a', 'button', 'input'].includes(el.tagName))).toEqual([]);
    expect(all(root, 'div', 'route-map-static')).toHaveLength(1);
  });

  it('should load its script only in interactive mode (the map page)', async () => {
    const { html, root } = await render(locators.find((l) => l.scope.legs.length > 0)!, 'interactive');
    expect(html).toMatch(/<script\b/);
    expect(all(root, 'a', 'leg').length).toBeGreaterThan(0);
  });
});
