import { describe, expect, it } from 'vitest';
import { figureRange, findConflicts, type FigureContext } from '../../../src/analysis/link/conflicts.ts';
import type { Figure } from '../../../src/analysis/types.ts';

let n = 0;
function figure(partial: Partial<Figure> & Pick<Figure, 'value' | 'unit'>): Figure {
  n += 1;
  return {
    qualifier: 'exact',
    subject: partial.unit,
    text: String(partial.value),
    ref: { article: `a${n}`, paragraph: 'p1', sentence: 0, start: 0, end: 1 },
    ...partial,
  };
}
const context = (entities: string[], date: string | null = null) => (): FigureContext => ({ entities, date });

describe('figureRange', () => {
  it('should stretch an approximate value by 15% and a bound by a quarter, one way', () => {
    expect(figureRange({ value: 900, qualifier: 'approximate' })).toEqual([765, 1035]);
    expect(figureRange({ value: 1_000_000, qualifier: 'at-least' })).toEqual([1_000_000, 1_250_000]);
    expect(figureRange({ value: 100, qualifier: 'at-most' })).toEqual([75, 100]);
  });

  it('should give a vague quantity one order of magnitude', () => {
    expect(figureRange({ value: 100_000, qualifier: 'at-least', vague: true })).toEqual([100_000, 1_000_000]);
  });
});

describe('findConflicts', () => {
  it('should flag about 900 km against about 450 km for the range of a missile', () => {
    const a = figure({ value: 900, unit: 'km', subject: 'range', qualifier: 'approximate' });
    const b = figure({ value: 450, unit: 'km', subject: 'range', qualifier: 'approximate' });
    const contexts = new Map([[a, ['weapon:ballistic-missile', 'country:KP']], [b, ['weapon:kn-23', 'country:RU']]]);
    const conflicts = findConflicts([a, b], (f) => ({ entities: contexts.get(f) ?? [], date: null }));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.kind).toBe('conflict');
    expect(conflicts[0]?.values.map((v) => v.value)).toEqual([450, 900]);
  });

  it('should not flag figures the qualifiers reconcile: more than 1,000 and about 1,100 containers', () => {
    const a = figure({ value: 1000, unit: 'containers', qualifier: 'at-least' });
    const b = figure({ value: 1100, unit: 'containers', qualifier: 'approximate' });
    expect(findConflicts([a, b], context(['country:KP']))).toEqual([]);
  });

  it('should flag more than two million against more than one million and hundreds of thousands of shells', () => {
    const figures = [
      figure({ value: 2_000_000, unit: 'shells', qualifier: 'at-least' }),
      figure({ value: 1_000_000, unit: 'shells', qualifier: 'at-least' }),
      figure({ value: 100_000, unit: 'shells', qualifier: 'at-least', vague: true }),
    ];
    const [conflict] = findConflicts(figures, context(['country:KP']));
    expect(conflict?.values.map((v) => v.value)).toEqual([100_000, 1_000_000, 2_000_000]);
  });

  it('should show figures with different dates as a change over time, not a conflict', () => {
    const a = figure({ value: 3000, unit: 'troops' });
    const b = figure({ value: 11000, unit: 'troops' });
    const dates = new Map([[a, '2024-10'], [b, '2024-12']]);
    const [change] = findConflicts([a, b], (f) => ({ entities: ['country:KP'], date: dates.get(f) ?? null }));
    expect(change?.kind).toBe('change');
  });

  it('should not compare figures that share no entity, nor different units or rates', () => {
    const a = figure({ value: 10, unit: 'ships' });
    const b = figure({ value: 50, unit: 'ships' });
    const contexts = new Map([[a, ['country:KP']], [b, ['country:FR']]]);
    expect(findConflicts([a, b], (f) => ({ entities: contexts.get(f) ?? [], date: null }))).toEqual([]);
    const perDay = figure({ value: 60_000, unit: 'shells', qualifier: 'approximate', rate: 'day' });
    const total = figure({ value: 2_000_000, unit: 'shells', qualifier: 'at-least' });
    expect(findConflicts([perDay, total], context(['country:RU']))).toEqual([]);
  });

  it('should give a conflict a stable id from its values and citations', () => {
    const make = () => [figure({ value: 1, unit: 'kg', subject: 'warhead', ref: { article: 'x', paragraph: 'p1', sentence: 0, start: 0, end: 1 } }), figure({ value: 5, unit: 'kg', subject: 'warhead', ref: { article: 'y', paragraph: 'p2', sentence: 0, start: 0, end: 1 } })];
    expect(findConflicts(make(), context(['weapon:x']))[0]?.id).toBe(findConflicts(make(), context(['weapon:x']))[0]?.id);
  });

  it('should not compare counts of different events: four missiles found against dozens supplied', () => {
    const found = figure({ value: 4, unit: 'missiles' });
    const supplied = figure({ value: 24, unit: 'missiles', qualifier: 'at-least', vague: true });
    const predicates = new Map([[found, ['find']], [supplied, ['supply']]]);
    expect(findConflicts([found, supplied], (f) => ({ entities: ['country:KP'], predicates: predicates.get(f) ?? [], date: null }))).toEqual([]);
  });
});
