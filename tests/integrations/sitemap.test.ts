// Our sitemap integration against @astrojs/sitemap's own `i18n` option: both run on the
// same pages and must write the same files, byte for byte.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import packageSitemap from '@astrojs/sitemap';
import { localePath, sitemap } from '../../src/integrations/sitemap.ts';

const I18N = { defaultLocale: 'en', locales: { en: 'en', id: 'id' } };

const logger = { info() {}, warn() {}, error() {}, debug() {} };

/** Runs a sitemap integration's hooks as an Astro build would, and returns the files it wrote. */
async function written(integration: AstroIntegration, site: string, base: string, pages: string[]): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-sitemap-'));
  try {
    const hooks = integration.hooks as Record<string, ((options: unknown) => unknown) | undefined>;
    await hooks['astro:routes:resolved']?.({ routes: [] });
    await hooks['astro:config:done']?.({ config: { site, base, trailingSlash: 'always', build: { format: 'directory' } } });
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), pages: pages.map((pathname) => ({ pathname })), logger });
    return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Pages as Astro lists them: both languages of most pages, some in one language only,
// the status pages of both, names that sort numerically, and paths that start like a locale.
const PAGES = [
  '',
  'id/',
  '404/',
  'id/404/',
  'id/500/',
  'sources/a-2/',
  'sources/a-10/',
  'id/sources/a-2/',
  'id/sources/a-10/',
  'sources/only-en/',
  'id/sources/only-id/',
  'identity/',
  'id/identity/',
  'en/',
  'topics/x/2/',
  'id/topics/x/2/',
  'rss.xml',
];

describe('sitemap with language alternates', () => {
  it.each([
    ['https://example.org', '/'],
    ['https://example.org', '/briefing/'],
  ])('writes what @astrojs/sitemap writes with its i18n option (%s%s)', async (site, base) => {
    const ours = await written(sitemap(I18N), site, base, PAGES);
    const theirs = await written(packageSitemap({ i18n: I18N }), site, base, PAGES);
    expect(Object.keys(ours).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(ours).toEqual(theirs);
    const xml = ours['sitemap-0.xml'] as string;
    // The alternates are there (so the comparison compares something), status pages are not.
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="id" href="${site}${base}id/sources/a-10/"/>`);
    expect(xml).not.toContain('404');
    expect(xml).toContain(`${site}${base}sources/only-en/</loc>`);
  });

  it('writes the same again in a second build of the same integration', async () => {
    const integration = sitemap(I18N);
    const first = await written(integration, 'https://example.org', '/', PAGES);
    const second = await written(integration, 'https://example.org', '/', PAGES.filter((page) => !page.includes('a-10')));
    expect(second['sitemap-0.xml']).not.toContain('a-10');
    expect(second).toEqual(await written(packageSitemap({ i18n: I18N }), 'https://example.org', '/', PAGES.filter((page) => !page.includes('a-10'))));
    expect(first).not.toEqual(second);
  });

  it('reads a URL as the package does: locale prefix, default locale otherwise', () => {
    const base = 'https://example.org/b/';
    expect(localePath('https://example.org/b/', base, I18N)).toEqual({ locale: 'en', path: '/' });
    expect(localePath('https://example.org/b/id/', base, I18N)).toEqual({ locale: 'id', path: '/' });
    expect(localePath('https://example.org/b/id/x/', base, I18N)).toEqual({ locale: 'id', path: '/x/' });
    expect(localePath('https://example.org/b/identity/', base, I18N)).toEqual({ locale: 'en', path: '/identity/' });
    expect(localePath('https://example.org/b/constructor/', base, I18N)).toEqual({ locale: 'en', path: '/constructor/' });
    expect(localePath('https://other.org/x/', base, I18N)).toBeUndefined();
  });
});
