// Map geometry: pure functions from points on the sphere to SVG coordinates and
// path data. The map components only bind their results to SVG elements.
export type { Box, LonLat, QuadArc, XY } from './types.ts';
export { geoCentre } from './centre.ts';
export { fitProjection, type FitOptions, type FittedProjection } from './fit-projection.ts';
export { fitBounds } from './fit-bounds.ts';
export { legArc } from './arc.ts';
export { arcPath } from './arc-path.ts';
export { arcPoint } from './arc-point.ts';
export { arcTangent } from './arc-tangent.ts';
export { arcBounds } from './arc-bounds.ts';
export { arrowHead, type ArrowHead, type ArrowOptions } from './arrow-head.ts';
export { placeLabels, type LabelInput, type LabelOptions, type LabelPlacement } from './place-labels.ts';
export { roundTenth } from './round.ts';
export { thinStream } from './thin-stream.ts';
export { basemapPaths, type AtlasTopology, type Basemap, type BasemapOptions } from './basemap.ts';
export { atlasResolution, COARSE_PX_PER_DEGREE, type AtlasResolution } from './atlas-resolution.ts';
