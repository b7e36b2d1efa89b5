import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { runIngest } from '../../src/pipeline/run-ingest.ts';
import { isUnedited } from '../../src/pipeline/emit.ts';
import { memoryEffects, memoryStore } from '../helpers/memory-effects.ts';

const seedsDir = new URL('../../seeds/', import.meta.url);
const seedFiles = Object.fromEntries(readdirSync(seedsDir).map((name) => [name, new Uint8Array(readFileSync(new URL(name, seedsDir)))]));

const english = `Ships Carry Shells Across the Sea

WASHINGTON (Reuters) - Officials said on Monday that 6,000 containers were shipped.

"We are watching closely," the official said.`;

describe('runIngest', () => {
  it('should create one content file per seed and nothing more', async () => {
    const store = memoryStore(seedFiles);
    const report = await runIngest(memoryEffects(store));
    expect(report.created).toHaveLength(5);
    expect([...store.content.keys()].sort()).toEqual(report.created.slice().sort());
    expect(report.skipped).toEqual([]);
    for (const text of store.content.values()) expect(isUnedited(text)).toBe(true);
  });

  it('should write nothing on a second run when nothing changed', async () => {
    const store = memoryStore(seedFiles);
    await runIngest(memoryEffects(store));
    const before = new Map(store.content);
    store.writes.length = 0;
    const report = await runIngest(memoryEffects(store));
    expect(store.writes).toEqual([]);
    expect(report.unchanged).toHaveLength(5);
    expect(store.content).toEqual(before);
  });

  it('should keep a hand edit on re-ingest and replace it with --force', async () => {
    const store = memoryStore({ 'wire.txt': english });
    await runIngest(memoryEffects(store));
    const original = store.content.get('wire.mdx') ?? '';
    const edited = original.replace('title: "Ships Carry Shells Across the Sea"', 'title: "Ships carry shells (edited)"');
    expect(edited).not.toBe(original);
    store.content.set('wire.mdx', edited);

    const kept = await runIngest(memoryEffects(store));
    expect(kept.keptEdited).toEqual(['wire.mdx']);
    expect(store.content.get('wire.mdx')).toBe(edited);
    expect(kept.diagnostics.some((d) => d.ruleId === 'ingest:edited' && d.file === 'wire.mdx')).toBe(true);

    const forced = await runIngest(memoryEffects(store), { force: true });
    expect(forced.updated).toEqual(['wire.mdx']);
    expect(store.content.get('wire.mdx')).toBe(original);
  });

  it('should keep a body edit too, since any change to the file is the editor’s', async () => {
    const store = memoryStore({ 'wire.txt': english });
    await runIngest(memoryEffects(store));
    const edited = `${store.content.get('wire.mdx') ?? ''}\nAn editor's note.\n`;
    store.content.set('wire.mdx', edited);
    await runIngest(memoryEffects(store));
    expect(store.content.get('wire.mdx')).toBe(edited);
  });

  it('should update an unedited file when its seed changed', async () => {
    const store = memoryStore({ 'wire.txt': english });
    await runIngest(memoryEffects(store));
    store.seeds.set('wire.txt', new TextEncoder().encode(`${english}\n\nA new closing paragraph.`));
    const report = await runIngest(memoryEffects(store));
    expect(report.updated).toEqual(['wire.mdx']);
    expect(store.content.get('wire.mdx')).toContain('A new closing paragraph.');
  });

  it('should never delete content when a seed disappears, and report it', async () => {
    const store = memoryStore({ 'wire.txt': english });
    await runIngest(memoryEffects(store));
    store.seeds.delete('wire.txt');
    const report = await runIngest(memoryEffects(store));
    expect(store.content.has('wire.mdx')).toBe(true);
    expect(report.orphaned).toEqual(['wire.mdx']);
  });

  it('should treat two seeds with the same normalized text as one article', async () => {
    const crlf = `\uFEFF${english.replace(/\n/g, '\r\n')}  \r\n`;
    const store = memoryStore({ 'a.txt': english, 'b-copy.txt': crlf });
    const report = await runIngest(memoryEffects(store));
    expect(report.created).toEqual(['a.mdx']);
    expect(report.duplicates).toEqual([['b-copy.txt', 'a.txt']]);
  });

  it('should skip empty and binary seeds with a message naming the file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const store = memoryStore({ 'empty.txt': '', 'image.txt': png, 'ok.txt': english });
    const report = await runIngest(memoryEffects(store));
    expect(report.created).toEqual(['ok.mdx']);
    expect(report.skipped.map((d) => d.file).sort()).toEqual(['empty.txt', 'image.txt']);
    for (const d of report.skipped) expect(d.message).toContain(`\`${d.file}\``);
  });

  it('should skip a seed over the size limit without decoding it', async () => {
    const store = memoryStore({ 'big.txt': `${english}\n\n${'x '.repeat(600)}` });
    const report = await runIngest(memoryEffects(store), { maxBytes: 1000 });
    expect(report.created).toEqual([]);
    expect(report.skipped[0]?.message).toMatch(/big\.txt.*at most 1000 bytes/);
    expect(store.reads).not.toContain('big.txt');
  });

  it('should give two ids to seeds whose names differ only by case or accents', async () => {
    const store = memoryStore({ 'Report.txt': english, 'report.txt': `${english}\n\nAnother paragraph.`, 'café.txt': `${english}\n\nThird.`, 'cafe.txt': `${english}\n\nFourth.` });
    const report = await runIngest(memoryEffects(store));
    expect(report.created).toHaveLength(4);
    expect(new Set(report.created).size).toBe(4);
    for (const name of report.created) expect(name).toMatch(/^[a-z0-9-]+\.mdx$/);
  });

  it('should keep a file with broken front-matter untouched and report its line', async () => {
    const store = memoryStore({ 'wire.txt': english });
    await runIngest(memoryEffects(store));
    const broken = (store.content.get('wire.mdx') ?? '').replace('title: "Ships Carry Shells Across the Sea"', 'title: "unterminated');
    store.content.set('wire.mdx', broken);
    const report = await runIngest(memoryEffects(store));
    expect(store.content.get('wire.mdx')).toBe(broken);
    const diagnostic = report.diagnostics.find((d) => d.ruleId === 'ingest:frontmatter');
    expect(diagnostic?.file).toBe('wire.mdx');
    expect(diagnostic?.line).toBeGreaterThan(1);
    // One line number (the file's, in `line`), not yaml's own count inside the front-matter too.
    expect(diagnostic?.message).toBe('Unexpected front-matter in `wire.mdx`: Missing closing "quote; kept as it is, fix it (the build cannot load it)');
    expect(diagnostic?.severity).toBe('error');
    expect(report.keptEdited).toEqual(['wire.mdx']);
  });

  it('should report, as an error at the field’s line, an edited file the content schema rejects, and keep it', async () => {
    const store = memoryStore({ 'wire.txt': english });
    await runIngest(memoryEffects(store));
    const edited = (store.content.get('wire.mdx') ?? '').replace(/^date_precision: .*$/m, 'date_precision: "weekly"');
    store.content.set('wire.mdx', edited);
    const report = await runIngest(memoryEffects(store));
    expect(store.content.get('wire.mdx')).toBe(edited);
    const diagnostic = report.diagnostics.find((d) => d.ruleId === 'ingest:schema');
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.file).toBe('wire.mdx');
    expect(edited.split('\n')[(diagnostic?.line ?? 0) - 1]).toBe('date_precision: "weekly"');
    expect(diagnostic?.message).toMatch(/^Unexpected `date_precision` in `wire\.mdx`: /);
    // A valid edit is no error.
    store.content.set('wire.mdx', (store.content.get('wire.mdx') ?? '').replace('date_precision: "weekly"', 'date_precision: "none"'));
    expect((await runIngest(memoryEffects(store))).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('should keep a seed’s id when its content file already exists under another name', async () => {
    const store = memoryStore({ 'wire.txt': english });
    await runIngest(memoryEffects(store));
    const text = store.content.get('wire.mdx') ?? '';
    store.content.delete('wire.mdx');
    store.content.set('renamed.mdx', text);
    const report = await runIngest(memoryEffects(store));
    expect(report.created).toEqual([]);
    expect([...store.content.keys()]).toEqual(['renamed.mdx']);
  });
});
