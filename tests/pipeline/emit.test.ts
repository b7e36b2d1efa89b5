import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentDigest, emitMdx, isUnedited, parseBody, recordedDigest, serializeBody, serializeFrontmatter } from '../../src/pipeline/emit.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import { articleFrontmatter } from '../../src/schemas/article.ts';
import type { ArticleId } from '../../src/pipeline/types.ts';
import { HOSTILE_LINES } from '../fixtures/hostile-lines.ts';

const hostile = [...HOSTILE_LINES, 'see https://example.org/a?b=1 and www.example.org'];

describe('serializeBody', () => {
  it('should round-trip hostile MDX, HTML and Markdown syntax as literal text', () => {
    const body = serializeBody(hostile);
    expect(parseBody(body)).toEqual(hostile);
  });

  it('should write a paragraph starting with import or export as a character reference', () => {
    const body = serializeBody(['import x from "y"', 'export const a = 1']);
    expect(body).toContain('&#x69;mport x');
    expect(body).toContain('&#x65;xport const');
    expect(body).not.toMatch(/^(import|export)\b/m);
  });

  it('should escape every closing bracket, so a line of brackets never reaches the GFM footnote label scan', () => {
    // `[a](` repeated: unescaped, each `]` makes micromark look back over the paragraph (quadratic).
    const brackets = ['[a]('.repeat(2000), `${'['.repeat(500)}x${']'.repeat(500)}`, 'a ] b [^1] c'];
    const body = serializeBody(brackets);
    expect(body.match(/(?<!\\)\]/g), 'unescaped `]`').toBeNull();
    expect(body.split('\n')[0]).toBe('\\[a\\]('.repeat(2000));
    expect(parseBody(body)).toEqual(brackets);
  });

  it('should leave words that merely start with import or export alone', () => {
    expect(serializeBody(['importantly, exports rose'])).toBe('importantly, exports rose\n');
  });

  it('should reject a body that contains anything but paragraphs when parsed back', () => {
    expect(parseBody('# heading\n')).toBeNull();
    expect(parseBody('import x from "y"\n')).toBeNull();
    expect(parseBody('{1+1}\n')).toBeNull();
    expect(parseBody('<Foo />\n')).toBeNull();
    expect(parseBody('plain text\n')).toEqual(['plain text']);
  });
});

describe('serializeFrontmatter', () => {
  it('should quote every string so YAML keeps `no`, `1.10` and `Q1 #1` as strings', () => {
    const data = articleFrontmatter.parse({
      id: 'a', title: 'Q1 #1', title_derived: false, outlet: 'no', original_source: '1.10', editor: 'yes', dateline: '~',
      language: 'id', published: null, date_precision: 'none', date_inferred: false, seed: 'a.txt',
      seed_sha256: 'a'.repeat(64), generated_sha256: 'b'.repeat(64), topics: [], captions: ['--- "x"'],
    });
    const parsed: unknown = parseYaml(serializeFrontmatter(data));
    expect(parsed).toEqual(data);
  });
});

describe('emitMdx', () => {
  const result = ingestSeed({ seed: 'hostile.txt', bytes: new TextEncoder().encode(`Hostile Title\n\n${hostile.join('\n\n')}`) }, '2026-11-22');
  if (!result.ok) throw new Error(result.diagnostic.message);
  const text = emitMdx({ id: 'hostile' as ArticleId, article: result.article });

  it('should emit front-matter that validates against the schema and a body of the same paragraphs', () => {
    const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text) ?? [];
    expect(articleFrontmatter.parse(parseYaml(yaml)).title).toBe('Hostile Title');
    expect(parseBody(body)).toEqual(result.article.paragraphs.map((p) => p.text));
  });

  it('should record a digest of itself that detects any edit', () => {
    expect(recordedDigest(text)).toBe(contentDigest(text));
    expect(isUnedited(text)).toBe(true);
    expect(isUnedited(text.replace('Hostile Title', 'Hostile title'))).toBe(false);
    expect(isUnedited(text.replace(/^generated_sha256: .*\n/m, ''))).toBe(false);
  });

  it('should be byte-identical when emitted twice', () => {
    expect(emitMdx({ id: 'hostile' as ArticleId, article: result.article })).toBe(text);
  });
});
