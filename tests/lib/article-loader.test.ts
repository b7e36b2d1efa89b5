import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsMdx } from '../../src/lib/article-loader.ts';
import { emitMdx, serializeBody } from '../../src/pipeline/emit.ts';
import { slugFromSeed } from '../../src/pipeline/ids.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import type { ArticleId } from '../../src/pipeline/types.ts';
import { HOSTILE_LINES } from '../fixtures/hostile-lines.ts';

const seedsDir = new URL('../../seeds/', import.meta.url);

/** The body ingest writes for a seed. */
function emittedBody(seed: string): string {
  const result = ingestSeed({ seed, bytes: new Uint8Array(readFileSync(new URL(seed, seedsDir))) }, '2026-11-22');
  if (!result.ok) throw new Error(result.diagnostic.message);
  const file = emitMdx({ id: slugFromSeed(seed) as ArticleId, article: result.article });
  return file.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
}

describe('needsMdx', () => {
  it('should send every body ingest writes for the seeds down the Markdown path', () => {
    const seeds = readdirSync(seedsDir).sort();
    expect(seeds.length).toBeGreaterThan(0);
    for (const seed of seeds) expect(needsMdx(emittedBody(seed)), seed).toBe(false);
  });

  it('should send hostile lines down the Markdown path once ingest has escaped them', () => {
    expect(needsMdx(serializeBody(HOSTILE_LINES.map((line) => line.trim())))).toBe(false);
  });

  it.each([
    ['an expression', 'The total is {1+1} units.'],
    ['a component', 'Text with <Aside>a note</Aside> inside.'],
    ['a self-closing component', '<Chart data={x} />'],
    ['an HTML comment', '<!-- hidden -->'],
    ['an autolink', 'See <https://example.org>.'],
    ['an import line', "import Chart from '../components/Chart.astro'\n\nText."],
    ['an export line', 'export const year = 2024\n\nText.'],
    ['an indented line', 'Text.\n\n    indented code in CommonMark, text in MDX'],
    ['a tab-indented line', 'Text.\n\n\tindented'],
    ['an image', 'A map: ![map](./map.png)'],
    ['a brace after an escaped backslash', 'Two backslashes \\\\{x} leave the brace open.'],
  ])('should send a body with %s through MDX', (_label, body) => {
    expect(needsMdx(body)).toBe(true);
  });

  it.each([
    ['emphasis and strong text', 'Some *emphasis* and **strong** text.'],
    ['a heading and a list', '# Heading\n\n- one\n- two'],
    ['a link', 'A [link](https://example.org/a?b=c) here.'],
    ['a GFM table and strikethrough', '| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~'],
    ['a code span', 'Use `npm run build` to build.'],
    ['escaped braces and angle brackets', 'Literal \\{braces\\} and \\<tags\\>.'],
    ['character references', '&#x69;mport is a word here, &amp; so is this.'],
    ['a blank line with spaces', 'One.\n   \nTwo.'],
    ['a lone closing brace', 'A stray } brace.'],
  ])('should keep a body with %s on the Markdown path', (_label, body) => {
    expect(needsMdx(body)).toBe(false);
  });
});
