// Browser test: citation marks show the cited paragraph on hover and on keyboard
// focus, and lead to the paragraph itself; without JavaScript the link still works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { makeWorkspace, projectRoot, runBuild, runIngest, type Workspace } from '../helpers/build-site.ts';
import { chromiumAvailable, launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const TIMEOUT = 180_000;

describe.skipIf(!chromiumAvailable())('citation marks in a real browser', () => {
  let ws: Workspace;
  let server: StaticServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    ws = await makeWorkspace('briefing-e2e-');
    for (const name of await readdir(join(projectRoot, 'seeds'))) await copyFile(join(projectRoot, 'seeds', name), join(ws.seeds, name));
    const out = join(ws.root, 'out');
    expect((await runIngest(ws)).code).toBe(0);
    const build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache') });
    expect(build.code, build.stderr).toBe(0);
    server = await serveStatic(out);
    browser = await launchBrowser();
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ws?.cleanup();
  });

  async function open(path: string, javaScript = true): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`${path}: failed ${request.url()}`));
    await page.goto(`${server.url}${path}`);
    return page;
  }

  it('shows the cited paragraph, with the cited sentence marked, on hover', async () => {
    const page = await open('/');
    const mark = page.locator('a[data-cite]').first();
    await mark.hover();
    const preview = page.locator('#cite-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    const n = await mark.getAttribute('data-cite');
    expect(await preview.innerText()).toBe(await page.locator(`#cite-${n}`).innerText());
    expect(await preview.locator('mark').count()).toBeGreaterThan(0);
    await page.mouse.move(0, 0);
    await expect.poll(() => preview.isVisible()).toBe(false);
    await page.context().close();
  }, TIMEOUT);

  it('shows the preview on keyboard focus and hides it with Escape', async () => {
    const page = await open('/');
    const mark = page.locator('a[data-cite]').first();
    await mark.focus();
    const preview = page.locator('#cite-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);
    await page.context().close();
  }, TIMEOUT);

  it('leads to the cited paragraph, with JavaScript and without', async () => {
    for (const javaScript of [true, false]) {
      const page = await open('/', javaScript);
      const mark = page.locator('a[data-cite]').first();
      const href = (await mark.getAttribute('href')) ?? '';
      await mark.click();
      await page.waitForURL(`**${href}`);
      const anchor = href.split('#')[1] ?? '';
      expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
      await page.context().close();
    }
  }, TIMEOUT);

  it('loads without console errors or failed requests', () => {
    expect(errors).toEqual([]);
  });
});
