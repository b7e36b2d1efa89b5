import { describe, expect, it } from 'vitest';
import { geoDistance, geoPath } from 'd3-geo';
import {
  arcBounds,
  arcPath,
  arcPoint,
  arcTangent,
  arrowHead,
  fitBounds,
  fitProjection,
  geoCentre,
  legArc,
  placeLabels,
  thinStream,
  type Box,
  type LonLat,
  type XY,
} from '../../../src/lib/geo/index.ts';

const RAD = Math.PI / 180;
const OPTIONS = { width: 960, minHeight: 440, maxHeight: 640, margin: 48, minRadius: 3 };

const CORPORA: Record<string, LonLat[]> = {
  'northern Eurasia': [
    [130.28, 42.26],
    [132.34, 42.88],
    [40.13, 45.85],
    [30.52, 50.45],
  ],
  'across the antimeridian': [
    [131.89, 43.12],
    [-149.9, 61.22],
    [-165.41, 64.5],
    [177.5, 64.73],
  ],
  'the southern hemisphere only': [
    [115.86, -31.95],
    [31.03, -29.86],
    [-58.38, -34.6],
  ],
  'one point': [[37.62, 55.75]],
  'around the world': [
    [-0.13, 51.51],
    [139.69, 35.69],
    [-74.0, 40.71],
    [151.21, -33.87],
    [18.42, -33.92],
  ],
};

function inside([x, y]: readonly number[], box: Box, tolerance = 1e-6): boolean {
  return x !== undefined && y !== undefined && x >= box.x0 - tolerance && x <= box.x1 + tolerance && y >= box.y0 - tolerance && y <= box.y1 + tolerance;
}

describe('the spherical centre of points', () => {
  it('should lie between Vladivostok and Anchorage across the antimeridian, not in the Atlantic', () => {
    const [lon, lat] = geoCentre([
      [131.89, 43.12],
      [-149.9, 61.22],
    ]);
    // The great-circle midpoint is over the Bering Sea region, near 175°E–180°.
    expect(lon > 160 || lon < -170).toBe(true);
    expect(lat).toBeGreaterThan(50);
    expect(Math.abs(geoDistance([lon, lat], [131.89, 43.12]) - geoDistance([lon, lat], [-149.9, 61.22]))).toBeLessThan(1e-9);
  });

  it('should put 179°E and 179°W at 180°, on the equator', () => {
    const [lon, lat] = geoCentre([
      [179, 0],
      [-179, 0],
    ]);
    expect(Math.abs(Math.abs(lon) - 180)).toBeLessThan(1e-9);
    expect(Math.abs(lat)).toBeLessThan(1e-9);
  });

  it('should keep a southern-hemisphere centre in the south', () => {
    const [, lat] = geoCentre(CORPORA['the southern hemisphere only'] ?? []);
    expect(lat).toBeLessThan(-30);
  });

  it('should fall back to the first point for antipodes, and to 0°, 0° for none', () => {
    expect(
      geoCentre([
        [10, 20],
        [-170, -20],
      ]),
    ).toEqual([10, 20]);
    expect(geoCentre([])).toEqual([0, 0]);
  });
});

describe('the fitted projection', () => {
  for (const [name, points] of Object.entries(CORPORA)) {
    it(`should put every point of ${name} inside the extent, margin kept`, () => {
      const { projection, width, height } = fitProjection(points, OPTIONS);
      expect(width).toBe(960);
      expect(height).toBeGreaterThanOrEqual(OPTIONS.minHeight);
      expect(height).toBeLessThanOrEqual(OPTIONS.maxHeight);
      const inner = { x0: OPTIONS.margin, y0: OPTIONS.margin, x1: width - OPTIONS.margin, y1: height - OPTIONS.margin };
      for (const point of points) {
        const xy = projection([point[0], point[1]]);
        expect(xy, `${point.join(',')} projects`).not.toBeNull();
        expect(inside(xy ?? [NaN, NaN], inner, 0.5), `${point.join(',')} → ${xy?.join(',')}`).toBe(true);
      }
    });
  }

  it('should show at least the minimum radius around a single point', () => {
    const { projection } = fitProjection([[37.62, 55.75]], OPTIONS);
    const a = projection([37.62, 55.75]) ?? [0, 0];
    const b = projection([37.62, 55.75 + 2]) ?? [0, 0];
    // 2° of latitude is less than the whole height of a map showing 3° around the point.
    expect(Math.abs(b[1] - a[1])).toBeGreaterThan(50);
    expect(Math.abs(b[1] - a[1])).toBeLessThan(OPTIONS.maxHeight);
  });

  it('should keep north up along the central meridian', () => {
    const { projection } = fitProjection(CORPORA['northern Eurasia'] ?? [], OPTIONS);
    const centre = geoCentre(CORPORA['northern Eurasia'] ?? []);
    const south = projection([centre[0], centre[1] - 5]) ?? [0, 0];
    const north = projection([centre[0], centre[1] + 5]) ?? [0, 0];
    expect(north[1]).toBeLessThan(south[1]);
    expect(Math.abs(north[0] - south[0])).toBeLessThan(1e-6);
  });

  it('should clip geometry to the canvas', () => {
    const { projection, width, height } = fitProjection(CORPORA['northern Eurasia'] ?? [], OPTIONS);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(width);
    expect(y1).toBeLessThanOrEqual(height);
  });
});

describe('curved leg arcs', () => {
  const from: XY = [100, 300];
  const to: XY = [500, 300];

  it('should start and end exactly at the projected ends', () => {
    const arc = legArc(from, to, 0.2);
    expect(arcPoint(arc, 0)).toEqual(from);
    expect(arcPoint(arc, 1)).toEqual(to);
    expect(arcPath(arc)).toMatch(/^M100,300Q[-\d.,]+ 500,300$/);
  });

  it('should bend to the left of travel, so A→B and B→A do not overlap', () => {
    const there = legArc(from, to, 0.2);
    const back = legArc(to, from, 0.2);
    // Travelling east on a y-down canvas, left is up (smaller y).
    expect(there.control[1]).toBeCloseTo(300 - 400 * 0.2, 9);
    expect(back.control[1]).toBeCloseTo(300 + 400 * 0.2, 9);
    expect(arcPoint(there, 0.5)[1]).toBeCloseTo(300 - 40, 9);
  });

  it('should be a straight line at curvature 0', () => {
    const arc = legArc(from, to, 0);
    expect(arc.control).toEqual([300, 300]);
  });

  it('should write path data to a tenth of a pixel', () => {
    expect(arcPath(legArc([0.123, 0.456], [10.987, 20.04], 0.1))).toBe('M0.1,0.5Q7.5,9.2 11,20');
  });

  it('should have a box that holds every point of the curve and touches its extremes', () => {
    const arc = legArc([10, 20], [300, 120], 0.35);
    const box = arcBounds(arc);
    let top = Infinity;
    for (let i = 0; i <= 1000; i++) {
      const p = arcPoint(arc, i / 1000);
      expect(inside(p, box, 1e-9)).toBe(true);
      top = Math.min(top, p[1]);
    }
    expect(top - box.y0).toBeLessThan(1e-3);
  });
});

describe('the arrowhead', () => {
  const arc = legArc([100, 400], [600, 100], 0.25);
  const head = arrowHead(arc, { length: 11, width: 8, inset: 6 });

  it('should sit at the destination end, the inset short of it', () => {
    const distance = Math.hypot(head.tip[0] - 600, head.tip[1] - 100);
    expect(distance).toBeGreaterThan(5.5);
    expect(distance).toBeLessThan(6.5);
  });

  it('should point along the arc where it stands', () => {
    const end = arcTangent(arc, 1);
    expect(Math.abs(head.angle - end)).toBeLessThan(0.05);
    // The tip is ahead of the base: moving along the angle from the base reaches the tip.
    const [tx, ty] = head.tip;
    const base = [tx - Math.cos(head.angle) * 11, ty - Math.sin(head.angle) * 11];
    expect(Math.hypot(600 - base[0]!, 100 - base[1]!)).toBeGreaterThan(Math.hypot(600 - tx, 100 - ty));
  });

  it('should be a closed triangle whose first point is the tip', () => {
    expect(head.path).toMatch(/^M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+Z$/);
    const [x, y] = head.path.slice(1).split('L')[0]!.split(',').map(Number);
    expect(Math.abs(x! - head.tip[0])).toBeLessThanOrEqual(0.05);
    expect(Math.abs(y! - head.tip[1])).toBeLessThanOrEqual(0.05);
  });

  it('should point the same way as the travel on a straight leg', () => {
    const east = arrowHead(legArc([0, 0], [100, 0], 0), { length: 10, width: 6, inset: 5 });
    expect(east.angle).toBeCloseTo(0, 9);
    expect(east.tip[0]).toBeCloseTo(95, 6);
  });
});

describe('refitting to what is drawn', () => {
  it('should scale and move the projection so the drawn box fills the extent', () => {
    const points = CORPORA['northern Eurasia'] ?? [];
    const { projection } = fitProjection(points, OPTIONS);
    const project = (p: LonLat): XY => {
      const q = projection([p[0], p[1]]);
      return [q?.[0] ?? NaN, q?.[1] ?? NaN];
    };
    const xy = points.map(project);
    const box = arcBounds(legArc(xy[2]!, xy[0]!, 0.4));
    const extent = { x0: 48, y0: 48, x1: 912, y1: 592 };
    fitBounds(projection, box, extent);
    const after = points.map(project);
    const refitted = arcBounds(legArc(after[2]!, after[0]!, 0.4));
    expect(inside([refitted.x0, refitted.y0], extent, 1e-6) && inside([refitted.x1, refitted.y1], extent, 1e-6)).toBe(true);
    const fills = Math.max((refitted.x1 - refitted.x0) / (extent.x1 - extent.x0), (refitted.y1 - refitted.y0) / (extent.y1 - extent.y0));
    expect(fills).toBeCloseTo(1, 6);
  });
});

describe('label placement', () => {
  const canvas = { x0: 0, y0: 0, x1: 400, y1: 200 };

  it('should put a label to the right of its node when there is room', () => {
    const [label] = placeLabels([{ x: 100, y: 100, r: 5, text: 'Dunay' }], canvas, { fontSize: 13 });
    expect(label?.anchor).toBe('start');
    expect(label?.box.x0).toBeGreaterThan(105);
  });

  it('should keep a label off an arrowhead beside its node', () => {
    const arrow = { x0: 106, y0: 95, x1: 118, y1: 105 };
    const [label] = placeLabels([{ x: 100, y: 100, r: 5, text: 'Tikhoretsk' }], canvas, { fontSize: 13, obstacles: [arrow] });
    expect(label?.anchor).toBe('end');
    expect(label?.box.x1).toBeLessThan(100);
  });

  it('should flip a label at the right edge to the left, inside the canvas', () => {
    const [label] = placeLabels([{ x: 395, y: 100, r: 5, text: 'Tikhoretsk' }], canvas, { fontSize: 13 });
    expect(label?.anchor).toBe('end');
    expect(label?.box.x1).toBeLessThanOrEqual(400);
  });

  it('should keep the labels of two close nodes apart', () => {
    const labels = placeLabels(
      [
        { x: 200, y: 100, r: 5, text: 'Dunay' },
        { x: 195, y: 112, r: 5, text: 'Rajin' },
      ],
      canvas,
      { fontSize: 13 },
    );
    const [a, b] = labels.map((l) => l.box);
    const overlapX = Math.min(a!.x1, b!.x1) - Math.max(a!.x0, b!.x0);
    const overlapY = Math.min(a!.y1, b!.y1) - Math.max(a!.y0, b!.y0);
    expect(overlapX <= 0 || overlapY <= 0).toBe(true);
  });

  it('should hide an optional label that finds no free spot, but never a required one', () => {
    const items = [
      { x: 200, y: 100, r: 5, text: 'A very long required label here' },
      { x: 200, y: 100, r: 3, text: 'A very long optional label here', optional: true },
    ];
    const [required, optional] = placeLabels(items, { x0: 0, y0: 0, x1: 400, y1: 110 }, { fontSize: 13 });
    expect(required?.hidden).toBe(false);
    expect(optional?.hidden).toBe(true);
  });

  it('should move a label too long for any side back inside the canvas', () => {
    const [label] = placeLabels([{ x: 20, y: 10, r: 4, text: 'Petropavlovsk-Kamchatsky' }], { x0: 0, y0: 0, x1: 160, y1: 40 }, { fontSize: 11 });
    expect(label?.box.x0).toBeGreaterThanOrEqual(0);
    expect(label?.box.x1).toBeLessThanOrEqual(160);
    expect(label?.box.y0).toBeGreaterThanOrEqual(0);
  });
});

describe('thinning projected lines', () => {
  function collect(minDistance: number, lines: [number, number][][], polygon = false): [number, number][][] {
    const out: [number, number][][] = [];
    let current: [number, number][] = [];
    const sink = {
      point: (x: number, y: number) => current.push([x, y]),
      lineStart: () => (current = []),
      lineEnd: () => out.push(current),
      polygonStart: () => undefined,
      polygonEnd: () => undefined,
      sphere: () => undefined,
    };
    const stream = thinStream(minDistance)(sink);
    if (polygon) stream.polygonStart?.();
    for (const line of lines) {
      stream.lineStart();
      for (const [x, y] of line) stream.point(x, y);
      stream.lineEnd();
    }
    if (polygon) stream.polygonEnd?.();
    return out;
  }

  it('should round to a tenth and drop points closer than the minimum, keeping the line’s end', () => {
    const line: [number, number][] = Array.from({ length: 11 }, (_, i) => [i * 0.3 + 0.04, 0.01]);
    const [thin] = collect(1, [line]);
    expect(thin?.[0]).toEqual([0, 0]);
    expect(thin?.at(-1)).toEqual([3, 0]);
    for (let i = 1; i < (thin?.length ?? 0) - 1; i++) expect(Math.hypot(thin![i]![0] - thin![i - 1]![0], thin![i]![1] - thin![i - 1]![1])).toBeGreaterThanOrEqual(1);
    expect(thin?.length).toBeLessThan(line.length);
  });

  it('should drop a ring that shrinks below three points', () => {
    const rings = collect(
      1,
      [
        [
          [0, 0],
          [0.2, 0],
          [0.2, 0.2],
        ],
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
      ],
      true,
    );
    expect(rings).toHaveLength(1);
  });
});

describe('radians sanity', () => {
  it('should agree with d3 on a degree', () => {
    expect(geoDistance([0, 0], [1, 0])).toBeCloseTo(RAD, 12);
  });
});
