// Points and directions along a curved arc (the quadratic Bézier's formulas).
import type { QuadArc, XY } from './types.ts';

/** The point at parameter `t` (0 at the origin, 1 at the destination). */
export function arcPoint(arc: QuadArc, t: number): XY {
  const u = 1 - t;
  return [
    u * u * arc.from[0] + 2 * u * t * arc.control[0] + t * t * arc.to[0],
    u * u * arc.from[1] + 2 * u * t * arc.control[1] + t * t * arc.to[1],
  ];
}
