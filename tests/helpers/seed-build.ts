// The seeds' site built and served once for the browser tests: ingest the seeds and
// `astro build` into a scratch folder, serve it on 127.0.0.1, and run one Chromium as a
// browser server the test files connect to. Used by the e2e global setup
// (tests/helpers/e2e-setup.ts), and by a test file run without it. No vitest imports:
// the global setup runs this in vitest's main process.
import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserServer } from 'playwright-core';
import { makeWorkspace, projectRoot, runBuild, runIngest } from './build-site.ts';
import { launchBrowserServer } from './browser.ts';
import { serveStatic } from './static-server.ts';

/** What the test files need to reach the shared site and browser. */
export interface SeedSiteHandle {
  /** `http://127.0.0.1:<port>`, serving `out`. */
  url: string;
  /** The built site's folder. */
  out: string;
  /** The content folder it was built from (`articles/*.mdx` ingested from the seeds). */
  content: string;
  /** The browser server's endpoint, for `chromium.connect`. */
  wsEndpoint: string;
}

export interface BuiltSeedSite extends SeedSiteHandle {
  close(): Promise<void>;
}

/** Builds the seeds' site into a scratch folder, serves it and starts a browser server. */
export async function buildSeedSite(prefix = 'briefing-e2e-'): Promise<BuiltSeedSite> {
  const ws = await makeWorkspace(prefix);
  let browser: BrowserServer | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  try {
    for (const name of await readdir(join(projectRoot, 'seeds'))) await copyFile(join(projectRoot, 'seeds', name), join(ws.seeds, name));
    const out = join(ws.root, 'out');
    const ingest = await runIngest(ws);
    if (ingest.code !== 0) throw new Error(`ingest of the seeds failed:\n${ingest.stderr}`);
    const build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache') });
    if (build.code !== 0) throw new Error(`build of the seed site failed:\n${build.stdout}\n${build.stderr}`);
    server = await serveStatic(out);
    browser = await launchBrowserServer();
    const [url, wsEndpoint, stop] = [server.url, browser.wsEndpoint(), server.close];
    const started = browser;
    return {
      url,
      out,
      content: ws.content,
      wsEndpoint,
      async close() {
        await started.close();
        await stop();
        await ws.cleanup();
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    await ws.cleanup();
    throw error;
  }
}
