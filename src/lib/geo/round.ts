// SVG coordinates are written to a tenth of a pixel: finer detail is invisible and
// only makes the page heavier.

/** `value` rounded to one decimal. */
export function roundTenth(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}
