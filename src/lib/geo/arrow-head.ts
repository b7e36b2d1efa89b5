// The arrowhead of a leg: a triangle whose tip stops `inset` short of the
// destination (outside its node's circle) and which points along the curve there.
import { arcPoint } from './arc-point.ts';
import { arcTangent } from './arc-tangent.ts';
import { roundTenth } from './round.ts';
import type { QuadArc, XY } from './types.ts';

export interface ArrowOptions {
  /** From the tip to the base, in SVG units. */
  length: number;
  /** Width of the base. */
  width: number;
  /** Distance from the destination point to the tip, measured along the curve. */
  inset: number;
}

export interface ArrowHead {
  tip: XY;
  /** The triangle's corners: tip, left and right of the base. */
  corners: [XY, XY, XY];
  /** Direction the arrow points, radians on the y-down canvas. */
  angle: number;
  /** Closed SVG path of the triangle. */
  path: string;
}

/** Approximate the parameter `inset` units before the end by walking back along the curve. */
function parameterBeforeEnd(arc: QuadArc, inset: number): number {
  const steps = 64;
  let travelled = 0;
  let previous = arc.to;
  for (let i = steps - 1; i >= 0; i--) {
    const t = i / steps;
    const point = arcPoint(arc, t);
    const step = Math.hypot(point[0] - previous[0], point[1] - previous[1]);
    if (travelled + step >= inset) return t + ((travelled + step - inset) / Math.max(step, 1e-12)) / steps;
    travelled += step;
    previous = point;
  }
  return 0;
}

export function arrowHead(arc: QuadArc, options: ArrowOptions): ArrowHead {
  const t = parameterBeforeEnd(arc, options.inset);
  const tip = arcPoint(arc, t);
  const angle = arcTangent(arc, t);
  const back: XY = [tip[0] - Math.cos(angle) * options.length, tip[1] - Math.sin(angle) * options.length];
  const half = options.width / 2;
  const left: XY = [back[0] + Math.sin(angle) * half, back[1] - Math.cos(angle) * half];
  const right: XY = [back[0] - Math.sin(angle) * half, back[1] + Math.cos(angle) * half];
  const xy = (p: XY) => `${roundTenth(p[0])},${roundTenth(p[1])}`;
  return { tip, corners: [tip, left, right], angle, path: `M${xy(tip)}L${xy(left)}L${xy(right)}Z` };
}
