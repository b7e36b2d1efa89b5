// A route leg drawn as a curve: a quadratic Bézier whose control point stands off
// the chord's midpoint, to the left of the direction of travel, by `curvature`
// times the chord's length. Legs A→B and B→A therefore bend to opposite sides, and
// scaling the map scales the curve with it.
import type { QuadArc, XY } from './types.ts';

/** The curved arc from `from` to `to`; `curvature` 0 is a straight line. */
export function legArc(from: XY, to: XY, curvature: number): QuadArc {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  // (dy, -dx) is the chord turned a quarter to the left on a y-down canvas.
  const control: XY = [(from[0] + to[0]) / 2 + dy * curvature, (from[1] + to[1]) / 2 - dx * curvature];
  return { from, control, to };
}
