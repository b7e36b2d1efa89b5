// Tests for article ids: ASCII slugs from seed names, and unique, stable ids for
// names that slug alike, whatever order the seeds are listed in.
import { describe, expect, it } from 'vitest';
import { assignArticleIds, slugFromSeed } from '../../src/pipeline/ids.ts';
import { isArticleId } from '../../src/pipeline/types.ts';

function expectDistinctValidIds(ids: Map<string, string>, seeds: readonly string[]): void {
  expect([...ids.keys()].sort()).toEqual([...seeds].sort());
  for (const id of ids.values()) expect(isArticleId(id), id).toBe(true);
  expect(new Set(ids.values()).size).toBe(seeds.length);
}

describe('slugFromSeed', () => {
  it('should make an ASCII id from a name with accents, spaces, brackets and an upper-case extension', () => {
    expect(slugFromSeed('Berita Ünik (1).TXT')).toBe('berita-unik-1');
  });

  it('should drop the folder part of a seed path', () => {
    expect(slugFromSeed('2024/januari/Laporan Akhir.txt')).toBe('laporan-akhir');
  });

  it.each(['', '.txt', '!!!.txt', '★ ☆.txt', '日本語.txt', '---.md'])('should give a valid id for the name "%s"', (name) => {
    expect(isArticleId(slugFromSeed(name))).toBe(true);
  });

  it('should keep a very long name within the id length limit, without a trailing dash', () => {
    const slug = slugFromSeed(`${'kata-'.repeat(60)}akhir.txt`);
    expect(isArticleId(slug)).toBe(true);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('assignArticleIds', () => {
  it('should give the real seed names their plain slugs', () => {
    const seeds = ['000_1903089345c47160.txt', '001_4cc6a11692715272.txt'];
    expect(assignArticleIds(seeds)).toEqual(
      new Map([
        ['000_1903089345c47160.txt', '000-1903089345c47160'],
        ['001_4cc6a11692715272.txt', '001-4cc6a11692715272'],
      ]),
    );
  });

  it('should give two seeds that differ only by case two distinct valid ids', () => {
    const seeds = ['Report.txt', 'report.txt'];
    const ids = assignArticleIds(seeds);
    expectDistinctValidIds(ids, seeds);
    expect([...ids.values()]).toContain('report');
  });

  it('should give two seeds that differ only by accents two distinct valid ids', () => {
    const seeds = ['café.txt', 'cafe.txt'];
    const ids = assignArticleIds(seeds);
    expectDistinctValidIds(ids, seeds);
    expect([...ids.values()]).toContain('cafe');
  });

  it('should give the same ids whatever order the seeds are listed in', () => {
    const seeds = ['Report.txt', 'report.txt', 'café.txt', 'cafe.txt', 'Café.TXT', 'other.txt'];
    const forward = assignArticleIds(seeds);
    const backward = assignArticleIds([...seeds].reverse());
    const shuffled = assignArticleIds([seeds[3], seeds[0], seeds[5], seeds[1], seeds[4], seeds[2]].filter((s): s is string => s !== undefined));
    expectDistinctValidIds(forward, seeds);
    expect(backward).toEqual(forward);
    expect(shuffled).toEqual(forward);
  });

  it('should keep the ids seeds already have', () => {
    const existing = new Map([
      ['report.txt', 'report'],
      ['Report.txt', 'laporan-lama'],
    ]);
    const ids = assignArticleIds(['Report.txt', 'report.txt', 'new.txt'], existing);
    expect(ids.get('report.txt')).toBe('report');
    expect(ids.get('Report.txt')).toBe('laporan-lama');
    expect(ids.get('new.txt')).toBe('new');
  });

  it('should not let a new seed take the id an existing seed keeps', () => {
    const ids = assignArticleIds(['a-report.txt', 'report.txt'], new Map([['a-report.txt', 'report']]));
    expect(ids.get('a-report.txt')).toBe('report');
    expect(ids.get('report.txt')).not.toBe('report');
    expectDistinctValidIds(ids, ['a-report.txt', 'report.txt']);
  });

  it('should replace an existing id that is not a valid article id', () => {
    const ids = assignArticleIds(['report.txt'], new Map([['report.txt', 'Not An Id!']]));
    expect(ids.get('report.txt')).toBe('report');
  });

  it('should avoid ids taken by other content files', () => {
    const ids = assignArticleIds(['report.txt', 'cafe.txt'], new Map(), new Set(['report', 'cafe']));
    expectDistinctValidIds(ids, ['report.txt', 'cafe.txt']);
    expect(ids.get('report.txt')).not.toBe('report');
    expect(ids.get('cafe.txt')).not.toBe('cafe');
  });

  it('should avoid a taken id that equals a suffixed slug', () => {
    const first = assignArticleIds(['Report.txt', 'report.txt']).get('report.txt') ?? '';
    const ids = assignArticleIds(['Report.txt', 'report.txt'], new Map(), new Set([first]));
    expectDistinctValidIds(ids, ['Report.txt', 'report.txt']);
    expect(ids.get('report.txt')).not.toBe(first);
  });

  it('should give empty and symbol-only names valid, distinct ids', () => {
    const seeds = ['.txt', '!!!.txt', '???.txt', '★.txt'];
    expectDistinctValidIds(assignArticleIds(seeds), seeds);
  });

  it('should give distinct ids when a seed is named like another seed\'s suffixed id', () => {
    const suffixed = assignArticleIds(['Report.txt', 'report.txt']).get('report.txt') ?? '';
    const seeds = ['Report.txt', 'report.txt', `${suffixed}.txt`];
    expectDistinctValidIds(assignArticleIds(seeds), seeds);
  });
});
