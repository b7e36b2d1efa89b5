// Browser test: accessibility of every page type in both interface languages.
// axe-core runs on each page in four colour states (the reader's system setting light
// and dark with every rule; each theme pinned with the toggle against the other system
// setting with the colour rules), and on what the scripts open (search results, a
// citation preview, a map panel); any serious or critical violation fails, listed with
// its rule, targets and page.
// Beside axe: one h1 per page, headings without skipped levels, a skip link that
// works, a visible focus indicator, and every interactive element reachable by Tab.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable } from '../helpers/browser.ts';
import { pageTypes, type PageUnderTest } from '../helpers/page-types.ts';
import { startSeedSite, type OpenOptions, type SeedSite } from '../helpers/seed-site.ts';
import { probeWord } from '../helpers/seed-words.ts';

const TIMEOUT = 300_000;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface ColourState {
  name: string;
  options: OpenOptions;
  /** Only the rules that depend on colour: a pinned theme changes colours, nothing else. */
  colourOnly: boolean;
}
const COLOUR_STATES: ColourState[] = [
  { name: 'light (system)', options: { colorScheme: 'light' }, colourOnly: false },
  { name: 'dark (system)', options: { colorScheme: 'dark' }, colourOnly: false },
  { name: 'dark (pinned, system light)', options: { colorScheme: 'light', theme: 'dark' }, colourOnly: true },
  { name: 'light (pinned, system dark)', options: { colorScheme: 'dark', theme: 'light' }, colourOnly: true },
];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs `check` over `pages` four tabs at a time. */
async function eachPage(pages: PageUnderTest[], check: (page: PageUnderTest) => Promise<void>): Promise<void> {
  const queue = [...pages];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await check(next);
    }),
  );
}

describe.skipIf(!chromiumAvailable())('accessibility of every page type', () => {
  let site: SeedSite;
  let pages: PageUnderTest[];

  beforeAll(async () => {
    site = await startSeedSite('briefing-e2e-axe-');
    pages = pageTypes(site.out);
  }, TIMEOUT);

  afterAll(async () => site?.close());

  async function load(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /** axe on the page as it is now: one line per serious or critical rule, with its page, state, targets and why. */
  async function audit(page: Page, label: string, colourOnly: boolean): Promise<string[]> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(async (rules) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      const options = rules ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: rules } } : { resultTypes: ['violations'] };
      return (await axe.run(document, options)).violations;
    }, colourOnly ? COLOUR_RULES : null);
    const found: string[] = [];
    for (const violation of violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
      const targets = violation.nodes.map((node) => node.target.join(' '));
      const why = violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? violation.help;
      found.push(`${label}: ${violation.id} (${violation.impact}) on ${targets.length}: ${targets.slice(0, 3).join(', ')}${targets.length > 3 ? ', …' : ''} — ${why}`);
    }
    return found;
  }

  it.each(COLOUR_STATES)('has no serious or critical axe violation in $name', async ({ name, options, colourOnly }) => {
    // The pages' CSP would refuse axe's injected script: these contexts load pages without it
    // (pages.test.ts loads every page with its CSP enforced).
    const context = await site.newContext({ ...options, bypassCSP: true });
    const found: string[] = [];
    try {
      await eachPage(pages, async ({ path }) => {
        const page = await load(context, path);
        const theme = await page.evaluate(() => document.documentElement.dataset['theme'] ?? 'auto');
        expect(theme, path).toBe(options.theme ?? 'auto');
        found.push(...(await audit(page, `${path} [${name}]`, colourOnly)));
        await page.close();
      });
    } finally {
      await context.close();
    }
    expect(found).toEqual([]);
  }, TIMEOUT);

  it('has no serious or critical axe violation with what scripts open: search results, a citation preview, a map panel', async () => {
    const probe = probeWord(site.content);
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.newContext({ colorScheme, bypassCSP: true });
      for (const prefix of ['', '/id']) {
        const search = await load(context, `${prefix}/search/?q=${encodeURIComponent(probe.word)}`);
        await expect.poll(() => search.locator('[data-search-results] li mark').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        found.push(...(await audit(search, `${prefix}/search/?q= [${colorScheme}, results]`, false)));
        await search.close();

        const home = await load(context, `${prefix}/`);
        await home.locator('a[data-cite]').first().focus();
        await expect.poll(() => home.locator('#cite-preview').isVisible()).toBe(true);
        found.push(...(await audit(home, `${prefix}/ [${colorScheme}, citation preview]`, false)));
        await home.close();

        const map = await load(context, `${prefix}/map/`);
        const leg = map.locator('svg a.leg').first();
        await leg.focus();
        const panel = map.locator(`[id="${await leg.getAttribute('data-panel')}"]`);
        await expect.poll(() => panel.isVisible()).toBe(true);
        found.push(...(await audit(map, `${prefix}/map/ [${colorScheme}, leg panel]`, false)));
        await map.close();
      }
      await context.close();
    }
    expect(found).toEqual([]);
  }, TIMEOUT);

  it('has one h1 per page and no skipped heading level', async () => {
    const context = await site.newContext({ javaScript: false });
    const problems: string[] = [];
    await eachPage(pages, async ({ path }) => {
      const page = await load(context, path);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
      if (levels.filter((level) => level === 1).length !== 1) problems.push(`${path}: ${levels.filter((level) => level === 1).length} h1 elements`);
      if (levels[0] !== 1) problems.push(`${path}: the first heading is an h${levels[0]}`);
      for (let i = 1; i < levels.length; i++) {
        const [previous, level] = [levels[i - 1] ?? 1, levels[i] ?? 1];
        if (level > previous + 1) problems.push(`${path}: h${previous} followed by h${level}`);
      }
      await page.close();
    });
    await context.close();
    expect(problems).toEqual([]);
  }, TIMEOUT);

  it('has a skip link that shows on focus and moves the keyboard to the main content', async () => {
    const context = await site.newContext();
    const problems: string[] = [];
    await eachPage(pages, async ({ path }) => {
      const page = await load(context, path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const active = document.activeElement as HTMLAnchorElement | null;
        const box = active?.getBoundingClientRect();
        return {
          href: active?.getAttribute('href') ?? null,
          inView: !!box && box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth,
        };
      });
      if (first.href !== '#main') problems.push(`${path}: the first Tab stop is ${first.href}, not the skip link`);
      else if (!first.inView) problems.push(`${path}: the focused skip link is not shown`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => !!document.activeElement?.closest('main') || document.activeElement?.id === 'main');
      if (!inMain) problems.push(`${path}: after the skip link, Tab does not land in main`);
      await page.close();
    });
    await context.close();
    expect(problems).toEqual([]);
  }, TIMEOUT);

  it('shows a visible focus indicator, and every interactive element is reachable with Tab', async () => {
    const problems: string[] = [];
    // Every Tab stop in the light theme; in the dark one the first stops (the page's
    // chrome and its first links), for the focus colour against the dark background.
    for (const { colorScheme, stops } of [{ colorScheme: 'light', stops: Infinity }, { colorScheme: 'dark', stops: 15 }] as const) {
      const context = await site.newContext({ colorScheme });
      await eachPage(pages, async ({ path }) => {
        const page = await load(context, path);
        // Everything a reader can operate that is rendered and enabled now; of a group of
        // radio buttons only one is a Tab stop (arrow keys move within the group).
        const targets = await page.evaluate(() => {
          const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
          const list = [...document.querySelectorAll<HTMLElement | SVGElement>(selector)].filter(
            (element) =>
              element.getClientRects().length > 0 &&
              getComputedStyle(element).visibility !== 'hidden' &&
              element.getAttribute('tabindex') !== '-1' &&
              !(element as HTMLInputElement).disabled,
          );
          list.forEach((element, index) => {
            const radio = element instanceof HTMLInputElement && element.type === 'radio' ? element.name : '';
            element.setAttribute('data-e2e-target', radio ? `radio:${radio}` : String(index));
          });
          return list.length;
        });
        const reached = new Set<string>();
        const unmarked: string[] = [];
        // Tab through the page until focus comes back round (or leaves it).
        for (let step = 0; step < Math.min(targets + 5, stops); step++) {
          await page.keyboard.press('Tab');
          const state = await page.evaluate(() => {
            const active = document.activeElement as HTMLElement | null;
            if (!active || active === document.body) return null;
            // The focus indicator: the element's own outline or shadow, or, where it draws
            // focus otherwise (the map's SVG links stroke their shapes), any change of its
            // own or its descendants' look when focus leaves it.
            const own = getComputedStyle(active);
            // An outline must stand out from the page: 3:1 against the background (WCAG 1.4.11).
            const luminance = (rgb: string) => {
              const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
                const c = Number(value) / 255;
                return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
              });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const [a, b] = [luminance(own.outlineColor), luminance(getComputedStyle(document.documentElement).backgroundColor)];
            const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            let visible = (own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) > 0 && contrast >= 3) || own.boxShadow !== 'none';
            if (!visible) {
              const look = () =>
                [active, ...active.querySelectorAll('*')].map((element) => {
                  const style = getComputedStyle(element);
                  return [style.outlineStyle, style.outlineWidth, style.boxShadow, style.stroke, style.strokeWidth, style.opacity, style.backgroundColor, style.color, style.textDecorationLine, style.borderColor].join('|');
                }).join(';');
              const focused = look();
              active.blur();
              visible = look() !== focused;
              active.focus();
            }
            return {
              id: active.getAttribute('data-e2e-target'),
              visible,
              name: `${active.tagName.toLowerCase()} ${active.getAttribute('href') ?? active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? ''}`,
            };
          });
          if (state === null) break;
          if (state.id !== null && reached.has(state.id)) break;
          if (state.id !== null) reached.add(state.id);
          if (!state.visible) unmarked.push(state.name);
        }
        const some = (list: string[]) => `${list.slice(0, 5).join('; ')}${list.length > 5 ? ` (+${list.length - 5})` : ''}`;
        if (unmarked.length > 0) problems.push(`${path} [${colorScheme}]: no visible focus on ${some(unmarked)}`);
        const missed = await page.evaluate((seen) => {
          const missing: string[] = [];
          for (const element of document.querySelectorAll<HTMLElement>('[data-e2e-target]')) {
            if (!seen.includes(element.getAttribute('data-e2e-target') ?? '')) missing.push(`${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? element.getAttribute('name') ?? element.textContent?.trim().slice(0, 40) ?? ''}`);
          }
          return missing;
        }, [...reached]);
        if (missed.length > 0 && stops === Infinity) problems.push(`${path} [${colorScheme}]: not reachable with Tab: ${some(missed)}`);
        await page.close();
      });
      await context.close();
    }
    expect(problems).toEqual([]);
  }, TIMEOUT);

  it('loads without console errors or failed requests', () => {
    expect(site.errors).toEqual([]);
  });
});
