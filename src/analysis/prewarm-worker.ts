// A worker thread the build starts while Astro bundles the site (a few seconds in
// which the main thread waits on the bundler's native threads): it reads the content
// folder as the articles collection does and runs the site's analysis, which stores
// itself in the build's cache. The site then reads it back instead of analysing,
// provided it read the same inputs (the cache key says so). See
// src/integrations/analysis-prewarm.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { readArticleSources } from './extract-content.ts';
import { analyseSite } from './site-analysis.ts';

const { contentDir, cacheDir } = workerData as { contentDir: string; cacheDir: string };
const { key } = analyseSite(await readArticleSources(contentDir), contentDir, cacheDir);
parentPort?.postMessage({ key });
