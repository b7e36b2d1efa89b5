// The seeds' site in a real browser, for end-to-end tests: ingest and build into a
// scratch folder, serve it on 127.0.0.1, launch Debian's Chromium, and open pages
// that record console errors, page errors and failed requests.
import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { makeWorkspace, projectRoot, runBuild, runIngest, type Workspace } from './build-site.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SeedSite {
  /** Opens a page; JavaScript can be turned off to test the page as HTML alone. */
  open(path: string, options?: { javaScript?: boolean }): Promise<Page>;
  /** Console errors, page errors and failed requests seen so far, with the page's path. */
  errors: string[];
  close(): Promise<void>;
}

export async function startSeedSite(prefix: string): Promise<SeedSite> {
  const ws: Workspace = await makeWorkspace(prefix);
  for (const name of await readdir(join(projectRoot, 'seeds'))) await copyFile(join(projectRoot, 'seeds', name), join(ws.seeds, name));
  const out = join(ws.root, 'out');
  const ingest = await runIngest(ws);
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  const build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache') });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
  const server: StaticServer = await serveStatic(out);
  const browser: Browser = await launchBrowser();
  const errors: string[] = [];
  return {
    errors,
    async open(path, { javaScript = true } = {}) {
      const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1280, height: 1000 } });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
      page.on('requestfailed', (request) => errors.push(`${path}: failed ${request.url()}`));
      await page.goto(`${server.url}${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await ws.cleanup();
    },
  };
}
