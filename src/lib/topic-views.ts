// What a topic page shows beyond its claims list: the claims grouped by the entity
// they are about, and the topic's figures and dated events (those stated in
// paragraphs on the topic).
import type { LinkedClaim } from '../analysis/link/index.ts';
import type { Briefing } from '../analysis/model.ts';
import type { Figure } from '../analysis/types.ts';
import type { Conflict } from '../analysis/link/conflicts.ts';
import type { CitationIndex, CitationMark } from './citations.ts';

export interface ClaimGroup {
  /** The entity the group's claims share; null for the rest. */
  entity: string | null;
  claims: LinkedClaim[];
}

/** An entity named by more than this share of a topic's claims does not tell them apart. */
const UBIQUITOUS = 0.5;

/**
 * Claims grouped by entity, greedily: the entity named by the most claims not yet
 * grouped heads the next group (at least `minGroup` claims; ties by entity id), until no
 * entity is shared; the rest form a last group with `entity: null`. Entities named by
 * more than half the claims (the topic's subject, usually) are not used to group.
 * Claims keep their order inside each group; groups come largest first.
 */
export function claimGroups(claims: readonly LinkedClaim[], minGroup = 2): ClaimGroup[] {
  const counts = new Map<string, number>();
  for (const claim of claims) for (const entity of new Set(claim.entities)) counts.set(entity, (counts.get(entity) ?? 0) + 1);
  const usable = (entity: string) => claims.length < 4 || (counts.get(entity) ?? 0) <= claims.length * UBIQUITOUS;
  const left = new Set(claims);
  const groups: ClaimGroup[] = [];
  for (;;) {
    const tally = new Map<string, number>();
    for (const claim of left) for (const entity of new Set(claim.entities)) if (usable(entity)) tally.set(entity, (tally.get(entity) ?? 0) + 1);
    let best: string | null = null;
    let bestCount = 0;
    for (const [entity, count] of tally) {
      if (count > bestCount || (count === bestCount && best !== null && entity < best)) {
        best = entity;
        bestCount = count;
      }
    }
    if (best === null || bestCount < minGroup) break;
    const members = claims.filter((claim) => left.has(claim) && claim.entities.includes(best));
    for (const claim of members) left.delete(claim);
    groups.push({ entity: best, claims: members });
  }
  if (left.size > 0) groups.push({ entity: null, claims: claims.filter((claim) => left.has(claim)) });
  return groups;
}

/** Whether the paragraph `ref` is on `topic`. */
export function onTopic(briefing: Pick<Briefing, 'articleTopics'>, topic: string, ref: { article: string; paragraph: string }): boolean {
  return briefing.articleTopics.get(ref.article)?.paragraphs.get(ref.paragraph)?.includes(topic) ?? false;
}

/** The figures stated in paragraphs on `topic`. */
export function topicFigures(briefing: Pick<Briefing, 'articleTopics' | 'figures'>, topic: string): Figure[] {
  return briefing.figures.filter((figure) => onTopic(briefing, topic, figure.ref));
}

const byTopicCache = new WeakMap<object, Map<string, LinkedClaim[]>>();

/** A topic's claims, most independent origins first (then most sources, then id); computed once per build for all topics. */
export function topicClaims(linked: { claims: readonly LinkedClaim[] }, topic: string): LinkedClaim[] {
  let byTopic = byTopicCache.get(linked);
  if (!byTopic) {
    byTopic = new Map();
    const ordered = [...linked.claims].sort((a, b) => b.origins.length - a.origins.length || b.sources - a.sources || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const claim of ordered) for (const id of claim.topics) byTopic.set(id, [...(byTopic.get(id) ?? []), claim]);
    byTopicCache.set(linked, byTopic);
  }
  return byTopic.get(topic) ?? [];
}

/** The latest `limit` events of a timeline, still by year and in date order. */
export function latestEvents<T extends { year: string; events: readonly unknown[] }>(years: readonly T[], limit: number): T[] {
  const out: T[] = [];
  let left = limit;
  for (let i = years.length - 1; i >= 0 && left > 0; i--) {
    const year = years[i]!;
    const events = year.events.slice(Math.max(0, year.events.length - left));
    left -= events.length;
    out.unshift({ ...year, events });
  }
  return out;
}

/**
 * The statements of a conflict a page shows, at most `limit`, in their order: one for
 * each distinct figure first (so every side of the disagreement shows), then the rest.
 * Returns their indexes in `values`.
 */
export function conflictRows(values: readonly { value: number; max?: number }[], limit: number): number[] {
  if (values.length <= limit) return values.map((_, index) => index);
  const chosen = new Set<number>();
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const key = `${value.value}|${value.max ?? ''}`;
    if (chosen.size < limit && !seen.has(key)) {
      seen.add(key);
      chosen.add(index);
    }
  });
  for (let index = 0; index < values.length && chosen.size < limit; index++) chosen.add(index);
  return [...chosen].sort((a, b) => a - b);
}

/** Citation marks in `index` for the statements `rows` of a conflict, in order (as ConflictTable shows them). */
export function citeConflictRows(index: CitationIndex, conflict: Conflict, rows: readonly number[]): CitationMark[] {
  const values = rows.map((row) => conflict.values[row]).filter((value) => value !== undefined);
  return index.cite(values.map((value) => value.citation), values.map((value) => value.text));
}

/** Conflicts as an excerpt shows them: a few statements of each (every distinct figure first, `conflictRows`), with their marks. */
export function conflictExcerpts(conflicts: readonly Conflict[], index: CitationIndex, limit: number): { conflict: Conflict; rows: number[]; marks: CitationMark[] }[] {
  return conflicts.map((conflict) => {
    const rows = conflictRows(conflict.values, limit);
    return { conflict, rows, marks: citeConflictRows(index, conflict, rows) };
  });
}
