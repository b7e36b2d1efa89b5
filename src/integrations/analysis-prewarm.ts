// Runs the site's analysis (extraction and cross-source linking) in a worker thread
// while Astro syncs the content and bundles the site, instead of after. Bundling takes seconds in which the
// main thread mostly waits on the bundler's native threads; the analysis then takes
// seconds of its own before the first page renders (4 s of a cold build of 1,000
// articles, 17 s at 4,000; 3 s after a one-article edit at 1,000). The worker stores
// the analysis in the build's cache under the digest of what it read; the site model
// (src/lib/briefing.ts) waits for it, computes its own digest from the articles
// collection and reads the analysis back when the two agree. When they do not (a file
// the worker read differently, a worker that failed), the site analyses as before: the
// result never depends on the worker, only the time does. `BRIEFING_PREWARM=off`
// turns it off.
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { cacheDir, contentDir } from '../lib/site-config.ts';
import { preparedAnalysisUsed, startPreparedAnalysis } from './prepared-analysis.ts';

/**
 * The worker's old-generation heap, in MB. Its heap adds to the build's while the site
 * syncs and bundles; bounded, it is collected harder instead of growing: at 4,000
 * articles the build's peak was 2.7 GB without a bound and 2.2 GB with this one (1.9 GB
 * with no worker). A corpus whose analysis needs more stops the worker, and the build
 * analyses itself as without it.
 */
const WORKER_HEAP_MB = 512;

/**
 * Below this V8 cannot even start the worker's isolate, and that failure ends the
 * whole process instead of the worker (2 MB did, here).
 */
const MIN_WORKER_HEAP_MB = 16;

/** The bound, or `BRIEFING_PREWARM_HEAP_MB` when that is a whole number of MB, at least the minimum. */
function workerHeapMb(): number {
  const value = Number(process.env['BRIEFING_PREWARM_HEAP_MB']);
  return Number.isInteger(value) && value >= MIN_WORKER_HEAP_MB ? value : WORKER_HEAP_MB;
}

export function analysisPrewarm(): AstroIntegration {
  let started = 0;
  return {
    name: 'briefing:analysis-prewarm',
    hooks: {
      // As early as a build can: the worker also runs while Astro syncs the content
      // collections (this build's ingest has finished before `astro build` starts).
      // Started at build:start instead, it saved little on a rebuild after an edit
      // (1,000 articles: 11.6 s against 11.9 s without it; 10.5 s from here).
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || process.env['BRIEFING_PREWARM'] === 'off') return;
        started = performance.now();
        const key = new Promise<string | null>((resolve) => {
          let stored: string | null = null;
          // Its output is not shown: the build reports any problem with the content itself.
          const worker = new Worker(new URL('../analysis/prewarm-worker.ts', import.meta.url), {
            workerData: { contentDir: contentDir(), cacheDir: cacheDir() },
            stdout: true,
            stderr: true,
            resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() },
          });
          // Not unref'd: the site awaits it, and an unref'd worker would let the process
          // exit while it waits.
          worker.stdout.resume();
          worker.stderr.resume();
          worker.on('message', (message: { key?: unknown }) => {
            if (typeof message.key === 'string') stored = message.key;
          });
          worker.on('error', (error: Error & { code?: string }) => {
            // Out of its heap: worth knowing (the build is slower). Anything else is a
            // problem with the content, which the build itself reports.
            if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') logger.info(`the analysis worker ran out of its ${workerHeapMb()} MB heap; the build analyses itself`);
            else logger.debug(`the analysis worker stopped: ${error.message}`);
          });
          worker.on('exit', () => {
            logger.debug(`analysis prepared in ${Math.round(performance.now() - started)} ms`);
            resolve(stored);
          });
        });
        startPreparedAnalysis(key);
      },
      'astro:build:done': ({ logger }) => {
        const used = preparedAnalysisUsed();
        if (used === true) logger.info('analysis prepared while the site was bundled');
        else if (used === false) logger.info('analysis prepared while bundling not used: it read other inputs than the articles collection gave');
      },
    },
  };
}
