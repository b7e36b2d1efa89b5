import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { geoDistance } from 'd3-geo';
import { loadBriefingData } from '../../../src/analysis/load-data.ts';
import { buildBriefing, type Briefing } from '../../../src/analysis/model.ts';
import type { ResolvedPlace } from '../../../src/analysis/extract/places.ts';
import type { Mode, RouteLeg } from '../../../src/analysis/types.ts';
import { arcPoint } from '../../../src/lib/geo/index.ts';
import { atlasTopology } from '../../../src/lib/map/atlas.ts';
import { mapScope } from '../../../src/lib/map/map-scope.ts';
import { MAP_PRESETS, routeMapModel, sharedRouteMapModel, type MapMode, type RouteMapModel } from '../../../src/lib/map/route-map.ts';
import { seedArticles } from '../../helpers/seed-articles.ts';

const EARTH_KM = 6371;
const km = (a: readonly [number, number], b: readonly [number, number]) => geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_KM;

/** Every x,y pair of SVG path data (M, L, Q commands with absolute coordinates, as d3 and the map write them). */
function pathPoints(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  return points;
}

/** Points outside the viewBox (with a hair of tolerance for rounding), described. */
function outsideViewBox(model: RouteMapModel): string[] {
  const bad: string[] = [];
  const check = (what: string, [x, y]: readonly [number, number]) => {
    if (!(Number.isFinite(x) && Number.isFinite(y) && x >= -0.05 && y >= -0.05 && x <= model.width + 0.05 && y <= model.height + 0.05)) bad.push(`${what} ${x},${y}`);
  };
  for (const leg of model.legs) {
    // The curve itself (not its Bézier control point, which is never drawn), as written and sampled.
    const [start, , end] = pathPoints(leg.d);
    check(`leg ${leg.leg.id}`, start!);
    check(`leg ${leg.leg.id}`, end!);
    for (let i = 0; i <= 100; i++) check(`leg ${leg.leg.id}`, arcPoint(leg.arc, i / 100));
    pathPoints(leg.arrow).forEach((p) => check(`arrow ${leg.leg.id}`, p));
  }
  for (const node of model.nodes) {
    check(`node ${node.place.name}`, [node.x - node.r, node.y - node.r]);
    check(`node ${node.place.name}`, [node.x + node.r, node.y + node.r]);
    if (!node.label.hidden) {
      check(`label ${node.place.name}`, [node.label.box.x0, node.label.box.y0]);
      check(`label ${node.place.name}`, [node.label.box.x1, node.label.box.y1]);
    }
  }
  pathPoints(model.land).forEach((p) => check('land', p));
  pathPoints(model.borders).forEach((p) => check('borders', p));
  return bad;
}

// ---------- the seeds ----------

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));
const seeds = buildBriefing([...seedArticles().values()], loadBriefingData(contentDir));
const seedScope = mapScope(seeds);
const seedModel = routeMapModel(seedScope, atlasTopology);

function seedLeg(from: RegExp, to: RegExp) {
  return seedScope.legs.find((leg) => from.test(leg.from.name) && to.test(leg.to.name));
}

describe('the route map of the seeds', () => {
  it('should hold Najin (Rajin, North Korea) → Dunay (Russia) by sea at the right places', () => {
    const leg = seedLeg(/^(Najin|Rajin)$/, /^Dunay$/);
    expect(leg?.mode).toBe('sea');
    expect(leg?.from.place.country).toBe('KP');
    expect(leg?.to.place.country).toBe('RU');
    expect(km([leg?.from.place.lon ?? 0, leg?.from.place.lat ?? 0], [130.28, 42.26])).toBeLessThan(5);
    expect(km([leg?.to.place.lon ?? 0, leg?.to.place.lat ?? 0], [132.34, 42.88])).toBeLessThan(5);
  });

  it('should hold Dunay → Tikhoretsk by rail at the right places', () => {
    const leg = seedLeg(/^Dunay$/, /^Tikhoretsk$/);
    expect(leg?.mode).toBe('rail');
    expect(km([leg?.from.place.lon ?? 0, leg?.from.place.lat ?? 0], [132.34, 42.88])).toBeLessThan(5);
    expect(km([leg?.to.place.lon ?? 0, leg?.to.place.lat ?? 0], [40.13, 45.85])).toBeLessThan(5);
  });

  it('should date the sea leg from the dates of its sentence, and leave the rail leg undated', () => {
    expect(seedLeg(/^Najin$/, /^Dunay$/)?.dates).toEqual({ start: { date: '2023-09-01', precision: 'day' }, end: { date: '2023-10-01', precision: 'day' } });
    expect(seedLeg(/^Dunay$/, /^Tikhoretsk$/)?.dates).toBeNull();
  });

  it('should draw both legs as arcs from the origin node to the destination node', () => {
    const node = (name: string) => seedModel.nodes.find((n) => n.place.name === name);
    for (const [from, to, mode] of [
      ['Rajin', 'Dunay', 'sea'],
      ['Dunay', 'Tikhoretsk', 'rail'],
    ] as const) {
      const drawn = seedModel.legs.find((l) => l.leg.from.place.name === from && l.leg.to.place.name === to);
      expect(drawn, `${from} → ${to}`).toBeDefined();
      expect(drawn?.leg.mode).toBe(mode);
      const points = pathPoints(drawn?.d ?? '');
      const [start, end] = [points[0]!, points.at(-1)!];
      expect(Math.hypot(start[0] - node(from)!.x, start[1] - node(from)!.y)).toBeLessThan(0.15);
      expect(Math.hypot(end[0] - node(to)!.x, end[1] - node(to)!.y)).toBeLessThan(0.15);
      expect(drawn?.d).toMatch(/^M[-\d.]+,[-\d.]+Q[-\d.]+,[-\d.]+ [-\d.]+,[-\d.]+$/);
    }
  });

  it('should put Tikhoretsk west of Dunay and Rajin south-west of Dunay on the canvas', () => {
    const node = (name: string) => seedModel.nodes.find((n) => n.place.name === name)!;
    expect(node('Tikhoretsk').x).toBeLessThan(node('Dunay').x);
    expect(node('Rajin').x).toBeLessThan(node('Dunay').x);
    expect(node('Rajin').y).toBeGreaterThan(node('Dunay').y);
  });

  it('should show the places only mentioned as a second layer, after the leg ends', () => {
    const firstMentioned = seedModel.nodes.findIndex((n) => !n.place.onRoute);
    expect(firstMentioned).toBe(3);
    expect(seedModel.nodes.slice(firstMentioned).every((n) => !n.place.onRoute)).toBe(true);
    expect(seedModel.nodes.map((n) => n.place.name)).toEqual(expect.arrayContaining(['Kyiv', 'Pyongyang', 'Seoul']));
  });

  it('should keep every point, label and border inside the viewBox', () => {
    expect(outsideViewBox(seedModel)).toEqual([]);
    expect(seedModel.land.length).toBeGreaterThan(1000);
    expect(seedModel.borders.length).toBeGreaterThan(1000);
  });

  it('should write the base map to a tenth of a pixel and keep it light', () => {
    for (const d of [seedModel.land, seedModel.borders]) expect(d).not.toMatch(/\d\.\d\d/);
    expect(seedModel.land.length + seedModel.borders.length).toBeLessThan(120_000);
  });

  it('should narrow to one source: its places and the legs it states', () => {
    const article = seedScope.legs.find((leg) => leg.mode === 'rail')?.citations[0]?.article ?? '';
    const scope = mapScope(seeds, (c) => c.article === article);
    expect(scope.legs.map((leg) => `${leg.from.name}→${leg.to.name}`).sort()).toEqual(['Dunay→Tikhoretsk', 'Najin→Dunay']);
    expect(scope.places.every((place) => place.citations.every((c) => c.article === article))).toBe(true);
    const locator = routeMapModel(scope, atlasTopology, 'static');
    expect(locator.width).toBe(MAP_PRESETS.static.width);
    expect(outsideViewBox(locator)).toEqual([]);
  });

  it('should give the same scope when told which articles it may accept (read from the index)', () => {
    const ids = seeds.articles.map((article) => article.id);
    const placeNamers = ids.filter((id) => mapScope(seeds, (c) => c.article === id).places.length > 0);
    expect(placeNamers.length).toBeGreaterThan(1);
    for (const id of ids) expect(mapScope(seeds, (c) => c.article === id, [id])).toEqual(mapScope(seeds, (c) => c.article === id));
    const pair = new Set(placeNamers.slice(0, 2));
    expect(mapScope(seeds, (c) => pair.has(c.article), [...pair])).toEqual(mapScope(seeds, (c) => pair.has(c.article)));
  });
});

// ---------- made-up corpora: the south, and across the antimeridian ----------

type PlaceSpec = [name: string, country: string, lat: number, lon: number];

function corpus(places: PlaceSpec[], legs: [from: string, to: string, mode: Mode][], mentioned: string[] = []): Briefing {
  const resolved = new Map<string, ResolvedPlace>(
    places.map(([name, country, lat, lon]) => [`place:test:${name}`, { id: `place:test:${name}`, name, country, lat, lon, kind: 'city' }]),
  );
  const citation = { article: 'story', paragraph: 'p1' };
  const routeLegs: RouteLeg[] = legs.map(([from, to, mode], i) => ({
    id: `leg-${i}`,
    from: { name: from, place: `place:test:${from}` },
    to: { name: to, place: `place:test:${to}` },
    mode,
    cargo: null,
    citations: [citation],
    sentences: [],
  }));
  return {
    articles: [],
    topics: [],
    articleTopics: new Map(),
    entities: mentioned.map((name) => ({
      id: `place:test:${name}`,
      type: 'place' as const,
      names: { en: name, id: name },
      aliases: [],
      mentions: [{ ...citation, sentence: 0, start: 0, end: name.length, entity: `place:test:${name}`, text: name }],
    })),
    places: resolved,
    figures: [],
    quotes: [],
    events: [],
    legs: routeLegs,
    unresolved: [],
  };
}

const SOUTH = corpus(
  [
    ['Perth', 'AU', -31.95, 115.86],
    ['Durban', 'ZA', -29.86, 31.03],
    ['Johannesburg', 'ZA', -26.2, 28.05],
    ['Port Louis', 'MU', -20.16, 57.5],
  ],
  [
    ['Perth', 'Durban', 'sea'],
    ['Durban', 'Johannesburg', 'road'],
  ],
  ['Port Louis'],
);

const ANTIMERIDIAN = corpus(
  [
    ['Vladivostok', 'RU', 43.12, 131.89],
    ['Anchorage', 'US', 61.22, -149.9],
    ['Anadyr', 'RU', 64.73, 177.51],
    ['Nome', 'US', 64.5, -165.41],
    ['Suva', 'FJ', -18.14, 178.44],
  ],
  [
    ['Vladivostok', 'Anchorage', 'air'],
    ['Anadyr', 'Nome', 'unknown'],
    ['Nome', 'Anadyr', 'sea'],
  ],
  ['Suva'],
);

describe.each([
  ['routes only in the southern hemisphere', SOUTH],
  ['routes across the antimeridian', ANTIMERIDIAN],
])('a corpus with %s', (_name, briefing) => {
  for (const mode of ['interactive', 'static'] as MapMode[]) {
    it(`should render every point inside the SVG viewBox (${mode})`, () => {
      const model = routeMapModel(mapScope(briefing), atlasTopology, mode);
      expect(model.legs).toHaveLength(briefing.legs.length);
      expect(outsideViewBox(model)).toEqual([]);
      // Nodes stand clear of the edges by the margin.
      const preset = MAP_PRESETS[mode];
      for (const node of model.nodes) {
        expect(node.x).toBeGreaterThanOrEqual(preset.margin - preset.nodeRadius - 0.1);
        expect(node.x).toBeLessThanOrEqual(model.width - preset.margin + preset.nodeRadius + 0.1);
      }
      expect(model.land.length).toBeGreaterThan(0);
    });
  }

  it('should draw each leg as one short arc, not around the world', () => {
    const model = routeMapModel(mapScope(briefing), atlasTopology);
    for (const leg of model.legs) {
      const [start, , end] = pathPoints(leg.d);
      // A leg's chord stays within the canvas width: no wrap across a cut of the map.
      expect(Math.hypot(end![0] - start![0], end![1] - start![1])).toBeLessThan(model.width);
    }
  });
});

describe('the antimeridian corpus', () => {
  it('should keep Vladivostok west of Anchorage, as on a globe seen from the North Pacific', () => {
    const model = routeMapModel(mapScope(ANTIMERIDIAN), atlasTopology);
    const x = (name: string) => model.nodes.find((n) => n.place.name === name)?.x ?? NaN;
    expect(x('Vladivostok')).toBeLessThan(x('Anadyr'));
    expect(x('Anadyr')).toBeLessThan(x('Nome'));
    expect(x('Nome')).toBeLessThan(x('Anchorage'));
  });

  it('should bend the two legs between Anadyr and Nome to opposite sides', () => {
    const model = routeMapModel(mapScope(ANTIMERIDIAN), atlasTopology);
    const [there, back] = ['leg-1', 'leg-2'].map((id) => model.legs.find((l) => l.leg.id === id)!);
    // Both measured against the one chord Anadyr → Nome: the controls stand on opposite sides of it.
    const [a, b] = [there!.arc.from, there!.arc.to];
    const side = (c: readonly [number, number]) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
    expect(side(there!.arc.control) * side(back!.arc.control)).toBe(-1);
  });
});

describe('sharedRouteMapModel', () => {
  it('should hand a scope the model routeMapModel makes, once per scope and mode', () => {
    const scope = mapScope(seeds);
    const first = sharedRouteMapModel(scope, atlasTopology, 'static');
    expect(first).toEqual(routeMapModel(scope, atlasTopology, 'static'));
    // The other language's page asks again with the same scope object: the same model.
    expect(sharedRouteMapModel(scope, atlasTopology, 'static')).toBe(first);
    // Another mode, another scope object (even an equal one) or another atlas: made anew.
    const interactive = sharedRouteMapModel(scope, atlasTopology, 'interactive');
    expect(interactive).not.toBe(first);
    expect(interactive).toEqual(routeMapModel(scope, atlasTopology, 'interactive'));
    expect(sharedRouteMapModel(mapScope(seeds), atlasTopology, 'static')).not.toBe(first);
    const otherAtlas = (resolution: Parameters<typeof atlasTopology>[0]) => atlasTopology(resolution);
    const redrawn = sharedRouteMapModel(scope, otherAtlas, 'static');
    expect(redrawn).not.toBe(first);
    expect(redrawn).toEqual(first);
  });
});
