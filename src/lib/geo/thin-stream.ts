// A geometry stream filter for projected coordinates: rounds each point to a tenth
// of a pixel and drops points closer than `minDistance` to the last one kept, so
// coastlines carry no detail smaller than a pixel. Lines left with fewer than two
// points, and rings with fewer than four, are dropped whole.
import type { GeoStream } from 'd3-geo';
import { roundTenth } from './round.ts';

export function thinStream(minDistance: number): (sink: GeoStream) => GeoStream {
  return (sink) => {
    let line: [number, number][] | null = null;
    let lastSeen: [number, number] | null = null;
    let inPolygon = false;
    return {
      point(x, y) {
        const p: [number, number] = [roundTenth(x), roundTenth(y)];
        if (!line) {
          sink.point(p[0], p[1]);
          return;
        }
        const last = line.at(-1);
        if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= minDistance) line.push(p);
        lastSeen = p;
      },
      lineStart() {
        line = [];
      },
      lineEnd() {
        const points = line ?? [];
        line = null;
        // An open line keeps its real end; a ring closes on its first point anyway.
        const last = points.at(-1);
        if (!inPolygon && lastSeen && last && (last[0] !== lastSeen[0] || last[1] !== lastSeen[1])) points.push(lastSeen);
        lastSeen = null;
        // A polygon's ring comes unclosed from d3's clipping; three distinct points make a ring.
        if (points.length < (inPolygon ? 3 : 2)) return;
        sink.lineStart();
        for (const [x, y] of points) sink.point(x, y);
        sink.lineEnd();
      },
      polygonStart() {
        inPolygon = true;
        sink.polygonStart();
      },
      polygonEnd() {
        inPolygon = false;
        sink.polygonEnd();
      },
      sphere() {
        sink.sphere?.();
      },
    };
  };
}
