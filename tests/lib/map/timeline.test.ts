import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/analysis/types.ts';
import { legDates } from '../../../src/lib/map/leg-dates.ts';
import { timelineBuckets } from '../../../src/lib/map/timeline.ts';

const event = (date: string, precision: TimelineEvent['precision'], paragraph: string, sentence: string): TimelineEvent => ({
  date,
  precision,
  text: date,
  sentence,
  ref: { article: 'a', paragraph, sentence: 0, start: 0, end: 1 },
});

describe('the dates of a leg', () => {
  const leg = { citations: [{ article: 'a', paragraph: 'p2' }], sentences: ['Ships sailed between 1 September and 1 October.'] };

  it('should take the earliest and latest dates stated in the leg’s sentence', () => {
    const events = [event('2023-10-01', 'day', 'p2', leg.sentences[0]!), event('2023-09-01', 'day', 'p2', leg.sentences[0]!), event('2024', 'year', 'p2', 'Another sentence.')];
    expect(legDates(leg, events)).toEqual({ start: { date: '2023-09-01', precision: 'day' }, end: { date: '2023-10-01', precision: 'day' } });
  });

  it('should fall back to dates in the same paragraph, and keep their precision', () => {
    expect(legDates(leg, [event('2022', 'year', 'p2', 'Earlier that year.')])).toEqual({ start: { date: '2022', precision: 'year' }, end: { date: '2022', precision: 'year' } });
  });

  it('should give no date when the cited paragraphs state none', () => {
    expect(legDates(leg, [event('2023-10-01', 'day', 'p3', 'Elsewhere.')])).toBeNull();
  });
});

describe('the timeline strip', () => {
  it('should have no periods when no leg has a date', () => {
    expect(timelineBuckets([{ id: 'x', dates: null }])).toEqual([]);
  });

  it('should count months, empty ones between included, each holding the legs that overlap it', () => {
    const buckets = timelineBuckets([
      { id: 'a', dates: { start: { date: '2023-09-01', precision: 'day' }, end: { date: '2023-10-01', precision: 'day' } } },
      { id: 'b', dates: { start: { date: '2023-12', precision: 'month' }, end: { date: '2023-12', precision: 'month' } } },
      { id: 'c', dates: null },
    ]);
    expect(buckets.map((b) => [b.key, b.legs])).toEqual([
      ['2023-09', ['a']],
      ['2023-10', ['a']],
      ['2023-11', []],
      ['2023-12', ['b']],
    ]);
  });

  it('should count years over a long span, a year-precise date covering its whole year', () => {
    const buckets = timelineBuckets([
      { id: 'a', dates: { start: { date: '2018', precision: 'year' }, end: { date: '2018', precision: 'year' } } },
      { id: 'b', dates: { start: { date: '2023-05-02', precision: 'day' }, end: { date: '2023-05-02', precision: 'day' } } },
    ]);
    expect(buckets.map((b) => b.key)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023']);
    expect(buckets.every((b) => b.unit === 'year')).toBe(true);
    expect(buckets[0]?.legs).toEqual(['a']);
    expect(buckets.at(-1)?.legs).toEqual(['b']);
  });
});
