// The pages of the lists that span the whole corpus (/figures/, the timelines): how
// their rows fall on pages of a bounded size, computed once per build and shared by
// both languages, the route list and the links that point into them (a topic page's
// "all statements" link goes to the figures page that holds the conflict).
import type { Conflict } from '../analysis/link/conflicts.ts';
import type { Briefing } from '../analysis/model.ts';
import type { Site } from './briefing.ts';
import { citedParagraphs, keyOnce, pageKey } from './page-keys.ts';
import { figureGroups, timeline, type FigureGroup, type TimelineYear } from './entity-views.ts';
import { pageBlocks, pageOfRow, PAGE_SIZE, type BlockSlice } from './paging.ts';

export interface FiguresLayout {
  conflicts: readonly Conflict[];
  groups: readonly FigureGroup[];
  /** Blocks are the conflicts (their statements) then the groups (their figures). */
  pages: BlockSlice[][];
}

export interface TimelineLayout {
  years: readonly TimelineYear[];
  /** Blocks are the years (their events). */
  pages: BlockSlice[][];
}

const figuresMemo = new WeakMap<object, FiguresLayout>();
const timelineMemo = new WeakMap<object, Map<string, TimelineLayout>>();

export function figuresLayout(site: Pick<Site, 'linked' | 'briefing'>): FiguresLayout {
  let layout = figuresMemo.get(site.linked);
  if (!layout) {
    const conflicts = site.linked.conflicts;
    const groups = figureGroups(site.briefing.figures);
    const sizes = [...conflicts.map((conflict) => conflict.values.length), ...groups.map((group) => group.figures.length)];
    layout = { conflicts, groups, pages: pageBlocks(sizes, PAGE_SIZE.figureRows) };
    figuresMemo.set(site.linked, layout);
  }
  return layout;
}

/** `/figures/` for page 1, `/figures/<n>/` after (below `base`). */
export function figuresPageHref(base: string, page: number): string {
  return page === 1 ? `${base}figures/` : `${base}figures/${page}/`;
}

/** Where a conflict's table starts: its figures page and anchor. */
export function conflictHref(site: Pick<Site, 'linked' | 'briefing'>, base: string, conflictId: string): string {
  return `${figuresPageHref(base, conflictPage(site, conflictId))}#${conflictId}`;
}

/** The figures page that holds a conflict (its first, where it continues over a page break). */
export function conflictPage(site: Pick<Site, 'linked' | 'briefing'>, conflictId: string): number {
  const layout = figuresLayout(site);
  const block = layout.conflicts.findIndex((conflict) => conflict.id === conflictId);
  return block < 0 ? 1 : pageOfRow(layout.pages, block);
}

/** The whole timeline (`topic` undefined) or one topic's, laid on pages. */
export function timelineLayout(briefing: Pick<Briefing, 'events' | 'articleTopics'>, topic?: string): TimelineLayout {
  let byTopic = timelineMemo.get(briefing);
  if (!byTopic) timelineMemo.set(briefing, (byTopic = new Map()));
  const key = topic ?? '';
  let layout = byTopic.get(key);
  if (!layout) {
    const years = timeline(briefing, topic);
    layout = { years, pages: pageBlocks(years.map((year) => year.events.length), PAGE_SIZE.timelineEvents) };
    byTopic.set(key, layout);
  }
  return layout;
}

/** `/timeline/` or `/timeline/<topic>/` for page 1, then `<n>/` below it. */
export function timelinePageHref(base: string, topic: string | undefined, page: number): string {
  const first = topic ? `${base}timeline/${topic}/` : `${base}timeline/`;
  return page === 1 ? first : `${first}${page}/`;
}

/** A layout's slices of page `page` (1-based), each with its block's rows. */
function slicesOf<T>(pages: readonly (readonly BlockSlice[])[], page: number, rowsOf: (block: number) => readonly T[]): { block: number; start: number; rows: T[]; continued: boolean }[] {
  return (pages[page - 1] ?? []).map((slice) => ({ block: slice.block, start: slice.start, rows: rowsOf(slice.block).slice(slice.start, slice.end), continued: slice.start > 0 }));
}

export interface FiguresPage {
  /** Pages in all. */
  count: number;
  /** The conflicts on this page: each with the indexes of its statements shown here. */
  conflicts: { conflict: Conflict; rows: number[]; continued: boolean }[];
  /** The figure groups on this page, each cut to its figures shown here. */
  groups: { group: FigureGroup; continued: boolean }[];
}

/** What figures page `page` shows: the view the page renders and its key digests. */
export function figuresPage(site: Pick<Site, 'linked' | 'briefing'>, page: number): FiguresPage {
  const layout = figuresLayout(site);
  const split = layout.conflicts.length;
  const slices = layout.pages[page - 1] ?? [];
  return {
    count: layout.pages.length,
    conflicts: slices
      .filter((slice) => slice.block < split)
      .map((slice) => ({ conflict: layout.conflicts[slice.block]!, rows: Array.from({ length: slice.end - slice.start }, (_, i) => slice.start + i), continued: slice.start > 0 })),
    groups: slices
      .filter((slice) => slice.block >= split)
      .map((slice) => {
        const whole = layout.groups[slice.block - split]!;
        return { group: { ...whole, figures: whole.figures.slice(slice.start, slice.end) }, continued: slice.start > 0 };
      }),
  };
}

/**
 * The incremental-build key of a figures page: its view (page count, conflicts with
 * the statements shown, groups cut to their rows) and the paragraphs it cites. An
 * edit re-renders the pages whose rows or cited paragraphs it changes.
 */
export function figuresPageKey(site: Pick<Site, 'linked' | 'briefing' | 'articles'>, page: number): string {
  return keyOnce(site, `figures\0${page}`, () => {
    const view = figuresPage(site, page);
    const shown = view.conflicts.map(({ conflict, rows, continued }) => {
      const { values, ...about } = conflict;
      return { about, continued, values: rows.map((row) => values[row]) };
    });
    const cited = [...view.conflicts.flatMap(({ conflict, rows }) => rows.flatMap((row) => conflict.values[row]?.citation ?? [])), ...view.groups.flatMap(({ group }) => group.figures.map((figure) => figure.ref))];
    return pageKey('figures', page, view.count, shown, view.groups, citedParagraphs(site.articles, cited));
  });
}

/** What timeline page `page` shows: its years, each with the events on this page. */
export function timelinePage(briefing: Pick<Briefing, 'events' | 'articleTopics'>, topic: string | undefined, page: number): { count: number; years: TimelineYear[] } {
  const layout = timelineLayout(briefing, topic);
  return { count: layout.pages.length, years: slicesOf(layout.pages, page, (block) => layout.years[block]?.events ?? []).map((slice) => ({ year: layout.years[slice.block]!.year, events: slice.rows })) };
}

/**
 * The key of a timeline page: its topic filter (topics and titles), its view and the
 * paragraphs it cites.
 */
export function timelinePageKey(site: Pick<Site, 'briefing' | 'articles'>, topic: string | undefined, page: number, topics: readonly string[]): string {
  return keyOnce(site, `timeline\0${topic ?? ''}\0${page}\0${topics.join('\0')}`, () => {
    const view = timelinePage(site.briefing, topic, page);
    const titles = site.briefing.topics.filter((item) => topics.includes(item.id)).map((item) => [item.id, item.title]);
    return pageKey('timeline', topic ?? null, page, topics, titles, view, citedParagraphs(site.articles, view.years.flatMap((year) => year.events.map((event) => event.ref))));
  });
}
