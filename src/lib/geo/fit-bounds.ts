// Scales and moves a fitted projection so that everything drawn (nodes, curved
// arcs, arrowheads), whose box `bounds` is in the current projection, sits inside
// `extent`. Arcs bend in proportion to their length, so after this change they are
// the same shapes scaled: drawn again, they fit.
import type { GeoProjection } from 'd3-geo';
import type { Box } from './types.ts';

export function fitBounds(projection: GeoProjection, bounds: Box, extent: Box): GeoProjection {
  const width = Math.max(bounds.x1 - bounds.x0, 1e-9);
  const height = Math.max(bounds.y1 - bounds.y0, 1e-9);
  const k = Math.min((extent.x1 - extent.x0) / width, (extent.y1 - extent.y0) / height);
  // Centre the content in the extent after scaling by k about the origin.
  const dx = (extent.x0 + extent.x1) / 2 - (k * (bounds.x0 + bounds.x1)) / 2;
  const dy = (extent.y0 + extent.y1) / 2 - (k * (bounds.y0 + bounds.y1)) / 2;
  const [tx, ty] = projection.translate();
  return projection.scale(projection.scale() * k).translate([tx * k + dx, ty * k + dy]);
}
