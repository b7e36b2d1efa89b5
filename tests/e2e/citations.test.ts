// Browser test: citation marks show the cited paragraph on hover and on keyboard
// focus, and lead to the paragraph itself; without JavaScript the link still works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../helpers/browser.ts';
import { startSeedSite, type SeedSite } from '../helpers/seed-site.ts';

const TIMEOUT = 180_000;

describe.skipIf(!chromiumAvailable())('citation marks in a real browser', () => {
  let site: SeedSite;

  beforeAll(async () => {
    site = await startSeedSite('briefing-e2e-');
  }, TIMEOUT);

  afterAll(async () => site?.close());

  const open = (path: string, javaScript = true): Promise<Page> => site.open(path, { javaScript });

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
    expect(site.errors).toEqual([]);
  });
});
