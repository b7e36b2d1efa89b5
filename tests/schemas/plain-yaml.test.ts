// The plain front-matter reader answers only for the form ingest writes, and then with
// exactly what yaml's parser gives; anything else is left to yaml (null).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleFrontmatter, type ArticleFrontmatter } from '../../src/schemas/article.ts';
import { parseContentData } from '../../src/schemas/content-data.ts';
import { parsePlainYaml } from '../../src/schemas/plain-yaml.ts';
import { serializeFrontmatter } from '../../src/pipeline/emit.ts';
import { HOSTILE_LINES } from '../fixtures/hostile-lines.ts';

const yaml = (text: string): unknown => parseYaml(text, { maxAliasCount: 50, uniqueKeys: true });
const frontmatterOf = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';

/** The plain reader's answer is yaml's, or null. */
function agreesWithYaml(text: string): Record<string, unknown> | null {
  const plain = parsePlainYaml(text);
  if (plain !== null) expect(plain).toEqual(yaml(text));
  return plain;
}

const base: ArticleFrontmatter = articleFrontmatter.parse({
  id: 'a', title: 'Title', title_derived: false, outlet: null, original_source: null, editor: null, dateline: null,
  language: 'id', published: '2024-01-15', date_precision: 'day', date_inferred: false, seed: 'a.txt',
  seed_sha256: 'a'.repeat(64), generated_sha256: 'b'.repeat(64), topics: [], captions: [],
});

describe('plain front-matter', () => {
  it('should read every content file of the seeds as yaml does', () => {
    const dir = join(import.meta.dirname, '../../content/articles');
    const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const name of files) {
      const text = frontmatterOf(readFileSync(join(dir, name), 'utf8'));
      expect(agreesWithYaml(text), name).not.toBeNull();
    }
  });

  it('should read what ingest writes for strings yaml must read literally, and leave the rest to yaml', () => {
    const strings = [
      ...HOSTILE_LINES, 'no', 'yes', '~', '1.10', '0x1F', 'Q1 #1', 'a: b', '- item', '[x]', '{y}', '&anchor', '*alias', '!tag', '%TAG', '@at', '`tick`',
      "it's", ' leading and trailing ', '', 'Pyongyang — Moskwa', 'Kim Jong-un (kiri)', 'ﾟ', 'tab\there', 'line\nbreak', 'quote "x"', 'back\\slash',
      'emoji 🚀', '\u0085', '\u00a0nbsp', '\u2028', '\ufeffbom', 'null', 'true', '[]',
    ];
    let plain = 0;
    for (const value of strings) {
      const data = { ...base, title: `T ${value}`, outlet: value, dateline: value, topics: [value], captions: [value, 'second'] };
      const text = serializeFrontmatter(data);
      if (agreesWithYaml(text) !== null) plain++;
      // Either way the content data reader gives what it gave through yaml alone (the
      // front-matter, or the schema's refusal of an empty outlet).
      const viaYaml = articleFrontmatter.safeParse(yaml(text));
      if (viaYaml.success) expect(parseContentData('a.mdx', text, articleFrontmatter)).toEqual(viaYaml.data);
      else expect(() => parseContentData('a.mdx', text, articleFrontmatter)).toThrow(/^a\.mdx: /);
    }
    // Most strings are plain; those with escapes go through yaml's writer and reader.
    expect(plain).toBeGreaterThan(strings.length / 2);
    expect(plain).toBeLessThan(strings.length);
  });

  it('should answer null for any other form, and never differ from yaml', () => {
    const other = [
      'title: "a" # comment',
      'title:  "two spaces"',
      "title: 'single'",
      'title: plain',
      'count: 3',
      'title: "a"\ntitle: "b"',
      'topics:',
      'topics:\ntitle: "x"',
      'topics:\n- "unindented"',
      'topics:\n   - "three spaces"',
      'topics:\n\t- "tab"',
      '  - "no key"',
      'title: "a"\r',
      'title: "a"\n\n',
      '\ntitle: "a"',
      'Title: "capital"',
      'a-b: "hyphen"',
      '__proto__: "x"',
      'title: "a\\"b"',
      'title: "\\u0041"',
      'title: "a',
      'title: {}',
      'title: ~',
      'title: Null',
      'title: "x" ',
      '',
      '# only a comment',
    ];
    for (const text of other) {
      expect(parsePlainYaml(text), JSON.stringify(text)).toBeNull();
    }
    // Where yaml reads the plain form, the two agree, lists and all.
    expect(agreesWithYaml('title: "a"\n')).toEqual({ title: 'a' });
    expect(agreesWithYaml('a: null\nb: true\nc: false\nd: []\ne: "x: #y"\nf:\n  - "1"\n  - "two words"\ng: ""')).toEqual({
      a: null, b: true, c: false, d: [], e: 'x: #y', f: ['1', 'two words'], g: '',
    });
  });

  it('should report a repeated key by file and field as yaml does', () => {
    expect(() => parseContentData('x.mdx', 'title: "a"\ntitle: "b"', articleFrontmatter)).toThrow(/x\.mdx: invalid YAML/);
  });
});
