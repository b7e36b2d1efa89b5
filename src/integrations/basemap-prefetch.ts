// Gives a cold `astro build` a thread that draws the locator maps' base maps ahead of the
// pages (src/lib/map/basemap-prefetch.ts) by naming the worker's file in the environment
// the pages read. `BRIEFING_MAP_PREFETCH=off` draws every base map as its page renders;
// the output is the same either way (tests/site/build.test.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BASEMAP_WORKER_ENV, prefetchStats } from '../lib/map/basemap-prefetch.ts';

/** Where Astro's incremental build keeps what the last build rendered, in its cache folder. */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

export function basemapPrefetch(): AstroIntegration {
  return {
    name: 'briefing:basemap-prefetch',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // Only a build with no last build to reuse renders every page. A rebuild renders
        // the few pages an edit reaches, but every page's view is still computed for its key,
        // and the worker would draw every locator's base map for nothing (3,706 of them,
        // about 17 s of the second core's time at 4,000 articles).
        const cold = !config.experimental?.incrementalBuild || !existsSync(join(fileURLToPath(config.cacheDir), INCREMENTAL_MANIFEST));
        if (command !== 'build' || !cold || process.env['BRIEFING_MAP_PREFETCH'] === 'off') {
          delete process.env[BASEMAP_WORKER_ENV];
          return;
        }
        process.env[BASEMAP_WORKER_ENV] = fileURLToPath(new URL('../lib/map/basemap-worker.ts', import.meta.url));
      },
      'astro:build:done': ({ logger }) => {
        const { sent, used, redrawn } = prefetchStats();
        if (sent > 0) logger.info(`${used} of ${sent} locator base maps drawn ahead of their pages${redrawn > 0 ? ` (${redrawn} drawn again for another projection)` : ''}`);
      },
    },
  };
}
