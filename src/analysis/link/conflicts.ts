// Conflicts: figures about the same thing from different sentences are compared,
// and where their values differ beyond what their qualifiers allow, the briefing
// flags a conflict, or, when the disagreeing figures carry different dates, a
// change over time. "The same thing" is the same unit, subject and rate, plus a
// shared entity (or, for a measure of a weapon such as its range, a weapon in both).
import { createHash } from 'node:crypto';
import type { Citation, Figure, Qualifier } from '../types.ts';

export interface FigureContext {
  /** Entity ids mentioned in the figure's sentence. */
  entities: readonly string[];
  /** Predicate classes of the sentence (`supply`, `find`, …): counts of things are compared only when they say the same happened. */
  predicates?: readonly string[];
  /** The date the figure speaks for: a dated event in its sentence, else its article's publication date. */
  date: string | null;
}

export interface ConflictValue {
  value: number;
  max?: number;
  qualifier: Qualifier;
  vague?: boolean;
  text: string;
  date: string | null;
  /** The interval of values the figure allows, `[low, high]`. */
  range: [number, number];
  citation: Citation;
}

export interface Conflict {
  id: string;
  kind: 'conflict' | 'change';
  unit: string;
  subject: string;
  rate?: string;
  /** Values side by side, lowest first. */
  values: ConflictValue[];
}

/**
 * How far a qualifier lets a value stretch. A stated bound is a claim about the
 * magnitude too: "more than a million" and "more than two million" are different
 * reports, so a lower bound reaches a quarter above its value, not to infinity.
 */
export const QUALIFIER_SPREAD = { exact: 0.02, approximate: 0.15, bound: 0.25 } as const;
/** A vague quantity (`ratusan ribu`, `hundreds`) spans one order of magnitude from its floor. */
const VAGUE_SPAN = 10;

/** Units that count things; their figures need a shared entity to be compared. */
const MEASURE_UNITS = new Set(['km', 'mi', 'kg', 't', 'USD', 'IDR', 'EUR', 'percent']);

export function figureRange(figure: Pick<Figure, 'value' | 'max' | 'qualifier' | 'vague'>): [number, number] {
  const { value } = figure;
  if (figure.max !== undefined) return [value, figure.max];
  if (figure.vague) return [value, value * VAGUE_SPAN];
  switch (figure.qualifier) {
    case 'exact':
      return [value * (1 - QUALIFIER_SPREAD.exact), value * (1 + QUALIFIER_SPREAD.exact)];
    case 'approximate':
      return [value * (1 - QUALIFIER_SPREAD.approximate), value * (1 + QUALIFIER_SPREAD.approximate)];
    case 'at-least':
      return [value, value * (1 + QUALIFIER_SPREAD.bound)];
    case 'at-most':
      return [value * (1 - QUALIFIER_SPREAD.bound), value];
  }
}

/** Two ranges disagree when they do not overlap; a vague range's top is exclusive (`ratusan ribu` < 1,000,000). */
function disagree(a: ConflictValue, b: ConflictValue): boolean {
  const [lowA, highA] = a.range;
  const [lowB, highB] = b.range;
  const aTop = a.vague ? highA - 1e-9 : highA;
  const bTop = b.vague ? highB - 1e-9 : highB;
  return aTop < lowB || bTop < lowA;
}

function sameThing(a: FigureContext, b: FigureContext, unit: string): boolean {
  if (MEASURE_UNITS.has(unit)) {
    const weapon = (context: FigureContext) => context.entities.some((id) => id.startsWith('weapon:'));
    return a.entities.some((id) => b.entities.includes(id)) || (weapon(a) && weapon(b));
  }
  // Four missiles found and dozens supplied are counts of different events.
  const pa = a.predicates ?? [];
  const pb = b.predicates ?? [];
  const samePredicate = pa.length === 0 || pb.length === 0 || pa.some((p) => pb.includes(p));
  return samePredicate && a.entities.some((id) => b.entities.includes(id));
}

export function findConflicts(figures: readonly Figure[], contextOf: (figure: Figure) => FigureContext): Conflict[] {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (figure.unit === 'count' || figure.subject === null) continue;
    const key = `${figure.unit}|${figure.subject}|${figure.rate ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(figure);
    else groups.set(key, [figure]);
  }

  const conflicts: Conflict[] = [];
  for (const [key, members] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (members.length < 2) continue;
    const contexts = members.map(contextOf);
    // Connected components of "about the same thing".
    const parent = members.map((_, index) => index);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (sameThing(contexts[i] as FigureContext, contexts[j] as FigureContext, members[0]?.unit ?? '')) parent[find(i)] = find(j);
      }
    }
    const components = new Map<number, number[]>();
    members.forEach((_, index) => components.set(find(index), [...(components.get(find(index)) ?? []), index]));

    for (const indexes of components.values()) {
      if (indexes.length < 2) continue;
      const values: ConflictValue[] = indexes.map((index) => {
        const figure = members[index] as Figure;
        const value: ConflictValue = {
          value: figure.value,
          qualifier: figure.qualifier,
          text: figure.text,
          date: (contexts[index] as FigureContext).date,
          range: figureRange(figure),
          citation: { article: figure.ref.article, paragraph: figure.ref.paragraph },
        };
        if (figure.max !== undefined) value.max = figure.max;
        if (figure.vague) value.vague = true;
        return value;
      });
      const disagreeing = values.flatMap((a, i) => values.slice(i + 1).filter((b) => disagree(a, b)).map((b) => [a, b] as const));
      if (disagreeing.length === 0) continue;
      // Different known dates on every disagreeing pair: a figure updated over time.
      const change = disagreeing.every(([a, b]) => a.date !== null && b.date !== null && a.date !== b.date);
      const [unit = '', subject = '', rate = ''] = key.split('|');
      values.sort((a, b) => a.value - b.value || (a.citation.article < b.citation.article ? -1 : 1));
      const id = `conflict-${createHash('sha256').update(values.map((v) => `${v.citation.article}#${v.citation.paragraph}:${v.value}`).join('|')).digest('hex').slice(0, 10)}`;
      conflicts.push({ id, kind: change ? 'change' : 'conflict', unit, subject, ...(rate ? { rate } : {}), values });
    }
  }
  return conflicts;
}
