// literalParagraphs answers without a parser for bodies of ordinary text; wherever it
// answers, the answer must be the parser's (micromark with the MDX and GFM extensions,
// as the build reads bodies).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { generateCorpus, loadCorpusInputs } from '../../scripts/bench/corpus.ts';
import { bodyParagraphs } from '../../src/analysis/read-article.ts';
import { emitMdx, literalParagraphs, parseBody, serializeBody } from '../../src/pipeline/emit.ts';
import { slugFromSeed } from '../../src/pipeline/ids.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import type { ArticleId } from '../../src/pipeline/types.ts';
import { HOSTILE_LINES } from '../fixtures/hostile-lines.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What the parser makes of a body: its paragraphs' texts, and whether it is nothing but paragraphs of text. */
function parsed(body: string): { paragraphs: string[]; onlyText: boolean } {
  const tree = fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  const onlyText = tree.children.every((node) => node.type === 'paragraph' && node.children.every((child) => child.type === 'text'));
  return { paragraphs: tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)), onlyText };
}

function bodyOf(seed: string, text: string | Uint8Array): string {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const result = ingestSeed({ seed, bytes }, '2026-11-22');
  if (!result.ok) throw new Error(result.diagnostic.message);
  return emitMdx({ id: slugFromSeed(seed) as ArticleId, article: result.article }).replace(/^---\n[\s\S]*?\n---\n\n?/, '');
}

const seedBodies = readdirSync(`${root}seeds`)
  .sort()
  .map((seed) => bodyOf(seed, new Uint8Array(readFileSync(`${root}seeds/${seed}`))));
const corpusBodies = generateCorpus(loadCorpusInputs({ seedsDir: `${root}seeds`, fixturesDir: `${root}tests/fixtures/bench` }), { count: 150, seed: 3 }).map((article) =>
  bodyOf(article.name, article.text),
);

const TRICKY_LINES = [
  '1. a list', '1) a list', '12. a list', '- a list', '+ a list', '* a list', '# heading', '###### heading', '> quote', '---', '___', '***', '===',
  'trailing spaces  ', ' leading space', '\tleading tab', '    indented', 'a *b* c', 'a _b_ c', 'a ~b~ c', 'a ~~b~~ c', 'see www.example.com now',
  'see https://example.org/x now', 'mail a@example.org now', 'a & b', 'a &amp; b', 'a \\ b', 'a | b', '<b>x</b>', 'a <b> c', '{x}', 'a {x} c', 'a } c',
  "import x from 'y'", 'export const y = 1', 'importance is high', 'exported goods rose', '[x]', '![x](y.png)', 'a [x](y) b', 'a `b` c',
  '\u00a0leading no-break space', 'trailing no-break space\u00a0', 'line\u2028separator', '2024 was a year', '100 percent', 'x: y', '"quoted"', '(aside)',
  'a = b', 'a + b', 'a - b', 'a > b', '=> arrow', 'ratio 1:2', 'ends with backslash\\', 'a\u0000b', '| a | b |', 'a | b |',
];

describe('literalParagraphs', () => {
  it('should answer as the parser does wherever it answers, for seeds, corpus, hostile and tricky bodies', () => {
    const bodies = [
      ...seedBodies,
      ...corpusBodies,
      serializeBody(HOSTILE_LINES.map((line) => line.trim())),
      ...HOSTILE_LINES.map((line) => `Ordinary text.\n\n${line}\n`),
      ...TRICKY_LINES.map((line) => `Ordinary text.\n\n${line}\n`),
      ...TRICKY_LINES.map((line) => `${line}\n`),
      'one\ntwo\n',
      'one\n\n\ntwo\n',
      '\n\none\n',
      '\nafter the front-matter\n\nsecond\n\n\n',
      '',
    ];
    let answered = 0;
    for (const body of bodies) {
      const fast = literalParagraphs(body);
      if (fast === null) continue;
      answered++;
      const reference = parsed(body);
      expect(reference.onlyText, JSON.stringify(body)).toBe(true);
      expect(fast, JSON.stringify(body)).toEqual(reference.paragraphs);
    }
    expect(answered).toBeGreaterThan(0);
  });

  it('should leave every tricky line to the parser', () => {
    const answered = TRICKY_LINES.filter((line) => literalParagraphs(`${line}\n`) !== null);
    // Ordinary lines with digits, colons, quotes, brackets, pipes and arithmetic stay fast.
    expect(answered).toEqual(['a | b', 'importance is high', 'exported goods rose', 'line\u2028separator', '2024 was a year', '100 percent', 'x: y', '"quoted"', '(aside)', 'a = b', 'a + b', 'a - b', 'ratio 1:2', '| a | b |', 'a | b |']);
  });

  it('should answer for most of what ingest writes', () => {
    const all = [...seedBodies, ...corpusBodies];
    expect(all.filter((body) => literalParagraphs(body) !== null).length).toBeGreaterThan(all.length / 2);
  });
});

describe('parseBody and bodyParagraphs', () => {
  it('should give the parser’s paragraphs for every body, fast path or not', () => {
    for (const body of [...seedBodies, ...corpusBodies.slice(0, 40), serializeBody(HOSTILE_LINES.map((line) => line.trim()))]) {
      const reference = parsed(body);
      expect(bodyParagraphs(body)).toEqual(reference.paragraphs);
      expect(parseBody(body)).toEqual(reference.onlyText ? reference.paragraphs : expect.anything());
    }
  });

  it('should hand out copies, so a caller cannot change what the next one gets', () => {
    const body = seedBodies[0] ?? '';
    const first = parseBody(body);
    first?.push('changed');
    expect(parseBody(body)).toEqual(parsed(body).paragraphs);
    const paragraphs = bodyParagraphs(body);
    paragraphs.pop();
    expect(bodyParagraphs(body)).toEqual(parsed(body).paragraphs);
  });
});
