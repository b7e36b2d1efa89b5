// When a leg happened, as far as the sources say: the model gives legs no dates, so
// a leg takes the dates of the timeline events stated in the same sentence as the
// leg, or failing that in the same cited paragraph. Never more precise than the text.
import type { DatePrecision, RouteLeg, TimelineEvent } from '../../analysis/types.ts';

export interface DatePoint {
  date: string;
  precision: Exclude<DatePrecision, 'none'>;
}

export interface LegDates {
  /** The earliest date stated with the leg. */
  start: DatePoint;
  /** The latest; the same as `start` when one date is stated. */
  end: DatePoint;
}

/** A date's first and last day, `YYYY-MM-DD`, for ordering dates of different precision. */
function span(point: DatePoint): [string, string] {
  const [year = '0000', month = '01', day = '01'] = point.date.split('-');
  if (point.precision === 'year') return [`${year}-01-01`, `${year}-12-31`];
  if (point.precision === 'month') return [`${year}-${month}-01`, `${year}-${month}-31`];
  return [`${year}-${month}-${day}`, `${year}-${month}-${day}`];
}

export function legDates(leg: Pick<RouteLeg, 'citations' | 'sentences'>, events: readonly TimelineEvent[]): LegDates | null {
  // Sets, not scans: a leg many sources state has thousands of citations and events.
  const paragraphs = new Set(leg.citations.map((c) => `${c.article}#${c.paragraph}`));
  const sentences = new Set(leg.sentences);
  const cited = events.filter((event) => paragraphs.has(`${event.ref.article}#${event.ref.paragraph}`));
  const sameSentence = cited.filter((event) => sentences.has(event.sentence));
  const chosen = sameSentence.length > 0 ? sameSentence : cited;
  if (chosen.length === 0) return null;
  const points = chosen.map((event) => ({ date: event.date, precision: event.precision }));
  const start = points.reduce((a, b) => (span(b)[0] < span(a)[0] ? b : a));
  const end = points.reduce((a, b) => (span(b)[1] > span(a)[1] ? b : a));
  return { start, end };
}

/** The first and last day a leg's dates cover, `YYYY-MM-DD`. */
export function legDateSpan(dates: LegDates): [string, string] {
  return [span(dates.start)[0], span(dates.end)[1]];
}
