// Browser test: on the route map, hovering, focusing or clicking a leg shows its
// panel (origin → destination, mode, and the citing sources linked to their
// paragraphs); without JavaScript the map is all there and a leg leads to its row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../helpers/browser.ts';
import { startSeedSite, type SeedSite } from '../helpers/seed-site.ts';

const TIMEOUT = 180_000;

describe.skipIf(!chromiumAvailable())('the route map in a real browser', () => {
  let site: SeedSite;

  beforeAll(async () => {
    site = await startSeedSite('briefing-e2e-map-');
  }, TIMEOUT);

  afterAll(async () => site?.close());

  const open = (path: string, javaScript = true): Promise<Page> => site.open(path, { javaScript });

  /** The rail leg (the longest on the seeds' map) and the screen point halfway along its line. */
  async function railLeg(page: Page) {
    const leg = page.locator('a.leg.leg-rail').first();
    const point = await leg.evaluate((element) => {
      const line = element.querySelector('path.leg-line') as SVGPathElement;
      const p = line.getPointAtLength(line.getTotalLength() / 2);
      const m = line.getScreenCTM() as DOMMatrix;
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
    });
    const panel = page.locator(`[id="${await leg.getAttribute('data-panel')}"]`);
    return { leg, point, panel };
  }

  it('shows a leg’s origin → destination, mode and citing sources on hover, and hides them after', async () => {
    const page = await open('/map/');
    const { point, panel } = await railLeg(page);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = await panel.innerText();
    expect(text).toMatch(/Dunay → Tikhoretsk/);
    expect(text).toMatch(/Rail/);
    const sources = panel.locator('a[href*="/sources/"]');
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await sources.first().getAttribute('href')).toMatch(/\/sources\/[^/]+\/#p\d+$/);
    await page.mouse.move(5, 5);
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.context().close();
  }, TIMEOUT);

  it('shows the same panel when the leg gets keyboard focus, and hides it with Escape', async () => {
    const page = await open('/map/');
    const { leg, panel } = await railLeg(page);
    expect(await leg.getAttribute('aria-label')).toMatch(/Dunay to Tikhoretsk, by rail/);
    // Tab from the checkbox before the map until the rail leg has focus.
    await page.locator('.map-places-toggle').focus();
    for (let i = 0; i < 30 && !(await leg.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await leg.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.innerText()).toMatch(/Dunay → Tikhoretsk/);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.context().close();
  }, TIMEOUT);

  it('pins the panel on click until Escape, without leaving the page', async () => {
    const page = await open('/map/');
    const { point, panel } = await railLeg(page);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    expect(await panel.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.context().close();
  }, TIMEOUT);

  it('zooms with its buttons', async () => {
    const page = await open('/map/');
    const zoomIn = page.locator('.map-zoom button[data-zoom="in"]');
    await expect.poll(() => zoomIn.isVisible()).toBe(true);
    await zoomIn.click();
    expect(await page.locator('.map-viewport').getAttribute('transform')).toMatch(/scale\(1\.6\)/);
    await page.locator('.map-zoom button[data-zoom="reset"]').click();
    expect(await page.locator('.map-viewport').getAttribute('transform')).toMatch(/scale\(1\)/);
    await page.context().close();
  }, TIMEOUT);

  it('dims the legs outside a period chosen on the timeline strip', async () => {
    const page = await open('/map/');
    const period = page.locator('fieldset.map-timeline input[type="radio"][value="2023-09"]');
    await expect.poll(() => period.isEnabled()).toBe(true);
    await period.check({ force: true });
    await expect.poll(() => page.locator('a.leg.leg-rail').getAttribute('class')).toMatch(/is-dimmed/);
    expect(await page.locator('a.leg.leg-sea').getAttribute('class')).not.toMatch(/is-dimmed/);
    await page.locator('fieldset.map-timeline input[value=""]').check();
    await expect.poll(() => page.locator('a.leg.leg-rail').getAttribute('class')).not.toMatch(/is-dimmed/);
    await page.context().close();
  }, TIMEOUT);

  it('is complete without JavaScript: the map, its legend and table are there, and a leg leads to its row', async () => {
    const page = await open('/map/', false);
    expect(await page.locator('svg.map-svg a.leg').count()).toBe(2);
    expect(await page.locator('table.map-table tr[data-leg]').count()).toBe(2);
    // The toggle hides the other places with CSS alone.
    const layer = page.locator('svg.map-svg .layer-places');
    expect(await layer.isVisible()).toBe(true);
    await page.locator('.map-places-toggle').uncheck();
    expect(await layer.isVisible()).toBe(false);
    const { leg } = await railLeg(page);
    const href = (await leg.getAttribute('href')) ?? '';
    await leg.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/map/${href}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('TR');
    await page.context().close();
  }, TIMEOUT);

  it('loads without console errors or failed requests', () => {
    expect(site.errors).toEqual([]);
  });
});
