// The exact box of a curved arc: its ends, and on each axis the one turning point
// a quadratic Bézier can have there (where its derivative is zero).
import { arcPoint } from './arc-point.ts';
import type { Box, QuadArc } from './types.ts';

export function arcBounds(arc: QuadArc): Box {
  const ts = [0, 1];
  for (const axis of [0, 1] as const) {
    const denominator = arc.from[axis] - 2 * arc.control[axis] + arc.to[axis];
    if (Math.abs(denominator) > 1e-12) {
      const t = (arc.from[axis] - arc.control[axis]) / denominator;
      if (t > 0 && t < 1) ts.push(t);
    }
  }
  const points = ts.map((t) => arcPoint(arc, t));
  return {
    x0: Math.min(...points.map((p) => p[0])),
    y0: Math.min(...points.map((p) => p[1])),
    x1: Math.max(...points.map((p) => p[0])),
    y1: Math.max(...points.map((p) => p[1])),
  };
}
