// UI strings by dotted key, one catalogue per interface language; no UI text is written
// inline in components. English is the default locale (unprefixed URLs); Indonesian pages
// live under /id/ (Astro i18n routing, see astro.config.mjs). Article text is never
// translated: it keeps its own `lang` on both.
import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };

export const LOCALES = ['en', 'id'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export type UiKey = keyof typeof en;
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

const catalogues: Record<Locale, Partial<Record<UiKey, string>>> = { en, id };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale of a page: Astro's `currentLocale`, English when absent or unknown. */
export function toLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** A translator for `locale`: `{name}` placeholders filled from `values`; a key missing
 *  from a catalogue falls back to English (a test keeps the catalogues complete). */
export function translator(locale: string | undefined): Translate {
  const catalogue = catalogues[toLocale(locale)];
  return (key, values = {}) =>
    (catalogue[key] ?? en[key]).replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The English translator, for code that has no page (feeds, data files, CLI). */
export const t: Translate = translator(DEFAULT_LOCALE);

/** The interface locale of the page at `pathname`: its first segment below `base` when that names a locale, else the default. */
export function localeOfPath(base: string, pathname: string): Locale {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** Path prefix of a locale's pages below the site base: '' for English, 'id/' for Indonesian. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/** `path` (relative to the site root, no leading slash) in `locale`, below `base`. */
export function localeHref(base: string, locale: Locale, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${localePrefix(locale)}${path}`;
}

/** The same page in another locale: strips this locale's prefix from `pathname` and adds the other's. */
export function switchLocaleHref(base: string, pathname: string, from: Locale, to: Locale): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  let rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  const prefix = localePrefix(from);
  if (prefix !== '' && (rest === prefix.slice(0, -1) || rest.startsWith(prefix))) rest = rest.slice(prefix.length);
  return localeHref(base, to, rest);
}
