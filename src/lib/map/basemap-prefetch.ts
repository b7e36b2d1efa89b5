// Base maps drawn ahead of the pages, on a second thread. A base map is most of the
// cost of a locator map (the atlas's land and borders near the places, through the
// projection, clipped and thinned: about 2.5 ms each, 9.4 s of a cold build of 4,000
// articles, which draws 3,706 of them), and pages render on one thread while the
// machine's other core idles. A page's view (src/lib/source-page.ts, topic-page.ts) is
// computed for its incremental-build key before any page renders; it hands its locator
// to prefetchBasemap, and the worker (src/lib/map/basemap-worker.ts) draws it from a copy
// of the scope while the build goes on. The map component then takes the drawing
// (src/lib/map/route-map.ts, routeMapModelFor) if the worker fitted the same projection
// (it runs the same code on the same numbers, so it does; the check makes sure), and
// draws it itself otherwise. Only `astro build` has a worker: src/integrations/basemap-prefetch.ts
// names its file in BASEMAP_WORKER_ENV; elsewhere (tests, the dev server) nothing is
// prefetched and maps are drawn as they render.
import { Worker } from 'node:worker_threads';
import type { MapScope } from './map-scope.ts';
import type { DrawnBasemap, MapMode } from './route-map.ts';

/** The environment variable that names the worker's file: set, base maps are prefetched. */
export const BASEMAP_WORKER_ENV = 'BRIEFING_BASEMAP_WORKER';

/** The worker's heap bound in MB: it holds the atlas and one map at a time. */
const WORKER_HEAP_MB = 256;

/** What the worker answers for each scope it is sent. */
export interface BasemapReply {
  job: number;
  drawn?: DrawnBasemap;
  error?: string;
}

/** How many base maps went to the worker, how many pages used, and how many were drawn again (another projection). */
export interface PrefetchStats {
  sent: number;
  used: number;
  redrawn: number;
}

/**
 * The build's figures, on the global object: the pages' copy of this module (bundled by
 * Vite) and the integration's (src/integrations/basemap-prefetch.ts, which reports them)
 * are two instances of it in one process.
 */
export function prefetchStats(): PrefetchStats {
  const global = globalThis as { [STATS]?: PrefetchStats };
  return (global[STATS] ??= { sent: 0, used: 0, redrawn: 0 });
}
const STATS = Symbol.for('briefing.basemapPrefetch');

/** Undefined: not started yet; null: none (not wanted, or it failed). */
let worker: Worker | null | undefined;
const waiting = new Map<number, (drawn: DrawnBasemap | null) => void>();
let nextId = 0;
const jobs = new WeakMap<MapScope, Map<MapMode, Promise<DrawnBasemap | null>>>();

function stop(): void {
  worker = null;
  for (const resolve of waiting.values()) resolve(null);
  waiting.clear();
}

function start(): Worker | null {
  const file = process.env[BASEMAP_WORKER_ENV];
  if (!file) return null;
  try {
    const started = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    started.on('message', (reply: BasemapReply) => {
      const resolve = waiting.get(reply.job);
      waiting.delete(reply.job);
      resolve?.(reply.drawn ?? null);
      // Held open only while it owes a drawing: an idle worker never keeps the build running.
      if (waiting.size === 0) started.unref();
    });
    // A worker that fails only costs the drawings it owed: the pages draw them.
    started.on('error', stop);
    started.on('exit', stop);
    started.unref();
    return started;
  } catch {
    return null;
  }
}

/** Has the worker draw the base map of `scope`'s map in `mode`, if there is a worker. */
export function prefetchBasemap(scope: MapScope, mode: MapMode): void {
  if (worker === undefined) worker = start();
  if (!worker) return;
  let byMode = jobs.get(scope);
  if (!byMode) jobs.set(scope, (byMode = new Map()));
  if (byMode.has(mode)) return;
  const job = nextId++;
  try {
    worker.postMessage({ job, scope, mode });
  } catch {
    // A scope that cannot be copied to the worker is drawn by its page.
    return;
  }
  worker.ref();
  prefetchStats().sent++;
  byMode.set(mode, new Promise((resolve) => waiting.set(job, resolve)));
}

/** The drawing prefetched for `scope` in `mode` (null if the worker failed), once: later calls get undefined. */
export function takePrefetchedBasemap(scope: MapScope, mode: MapMode): Promise<DrawnBasemap | null> | undefined {
  const byMode = jobs.get(scope);
  const job = byMode?.get(mode);
  if (job) byMode?.delete(mode);
  return job;
}
