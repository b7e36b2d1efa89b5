// A worker thread the build starts while Astro bundles the site (a few seconds in
// which the main thread waits on the bundler's native threads): it reads the content
// folder as the articles collection does and runs the site's analysis, which stores
// itself in the build's cache. The site then reads it back instead of analysing,
// provided it read the same inputs (the cache key says so). See
// src/integrations/analysis-prewarm.ts.
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { contentDir, cacheDir } = workerData as { contentDir: string; cacheDir: string };
// V8's code cache and Node's stripped TypeScript of the analysis modules, kept with the
// build's caches (as ingest keeps its own): loading them took 0.32–0.37 s, 0.22 s from
// the cache, and the site waits for this worker after an edit. The modules are imported
// after it is enabled, so they are compiled through it.
enableCompileCache(join(cacheDir, 'node-compile-cache'));
const [{ readArticleSources }, { analyseSite }] = await Promise.all([import('./extract-content.ts'), import('./site-analysis.ts')]);
const { key } = analyseSite(await readArticleSources(contentDir), contentDir, cacheDir);
parentPort?.postMessage({ key });
