// Shapes shared by the map geometry helpers: points on the sphere, points on the
// SVG canvas, boxes and curved arcs. Types only.

/** A point on the sphere: longitude then latitude, in degrees (GeoJSON order). */
export type LonLat = readonly [lon: number, lat: number];

/** A point in SVG user units (x right, y down). */
export type XY = readonly [x: number, y: number];

/** An axis-aligned box in SVG user units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A quadratic Bézier from `from` to `to`, bent through `control`. */
export interface QuadArc {
  from: XY;
  control: XY;
  to: XY;
}
