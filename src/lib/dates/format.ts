// Formats a date no more precisely than it is known: a month-precise date is shown
// as a month, never as the first day of it (DESIGN.md, "Honest precision").
import type { DatePrecision } from '../../pipeline/types.ts';

const formats: Record<Exclude<DatePrecision, 'none'>, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

export function formatDate(iso: string | null, precision: DatePrecision, locale = 'en-GB'): string | null {
  if (iso === null || precision === 'none') return null;
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, formats[precision]).format(new Date(Date.UTC(year, month - 1, day)));
}
