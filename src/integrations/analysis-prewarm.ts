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

export function analysisPrewarm(): AstroIntegration {
  let started = 0;
  return {
    name: 'briefing:analysis-prewarm',
    hooks: {
      // As early as a build can: the worker also runs while Astro syncs the content
      // collections (this build's ingest has finished before `astro build` starts).
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || process.env['BRIEFING_PREWARM'] === 'off') return;
        started = performance.now();
        const key = new Promise<string | null>((resolve) => {
          let stored: string | null = null;
          // Its output is not shown: the build reports any problem with the content itself.
          const worker = new Worker(new URL('../analysis/prewarm-worker.ts', import.meta.url), { workerData: { contentDir: contentDir(), cacheDir: cacheDir() }, stdout: true, stderr: true });
          // Not unref'd: the site awaits it, and an unref'd worker would let the process
          // exit while it waits.
          worker.stdout.resume();
          worker.stderr.resume();
          worker.on('message', (message: { key?: unknown }) => {
            if (typeof message.key === 'string') stored = message.key;
          });
          worker.on('error', (error) => logger.debug(`analysis worker failed: ${error.message}`));
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
