// Long lists split into pages, so a page stays small however large the corpus grows
// (a country named in thousands of paragraphs, a topic with thousands of claims).
// Page 1 is the entity's or topic's own page; pages 2… live below it. A list may
// hold fewer items on page 1, which shares its page with everything else, than on
// the further pages, which hold only the list (fewer pages to build and to click).

/** Items a page holds: the same on every page, or fewer on page 1 than after. */
export type PageSize = number | { first: number; rest: number };

export const PAGE_SIZE = {
  /** Claims on a topic page, and on each of its further pages. */
  topicClaims: { first: 8, rest: 16 },
  /** Mentions in context on an entity page, and on each of its further pages. */
  entityMentions: { first: 50, rest: 150 },
  /** Figures, dated events and sources shown on a topic page before linking to their full lists. */
  topicExcerpt: 6,
  /** Conflicts shown on a topic page, and statements shown in each (one per distinct figure first). */
  topicConflicts: 3,
  conflictRows: 5,
  /** Quotes shown on a speaker's entity page (all are in /data/quotes.json). */
  entityQuotes: 8,
  /** Citation marks of each claim on a topic page (one per independent origin first; CLAIM_MARKS elsewhere). */
  topicClaimMarks: 4,
  /** Rows (statements of conflicts, then figures) on each page of /figures/. */
  figureRows: 100,
  /** Dated events on each page of a timeline. */
  timelineEvents: 100,
  /** Conflicts shown on the home page before linking to /figures/. */
  homeConflicts: 3,
  /** Sources shown as columns of the home page's coverage table; more are grouped by outlet. */
  coverageColumns: 12,
  /** Items not placed on the map shown on /map/ (all are in /data/unresolved.json). */
  mapUnresolved: 20,
  /** Citation marks of each leg and place on /map/ (all are in the data files). */
  mapMarks: 2,
} as const;

const sizes = (size: PageSize) => (typeof size === 'number' ? { first: size, rest: size } : size);

export function pageCount(total: number, size: PageSize): number {
  const { first, rest } = sizes(size);
  return total <= first ? 1 : 1 + Math.ceil((total - first) / rest);
}

/** Index of the first item of 1-based page `page`. */
export function pageStart(page: number, size: PageSize): number {
  const { first, rest } = sizes(size);
  return page <= 1 ? 0 : first + (page - 2) * rest;
}

/** Items of 1-based page `page`. */
export function pageItems<T>(items: readonly T[], page: number, size: PageSize): T[] {
  const start = pageStart(page, size);
  return items.slice(start, start + (page <= 1 ? sizes(size).first : sizes(size).rest));
}

/** The numbers 2…count, for the routes of the further pages. */
export function furtherPages(total: number, size: PageSize): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}

/** Rows `start`…`end - 1` of block `block` (a conflict, a group of figures, a year). */
export interface BlockSlice {
  block: number;
  start: number;
  end: number;
}

/**
 * Blocks of rows laid on pages of at most `size` rows, in order: a block that does
 * not fit in what is left of a page goes on over the next ones, so every page is
 * bounded however large one block grows. Always at least one (possibly empty) page.
 */
export function pageBlocks(sizes: readonly number[], size: number): BlockSlice[][] {
  if (!(size >= 1)) throw new Error(`pageBlocks: page size must be at least 1, got ${size}`);
  const pages: BlockSlice[][] = [[]];
  let room = size;
  sizes.forEach((rows, block) => {
    let start = 0;
    while (start < rows) {
      if (room === 0) {
        pages.push([]);
        room = size;
      }
      const end = Math.min(rows, start + room);
      (pages.at(-1) as BlockSlice[]).push({ block, start, end });
      room -= end - start;
      start = end;
    }
  });
  return pages;
}

/** The 1-based page on which row `row` of block `block` lies, in a layout from `pageBlocks`. */
export function pageOfRow(pages: readonly (readonly BlockSlice[])[], block: number, row = 0): number {
  const index = pages.findIndex((slices) => slices.some((slice) => slice.block === block && slice.start <= row && row < slice.end));
  return index < 0 ? 1 : index + 1;
}
