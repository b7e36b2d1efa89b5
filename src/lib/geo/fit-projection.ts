// The map's projection: azimuthal equal-area centred on the data (so areas compare
// fairly, north is up along the central meridian, and the view stays continuous
// across the antimeridian and the equator), scaled to show every point with a margin.
import { geoAzimuthalEqualArea, geoCircle, geoPath, type GeoProjection } from 'd3-geo';
import type { GeometryCollection } from 'geojson';
import { geoCentre } from './centre.ts';
import type { LonLat } from './types.ts';

export interface FitOptions {
  /** Canvas width in SVG units. */
  width: number;
  /** Bounds of the canvas height: it follows the data's shape between them. */
  minHeight: number;
  maxHeight: number;
  /** Space kept free on every side, for labels. */
  margin: number;
  /** Degrees shown around the centre at least, so one point or a close cluster still has context. */
  minRadius: number;
}

export interface FittedProjection {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** A projection rotated to the centre of `points` and fitted to them inside a canvas of `options.width`. */
export function fitProjection(points: readonly LonLat[], options: FitOptions): FittedProjection {
  const centre = geoCentre(points);
  const object: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: [
      { type: 'MultiPoint', coordinates: points.map(([lon, lat]) => [lon, lat]) },
      geoCircle().center([centre[0], centre[1]]).radius(options.minRadius)(),
    ],
  };
  const { width, margin } = options;
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).precision(0.2);
  // First fit the width alone, to learn the data's shape, then choose the height from it.
  projection.fitWidth(width - 2 * margin, object);
  const [[, y0], [, y1]] = geoPath(projection).bounds(object);
  const height = Math.round(Math.min(options.maxHeight, Math.max(options.minHeight, y1 - y0 + 2 * margin)));
  projection.fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    object,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}
