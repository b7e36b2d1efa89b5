// Astro's container for component tests, configured as the site is (astro.config.mjs):
// its public origin (absolute URLs, e.g. print footnotes), the base the tests render
// under (vitest.config.ts sets it, as the build does from BRIEFING_BASE), and the
// interface locales, so a component reads its page's language from the request URL.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

export const TEST_SITE = 'https://example.org';

export function createContainer(): Promise<AstroContainer> {
  return AstroContainer.create({
    astroConfig: {
      site: TEST_SITE,
      base: import.meta.env.BASE_URL,
      trailingSlash: 'always',
      i18n: { locales: ['en', 'id'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
    },
  });
}

/** A request for the page at `path` below the base (`id/topics/x/`): Astro.currentLocale follows it. */
export function pageRequest(path: string): Request {
  return new Request(new URL(`${import.meta.env.BASE_URL}${path}`, TEST_SITE));
}
