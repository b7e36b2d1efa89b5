import { describe, expect, it } from 'vitest';
import type { LinkedClaim } from '../../src/analysis/link/index.ts';
import { claimGroups } from '../../src/lib/topic-views.ts';
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
