// The timeline strip under the map: the months (or, over a long span, the years)
// that dated legs cover, each with the legs it holds, so a reader can show the
// legs of one period. Empty periods between stay in, to keep time to scale.
import { legDateSpan, type LegDates } from './leg-dates.ts';

export interface TimelineBucket {
  /** `YYYY-MM` or `YYYY`. */
  key: string;
  unit: 'month' | 'year';
  /** Ids of the legs whose dates overlap this period. */
  legs: string[];
}

/** Beyond this many months the strip counts years. */
export const MAX_MONTH_BUCKETS = 36;

function monthIndex(day: string): number {
  const [year = 0, month = 1] = day.split('-').map(Number);
  return year * 12 + (month - 1);
}

const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The strip's periods in time order; empty when no leg has a date. */
export function timelineBuckets(legs: readonly { id: string; dates: LegDates | null }[]): TimelineBucket[] {
  const dated = legs.flatMap((leg) => (leg.dates ? [{ id: leg.id, span: legDateSpan(leg.dates).map(monthIndex) as [number, number] }] : []));
  if (dated.length === 0) return [];
  const first = Math.min(...dated.map((leg) => leg.span[0]));
  const last = Math.max(...dated.map((leg) => leg.span[1]));
  const byYear = last - first + 1 > MAX_MONTH_BUCKETS;
  const buckets: TimelineBucket[] = [];
  if (byYear) {
    for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year++) {
      const legsIn = dated.filter((leg) => Math.floor(leg.span[0] / 12) <= year && year <= Math.floor(leg.span[1] / 12)).map((leg) => leg.id);
      buckets.push({ key: String(year), unit: 'year', legs: legsIn });
    }
  } else {
    for (let month = first; month <= last; month++) {
      const legsIn = dated.filter((leg) => leg.span[0] <= month && month <= leg.span[1]).map((leg) => leg.id);
      buckets.push({ key: monthKey(month), unit: 'month', legs: legsIn });
    }
  }
  return buckets;
}
