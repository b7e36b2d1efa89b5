// SVG path data of a curved arc, to a tenth of a pixel.
import { roundTenth } from './round.ts';
import type { QuadArc } from './types.ts';

/** `M x0 y0 Q cx cy x1 y1` for `arc`. */
export function arcPath(arc: QuadArc): string {
  const [a, b, c] = [arc.from, arc.control, arc.to].map(([x, y]) => `${roundTenth(x)},${roundTenth(y)}`);
  return `M${a}Q${b} ${c}`;
}
