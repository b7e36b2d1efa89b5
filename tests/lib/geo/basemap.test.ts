// The base map cache: a page's two languages are rendered a whole route apart, so the
// cache must hold a route's worth of maps (it once held 256 and drew every map twice).
import { describe, expect, it } from 'vitest';
import { basemapPaths, fitProjection, type LonLat } from '../../../src/lib/geo/index.ts';
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
