import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadBriefingData } from '../../src/analysis/load-data.ts';
import { linkBriefing } from '../../src/analysis/link/index.ts';
import { buildBriefing } from '../../src/analysis/model.ts';
import { attributionChain, coverage, datesCovered, keyFindings, paragraphNotes, sourceLabel } from '../../src/lib/views.ts';
import { seedArticles } from '../helpers/seed-articles.ts';

const data = loadBriefingData(fileURLToPath(new URL('../../content/', import.meta.url)));
const seeds = seedArticles();
const briefing = buildBriefing([...seeds.values()], data);
const linked = linkBriefing(briefing, data.organizations);
const articles = new Map(briefing.articles.map((a) => [a.id, a]));

describe('page views of the seeds', () => {
  it('should lead the home page with multi-source claims, most independent origins first', () => {
    const findings = keyFindings(linked.claims);
    expect(findings.length).toBeGreaterThan(0);
    for (const claim of findings) expect(claim.sources).toBeGreaterThan(1);
    for (let i = 1; i < findings.length; i++) expect(findings[i - 1]!.origins.length).toBeGreaterThanOrEqual(findings[i]!.origins.length);
  });

  it('should count every topic-tagged paragraph of every source in the coverage matrix', () => {
    const matrix = coverage(briefing);
    expect(matrix.columns.map((column) => column.kind)).toEqual(Array(5).fill('source'));
    const shipments = matrix.rows.find((row) => row.topic === 'shipments-logistics');
    const i003 = matrix.columns.findIndex((column) => column.href === `sources/${seeds.get('003')!.id}/`);
    expect(shipments?.counts[i003]).toBeGreaterThanOrEqual(2);
  });

  it('should group the coverage columns by outlet past the column limit, one column for the rest, every paragraph still counted', () => {
    const bySource = coverage(briefing);
    const byOutlet = coverage(briefing, 3);
    expect(byOutlet.columns.map((column) => column.kind)).toEqual(['outlet', 'outlet', 'rest']);
    expect(byOutlet.columns.reduce((sum, column) => sum + column.articles, 0)).toBe(briefing.articles.length);
    for (const column of byOutlet.columns.slice(0, 2)) expect(column.href).toMatch(/^sources\/outlet\/[a-z0-9-]+\/$/);
    const total = (row: { counts: number[] }) => row.counts.reduce((sum, count) => sum + count, 0);
    expect(byOutlet.rows.map((row) => [row.topic, total(row)])).toEqual(bySource.rows.map((row) => [row.topic, total(row)]));
  });

  it('should give the oldest and newest dates the sources speak of, with their precision', () => {
    const dates = datesCovered(briefing);
    // 000 says a missile was made `pada tahun 2024`: known to the year only, and newer than 003's 13 October 2023.
    expect(dates?.newest).toEqual({ date: '2024', precision: 'year' });
    expect(dates && dates.oldest.date <= dates.newest.date).toBe(true);
  });

  it('should note beside a paragraph the other sources that state the same claim', () => {
    const id002 = seeds.get('002')!.id;
    const notes = paragraphNotes({ linked, articles }, id002);
    expect(notes.size).toBeGreaterThan(0);
    for (const note of notes.values()) for (const item of note.corroborating) expect(item.article).not.toBe(id002);
  });

  it('should list the first few other paragraphs beside a paragraph and count them all', () => {
    // Paragraphs with several claims take the joined path (views.ts `unionSet`).
    expect([...linked.claimsByParagraph.values()].some((claims) => claims.length > 1)).toBe(true);
    for (const id of [...articles.keys()]) {
      const all = paragraphNotes({ linked, articles }, id, 1000);
      const few = paragraphNotes({ linked, articles }, id, 1);
      expect([...few.keys()]).toEqual([...all.keys()]);
      for (const [anchor, note] of all) {
        // Counted the slow way: every other article's paragraph among the paragraph's claims, once.
        const naive = new Set((linked.claimsByParagraph.get(`${id}#${anchor}`) ?? []).flatMap((claim) => claim.citations).filter((c) => c.article !== id).map((c) => `${c.article}#${c.paragraph}`));
        expect(note.corroboratingTotal).toBe(naive.size);
        expect(note.corroborating.map((c) => `${c.article}#${c.paragraph}`)).toEqual([...naive]);
        const short = few.get(anchor)!;
        expect(short.corroborating).toEqual(note.corroborating.slice(0, 1));
        expect(short.corroboratingTotal).toBe(note.corroboratingTotal);
        expect(short.disputing).toEqual(note.disputing.slice(0, 1));
        expect(short.disputingTotal).toBe(note.disputing.length);
      }
    }
  });

  it('should note disputed figures beside the paragraph that states one (the missile range in 001)', () => {
    const id001 = seeds.get('001')!.id;
    const range = seeds.get('001')!.paragraphs.find((p) => p.text.includes('900 kilometer'))!;
    const note = paragraphNotes({ linked, articles }, id001).get(range.anchor);
    expect(note?.disputing.map((item) => item.article)).toContain(seeds.get('002')!.id);
  });

  it('should label a source by its outlet, else the original it credits', () => {
    expect(sourceLabel({ outlet: 'NTD', originalSource: null, title: 'x' })).toBe('NTD');
    expect(sourceLabel({ outlet: null, originalSource: 'Business Insider', title: 'x' })).toBe('Business Insider');
  });

  it('should give a source its attribution chain: outlet, original, credited media, then the officials it quotes', () => {
    const chain = attributionChain({ briefing, linked }, seeds.get('003')!.id);
    expect(chain[0]).toBe('EGINDO.co');
    expect(chain[1]).toBe('CNA');
    expect(chain.at(-1)).toMatch(/^quoted: .*John Kirby/);
  });
});
