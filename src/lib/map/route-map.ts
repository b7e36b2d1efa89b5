// The SVG model of a route map: every coordinate the component writes, computed
// from a map scope. Projection fitted to the places shown, legs as curved arcs
// with arrowheads, node labels placed clear of each other, and the base map cut
// to the canvas. Pure: the atlas comes in as a function.
import type { GeoProjection } from 'd3-geo';
import {
  arcBounds,
  arcPath,
  arcPoint,
  arrowHead,
  atlasResolution,
  basemapPaths,
  fitBounds,
  fitProjection,
  legArc,
  placeLabels,
  roundTenth,
  type AtlasResolution,
  type AtlasTopology,
  type Box,
  type LabelPlacement,
  type QuadArc,
  type XY,
} from '../geo/index.ts';
import type { MapLeg, MapPlace, MapScope } from './map-scope.ts';

export type MapMode = 'interactive' | 'static';

export interface MapPreset {
  width: number;
  minHeight: number;
  maxHeight: number;
  /** Kept free around the drawing, for labels. */
  margin: number;
  /** Degrees around the centre shown at least. */
  minRadius: number;
  fontSize: number;
  /** Radius of a leg end, and of a place only mentioned. */
  nodeRadius: number;
  placeRadius: number;
  /** How far legs bend (control point offset as a share of the chord). */
  curvature: number;
  /** A short leg bends at least this many units, so that it shows as a hop rather than a dot. */
  minBend: number;
  arrow: { length: number; width: number };
  /** Base map simplification: square pixels, and pixels between kept points. */
  minArea: number;
  /** Pixels per degree above which the 1:50m atlas replaces 1:110m. */
  coarseAbove: number;
  minDistance: number;
}

export const MAP_PRESETS: Record<MapMode, MapPreset> = {
  interactive: {
    width: 960,
    minHeight: 440,
    maxHeight: 640,
    margin: 48,
    minRadius: 3,
    fontSize: 13,
    nodeRadius: 5,
    placeRadius: 3.5,
    curvature: 0.2,
    minBend: 22,
    arrow: { length: 11, width: 8 },
    minArea: 1.5,
    minDistance: 1,
    coarseAbove: 4,
  },
  static: {
    width: 360,
    minHeight: 200,
    maxHeight: 280,
    margin: 24,
    minRadius: 4,
    fontSize: 11,
    nodeRadius: 4,
    placeRadius: 3,
    curvature: 0.2,
    minBend: 14,
    arrow: { length: 8, width: 6 },
    // A locator shows where, not the coastline: small islands and sub-3-pixel wiggles go.
    minArea: 12,
    minDistance: 3,
    // A locator shows where, not the coastline: 1:110m holds up to about a pixel per quarter degree.
    coarseAbove: 8,
  },
};

export interface RouteMapLeg {
  leg: MapLeg;
  arc: QuadArc;
  d: string;
  arrow: string;
}

export interface RouteMapNode {
  place: MapPlace;
  x: number;
  y: number;
  r: number;
  label: LabelPlacement;
}

export interface RouteMapModel {
  width: number;
  height: number;
  resolution: AtlasResolution;
  land: string;
  borders: string;
  legs: RouteMapLeg[];
  /** Leg ends, then places only mentioned. */
  nodes: RouteMapNode[];
  /** Everything drawn but labels, for checks. */
  bounds: Box;
}

function union(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** Legs between the same two places bend further apart, so none hides another. */
function curvatures(legs: readonly MapLeg[], base: number): number[] {
  const seen = new Map<string, number>();
  return legs.map((leg) => {
    const key = [leg.from.place.id, leg.to.place.id].sort().join('|');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return base * (1 + 0.75 * Math.floor(n / 2));
  });
}

function draw(scope: MapScope, projection: GeoProjection, preset: MapPreset) {
  const xy = new Map<string, XY>();
  for (const place of scope.places) {
    const p = projection([place.lon, place.lat]);
    if (p) xy.set(place.id, [p[0], p[1]]);
  }
  const bend = curvatures(scope.legs, preset.curvature);
  const legs = scope.legs.flatMap((leg, i) => {
    const from = xy.get(leg.from.place.id);
    const to = xy.get(leg.to.place.id);
    if (!from || !to) return [];
    const chord = Math.hypot(to[0] - from[0], to[1] - from[1]);
    const curvature = Math.min(1, Math.max(bend[i] ?? preset.curvature, preset.minBend / Math.max(chord, 1e-9)));
    const arc = legArc(from, to, curvature);
    const arrow = arrowHead(arc, { ...preset.arrow, inset: preset.nodeRadius + 1 });
    return [{ leg, arc, d: arcPath(arc), arrow: arrow.path, corners: arrow.corners, box: arcBounds(arc) }];
  });
  const boxes: Box[] = [...legs.map((l) => l.box)];
  for (const place of scope.places) {
    const p = xy.get(place.id);
    const r = place.onRoute ? preset.nodeRadius : preset.placeRadius;
    if (p) boxes.push({ x0: p[0] - r, y0: p[1] - r, x1: p[0] + r, y1: p[1] + r });
  }
  return { xy, legs, bounds: union(boxes) };
}

/** Small boxes along a leg, and its arrowhead's box: where labels should not go. */
function legObstacles(arc: QuadArc, corners: readonly XY[]): Box[] {
  const boxes: Box[] = [union(corners.map(([x, y]) => ({ x0: x, y0: y, x1: x, y1: y })))];
  const length = Math.hypot(arc.to[0] - arc.from[0], arc.to[1] - arc.from[1]);
  const steps = Math.min(200, Math.max(2, Math.ceil(length / 12)));
  for (let i = 1; i < steps; i++) {
    const [x, y] = arcPoint(arc, i / steps);
    boxes.push({ x0: x - 2, y0: y - 2, x1: x + 2, y1: y + 2 });
  }
  return boxes;
}

export function routeMapModel(scope: MapScope, atlas: (resolution: AtlasResolution) => AtlasTopology, mode: MapMode = 'interactive'): RouteMapModel {
  const preset = MAP_PRESETS[mode];
  const points = scope.places.map((place) => [place.lon, place.lat] as const);
  const { projection, width, height } = fitProjection(points, preset);
  const inner: Box = { x0: preset.margin, y0: preset.margin, x1: width - preset.margin, y1: height - preset.margin };
  // Fit what is drawn, curves included, then draw again: arcs scale with the map.
  let drawn = draw(scope, projection, preset);
  if (scope.legs.length > 0 || scope.places.length > 1) {
    fitBounds(projection, drawn.bounds, inner);
    drawn = draw(scope, projection, preset);
  }
  const resolution = atlasResolution(projection, preset.coarseAbove);
  const { land, borders } = basemapPaths(atlas(resolution), projection, preset);
  const nodes = scope.places.flatMap((place) => {
    const p = drawn.xy.get(place.id);
    return p ? [{ place, x: roundTenth(p[0]), y: roundTenth(p[1]), r: place.onRoute ? preset.nodeRadius : preset.placeRadius }] : [];
  });
  const labels = placeLabels(
    nodes.map((node) => ({ x: node.x, y: node.y, r: node.r, text: node.place.name, optional: !node.place.onRoute })),
    { x0: 2, y0: 2, x1: width - 2, y1: height - 2 },
    { fontSize: preset.fontSize, obstacles: drawn.legs.flatMap((leg) => legObstacles(leg.arc, leg.corners)) },
  );
  return {
    width,
    height,
    resolution,
    land,
    borders,
    legs: drawn.legs.map(({ leg, arc, d, arrow }) => ({ leg, arc, d, arrow })),
    nodes: nodes.map((node, i) => ({ ...node, label: labels[i] as LabelPlacement })),
    bounds: drawn.bounds,
  };
}

/** Models already made, per scope object and mode (and the atlas they were made from). */
const models = new WeakMap<MapScope, Map<MapMode, { atlas: (resolution: AtlasResolution) => AtlasTopology; model: RouteMapModel }>>();

/**
 * routeMapModel, remembered for as long as its scope object lives. A page's views (and
 * the scopes in them) are computed once for both languages, which Astro renders a whole
 * route apart, so the second language reuses the first one's model instead of fitting,
 * drawing and labelling the same map again. The model is read, never changed.
 */
export function sharedRouteMapModel(scope: MapScope, atlas: (resolution: AtlasResolution) => AtlasTopology, mode: MapMode = 'interactive'): RouteMapModel {
  let byMode = models.get(scope);
  if (!byMode) models.set(scope, (byMode = new Map()));
  const known = byMode.get(mode);
  if (known && known.atlas === atlas) return known.model;
  const model = routeMapModel(scope, atlas, mode);
  byMode.set(mode, { atlas, model });
  return model;
}
