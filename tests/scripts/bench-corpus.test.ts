import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { generateArticle, generateCorpus, loadCorpusInputs, parseSource } from '../../scripts/bench/corpus.ts';
import { createRandom } from '../../scripts/bench/prng.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import { loadBriefingData } from '../../src/analysis/load-data.ts';
import { buildBriefing } from '../../src/analysis/model.ts';
import { readArticle } from '../../src/analysis/read-article.ts';
import { emitMdx } from '../../src/pipeline/emit.ts';
import { slugFromSeed } from '../../src/pipeline/ids.ts';
import type { ArticleId } from '../../src/pipeline/types.ts';
import { parse as parseYaml } from 'yaml';
import { articleFrontmatter } from '../../src/schemas/article.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const inputs = loadCorpusInputs({ seedsDir: `${root}seeds`, fixturesDir: `${root}tests/fixtures/bench` });
const corpus = generateCorpus(inputs, { count: 60, seed: 7 });
const ingested = corpus.map((seed) => {
  const result = ingestSeed({ seed: seed.name, bytes: new TextEncoder().encode(seed.text) }, '2026-11-22');
  if (!result.ok) throw new Error(`${seed.name}: ${result.diagnostic.message}`);
  return { seed, article: result.article };
});

describe('the seeded generator', () => {
  it('should give the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 20 }, ((random) => () => random.int(0, 1000))(createRandom(seed)));
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });
});

describe('the benchmark corpus', () => {
  it('should read the seeds and the English fixtures with their languages', () => {
    const languages = new Set(inputs.sources.map((source) => source.language));
    expect(languages).toEqual(new Set(['en', 'id']));
    expect(inputs.sources.filter((source) => source.name.endsWith('.txt')).length).toBeGreaterThanOrEqual(5 + 6);
  });

  it('should be identical for the same seed number, byte for byte', () => {
    const again = generateCorpus(loadCorpusInputs({ seedsDir: `${root}seeds`, fixturesDir: `${root}tests/fixtures/bench` }), { count: 60, seed: 7 });
    expect(again).toEqual(corpus);
  });

  it('should differ for another seed number', () => {
    const other = generateCorpus(inputs, { count: 60, seed: 8 });
    expect(other.filter((article, index) => article.text === corpus[index]?.text).length).toBe(0);
  });

  it('should make article i independent of the corpus size, so one added seed is article N', () => {
    expect(generateCorpus(inputs, { count: 10, seed: 7 })).toEqual(corpus.slice(0, 10));
    expect(generateArticle(inputs, 7, 59)).toEqual(corpus[59]);
  });

  it('should write distinct texts of about 3 KB in both languages', () => {
    expect(new Set(corpus.map((article) => article.text)).size).toBe(corpus.length);
    const sizes = corpus.map((article) => Buffer.byteLength(article.text));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2000);
    expect(mean).toBeLessThan(5000);
    const languages = ingested.map(({ article }) => article.meta.language);
    expect(languages.filter((language) => language === 'en').length).toBeGreaterThan(5);
    expect(languages.filter((language) => language === 'id').length).toBeGreaterThan(5);
  });

  it('should vary outlets, datelines and publication dates as ingest reads them', () => {
    const metas = ingested.map(({ article }) => article.meta);
    expect(new Set(metas.map((meta) => meta.outlet ?? meta.originalSource).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(metas.map((meta) => meta.dateline).filter(Boolean)).size).toBeGreaterThanOrEqual(12);
    const dates = metas.map((meta) => meta.published).filter((date): date is string => date !== null);
    expect(dates.length).toBeGreaterThan(corpus.length / 2);
    expect(new Set(dates).size).toBeGreaterThan(dates.length / 2);
  });

  it('should vary places, people and figures as extraction finds them', () => {
    const articles = ingested.map(({ seed, article }) => {
      const id = slugFromSeed(seed.name);
      const file = emitMdx({ id: id as ArticleId, article });
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(file) ?? [];
      return readArticle(id, articleFrontmatter.parse(parseYaml(yaml)), body);
    });
    const briefing = buildBriefing(articles, loadBriefingData(`${root}content`));
    const count = (type: string) => briefing.entities.filter((entity) => entity.type === type).length;
    expect(count('place')).toBeGreaterThanOrEqual(20);
    expect(count('person')).toBeGreaterThanOrEqual(20);
    expect(count('weapon')).toBeGreaterThanOrEqual(5);
    expect(new Set(briefing.figures.map((figure) => figure.value)).size).toBeGreaterThanOrEqual(50);
  });

  it('should take the title from a short first line only', () => {
    expect(parseSource('a.txt', 'A Short Headline\nThe lede says something.\nMore text.').title).toBe('A Short Headline');
    expect(parseSource('b.txt', 'The lede says something.\nMore text.').title).toBeNull();
  });
});
