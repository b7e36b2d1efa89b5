// The ingest cache skips seeds that did not change. Whatever it skips, a run must end
// with the files and the report a run without it gives, and it must never touch a
// file someone edited.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest, type IngestReport } from '../../src/pipeline/run-ingest.ts';
import { memoryEffects, memoryStore, type MemoryStore } from '../helpers/memory-effects.ts';

const seedsDir = new URL('../../seeds/', import.meta.url);
const seedFiles = Object.fromEntries(readdirSync(seedsDir).map((name) => [name, new Uint8Array(readFileSync(new URL(name, seedsDir)))]));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const english = `Ships Carry Shells Across the Sea

WASHINGTON (Reuters) - Officials said on Monday that 6,000 containers were shipped.

"We are watching closely," the official said.`;

const code = { codeDigest: 'code-1' };

/** The report without what only the cache changes (which seeds were processed). */
function outcome(report: IngestReport) {
  const { articles: _articles, reused: _reused, ...rest } = report;
  return rest;
}

describe('the ingest cache', () => {
  it('should skip every unchanged seed on the next run and write nothing, the cache included', async () => {
    const store = memoryStore({ ...seedFiles, 'wire.txt': english });
    const first = await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    expect(first.created).toHaveLength(6);
    expect(first.reused).toEqual([]);
    const content = new Map(store.content);
    const cache = store.cache;
    expect(cache).not.toBeNull();
    store.writes.length = 0;

    const second = await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    expect(second.reused.sort()).toEqual([...content.keys()].sort());
    expect(second.unchanged.sort()).toEqual([...content.keys()].sort());
    expect(second.articles.size).toBe(0);
    expect(store.writes).toEqual([]);
    expect(store.content).toEqual(content);
    expect(store.cache).toBe(cache);
  });

  it('should process a changed seed again and skip the others', async () => {
    const store = memoryStore({ ...seedFiles, 'wire.txt': english });
    await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    store.seeds.set('wire.txt', encode(`${english}\n\nA new closing paragraph.`));
    const report = await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    expect(report.updated).toEqual(['wire.mdx']);
    expect(report.reused).toHaveLength(5);
    expect(report.reused).not.toContain('wire.mdx');
    expect(store.content.get('wire.mdx')).toContain('A new closing paragraph.');
    // And the run after that skips it again.
    expect((await runIngest(memoryEffects(store, '2026-11-22', { cache: code }))).reused).toContain('wire.mdx');
  });

  it('should never skip or overwrite an edited file, and replace it only with --force', async () => {
    const store = memoryStore({ 'wire.txt': english });
    await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    const original = store.content.get('wire.mdx') ?? '';
    const edited = original.replace('title: "Ships Carry Shells Across the Sea"', 'title: "Ships carry shells (edited)"');
    store.content.set('wire.mdx', edited);

    for (let run = 0; run < 2; run++) {
      const report = await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
      expect(report.keptEdited).toEqual(['wire.mdx']);
      expect(report.reused).toEqual([]);
      expect(store.content.get('wire.mdx')).toBe(edited);
    }
    // Even an edit that keeps the recorded digest line, and one of the body only.
    const bodyEdit = `${original}\nAn editor's note.\n`;
    store.content.set('wire.mdx', bodyEdit);
    expect((await runIngest(memoryEffects(store, '2026-11-22', { cache: code }))).keptEdited).toEqual(['wire.mdx']);
    expect(store.content.get('wire.mdx')).toBe(bodyEdit);

    const forced = await runIngest(memoryEffects(store, '2026-11-22', { cache: code }), { force: true });
    expect(forced.updated).toEqual(['wire.mdx']);
    expect(store.content.get('wire.mdx')).toBe(original);
  });

  it('should write a deleted content file again', async () => {
    const store = memoryStore({ 'wire.txt': english });
    await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    const original = store.content.get('wire.mdx');
    store.content.delete('wire.mdx');
    const report = await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    expect(report.created).toEqual(['wire.mdx']);
    expect(store.content.get('wire.mdx')).toBe(original);
  });

  it('should process everything again for other code or another size limit', async () => {
    const store = memoryStore({ ...seedFiles });
    await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    expect((await runIngest(memoryEffects(store, '2026-11-22', { cache: { codeDigest: 'code-2' } }))).reused).toEqual([]);
    expect((await runIngest(memoryEffects(store, '2026-11-22', { cache: { codeDigest: 'code-2' } }))).reused).toHaveLength(5);
    expect((await runIngest(memoryEffects(store, '2026-11-22', { cache: { codeDigest: 'code-2' } }), { maxBytes: 1_000_000 })).reused).toEqual([]);
  });

  it('should skip unchanged seeds on another day, and process again only those whose date moves with the day', async () => {
    // Printed after the first day: refused as a publication date until that day comes.
    const deadline = `Talks Set for January\n\nJAKARTA, 5 January 2027 - Officials said talks would resume.\n\nThe talks were announced on Monday.`;
    const store = memoryStore({ ...seedFiles, 'wire.txt': english, 'deadline.txt': deadline });
    await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    const content = new Map(store.content);
    const all = [...content.keys()].sort();
    const fresh = async (today: string) => {
      const plain = memoryStore({ ...seedFiles, 'wire.txt': english, 'deadline.txt': deadline });
      await runIngest(memoryEffects(plain, today));
      return plain.content;
    };

    // The next day: every date reads as before, nothing is processed or written.
    store.writes.length = 0;
    const nextDay = await runIngest(memoryEffects(store, '2026-11-23', { cache: code }));
    expect(nextDay.reused.sort()).toEqual(all);
    expect(store.writes).toEqual([]);
    expect(store.content).toEqual(await fresh('2026-11-23'));

    // The printed date has come: that article now has it, the others are skipped.
    const dayOf = await runIngest(memoryEffects(store, '2027-01-06', { cache: code }));
    expect(dayOf.updated).toEqual(['deadline.mdx']);
    expect(dayOf.reused.sort()).toEqual(all.filter((name) => name !== 'deadline.mdx'));
    expect(content.get('deadline.mdx')).toContain('published: null');
    expect(store.content.get('deadline.mdx')).toContain('published: "2027-01-05"');
    expect(store.content).toEqual(await fresh('2027-01-06'));

    // 13 October is a Friday again in 2028: the seed whose year a weekday pins (Jumat,
    // 13 Oktober) moves to it; the rest are skipped.
    const pinned = [...content].find(([, text]) => text.includes('date_inferred: true'))?.[0];
    expect(pinned).toBeDefined();
    const friday = await runIngest(memoryEffects(store, '2028-10-13', { cache: code }));
    expect(friday.updated).toEqual([pinned]);
    expect(friday.reused).toHaveLength(all.length - 1);
    expect(store.content.get(pinned as string)).toContain('published: "2028-10-13"');
    expect(store.content).toEqual(await fresh('2028-10-13'));
  });

  it('should ignore a damaged or foreign cache and process every seed', async () => {
    const store = memoryStore({ ...seedFiles });
    await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
    const content = new Map(store.content);
    const good = store.cache ?? '';
    const damaged = [
      'not json',
      '[]',
      'null',
      good.replace('"format":2', '"format":3'),
      // Date readings that do not give the date recorded beside them.
      good.replace(/"date":"[^"\\]*(?:\\.[^"\\]*)*"/, '"date":"{}"'),
      good.replace(/"date_readings":\[\{"kind":"[a-z]+"/, '"date_readings":[{"kind":"weekly"'),
      // An entry that lies about the file: a file with other bytes is never skipped.
      good.replace(/"file_sha256":"[0-9a-f]{64}"/, `"file_sha256":"${'0'.repeat(64)}"`),
      good.replace(/"seed_sha256":"[0-9a-f]{64}"/, '"seed_sha256":"x"'),
    ];
    for (const text of damaged) {
      store.cache = text;
      const report = await runIngest(memoryEffects(store, '2026-11-22', { cache: code }));
      expect(report.reused.length).toBeLessThan(5);
      expect(report.unchanged).toHaveLength(5);
      expect(store.content).toEqual(content);
    }
  });

  it('should end every sequence of changes with the files and report of a run without the cache', async () => {
    const withCache = memoryStore({ ...seedFiles, 'wire.txt': english, 'empty.txt': '' });
    const without = memoryStore({ ...seedFiles, 'wire.txt': english, 'empty.txt': '' });
    const steps: ((store: MemoryStore) => void)[] = [
      () => undefined,
      () => undefined,
      (store) => store.seeds.set('copy.txt', encode(english)), // a duplicate, ingested once
      (store) => store.seeds.set('wire.txt', encode(`${english}\n\nMore.`)),
      (store) => store.content.set('wire.mdx', (store.content.get('wire.mdx') ?? '').replace('More.', 'More, edited.')),
      (store) => store.seeds.delete('wire.txt'), // the copy is an article of its own now
      (store) => store.content.delete('000-1903089345c47160.mdx'),
      (store) => {
        const text = store.content.get('001-4cc6a11692715272.mdx') ?? '';
        store.content.delete('001-4cc6a11692715272.mdx');
        store.content.set('renamed.mdx', text);
      },
      (store) => store.seeds.delete('002_2a410a90aee5e303.txt'), // orphaned
      (store) => store.content.set('broken.mdx', 'no front-matter'),
      () => undefined,
    ];
    let reused = 0;
    for (const [index, step] of steps.entries()) {
      step(withCache);
      step(without);
      const cached = await runIngest(memoryEffects(withCache, '2026-11-22', { cache: code }));
      const plain = await runIngest(memoryEffects(without));
      reused += cached.reused.length;
      expect(outcome(cached), `step ${index}`).toEqual(outcome(plain));
      expect(withCache.content, `step ${index}`).toEqual(without.content);
    }
    expect(reused).toBeGreaterThan(30);
  });
});
