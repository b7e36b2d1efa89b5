// Browser test: one page of each type, in English and in Indonesian, loads with no
// console error, no failed request and no Content-Security-Policy violation; the CSP
// the page declares is enforced (an injected inline script does not run); and with
// JavaScript off every page still shows its heading and text, with citation marks as
// plain links to the cited paragraphs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable } from '../helpers/browser.ts';
import { pageTypes, type PageUnderTest } from '../helpers/page-types.ts';
import { cspViolations, startSeedSite, type SeedSite } from '../helpers/seed-site.ts';

const TIMEOUT = 180_000;

describe.skipIf(!chromiumAvailable())('every page type in a real browser', () => {
  let site: SeedSite;
  let pages: PageUnderTest[];
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;

  beforeAll(async () => {
    site = await startSeedSite('briefing-e2e-pages-');
    pages = pageTypes(site.out);
    withJs = await site.newContext();
    withoutJs = await site.newContext({ javaScript: false });
  }, TIMEOUT);

  afterAll(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await site?.close();
  });

  /** Opens `path` in a fresh tab of `context`; with JavaScript, waits until its requests have settled. */
  async function load(context: BrowserContext, path: string, settle = true): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(`${site.url}${path}`, { waitUntil: settle ? 'networkidle' : 'load' });
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /** Runs `check` over the pages four tabs at a time (they mostly wait on the network). */
  async function eachPage(check: (page: PageUnderTest) => Promise<void>): Promise<void> {
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await check(next);
      }),
    );
  }

  it('loads each page with no console error, failed request or CSP violation, and declares a CSP', async () => {
    const before = site.errors.length;
    const seen: string[] = [];
    await eachPage(async ({ path, locale }) => {
      const page = await load(withJs, path);
      expect(await page.locator('html').getAttribute('lang'), path).toBe(locale);
      const csp = await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content');
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      for (const violation of await cspViolations(page)) seen.push(`${path}: ${violation}`);
      await page.close();
    });
    // The recorder names the page of each console error, failed request or HTTP error.
    expect([...seen, ...site.errors.slice(before)]).toEqual([]);
  }, TIMEOUT);

  it('enforces the CSP: an injected inline script and an inline style attribute are refused', async () => {
    const page = await load(withJs, pages[0]?.path ?? '/');
    const before = site.errors.length;
    const outcome = await page.evaluate(async () => {
      const flags = window as unknown as { __inlineRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const box = document.createElement('div');
      box.setAttribute('style', 'width: 123px');
      document.body.append(box);
      // Violation events are dispatched asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { inlineRan: flags.__inlineRan === true, styled: box.getBoundingClientRect().width === 123 };
    });
    expect(outcome).toEqual({ inlineRan: false, styled: false });
    const violations = await cspViolations(page);
    expect(violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(violations.some((v) => v.startsWith('style-src-attr blocked inline'))).toBe(true);
    // The recorder sees the refusals too (Chromium logs them as console errors).
    expect(site.errors.slice(before).some((e) => /Refused to execute inline script|inline script violates the following Content Security Policy/.test(e))).toBe(true);
    site.errors.splice(before);
    await page.close();
  }, TIMEOUT);

  it('shows each page’s heading and text without JavaScript, with citation marks as plain links to paragraphs', async () => {
    const problems: string[] = [];
    let marks = 0;
    await eachPage(async ({ path, type, cites }) => {
      const page = await load(withoutJs, path, false);
      const h1 = page.locator('main h1');
      if ((await h1.count()) !== 1 || !(await h1.isVisible()) || (await h1.innerText()).trim() === '') problems.push(`${path}: no visible h1 in main`);
      const text = (await page.locator('main').innerText()).trim();
      const heading = (await h1.first().innerText().catch(() => '')).trim();
      if (text.length <= heading.length + 20) problems.push(`${path}: main shows no text beyond its heading`);
      // The theme toggle needs its script: without it, it stays hidden.
      if (await page.locator('button[data-theme-toggle]').isVisible()) problems.push(`${path}: theme toggle shown without JavaScript`);
      const links = await page.locator('main a[href]').evaluateAll((all) =>
        all.map((link) => ({
          href: link.getAttribute('href') ?? '',
          mark: link.hasAttribute('data-cite'),
          shown: link.getClientRects().length > 0 && getComputedStyle(link).visibility !== 'hidden',
        })),
      );
      const marked = links.filter((link) => link.mark);
      if (cites && marked.length === 0) problems.push(`${path} (${type}): no citation marks`);
      // A mark may sit in a panel only its script opens (the map's): the paragraph it
      // cites must then be reachable from a link the page shows.
      const shown = new Set(links.filter((link) => link.shown).map((link) => link.href));
      for (const { href } of marked) {
        if (!/\/sources\/[^/]+\/#p\d+$/.test(href)) problems.push(`${path}: citation mark links to ${href}, not a paragraph`);
        if (!shown.has(href)) problems.push(`${path}: the paragraph ${href} is cited only by a hidden mark`);
      }
      marks += marked.length;
      await page.close();
    });
    expect(problems).toEqual([]);
    expect(marks).toBeGreaterThan(0);
  }, TIMEOUT);

  it('follows a citation mark to its paragraph without JavaScript', async () => {
    const topic = pages.find((page) => page.type === 'topic' && page.locale === 'id');
    const page = await load(withoutJs, topic?.path ?? '/id/');
    const mark = page.locator('a[data-cite]').first();
    const href = (await mark.getAttribute('href')) ?? '';
    await mark.click();
    await page.waitForURL(`**${href}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(href.split('#')[1]);
    // The paragraph is in the Indonesian interface's source page, and its text keeps its own language.
    expect(new URL(page.url()).pathname).toMatch(/^\/id\/sources\//);
    await page.close();
  }, TIMEOUT);

  it('loads without console errors or failed requests', () => {
    expect(site.errors).toEqual([]);
  });
});
