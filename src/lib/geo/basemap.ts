// The base map behind the routes: land and country borders from a Natural Earth
// TopoJSON (world-atlas), simplified to the scale shown, clipped to the canvas by
// the projection's clip extent and thinned to the pixel, as SVG path data. Only
// what lies inside the map reaches the page.
import { geoCentroid, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { thinStream } from './thin-stream.ts';

/** A world-atlas `countries-*.json` topology: `countries` and `land` objects. */
export type AtlasTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

export interface BasemapOptions {
  /** Triangles smaller than this many square pixels are simplified away. */
  minArea: number;
  /** Points closer than this many pixels to the previous one are dropped. */
  minDistance: number;
}

export interface Basemap {
  land: string;
  borders: string;
}

/** A point's longitude in radians and its latitude's sine and cosine: what a distance from it reads. */
interface Anchor {
  lambda: number;
  sinPhi: number;
  cosPhi: number;
}

const RADIANS = Math.PI / 180;

export function anchorOf([lon, lat]: readonly [number, number]): Anchor {
  return { lambda: lon * RADIANS, sinPhi: Math.sin(lat * RADIANS), cosPhi: Math.cos(lat * RADIANS) };
}

/**
 * d3's `geoDistance(a, b)` from the two points' anchors: d3-geo's formula for a line of
 * two points, in its order of operations, so it gives the same number (a test compares
 * them), without the stream and the compensated sum d3 sets up for every call. Written
 * here because d3 has no distance from prepared points; in a build of 1,000 articles,
 * culling the base maps' pieces spent 0.67 s in geoDistance.
 */
export function anchoredDistance(a: Anchor, b: Anchor): number {
  const delta = Math.abs(b.lambda - a.lambda);
  const cosDelta = Math.cos(delta);
  const sinDelta = Math.sin(delta);
  const x = b.cosPhi * sinDelta;
  const y = a.cosPhi * b.sinPhi - a.sinPhi * b.cosPhi * cosDelta;
  const z = a.sinPhi * b.sinPhi + a.cosPhi * b.cosPhi * cosDelta;
  return Math.atan2(Math.sqrt(x * x + y * y), z);
}

/** A piece of geometry with a spherical cap (centre, radius in radians) holding it, for culling. */
interface Piece<T> {
  coordinates: T;
  centre: Anchor;
  radius: number;
}

interface Level {
  land: Piece<Position[][]>[];
  borders: Piece<Position[]>[];
}

/** A cap around `points`; a half-sphere or more means "anywhere", since such a cap no longer bounds the arcs between them. */
function cap<T>(coordinates: T, points: readonly Position[], centre: [number, number]): Piece<T> {
  const from = anchorOf(centre);
  let radius = 0;
  for (const [lon = 0, lat = 0] of points) radius = Math.max(radius, anchoredDistance(from, anchorOf([lon, lat])));
  return { coordinates, centre: from, radius: radius >= Math.PI / 2 ? Math.PI : radius };
}

/** Per topology: its presimplified form, and its pieces at each level of detail used so far. */
const cache = new WeakMap<AtlasTopology, { weighted: AtlasTopology; levels: Map<number, Level> }>();

/**
 * The atlas simplified to about `minWeight` steradians. Weights are rounded to
 * a power of two, so a build with many maps simplifies the atlas a few times, not once per map.
 */
function atLevel(topology: AtlasTopology, minWeight: number): Level {
  let entry = cache.get(topology);
  if (!entry) {
    entry = { weighted: presimplify(topology, sphericalTriangleArea), levels: new Map() };
    cache.set(topology, entry);
  }
  const level = Math.round(Math.log2(minWeight));
  let pieces = entry.levels.get(level);
  if (!pieces) {
    const simple = simplify(entry.weighted, 2 ** level);
    const land = feature(simple, simple.objects.land);
    const polygons = land.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : []));
    const borders = mesh(simple, simple.objects.countries, (a, b) => a !== b).coordinates;
    pieces = {
      land: polygons.map((polygon) => cap(polygon, polygon[0] ?? [], geoCentroid({ type: 'Polygon', coordinates: polygon }) as [number, number])),
      borders: borders.map((line) => cap(line, line, geoCentroid({ type: 'LineString', coordinates: line }) as [number, number])),
    };
    pieces.land.sort((a, b) => a.radius - b.radius);
    entry.levels.set(level, pieces);
  }
  return pieces;
}

/** The cap of the sphere the canvas shows: its centre and the farthest point of its edge. */
function viewCap(projection: GeoProjection): { centre: Anchor; radius: number } {
  const extent = projection.clipExtent() ?? [
    [0, 0],
    [960, 600],
  ];
  const [[x0, y0], [x1, y1]] = extent;
  const middle = projection.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]);
  if (!middle) return { centre: anchorOf([0, 0]), radius: Math.PI };
  const centre = anchorOf(middle);
  let radius = 0;
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const fx = x0 + ((x1 - x0) * i) / steps;
    const fy = y0 + ((y1 - y0) * i) / steps;
    for (const point of [
      [fx, y0],
      [fx, y1],
      [x0, fy],
      [x1, fy],
    ] as [number, number][]) {
      const lonLat = projection.invert?.(point);
      // A canvas corner off the globe: the view may hold anything.
      if (!lonLat || !Number.isFinite(lonLat[0]) || !Number.isFinite(lonLat[1])) return { centre, radius: Math.PI };
      radius = Math.max(radius, anchoredDistance(centre, anchorOf(lonLat)));
    }
  }
  return { centre, radius: radius * 1.05 + 0.01 };
}

/**
 * How much base map text is kept per topology, in characters. Pages with the same
 * places share a base map, and so do a page's two languages, which Astro renders a
 * whole route apart (every English source page, then every Indonesian one): the cache
 * must hold a route's worth of maps, about 7 KB each (26 MB for the 4,000-article
 * benchmark corpus), or it draws each map twice.
 */
export const BASEMAP_CACHE_CHARS = 64 * 1024 * 1024;
const basemapCache = new WeakMap<AtlasTopology, { maps: Map<string, Basemap>; chars: number }>();

const basemapChars = (basemap: Basemap) => basemap.land.length + basemap.borders.length;

/**
 * The base map for a projection, from a least-recently-used cache keyed by everything
 * the drawing reads of the projection (it is a pure function of them).
 */
export function basemapPaths(topology: AtlasTopology, projection: GeoProjection, options: BasemapOptions, limit = BASEMAP_CACHE_CHARS): Basemap {
  const key = JSON.stringify([options.minArea, options.minDistance, projection.rotate(), projection.center(), projection.scale(), projection.translate(), projection.clipExtent(), projection.precision(), projection.clipAngle() ?? null]);
  let cache = basemapCache.get(topology);
  if (!cache) basemapCache.set(topology, (cache = { maps: new Map(), chars: 0 }));
  const { maps } = cache;
  const hit = maps.get(key);
  if (hit) {
    maps.delete(key);
    maps.set(key, hit);
    return hit;
  }
  const basemap = drawBasemap(topology, projection, options);
  maps.set(key, basemap);
  cache.chars += basemapChars(basemap);
  for (const [oldest, map] of maps) {
    if (cache.chars <= limit || oldest === key) break;
    maps.delete(oldest);
    cache.chars -= basemapChars(map);
  }
  return basemap;
}

function drawBasemap(topology: AtlasTopology, projection: GeoProjection, options: BasemapOptions): Basemap {
  // Near the centre of an azimuthal equal-area projection, one steradian covers scale² square pixels.
  const scale = projection.scale();
  const level = atLevel(topology, options.minArea / (scale * scale));
  // Only pieces whose cap meets the view's go through the projection.
  const view = viewCap(projection);
  const near = <T>(piece: Piece<T>) => piece.radius >= Math.PI || view.radius >= Math.PI || anchoredDistance(view.centre, piece.centre) <= view.radius + piece.radius;
  const land: MultiPolygon = { type: 'MultiPolygon', coordinates: level.land.filter(near).map((piece) => piece.coordinates) };
  const borders: MultiLineString = { type: 'MultiLineString', coordinates: level.borders.filter(near).map((piece) => piece.coordinates) };
  const thin = thinStream(options.minDistance);
  const path = geoPath({ stream: (sink: GeoStream) => projection.stream(thin(sink)) }).digits(1);
  return { land: path(land) ?? '', borders: path(borders) ?? '' };
}
