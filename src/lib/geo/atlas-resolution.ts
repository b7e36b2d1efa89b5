// Which Natural Earth scale the map needs: 1:110m is detailed to about a quarter
// of a degree, enough up to a few pixels per degree; closer maps take 1:50m.
import type { GeoProjection } from 'd3-geo';

export type AtlasResolution = '110m' | '50m';

/** Pixels per degree above which 1:110m looks coarse. */
export const COARSE_PX_PER_DEGREE = 4;

/** The atlas for `projection`; a small map may accept coarser coastlines (a higher `coarseAbove`). */
export function atlasResolution(projection: GeoProjection, coarseAbove = COARSE_PX_PER_DEGREE): AtlasResolution {
  const pxPerDegree = (projection.scale() * Math.PI) / 180;
  return pxPerDegree > coarseAbove ? '50m' : '110m';
}
