import { describe, expect, it } from 'vitest';
import type { LinkedClaim } from '../../src/analysis/link/index.ts';
import { claimGroups, conflictRows } from '../../src/lib/topic-views.ts';
import { locatorScope, type MapLeg, type MapPlace } from '../../src/lib/map/map-scope.ts';
import { sourceFacets } from '../../src/lib/source-facets.ts';

const claim = (id: string, entities: string[]): LinkedClaim =>
  ({ id, text: id, language: 'en', topics: ['t'], entities, citations: [], sentences: [], evidence: { score: 1, sharedEntities: [], sharedFigures: [], sharedPredicates: [], sharedTerms: [] }, sources: 1, origins: [] }) as unknown as LinkedClaim;

describe('claimGroups', () => {
  it('groups claims under the entity most of them share, largest group first, the rest last', () => {
    const claims = [
      claim('a', ['weapon:x', 'country:p']),
      claim('b', ['weapon:x', 'person:q']),
      claim('c', ['weapon:x']),
      claim('d', ['person:q', 'org:r']),
      claim('e', ['org:r']),
      claim('f', ['place:s']),
    ];
    const groups = claimGroups(claims);
    expect(groups.map((group) => [group.entity, group.claims.map((c) => c.id)])).toEqual([
      ['weapon:x', ['a', 'b', 'c']],
      ['org:r', ['d', 'e']],
      [null, ['f']],
    ]);
  });

  it('does not group by an entity that most claims name, and keeps every claim exactly once', () => {
    const claims = ['a', 'b', 'c', 'd', 'e'].map((id, i) => claim(id, ['country:p', ...(i < 2 ? ['person:q'] : [])]));
    const groups = claimGroups(claims);
    expect(groups.map((group) => group.entity)).toEqual(['person:q', null]);
    expect(groups.flatMap((group) => group.claims.map((c) => c.id)).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('returns one ungrouped group when nothing is shared, and none for no claims', () => {
    expect(claimGroups([claim('a', ['x']), claim('b', ['y'])]).map((group) => group.entity)).toEqual([null]);
    expect(claimGroups([])).toEqual([]);
  });
});

describe('sourceFacets', () => {
  const sources = [
    { id: 's1', outlet: 'Daily Post', originalSource: 'Wire A', language: 'en', topics: ['t1', 't2'] },
    { id: 's2', outlet: 'Daily Post', originalSource: null, language: 'id', topics: ['t1'] },
    { id: 's3', outlet: 'Daily-Post', originalSource: 'Wire A', language: 'id', topics: [] },
    { id: 's4', outlet: null, originalSource: null, language: 'und', topics: ['t2'] },
  ];
  const facets = sourceFacets(sources);

  it('lists each value with its sources, most sources first, and skips sources without one', () => {
    expect(facets.get('outlet')?.map((v) => [v.value, v.ids])).toEqual([
      ['Daily Post', ['s1', 's2']],
      ['Daily-Post', ['s3']],
    ]);
    expect(facets.get('original')?.map((v) => [v.value, v.ids])).toEqual([['Wire A', ['s1', 's3']]]);
    expect(facets.get('language')?.map((v) => v.value)).toEqual(['id', 'en', 'und']);
    expect(facets.get('topic')?.map((v) => [v.value, v.ids])).toEqual([
      ['t1', ['s1', 's2']],
      ['t2', ['s1', 's4']],
    ]);
  });

  it('gives values that slug alike distinct URL slugs', () => {
    const slugs = facets.get('outlet')?.map((v) => v.slug) ?? [];
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('daily-post');
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('paging', () => {
  it('splits a list into pages of a size, page 1 being the page itself', async () => {
    const { furtherPages, pageCount, pageItems } = await import('../../src/lib/paging.ts');
    expect([pageCount(0, 40), pageCount(40, 40), pageCount(41, 40)]).toEqual([1, 1, 2]);
    expect(furtherPages(40, 40)).toEqual([]);
    expect(furtherPages(101, 50)).toEqual([2, 3]);
    const items = Array.from({ length: 101 }, (_, i) => i);
    expect(pageItems(items, 3, 50)).toEqual([100]);
    expect([...pageItems(items, 1, 50), ...pageItems(items, 2, 50), ...pageItems(items, 3, 50)]).toEqual(items);
  });
});

describe('latestEvents', () => {
  it('keeps the latest events across years, in order', async () => {
    const { latestEvents } = await import('../../src/lib/topic-views.ts');
    const years = [
      { year: '2022', events: ['a', 'b'] },
      { year: '2023', events: ['c', 'd', 'e'] },
    ];
    expect(latestEvents(years, 4)).toEqual([
      { year: '2022', events: ['b'] },
      { year: '2023', events: ['c', 'd', 'e'] },
    ]);
    expect(latestEvents(years, 2)).toEqual([{ year: '2023', events: ['d', 'e'] }]);
    expect(latestEvents(years, 10)).toEqual(years);
  });
});

describe('topicClaims', () => {
  it('lists a topic’s claims, most independent origins first, once per build', async () => {
    const { topicClaims } = await import('../../src/lib/topic-views.ts');
    const withOrigins = (id: string, origins: number, topics: string[]) => ({ ...claim(id, []), topics, origins: Array.from({ length: origins }, () => ({})) }) as unknown as LinkedClaim;
    const linked = { claims: [withOrigins('a', 1, ['t']), withOrigins('b', 3, ['t', 'u']), withOrigins('c', 2, ['u'])] };
    expect(topicClaims(linked, 't').map((c) => c.id)).toEqual(['b', 'a']);
    expect(topicClaims(linked, 'u').map((c) => c.id)).toEqual(['b', 'c']);
    expect(topicClaims(linked, 'none')).toEqual([]);
  });
});

describe('shownCitations', () => {
  it('marks one citation per independent origin first, then the rest in order, up to the limit', async () => {
    const { shownCitations } = await import('../../src/lib/views.ts');
    const cite = (article: string, paragraph = 'p1') => ({ article, paragraph });
    // Articles a1–a4 share origin X, b1 is its own, c1 credits origin Y in p2.
    const origin = (key: string) => ({ key, name: key, kind: 'credited' as const });
    const origins = new Map([
      ...['a1', 'a2', 'a3', 'a4'].map((id) => [id, { article: origin('X'), paragraphs: new Map(), chain: [] }] as const),
      ['b1', { article: origin('own:b1'), paragraphs: new Map(), chain: [] }] as const,
      ['c1', { article: origin('own:c1'), paragraphs: new Map([['p2', origin('Y')]]), chain: [] }] as const,
    ]);
    const claim = { citations: [cite('a1'), cite('a2'), cite('a3'), cite('a4'), cite('b1'), cite('c1', 'p2')] };
    const linked = { origins } as unknown as Parameters<typeof shownCitations>[1];
    expect(shownCitations(claim, linked, 4)).toEqual([cite('a1'), cite('a2'), cite('b1'), cite('c1', 'p2')]);
    expect(shownCitations(claim, linked, 3)).toEqual([cite('a1'), cite('b1'), cite('c1', 'p2')]);
    expect(shownCitations(claim, linked, 10)).toBe(claim.citations);
  });
});

describe('conflictRows', () => {
  it('should show every statement when they fit', () => {
    expect(conflictRows([{ value: 1 }, { value: 2 }], 8)).toEqual([0, 1]);
  });

  it('should show one statement per distinct figure first, then the rest in order, up to the limit', () => {
    const values = [{ value: 900 }, { value: 900 }, { value: 900 }, { value: 1000 }, { value: 900 }, { value: 600, max: 700 }, { value: 1000 }];
    expect(conflictRows(values, 3)).toEqual([0, 3, 5]);
    expect(conflictRows(values, 4)).toEqual([0, 1, 3, 5]);
    expect(conflictRows(values, 2)).toEqual([0, 3]);
  });
});

describe('locatorScope', () => {
  const place = (id: string, onRoute: boolean, cited: number): MapPlace => ({
    id,
    name: id,
    country: null,
    kind: 'city',
    lon: 0,
    lat: 0,
    onRoute,
    citations: Array.from({ length: cited }, (_, i) => ({ article: `a${i}`, paragraph: 'p1' })),
    printed: [id],
  });
  const leg = (id: string, from: MapPlace, to: MapPlace, cited: number): MapLeg => ({
    id,
    from: { name: from.name, place: from },
    to: { name: to.name, place: to },
    mode: 'sea',
    cargo: null,
    citations: Array.from({ length: cited }, (_, i) => ({ article: `a${i}`, paragraph: 'p1' })),
    sentences: [],
    dates: null,
  });

  it('should keep the most-cited legs and their ends, then the most-mentioned places, within the limits', () => {
    const [a, b, c, d] = [place('a', true, 1), place('b', true, 1), place('c', true, 1), place('d', true, 1)];
    const [x, y, z] = [place('x', false, 5), place('y', false, 1), place('z', false, 3)];
    const scope = { legs: [leg('ab', a!, b!, 1), leg('cd', c!, d!, 4)], places: [a!, b!, c!, d!, x!, y!, z!] };
    const small = locatorScope(scope, { legs: 1, places: 4 });
    expect(small.legs.map((l) => l.id)).toEqual(['cd']);
    expect(small.places.map((p) => [p.id, p.onRoute])).toEqual([
      ['c', true],
      ['d', true],
      ['x', false],
      ['z', false],
    ]);
    // A scope within the limits is the scope itself.
    expect(locatorScope(scope, { legs: 5, places: 10 })).toBe(scope);
  });
});
