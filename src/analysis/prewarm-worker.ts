// A worker thread the build starts while Astro bundles the site (a few seconds in
// which the main thread waits on the bundler's native threads): it reads the content
// folder as the articles collection does and runs the site's analysis, then hands it
// to the build serialized, its bytes transferred rather than copied; the build uses it
// provided it read the same inputs (the key says so) and stores it in the cache. The
// findings of the sentence texts are stored after, while the site goes on. See
// src/integrations/analysis-prewarm.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { readArticleSources } from './extract-content.ts';
import { prepareSiteAnalysis } from './site-analysis.ts';

const { contentDir, cacheDir } = workerData as { contentDir: string; cacheDir: string };
const { analysis, storeFindings } = prepareSiteAnalysis(await readArticleSources(contentDir), contentDir, cacheDir);
// Only memory of its own can be transferred (a small Buffer may share Node's pool).
const own = analysis.bytes.byteOffset === 0 && analysis.bytes.byteLength === analysis.bytes.buffer.byteLength;
const bytes = own ? analysis.bytes : new Uint8Array(analysis.bytes);
parentPort?.postMessage({ key: analysis.key, bytes, stored: analysis.stored }, [bytes.buffer as ArrayBuffer]);
storeFindings();
