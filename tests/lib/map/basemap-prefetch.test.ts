// Base maps drawn ahead on a worker thread (src/lib/map/basemap-prefetch.ts): a page
// given the worker's drawing makes the model it would have made itself; a scope that no
// longer fits the drawing, a missing worker or a failing one only cost the time.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadBriefingData } from '../../../src/analysis/load-data.ts';
import { buildBriefing } from '../../../src/analysis/model.ts';
import { atlasTopology } from '../../../src/lib/map/atlas.ts';
import { BASEMAP_WORKER_ENV, prefetchStats } from '../../../src/lib/map/basemap-prefetch.ts';
import { drawnScope, locatorScope, mapScope, type MapScope } from '../../../src/lib/map/map-scope.ts';
import { routeMapModel } from '../../../src/lib/map/route-map.ts';
import { seedArticles } from '../../helpers/seed-articles.ts';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));
const workerFile = fileURLToPath(new URL('../../../src/lib/map/basemap-worker.ts', import.meta.url));
const seeds = buildBriefing([...seedArticles().values()], loadBriefingData(contentDir));

/** Each seed's locator, as its source page makes it (those with places). */
const locators = (): MapScope[] =>
  seeds.articles.map((article) => drawnScope(locatorScope(mapScope(seeds, (citation) => citation.article === article.id, [article.id])))).filter((scope) => scope.places.length > 0);

/** Fresh copies of the modules, reading the environment as it is now. */
async function freshModules() {
  vi.resetModules();
  const prefetch = await import('../../../src/lib/map/basemap-prefetch.ts');
  const routeMap = await import('../../../src/lib/map/route-map.ts');
  return { ...prefetch, ...routeMap };
}

/** The change in the build's prefetch figures while `run` runs. */
async function statsDuring(run: () => Promise<void>) {
  const before = { ...prefetchStats() };
  await run();
  const after = prefetchStats();
  return { sent: after.sent - before.sent, used: after.used - before.used, redrawn: after.redrawn - before.redrawn };
}

const saved = process.env[BASEMAP_WORKER_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[BASEMAP_WORKER_ENV];
  else process.env[BASEMAP_WORKER_ENV] = saved;
});

describe('base maps drawn ahead', () => {
  it('should give each page the model it would make itself, from the worker’s drawing', async () => {
    process.env[BASEMAP_WORKER_ENV] = workerFile;
    const { prefetchBasemap, routeMapModelFor } = await freshModules();
    const scopes = locators();
    expect(scopes.length).toBeGreaterThan(1);
    const whole = mapScope(seeds);
    const stats = await statsDuring(async () => {
      for (const scope of scopes) prefetchBasemap(scope, 'static');
      prefetchBasemap(whole, 'interactive');
      // Asked twice: sent once.
      prefetchBasemap(whole, 'interactive');
      for (const scope of scopes) {
        const model = await routeMapModelFor(scope, atlasTopology, 'static');
        expect(model).toEqual(routeMapModel(scope, atlasTopology, 'static'));
        // The page's other language: the same model.
        expect(await routeMapModelFor(scope, atlasTopology, 'static')).toBe(model);
      }
      expect(await routeMapModelFor(whole, atlasTopology, 'interactive')).toEqual(routeMapModel(whole, atlasTopology, 'interactive'));
    });
    expect(stats).toEqual({ sent: scopes.length + 1, used: scopes.length + 1, redrawn: 0 });
  });

  it('should draw again when the scope changed after it was sent', async () => {
    process.env[BASEMAP_WORKER_ENV] = workerFile;
    const { prefetchBasemap, routeMapModelFor } = await freshModules();
    const [scope] = locators();
    const stats = await statsDuring(async () => {
      prefetchBasemap(scope!, 'static');
      // The worker drew from a copy of the scope as it was sent.
      const place = scope!.places[0] as { lon: number };
      place.lon += 7;
      expect(await routeMapModelFor(scope!, atlasTopology, 'static')).toEqual(routeMapModel(scope!, atlasTopology, 'static'));
    });
    expect(stats).toEqual({ sent: 1, used: 0, redrawn: 1 });
  });

  it('should send nothing without a worker, and draw on the page', async () => {
    delete process.env[BASEMAP_WORKER_ENV];
    const { prefetchBasemap, routeMapModelFor, takePrefetchedBasemap } = await freshModules();
    const [scope] = locators();
    const stats = await statsDuring(async () => {
      prefetchBasemap(scope!, 'static');
      expect(takePrefetchedBasemap(scope!, 'static')).toBeUndefined();
      expect(await routeMapModelFor(scope!, atlasTopology, 'static')).toEqual(routeMapModel(scope!, atlasTopology, 'static'));
    });
    expect(stats).toEqual({ sent: 0, used: 0, redrawn: 0 });
  });

  describe('a worker that fails', () => {
    let dir = '';
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('should leave the drawing to the pages', async () => {
      dir = await mkdtemp(join(tmpdir(), 'briefing-basemap-'));
      const broken = join(dir, 'broken-worker.mjs');
      await writeFile(broken, "throw new Error('this worker cannot start');\n");
      process.env[BASEMAP_WORKER_ENV] = broken;
      const { prefetchBasemap, routeMapModelFor } = await freshModules();
      const scopes = locators();
      const stats = await statsDuring(async () => {
        for (const scope of scopes) prefetchBasemap(scope, 'static');
        for (const scope of scopes) expect(await routeMapModelFor(scope, atlasTopology, 'static')).toEqual(routeMapModel(scope, atlasTopology, 'static'));
      });
      expect(stats.used).toBe(0);
      expect(stats.redrawn).toBe(0);
    });
  });
});
