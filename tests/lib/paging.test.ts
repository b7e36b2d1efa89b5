import { describe, expect, it } from 'vitest';
import { furtherPages, pageBlocks, pageCount, pageItems, pageOfRow, pageStart } from '../../src/lib/paging.ts';
import { figuresLayout, timelineLayout } from '../../src/lib/index-pages.ts';
import { seedSite } from '../helpers/seed-briefing.ts';

const rowsOf = (pages: ReturnType<typeof pageBlocks>) => pages.flatMap((slices) => slices.flatMap((slice) => Array.from({ length: slice.end - slice.start }, (_, i) => `${slice.block}:${slice.start + i}`)));

describe('pages with fewer items on page 1 than after', () => {
  it('put `first` items on page 1 and `rest` on each further page, every item once, in order', () => {
    const size = { first: 3, rest: 5 };
    const items = Array.from({ length: 14 }, (_, i) => i);
    expect([pageCount(0, size), pageCount(3, size), pageCount(4, size), pageCount(8, size), pageCount(14, size)]).toEqual([1, 1, 2, 2, 4]);
    expect(furtherPages(14, size)).toEqual([2, 3, 4]);
    expect([1, 2, 3, 4].map((page) => pageItems(items, page, size))).toEqual([[0, 1, 2], [3, 4, 5, 6, 7], [8, 9, 10, 11, 12], [13]]);
    expect([1, 2, 3, 4].map((page) => pageStart(page, size))).toEqual([0, 3, 8, 13]);
  });
});

describe('pageBlocks', () => {
  it('lays every row of every block once, in order, no page over the size, blocks split across pages', () => {
    const sizes = [3, 0, 7, 1, 12, 2];
    const pages = pageBlocks(sizes, 5);
    expect(rowsOf(pages)).toEqual(sizes.flatMap((rows, block) => Array.from({ length: rows }, (_, i) => `${block}:${i}`)));
    for (const slices of pages) expect(slices.reduce((sum, slice) => sum + slice.end - slice.start, 0)).toBeLessThanOrEqual(5);
    expect(pages).toHaveLength(pageCount(25, 5));
    // Block 4 (12 rows) starts on page 3 with 4 rows, fills page 4 and goes on to page 5.
    expect(pageOfRow(pages, 4)).toBe(3);
    expect(pageOfRow(pages, 4, 11)).toBe(5);
    expect(pages[3]).toEqual([{ block: 4, start: 4, end: 9 }]);
  });

  it('gives one empty page for no rows, and refuses a page size below 1', () => {
    expect(pageBlocks([], 10)).toEqual([[]]);
    expect(pageBlocks([0, 0], 10)).toEqual([[]]);
    expect(() => pageBlocks([1], 0)).toThrow(/at least 1/);
  });
});

describe('the index-page layouts of the seeds', () => {
  it('lay every conflict statement and every figure on the figures pages, and every event on the timeline pages', () => {
    const site = seedSite();
    const figures = figuresLayout(site);
    expect(rowsOf(figures.pages)).toHaveLength(site.linked.conflicts.reduce((sum, c) => sum + c.values.length, 0) + site.briefing.figures.length);
    const whole = timelineLayout(site.briefing);
    expect(rowsOf(whole.pages)).toHaveLength(site.briefing.events.length);
    expect(timelineLayout(site.briefing)).toBe(whole);
  });
});
