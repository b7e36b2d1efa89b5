// The sitemap: @astrojs/sitemap, with each page's language alternates (`xhtml:link
// hreflang`) found in linear time. The package's own `i18n` option finds a page's
// alternates by scanning every URL of the site for each page (createGetI18nLinks in
// @astrojs/sitemap 3.7.4): 3.7 s of CPU for the 20,000 pages of a 4,000-article site,
// growing with the square of the page count. Here the URLs are grouped by path once, as
// the package hands them to `filter`, and `serialize` adds the group as the links: the
// same links in the same order, so the same sitemap (tests/integrations/sitemap.test.ts).
import type { AstroIntegration } from 'astro';
import sitemapIntegration, { type SitemapItem } from '@astrojs/sitemap';

export interface SitemapI18n {
  defaultLocale: string;
  /** Locale code to hreflang value, as @astrojs/sitemap's `i18n.locales`. */
  locales: Record<string, string>;
}

/** Where a URL sits: its locale and its path without the locale, as @astrojs/sitemap's parseI18nUrl reads it. */
export function localePath(url: string, base: string, i18n: SitemapI18n): { locale: string; path: string } | undefined {
  if (!url.startsWith(base)) return undefined;
  let rest = url.slice(base.length);
  if (!rest || rest === '/') return { locale: i18n.defaultLocale, path: '/' };
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const locale = rest.split('/')[1] as string;
  if (Object.hasOwn(i18n.locales, locale)) return { locale, path: rest.slice(1 + locale.length) || '/' };
  return { locale: i18n.defaultLocale, path: rest };
}

/** The package's URL order (generate-sitemap.js), which also orders a page's links. */
const byUrl = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Status pages, which the package leaves out of the sitemap in every locale. */
const STATUS_PAGES = new Set(['404', '500']);

/**
 * `filter` and `serialize` for @astrojs/sitemap that add the language alternates of
 * each page (the URLs with the same path in another locale, when there are two or more).
 * `base` is the site's URL with its base path; `reset` starts a new build.
 */
export function sitemapAlternates(i18n: SitemapI18n) {
  let base = '';
  let byPath = new Map<string, { url: string; locale: string }[]>();
  const links = new Map<string, SitemapItem['links']>();
  return {
    setBase(value: string) {
      base = value;
    },
    reset() {
      byPath = new Map();
      links.clear();
    },
    filter(url: string): boolean {
      const place = localePath(url, base, i18n);
      if (!place) return true;
      // A locale's status pages stay out, as the package's `i18n` option leaves them out.
      if (place.locale !== i18n.defaultLocale && STATUS_PAGES.has(place.path.replace(/^\/|\/$/g, ''))) return false;
      const group = byPath.get(place.path);
      if (group) group.push({ url, locale: place.locale });
      else byPath.set(place.path, [{ url, locale: place.locale }]);
      return true;
    },
    serialize(item: SitemapItem): SitemapItem {
      const place = localePath(item.url, base, i18n);
      const group = place && byPath.get(place.path);
      if (!place || !group || group.length <= 1) return item;
      let shared = links.get(place.path);
      if (!shared) {
        shared = [...group].sort((a, b) => byUrl(a.url, b.url)).map(({ url, locale }) => ({ url, lang: i18n.locales[locale] as string }));
        links.set(place.path, shared);
      }
      return { ...item, links: shared };
    },
  };
}

/** @astrojs/sitemap with language alternates for `i18n`. */
export function sitemap(i18n: SitemapI18n): AstroIntegration {
  const alternates = sitemapAlternates(i18n);
  const inner = sitemapIntegration({ filter: alternates.filter, serialize: alternates.serialize });
  const hooks = inner.hooks;
  return {
    name: inner.name,
    hooks: {
      ...hooks,
      'astro:config:done': async (options) => {
        if (options.config.site) alternates.setBase(new URL(options.config.base, options.config.site).href);
        await hooks['astro:config:done']?.(options);
      },
      'astro:build:done': async (options) => {
        alternates.reset();
        await hooks['astro:build:done']?.(options);
      },
    },
  };
}
