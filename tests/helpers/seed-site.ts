// The seeds' site in a real browser, for end-to-end tests. The e2e global setup
// (e2e-setup.ts) builds and serves it once and runs one Chromium for all test files;
// each file connects to that browser. Run without that setup, a file builds its own.
// Every page opened through here records console errors, page errors, failed requests,
// HTTP errors and Content-Security-Policy violations.
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { THEME_STORAGE_KEY } from '../../src/lib/theme-keys.ts';
import { buildSeedSite, type BuiltSeedSite, type SeedSiteHandle } from './seed-build.ts';

export interface OpenOptions {
  /** False opens the page as HTML alone. */
  javaScript?: boolean;
  /** The reader's system setting (`prefers-color-scheme`). */
  colorScheme?: 'light' | 'dark';
  /** A theme pinned as the toggle does (in localStorage), set again before every page load. */
  theme?: 'light' | 'dark';
  /** Pages load without their Content-Security-Policy (only to inject test tools such as axe). */
  bypassCSP?: boolean;
  viewport?: { width: number; height: number };
}

export interface SeedSite {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The built site's folder. */
  out: string;
  /** The content folder it was built from. */
  content: string;
  /** A browser context whose pages record problems into `errors`. Close it when done. */
  newContext(options?: OpenOptions): Promise<BrowserContext>;
  /** Opens `path` in a new context (close it with `page.context().close()`). */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** Console errors, page errors, failed requests, HTTP errors and CSP violations so far, with the page's path. */
  errors: string[];
  close(): Promise<void>;
}

/** Where a page is, for messages: its path and hash. */
function where(page: Page): string {
  try {
    const url = new URL(page.url());
    return `${url.pathname}${url.search}`;
  } catch {
    return page.url();
  }
}

// Runs in every page before its scripts (with JavaScript on): CSP violations are
// collected where a test can read them, besides the console message Chromium logs.
function recordViolations(): void {
  const list: string[] = [];
  Object.defineProperty(window, '__cspViolations', { value: list });
  document.addEventListener('securitypolicyviolation', (event) => {
    list.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
  });
}

/** The CSP violations a page has seen (its init script records them). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
}

function watch(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    // CSP refusals are errors; whatever their level, their wording gives them away.
    const csp = /^Refused to |violates the following Content Security Policy/.test(message.text());
    if (message.type() === 'error' || csp) errors.push(`${where(page)}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${where(page)}: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Cancelled because the test navigated or closed the page (a favicon still loading
    // when a link is followed): not a failure of the site.
    if (reason === 'net::ERR_ABORTED') return;
    errors.push(`${where(page)}: failed ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${where(page)}: HTTP ${response.status()} ${response.url()}`);
  });
}

export async function startSeedSite(prefix: string): Promise<SeedSite> {
  const provided: SeedSiteHandle | null | undefined = inject('briefingSeedSite');
  if (provided === null) throw new Error('No Chromium for the browser tests (they should have been skipped)');
  // Without the e2e global setup (a config that lacks it), this file builds its own.
  const own: BuiltSeedSite | undefined = provided === undefined ? await buildSeedSite(prefix) : undefined;
  const handle: SeedSiteHandle = provided ?? (own as BuiltSeedSite);
  const browser: Browser = await chromium.connect(handle.wsEndpoint);
  const errors: string[] = [];

  const newContext = async ({ javaScript = true, colorScheme = 'light', theme, bypassCSP = false, viewport }: OpenOptions = {}) => {
    const context = await browser.newContext({
      javaScriptEnabled: javaScript,
      colorScheme,
      bypassCSP,
      viewport: viewport ?? { width: 1280, height: 1000 },
    });
    await context.addInitScript(recordViolations);
    if (theme) {
      await context.addInitScript(
        ({ key, value }) => {
          // Not on about:blank, where a new tab starts and storage is refused.
          if (location.protocol.startsWith('http')) localStorage.setItem(key, value);
        },
        { key: THEME_STORAGE_KEY, value: theme },
      );
    }
    context.on('page', (page) => watch(page, errors));
    return context;
  };

  return {
    url: handle.url,
    out: handle.out,
    content: handle.content,
    errors,
    newContext,
    async open(path, options) {
      const context = await newContext(options);
      const page = await context.newPage();
      await page.goto(`${handle.url}${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await own?.close();
    },
  };
}
