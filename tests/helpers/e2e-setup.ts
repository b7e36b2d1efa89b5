// Vitest global setup of the `e2e` project (vitest.config.ts): the seeds' site is built
// and served once, and one Chromium runs as a browser server, for all files in
// tests/e2e/ (each runs in its own worker and connects to it; see seed-site.ts).
// Vitest runs a project's global setup only when the run includes its files, so a run
// of other tests builds nothing. Without Chromium (outside CI) nothing is started and
// the browser tests skip themselves.
import type { TestProject } from 'vitest/node';
import { chromiumAvailable } from './browser.ts';
import { buildSeedSite, type SeedSiteHandle } from './seed-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    briefingSeedSite: SeedSiteHandle | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!chromiumAvailable()) {
    project.provide('briefingSeedSite', null);
    return async () => {};
  }
  const site = await buildSeedSite();
  project.provide('briefingSeedSite', { url: site.url, out: site.out, content: site.content, wsEndpoint: site.wsEndpoint });
  return () => site.close();
}
