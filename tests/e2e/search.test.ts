// Browser test: the search page finds an article by a word of its Indonesian body, on
// the English and on the Indonesian interface, with the page's CSP enforced (Pagefind
// loads by dynamic import and runs WebAssembly); results link to the source page; a
// `?q=` address searches on load; without JavaScript the page says search needs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../helpers/browser.ts';
import { cspViolations, startSeedSite, type SeedSite } from '../helpers/seed-site.ts';
import { probeWord, type Probe } from '../helpers/seed-words.ts';

const TIMEOUT = 180_000;

describe.skipIf(!chromiumAvailable())('search in a real browser', () => {
  let site: SeedSite;
  let probe: Probe;

  beforeAll(async () => {
    site = await startSeedSite('briefing-e2e-search-');
    probe = probeWord(site.content);
  }, TIMEOUT);

  afterAll(async () => site?.close());

  /** The result links shown once the status reports a search. */
  async function results(page: Page): Promise<string[]> {
    const list = page.locator('[data-search-results] li a');
    await expect.poll(() => list.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    return list.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  }

  for (const prefix of ['', '/id'] as const) {
    it(`finds the article by a word of its body as the reader types, on ${prefix}/search/, and leads to its source page`, async () => {
      const before = site.errors.length;
      const page = await site.open(`${prefix}/search/`);
      await page.locator('#search-query').fill(probe.word);
      const found = await results(page);
      const source = `${prefix}/sources/${probe.article}/`;
      expect(found).toContain(source);
      expect(await page.locator('[data-search-status]').innerText()).toMatch(new RegExp(probe.word));
      // The excerpt marks the word.
      const excerpt = page.locator('[data-search-results] li', { has: page.locator(`a[href$="${source}"]`) }).locator('mark');
      expect((await excerpt.allInnerTexts()).map((text) => text.toLowerCase())).toContain(probe.word);
      await page.locator(`[data-search-results] a[href$="${source}"]`).first().click();
      await page.waitForURL(`**${source}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(prefix === '/id' ? 'id' : 'en');
      expect((await page.locator('main').innerText()).toLowerCase()).toContain(probe.word);
      // Pagefind's script, worker and WebAssembly ran under the page's CSP.
      expect(await cspViolations(page)).toEqual([]);
      expect(site.errors.slice(before)).toEqual([]);
      await page.context().close();
    }, TIMEOUT);

    it(`searches on load with ?q= on ${prefix}/search/`, async () => {
      const page = await site.open(`${prefix}/search/?q=${encodeURIComponent(probe.word)}`);
      expect(await results(page)).toContain(`${prefix}/sources/${probe.article}/`);
      expect(await page.locator('#search-query').inputValue()).toBe(probe.word);
      expect(await page.locator('[data-search-nojs]').isVisible()).toBe(false);
      await page.context().close();
    }, TIMEOUT);
  }

  it('submitting the form keeps the query in the address', async () => {
    const page = await site.open('/search/');
    await page.locator('#search-query').fill(probe.word);
    await page.locator('#search-query').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(probe.word);
    expect(await results(page)).toContain(`/sources/${probe.article}/`);
    await page.context().close();
  }, TIMEOUT);

  it('says that search needs JavaScript, with links to the indexes, when it is off', async () => {
    for (const prefix of ['', '/id']) {
      const page = await site.open(`${prefix}/search/?q=${encodeURIComponent(probe.word)}`, { javaScript: false });
      const note = page.locator('[data-search-nojs]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.locator('a').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-search-results] li').count()).toBe(0);
      await page.context().close();
    }
  }, TIMEOUT);

  it('loads without console errors or failed requests', () => {
    expect(site.errors).toEqual([]);
  });
});
