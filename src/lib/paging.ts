// Long lists split into pages, so a page stays small however large the corpus grows
// (a country named in thousands of paragraphs, a topic with thousands of claims).
// Page 1 is the entity's or topic's own page; pages 2… live below it.

export const PAGE_SIZE = {
  /** Claims on a topic page and on each of its further pages. */
  topicClaims: 10,
  /** Mentions in context on an entity page and on each of its further pages. */
  entityMentions: 50,
  /** Figures, dated events and sources shown on a topic page before linking to their full lists. */
  topicExcerpt: 6,
  /** Conflicts shown on a topic page, and statements shown in each (one per distinct figure first). */
  topicConflicts: 3,
  conflictRows: 5,
  /** Quotes shown on a speaker's entity page (all are in /data/quotes.json). */
  entityQuotes: 8,
  /** Citation marks of each claim on a topic page (one per independent origin first; CLAIM_MARKS elsewhere). */
  topicClaimMarks: 4,
} as const;

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Items of 1-based page `page`. */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The numbers 2…count, for the routes of the further pages. */
export function furtherPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}
