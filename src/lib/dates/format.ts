// Formats a date no more precisely than it is known: a month-precise date is shown
// as a month, never as the first day of it (DESIGN.md, "Honest precision").
import type { DatePrecision } from '../../pipeline/types.ts';

const formats: Record<Exclude<DatePrecision, 'none'>, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

// Creating an Intl.DateTimeFormat costs far more than formatting with one, and pages
// format thousands of dates: one formatter per locale and precision, and each
// formatted date once.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

export function formatDate(iso: string | null, precision: DatePrecision, locale = 'en-GB'): string | null {
  if (iso === null || precision === 'none') return null;
  const key = `${locale}\0${precision}\0${iso}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  let formatter = formatters.get(`${locale}\0${precision}`);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, formats[precision]);
    formatters.set(`${locale}\0${precision}`, formatter);
  }
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const text = formatter.format(new Date(Date.UTC(year, month - 1, day)));
  formatted.set(key, text);
  return text;
}
