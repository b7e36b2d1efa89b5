// The centre of points on the sphere, as the direction of the mean of their unit
// vectors: unlike an average of longitudes it does not jump at ±180° (179°E and
// 179°W average to 180°, not 0°), and it weighs the poles correctly.
import type { LonLat } from './types.ts';

const RAD = Math.PI / 180;

/** The spherical centre of `points`; the first point when they cancel out (antipodes), [0, 0] when there are none. */
export function geoCentre(points: readonly LonLat[]): LonLat {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon, lat] of points) {
    const cosLat = Math.cos(lat * RAD);
    x += cosLat * Math.cos(lon * RAD);
    y += cosLat * Math.sin(lon * RAD);
    z += Math.sin(lat * RAD);
  }
  const norm = Math.hypot(x, y, z);
  if (points.length === 0) return [0, 0];
  if (norm < 1e-9 * points.length) return points[0] as LonLat;
  return [Math.atan2(y, x) / RAD, Math.asin(Math.max(-1, Math.min(1, z / norm))) / RAD];
}
