// Browser test: the theme toggle cycles automatic → dark → light → automatic, the page
// really changes colour, and a pinned theme is on the next page before its first paint
// (no click); the language switch leads to the same page in the other interface
// language, `<html lang>` follows, and article text keeps its own `lang`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { THEME_STORAGE_KEY } from '../../src/lib/theme-keys.ts';
import { chromiumAvailable } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { pageTypes, type PageUnderTest } from '../helpers/page-types.ts';
import { startSeedSite, type SeedSite } from '../helpers/seed-site.ts';

const TIMEOUT = 180_000;

/** The interface catalogues, for the language switch's own words. */
const catalogue = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(projectRoot, 'src/i18n', `${locale}.json`), 'utf8')) as Record<string, string>;

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

interface Look {
  theme: string | null;
  stored: string | null;
  label: string;
  background: number;
  text: number;
}

function look(page: Page): Promise<Look> {
  return page.evaluate((key) => {
    const root = document.documentElement;
    return {
      theme: root.dataset['theme'] ?? null,
      stored: localStorage.getItem(key),
      label: document.querySelector('[data-theme-label]')?.textContent ?? '',
      background: getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(root).backgroundColor : getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    };
  }, THEME_STORAGE_KEY).then((raw) => ({ ...raw, background: luminance(String(raw.background)), text: luminance(String(raw.text)) }));
}

describe.skipIf(!chromiumAvailable())('theme toggle and language switch in a real browser', () => {
  let site: SeedSite;
  let pages: PageUnderTest[];

  beforeAll(async () => {
    site = await startSeedSite('briefing-e2e-theme-');
    pages = pageTypes(site.out);
  }, TIMEOUT);

  afterAll(async () => site?.close());

  const path = (type: string, locale: 'en' | 'id' = 'en'): string => {
    const page = pages.find((candidate) => candidate.type === type && candidate.locale === locale);
    if (!page) throw new Error(`no ${type} page in ${locale}`);
    return page.path;
  };

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`cycles automatic → dark → light → automatic with the system ${colorScheme}, and the page changes colour`, async () => {
      const page = await site.open('/', { colorScheme });
      const toggle = page.locator('button[data-theme-toggle]');
      expect(await toggle.isVisible()).toBe(true);
      const en = catalogue('en');
      const auto = await look(page);
      expect(auto).toMatchObject({ theme: null, stored: null, label: en['theme.auto'] });
      // Automatic follows the system: dark text on a light page, or the reverse.
      expect(colorScheme === 'light' ? auto.background > auto.text : auto.background < auto.text).toBe(true);

      await toggle.click();
      const dark = await look(page);
      expect(dark).toMatchObject({ theme: 'dark', stored: 'dark', label: en['theme.dark'] });
      expect(dark.background).toBeLessThan(dark.text);

      await toggle.click();
      const light = await look(page);
      expect(light).toMatchObject({ theme: 'light', stored: 'light', label: en['theme.light'] });
      expect(light.background).toBeGreaterThan(light.text);
      expect(light.background).toBeGreaterThan(dark.background);

      await toggle.click();
      const back = await look(page);
      expect(back).toMatchObject({ theme: null, stored: null, label: en['theme.auto'] });
      expect(back.background).toBe(auto.background);
      await page.context().close();
    }, TIMEOUT);
  }

  it('keeps a pinned theme on the next page and in the other language, from the first paint', async () => {
    const context = await site.newContext({ colorScheme: 'light' });
    // What the root element says when the body starts (before any script of the page's own).
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __firstTheme?: string }).__firstTheme = document.documentElement.dataset['theme'] ?? 'auto';
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.locator('button[data-theme-toggle]').click();
    expect((await look(page)).theme).toBe('dark');
    const dark = (await look(page)).background;

    await page.locator('header nav a[href$="/topics/"]').click();
    await page.waitForURL('**/topics/');
    expect(await page.evaluate(() => (window as unknown as { __firstTheme?: string }).__firstTheme)).toBe('dark');
    const next = await look(page);
    expect(next).toMatchObject({ theme: 'dark', stored: 'dark', label: catalogue('en')['theme.dark'] });
    expect(next.background).toBe(dark);

    await page.locator('a.lang-switch').click();
    await page.waitForURL('**/id/topics/');
    const other = await look(page);
    expect(other).toMatchObject({ theme: 'dark', label: catalogue('id')['theme.dark'] });
    expect(other.background).toBe(dark);
    await context.close();
  }, TIMEOUT);

  it('switches a topic page between /topics/x/ and /id/topics/x/, naming the other language', async () => {
    const english = path('topic');
    const page = await site.open(english);
    const [en, id] = [catalogue('en'), catalogue('id')];
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const toIndonesian = page.locator('a.lang-switch');
    expect(await toIndonesian.innerText()).toBe(id['locale.name']);
    expect(await toIndonesian.getAttribute('hreflang')).toBe('id');
    expect(await toIndonesian.getAttribute('lang')).toBe('id');
    await toIndonesian.click();
    await page.waitForURL(`**/id${english}`);
    expect(new URL(page.url()).pathname).toBe(`/id${english}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.locator('header nav').innerText()).toContain(id['nav.topics']);

    const toEnglish = page.locator('a.lang-switch');
    expect(await toEnglish.innerText()).toBe(en['locale.name']);
    expect(await toEnglish.getAttribute('hreflang')).toBe('en');
    await toEnglish.click();
    await page.waitForURL((url) => url.pathname === english);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  }, TIMEOUT);

  it('keeps article text in its own language on both interfaces', async () => {
    const articles = join(site.content, 'articles');
    const source = path('source');
    const id = source.split('/').filter(Boolean).pop() ?? '';
    const language = /^language:\s*"?([a-z]+)"?/m.exec(readFileSync(join(articles, `${id}.mdx`), 'utf8'))?.[1];
    expect(language).toBeTruthy();
    for (const [prefix, interfaceLanguage] of [['', 'en'], ['/id', 'id']] as const) {
      const page = await site.open(`${prefix}${source}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(interfaceLanguage);
      const languages = await page.locator('main [id^="p"]').evaluateAll((paragraphs) =>
        paragraphs.filter((p) => /^p\d+$/.test(p.id)).map((p) => p.closest('[lang]')?.getAttribute('lang')),
      );
      expect(languages.length).toBeGreaterThan(0);
      expect(new Set(languages)).toEqual(new Set([language]));
      expect(await page.locator('main h1').getAttribute('lang')).toBe(language);
      // A topic page quotes article sentences: each quote carries its language too.
      const topic = await site.open(path('topic', interfaceLanguage));
      const quoted = await topic.locator('main .cite-text').evaluateAll((quotes) => quotes.map((quote) => quote.closest('[lang]')?.getAttribute('lang')));
      expect(quoted.length).toBeGreaterThan(0);
      expect(quoted.every((lang) => lang === language)).toBe(true);
      await topic.context().close();
      await page.context().close();
    }
  }, TIMEOUT);

  it('loads without console errors or failed requests', () => {
    expect(site.errors).toEqual([]);
  });
});
