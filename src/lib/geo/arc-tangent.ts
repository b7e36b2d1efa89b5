// The direction of travel along a curved arc.
import type { QuadArc } from './types.ts';

/** The angle, in radians on the y-down canvas, of the arc's direction at parameter `t`. */
export function arcTangent(arc: QuadArc, t: number): number {
  const u = 1 - t;
  const dx = 2 * u * (arc.control[0] - arc.from[0]) + 2 * t * (arc.to[0] - arc.control[0]);
  const dy = 2 * u * (arc.control[1] - arc.from[1]) + 2 * t * (arc.to[1] - arc.control[1]);
  return Math.atan2(dy, dx);
}
