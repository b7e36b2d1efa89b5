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

/**
 * Unions the figures of one unit that are about the same thing: a shared entity, and
 * for counts a compatible predicate (none stated, or one in common); for a measure
 * (a weapon's range, a sum of money) a shared entity, or a weapon in both sentences.
 * Rather than test every pair, figures are gathered by entity (and by predicate within
 * an entity): the components are those of the pairwise test, at a fraction of the cost.
 */
function unionSameThing(contexts: readonly FigureContext[], unit: string, union: (i: number, j: number) => void): void {
  const byEntity = new Map<string, number[]>();
  contexts.forEach((context, index) => {
    for (const id of new Set(context.entities)) {
      const list = byEntity.get(id);
      if (list) list.push(index);
      else byEntity.set(id, [index]);
    }
  });
  const unionAll = (indexes: readonly number[]) => {
    for (let k = 1; k < indexes.length; k++) union(indexes[0] as number, indexes[k] as number);
  };
  if (MEASURE_UNITS.has(unit)) {
    for (const indexes of byEntity.values()) unionAll(indexes);
    unionAll(contexts.flatMap((context, index) => (context.entities.some((id) => id.startsWith('weapon:')) ? [index] : [])));
    return;
  }
  // Four missiles found and dozens supplied are counts of different events.
  for (const indexes of byEntity.values()) {
    const open = indexes.filter((index) => ((contexts[index] as FigureContext).predicates ?? []).length === 0);
    // A figure with no predicate may be compared with any figure sharing the entity.
    if (open.length > 0) unionAll([open[0] as number, ...indexes]);
    const byPredicate = new Map<string, number[]>();
    for (const index of indexes) {
      for (const predicate of (contexts[index] as FigureContext).predicates ?? []) {
        const list = byPredicate.get(predicate);
        if (list) list.push(index);
        else byPredicate.set(predicate, [index]);
      }
    }
    for (const list of byPredicate.values()) unionAll(list);
  }
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
    // Connected components of "about the same thing", each in figure order.
    const parent = members.map((_, index) => index);
    const find = (i: number): number => {
      let root = i;
      while (parent[root] !== root) root = parent[root] as number;
      for (let at = i; parent[at] !== root; ) [at, parent[at]] = [parent[at] as number, root];
      return root;
    };
    unionSameThing(contexts, members[0]?.unit ?? '', (i, j) => {
      parent[find(i)] = find(j);
    });
    const components = new Map<number, number[]>();
    members.forEach((_, index) => {
      const root = find(index);
      const list = components.get(root);
      if (list) list.push(index);
      else components.set(root, [index]);
    });

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
      // Different known dates on every disagreeing pair: a figure updated over time.
      let disagreeing = false;
      let change = true;
      for (let i = 0; i < values.length && change; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i] as ConflictValue;
          const b = values[j] as ConflictValue;
          if (!disagree(a, b)) continue;
          disagreeing = true;
          if (a.date === null || b.date === null || a.date === b.date) {
            change = false;
            break;
          }
        }
      }
      if (!disagreeing) continue;
      const [unit = '', subject = '', rate = ''] = key.split('|');
      values.sort((a, b) => a.value - b.value || (a.citation.article < b.citation.article ? -1 : 1));
      const id = `conflict-${createHash('sha256').update(values.map((v) => `${v.citation.article}#${v.citation.paragraph}:${v.value}`).join('|')).digest('hex').slice(0, 10)}`;
      conflicts.push({ id, kind: change ? 'change' : 'conflict', unit, subject, ...(rate ? { rate } : {}), values });
    }
  }
  return conflicts;
}
