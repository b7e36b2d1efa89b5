// Labels beside map nodes. Each label tries the usual cartographic positions
// (right, left, above, below, then the diagonals) and takes the first that stays
// inside the canvas and clear of the labels and nodes already placed; in the
// order given, so put the most important nodes first. Text width is estimated
// from the number of characters, since no font is measured at build time.
import type { Box } from './types.ts';

export interface LabelInput {
  x: number;
  y: number;
  /** Radius of the node the label belongs to. */
  r: number;
  text: string;
  /** An optional label is dropped rather than overlap another. */
  optional?: boolean;
}

export interface LabelPlacement {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** True when an optional label found no free spot. */
  hidden: boolean;
}

export interface LabelOptions {
  fontSize: number;
  /** Average glyph width as a fraction of the font size. */
  charWidth?: number;
  /** Gap between node and label. */
  gap?: number;
  /** Things a label had better not cover (arrowheads, stretches of the legs). */
  obstacles?: readonly Box[];
}

const POSITIONS = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
] as const;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(box: Box, canvas: Box): number {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  const inW = Math.max(0, Math.min(box.x1, canvas.x1) - Math.max(box.x0, canvas.x0));
  const inH = Math.max(0, Math.min(box.y1, canvas.y1) - Math.max(box.y0, canvas.y0));
  return w * h - inW * inH;
}

/** Moves a label that sticks out of the canvas back inside it (a long name at the edge). */
function clamp(placement: LabelPlacement, canvas: Box): LabelPlacement {
  const { box } = placement;
  const dx = box.x0 < canvas.x0 ? canvas.x0 - box.x0 : box.x1 > canvas.x1 ? canvas.x1 - box.x1 : 0;
  const dy = box.y0 < canvas.y0 ? canvas.y0 - box.y0 : box.y1 > canvas.y1 ? canvas.y1 - box.y1 : 0;
  if (dx === 0 && dy === 0) return placement;
  return { ...placement, x: placement.x + dx, y: placement.y + dy, box: { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy } };
}

export function placeLabels(items: readonly LabelInput[], canvas: Box, options: LabelOptions): LabelPlacement[] {
  const { fontSize } = options;
  const charWidth = options.charWidth ?? 0.58;
  const gap = options.gap ?? 3;
  const obstacles = options.obstacles ?? [];
  const nodes: Box[] = items.map((item) => ({ x0: item.x - item.r, y0: item.y - item.r, x1: item.x + item.r, y1: item.y + item.r }));
  const placed: Box[] = [];
  return items.map((item, index) => {
    const width = item.text.length * fontSize * charWidth;
    const ascent = fontSize * 0.75;
    const descent = fontSize * 0.25;
    let best: { placement: LabelPlacement; cost: number } | null = null;
    for (const [dx, dy] of POSITIONS) {
      const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
      const x = item.x + dx * (item.r + gap);
      // Baseline: centred on the node for side positions, clear of it above and below.
      const y = dy === 0 ? item.y + (ascent - descent) / 2 : dy < 0 ? item.y - item.r - gap - descent : item.y + item.r + gap + ascent;
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      const box: Box = { x0, y0: y - ascent, x1: x0 + width, y1: y + descent };
      const cost =
        outside(box, canvas) * 1000 +
        placed.reduce((sum, other) => sum + overlap(box, other), 0) * 10 +
        nodes.reduce((sum, node, other) => sum + (other === index ? 0 : overlap(box, node)), 0) +
        obstacles.reduce((sum, obstacle) => sum + overlap(box, obstacle), 0) * 3;
      if (!best || cost < best.cost) best = { placement: { x, y, anchor, box, hidden: false }, cost };
      if (cost === 0) break;
    }
    const chosen = clamp((best as { placement: LabelPlacement; cost: number }).placement, canvas);
    if (best && best.cost > 0 && item.optional) return { ...chosen, hidden: true };
    placed.push(chosen.box);
    return chosen;
  });
}
