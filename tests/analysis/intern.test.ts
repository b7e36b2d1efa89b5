// internStrings: the analysis read back from the build cache shares its repeated strings
// again, and is otherwise the value that was stored.
import { getHeapStatistics, deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { internStrings } from '../../src/analysis/intern.ts';

/** A value shaped like the analysis: records, lists, Maps and Sets keyed by ids, a shared object, a cycle, bytes. */
function sample() {
  const shared = { id: 'country:KP', label: 'Korea Utara' };
  const paragraphs = Array.from({ length: 40 }, (_, index) => ({ anchor: `p${index % 7}`, entities: ['country:KP', 'country:RU', `place:${index % 3}`], text: `Sentence ${index % 5} about shells.` }));
  const byEntity = new Map<string, unknown>([
    ['country:RU', { count: 3, refs: ['a#p1', 'b#p2'] }],
    ['country:KP', shared],
    ['place:0', new Set(['a', 'b', 'a#p1'])],
  ]);
  const root: Record<string, unknown> = { shared, again: shared, paragraphs, byEntity, nested: [[['p1', 'p1'], 'p1'], { deep: { deeper: 'country:RU' } }], bytes: new Uint8Array([1, 2, 3]), when: new Date(0), none: null, flag: true, count: 7 };
  root['self'] = root;
  return root;
}

describe('internStrings', () => {
  it('should give back a value equal to the stored one: records, lists, Maps and Sets in their order, shared objects and cycles kept', () => {
    const original = sample();
    const copy = internStrings(deserialize(serialize(original)) as ReturnType<typeof sample>);
    expect(copy).toEqual(original);
    expect([...(copy['byEntity'] as Map<string, unknown>).keys()]).toEqual(['country:RU', 'country:KP', 'place:0']);
    expect([...((copy['byEntity'] as Map<string, unknown>).get('place:0') as Set<string>)]).toEqual(['a', 'b', 'a#p1']);
    expect(copy['again']).toBe(copy['shared']);
    expect((copy['byEntity'] as Map<string, unknown>).get('country:KP')).toBe(copy['shared']);
    expect(copy['self']).toBe(copy);
    expect(copy['bytes']).toBeInstanceOf(Uint8Array);
    expect(copy['when']).toBeInstanceOf(Date);
    // A sparse array keeps its holes.
    const sparse = internStrings(deserialize(serialize([, 'p1', , 'p1'])) as unknown[]);
    expect(0 in sparse).toBe(false);
    expect(sparse).toEqual([, 'p1', , 'p1']);
    expect(internStrings('plain')).toBe('plain');
    expect(internStrings(null)).toBeNull();
  });

  it('should keep one instance of a repeated string (the heap a deserialized list of copies takes shrinks to its references)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      gc();
      return getHeapStatistics().used_heap_size;
    };
    const sentence = 'Korea Utara dilaporkan mengirim jutaan peluru artileri dan rudal balistik ke Rusia sejak 2023, menurut pejabat.';
    const stored = serialize({ sentences: Array.from({ length: 50_000 }, () => sentence), ids: new Map(Array.from({ length: 5_000 }, (_, index) => [`article-${index}`, 'country:KP'])) });
    const before = heap();
    const value = deserialize(stored) as { sentences: string[]; ids: Map<string, string> };
    const copies = heap() - before;
    internStrings(value);
    const interned = heap() - before;
    // 50,000 copies of a 112-character string are over 5 MB; their references 0.4 MB.
    expect(copies).toBeGreaterThan(5_000_000);
    expect(interned).toBeLessThan(copies / 4);
    expect(value.sentences.every((text) => text === sentence)).toBe(true);
    expect(value.ids.get('article-4999')).toBe('country:KP');
  });
});
