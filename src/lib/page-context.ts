// What every page and component needs to speak the page's interface language: the
// translator, the root of this locale's pages (links between pages stay in the
// locale), the site root for files that exist once (data downloads, feed, favicon),
// and dates and map words in that language. One object per locale, made once.
import { localeHref, localeOfPath, translator, type Locale, type Translate } from '../i18n/index.ts';
import type { DatePrecision } from '../pipeline/types.ts';
import { formatDate } from './dates/format.ts';
import { describer, type Describer } from './map/describe.ts';

export interface PageContext {
  locale: Locale;
  t: Translate;
  /** The root of this locale's pages, ending in `/` (`/`, `/id/`, `/sub/id/`). */
  base: string;
  /** The site root, ending in `/`, for files that are not localized. */
  assets: string;
  /** Dates no more precisely than known, in this language. */
  date(iso: string | null, precision: DatePrecision): string | null;
  /** Number formatting in this language. */
  number(value: number): string;
  /** Map words (legs, places, periods) in this language. */
  describe: Describer;
}

/** BCP 47 tags for dates and numbers per interface locale. */
const FORMAT_LOCALE: Record<Locale, string> = { en: 'en-GB', id: 'id-ID' };

const contexts = new Map<string, PageContext>();

export function contextFor(locale: Locale, siteBase: string = import.meta.env.BASE_URL): PageContext {
  const key = `${locale}\u0000${siteBase}`;
  let context = contexts.get(key);
  if (!context) {
    const t = translator(locale);
    const format = FORMAT_LOCALE[locale];
    const numbers = new Intl.NumberFormat(format);
    const assets = siteBase.endsWith('/') ? siteBase : `${siteBase}/`;
    context = {
      locale,
      t,
      base: localeHref(assets, locale),
      assets,
      date: (iso, precision) => formatDate(iso, precision, format),
      number: (value) => numbers.format(value),
      describe: describer(t, format),
    };
    contexts.set(key, context);
  }
  return context;
}

/**
 * The context of the page being rendered: `const { t, base } = pageContext(Astro)`.
 * The locale is the first path segment below the base (Astro's `currentLocale` takes
 * the first segment anywhere in the path that names a locale, so `/sources/language/id/`
 * would count as Indonesian).
 */
export function pageContext(astro: { url: URL }): PageContext {
  return contextFor(localeOfPath(import.meta.env.BASE_URL, astro.url.pathname));
}
