// The thread that draws base maps ahead of the pages (src/lib/map/basemap-prefetch.ts):
// for each scope it is sent, the base map routeMapModel would draw, with what names it.
import { parentPort } from 'node:worker_threads';
import { atlasTopology } from './atlas.ts';
import type { BasemapReply } from './basemap-prefetch.ts';
import type { MapScope } from './map-scope.ts';
import { routeMapBasemap, type MapMode } from './route-map.ts';

parentPort?.on('message', ({ job, scope, mode }: { job: number; scope: MapScope; mode: MapMode }) => {
  let reply: BasemapReply;
  try {
    reply = { job, drawn: routeMapBasemap(scope, atlasTopology, mode) };
  } catch (error) {
    reply = { job, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
