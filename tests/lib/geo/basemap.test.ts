// The base map cache: a page's two languages are rendered a whole route apart, so the
// cache must hold a route's worth of maps (it once held 256 and drew every map twice).
import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { basemapPaths, fitProjection, type LonLat } from '../../../src/lib/geo/index.ts';
import { anchoredDistance, anchorOf } from '../../../src/lib/geo/basemap.ts';
import { atlasTopology } from '../../../src/lib/map/atlas.ts';

const OPTIONS = { width: 960, minHeight: 440, maxHeight: 640, margin: 48, minRadius: 3 };
const DRAW = { minArea: 4, minDistance: 0.5 };

/** A different view for each i (up to 2,800): a pair of points walking over Eurasia. */
function view(i: number) {
  const lon = -10 + (i % 140);
  const lat = 40 + (Math.floor(i / 140) % 20);
  const points: LonLat[] = [
    [lon, lat],
    [lon + 5, lat + 5],
  ];
  return fitProjection(points, OPTIONS).projection;
}

describe('base map cache', () => {
  const topology = atlasTopology('110m');

  it('should draw a view once and hand back the same base map for it', () => {
    const first = basemapPaths(topology, view(0), DRAW);
    expect(first.land.length).toBeGreaterThan(0);
    expect(basemapPaths(topology, view(0), DRAW)).toBe(first);
    // Another view is drawn anew.
    expect(basemapPaths(topology, view(1), DRAW)).not.toBe(first);
  });

  it('should keep more than a few hundred views, as a route of source pages needs', () => {
    const first = basemapPaths(topology, view(1000), DRAW);
    for (let i = 1001; i < 1400; i++) basemapPaths(topology, view(i), DRAW);
    expect(basemapPaths(topology, view(1000), DRAW)).toBe(first);
  });

  it('should let go of the least recently used maps beyond its size, and draw them again the same', () => {
    const a = basemapPaths(topology, view(2000), DRAW);
    const limit = a.land.length + a.borders.length;
    // With room for one map, drawing another evicts the first…
    basemapPaths(topology, view(2001), DRAW, limit);
    const again = basemapPaths(topology, view(2000), DRAW, limit);
    expect(again).not.toBe(a);
    // …which is drawn again identically.
    expect(again).toEqual(a);
  });
});

describe('anchoredDistance', () => {
  it("should give d3's geoDistance to the last bit, for random points and the awkward ones", () => {
    // A small linear congruential generator: the same points on every run.
    let state = 12345;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const points: [number, number][] = [
      [0, 0],
      [180, 0],
      [-180, 0],
      [0, 90],
      [0, -90],
      [179.9999, 89.9999],
      [-179.9999, -89.9999],
      [37.6, 55.75],
      [125.75, 39.02],
    ];
    for (let i = 0; i < 2000; i++) points.push([random() * 360 - 180, random() * 180 - 90]);
    // Beyond ±180 too: d3 takes longitudes as they come.
    for (let i = 0; i < 200; i++) points.push([random() * 720 - 360, random() * 180 - 90]);
    let compared = 0;
    for (let i = 0; i < points.length; i++) {
      const a = points[i] as [number, number];
      // Each point against itself, its antipode and a spread of others.
      const others: [number, number][] = [a, [a[0] + 180, -a[1]], ...points.filter((_, j) => (j * 7 + i) % 23 === 0)];
      for (const b of others) {
        const expected = geoDistance(a, b);
        const got = anchoredDistance(anchorOf(a), anchorOf(b));
        if (!Object.is(got, expected)) expect([a, b, got]).toEqual([a, b, expected]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200_000);
  });
});
