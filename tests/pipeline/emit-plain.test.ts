// Emit writes ordinary bodies and front-matter without mdast-util-to-markdown and yaml's
// document model. Wherever it does, the bytes must be the ones those libraries write.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { generateCorpus, loadCorpusInputs } from '../../scripts/bench/corpus.ts';
import { createRandom } from '../../scripts/bench/prng.ts';
import { emitMdx, isPlainParagraph, serializeBody, serializeBodyTree, serializeFrontmatter, serializeFrontmatterYaml } from '../../src/pipeline/emit.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import type { SegmentedArticle } from '../../src/pipeline/types.ts';
import { articleFrontmatter, type ArticleFrontmatter } from '../../src/schemas/article.ts';
import { HOSTILE_LINES } from '../fixtures/hostile-lines.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function ingested(seed: string, text: string | Uint8Array): SegmentedArticle {
  const result = ingestSeed({ seed, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text }, '2026-11-22');
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.article;
}

const articles = [
  ...readdirSync(`${root}seeds`)
    .sort()
    .map((seed) => ingested(seed, new Uint8Array(readFileSync(`${root}seeds/${seed}`)))),
  ...generateCorpus(loadCorpusInputs({ seedsDir: `${root}seeds`, fixturesDir: `${root}tests/fixtures/bench` }), { count: 200, seed: 5 }).map((article) =>
    ingested(article.name, article.text),
  ),
];
const paragraphsOf = (article: SegmentedArticle): string[] => article.paragraphs.map((paragraph) => paragraph.text);

/** Lines near every escape rule of the serializer: autolinks, list and table starts, references. */
const TRICKY = [
  'see www.example.com now', 'Moscow...', 'Moscow.2', 'now.the', 'W.H.O. said', 'https://example.org', 'tips:/x', 'maps:/', 'mailto:a', 'xmpp:x',
  ':- a', ': a', '| a', 'a | b', '1. a', '1) a', 'a 1. b', '- a', 'a - b', '+ a', '= a', 'a = b', '> a', 'a > b', 'a ! b', 'a!', '(a)', 'a (b) c',
  '"a"', "'a'", 'a: b', 'a; b', 'a # b', '#a', 'a % b', 'a $ b', 'a ^ b', 'a ? b', 'a / b', 'a , b', 'Rp 2,5 juta', '10.000 ton', '5.5%',
  'a\u00a0b', 'a\u2028b', 'é à ö', 'Ünik', 'emoji 🚀 here', 'a\tb', 'a\u0001b', 'a\u007fb', 'wW.x', 'www', 'w.', 'W.',
];

function randomLines(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const alphabet = [...'abcdefghijklmnopqrstuvwxyzWwps0123456789', ' ', ' ', ' ', ...'.,:;!?-_()[]/"\'%$#|=+>@&*~`{}<\\', 'é', 'ü', '\u00a0', '\t', '…', '“', '”', '—'];
  return Array.from({ length: count }, () => {
    const length = random.int(1, 24);
    let line = '';
    for (let i = 0; i < length; i++) line += random.pick(alphabet);
    return line;
  });
}

describe('serializeBody without the serializer', () => {
  const lines = [...articles.flatMap(paragraphsOf), ...HOSTILE_LINES, ...TRICKY, ...randomLines(20_000, 11)];

  it('should take a line as plain only where the serializer writes it unchanged', () => {
    let plain = 0;
    for (const line of lines) {
      if (!isPlainParagraph(line)) continue;
      plain++;
      expect(serializeBodyTree([line]), JSON.stringify(line)).toBe(`${line}\n`);
    }
    expect(plain).toBeGreaterThan(1000);
  });

  it('should write every body as the serializer does, plain or not', () => {
    const bodies = [
      ...articles.map(paragraphsOf),
      HOSTILE_LINES.map((line) => line.trim()),
      ...TRICKY.map((line) => ['Ordinary text.', line]),
      ...randomLines(3000, 12).map((line, index) => [`Line ${index}.`, line, 'after']),
    ];
    for (const paragraphs of bodies) expect(serializeBody(paragraphs), JSON.stringify(paragraphs)).toBe(serializeBodyTree(paragraphs));
  });

  it('should read a plain line back as itself through the parser, so emit need not parse plain bodies back', () => {
    // What the build's parser (micromark with the MDX and GFM extensions) makes of a
    // body of plain lines: exactly those lines, as paragraphs of text and nothing else.
    const plainLines = lines.filter(isPlainParagraph);
    for (let at = 0; at < plainLines.length; at += 50) {
      const batch = plainLines.slice(at, at + 50);
      const tree = fromMarkdown(`${batch.join('\n\n')}\n`, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
      const read = tree.children.map((node) => (node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'text' ? node.children[0].value : null));
      expect(read, JSON.stringify(batch)).toEqual(batch);
    }
  });

  it('should still refuse a body that does not parse back to its paragraphs', () => {
    const article = articles[0];
    if (!article) throw new Error('no article');
    // An empty paragraph is not plain; the serializer writes nothing for it, which the
    // parser reads as no paragraph at all.
    const broken = { ...article, paragraphs: [article.paragraphs[0]!, { ...article.paragraphs[0]!, text: '' }] };
    expect(() => emitMdx({ id: 'x' as never, article: broken })).toThrow(/does not parse back/);
  });

  it('should write most articles without the serializer', () => {
    const plain = articles.filter((article) => paragraphsOf(article).every(isPlainParagraph));
    expect(plain.length).toBeGreaterThan(articles.length * 0.9);
  });
});

describe('serializeFrontmatter without yaml', () => {
  const base = (article: SegmentedArticle): ArticleFrontmatter =>
    articleFrontmatter.parse({
      id: 'x',
      title: article.meta.title,
      title_derived: article.meta.titleDerived,
      outlet: article.meta.outlet,
      original_source: article.meta.originalSource,
      editor: article.meta.editor,
      dateline: article.meta.dateline,
      language: article.meta.language,
      published: article.meta.published,
      date_precision: article.meta.datePrecision,
      date_inferred: article.meta.dateInferred,
      seed: article.seed,
      seed_sha256: article.seedSha256,
      generated_sha256: '0'.repeat(64),
      topics: [],
      captions: article.captions,
    });

  it('should write every ingested article’s front-matter as yaml does', () => {
    for (const article of articles) {
      const frontmatter = base(article);
      expect(serializeFrontmatter(frontmatter)).toBe(serializeFrontmatterYaml(frontmatter));
    }
  });

  it('should write hostile and unusual strings as yaml does', () => {
    const strings = [
      '', 'no', 'null', 'true', '1.10', 'Q1 #1', 'a: b', '- a', '---', '...', ' leading', 'trailing ', 'say "hi"', 'back\\slash', 'tab\there', 'line\nbreak',
      'nul\u0000', 'bell\u0007', 'esc\u001b', 'del\u007f', 'nel\u0085', 'nbsp\u00a0', 'ls\u2028', 'ps\u2029', 'bom\ufeff', 'emoji 🚀', 'lone \ud800 surrogate',
      '“curly” ‘quotes’', 'é', '#', '&anchor', '*alias', '!tag', '%directive', '@at', '`tick`', '{a: 1}', '[1, 2]', '> folded', '| literal', '? key',
      'a'.repeat(300), `${'word '.repeat(60)}end`, ...randomLines(2000, 13),
    ];
    const article = articles[0];
    if (!article) throw new Error('no article');
    for (const value of strings) {
      const frontmatter = { ...base(article), title: value, editor: value, captions: [value, 'second'], topics: [value] };
      expect(serializeFrontmatter(frontmatter), JSON.stringify(value)).toBe(serializeFrontmatterYaml(frontmatter));
    }
  });
});
