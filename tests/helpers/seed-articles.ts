// The seeds as extraction reads them: ingested, emitted and read back exactly as
// the build reads content files, so extractor tests see real paragraphs.
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { readArticle, articleSentences } from '../../src/analysis/read-article.ts';
import type { AnalysisArticle, SentenceInput } from '../../src/analysis/types.ts';
import { emitMdx } from '../../src/pipeline/emit.ts';
import { slugFromSeed } from '../../src/pipeline/ids.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import type { ArticleId } from '../../src/pipeline/types.ts';
import { articleFrontmatter } from '../../src/schemas/article.ts';

const seedsDir = new URL('../../seeds/', import.meta.url);

/** An article from raw text, as the build would read it (today pinned to 2026-11-22). */
export function articleFromText(seed: string, text: string | Uint8Array): AnalysisArticle {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const result = ingestSeed({ seed, bytes }, '2026-11-22');
  if (!result.ok) throw new Error(result.diagnostic.message);
  const id = slugFromSeed(seed);
  const file = emitMdx({ id: id as ArticleId, article: result.article });
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(file) ?? [];
  return readArticle(id, articleFrontmatter.parse(parseYaml(yaml)), body);
}

/** The five seeds keyed by their number prefix (`000` … `004`). */
export function seedArticles(): Map<string, AnalysisArticle> {
  const result = new Map<string, AnalysisArticle>();
  for (const seed of readdirSync(seedsDir).sort()) {
    result.set(seed.slice(0, 3), articleFromText(seed, new Uint8Array(readFileSync(new URL(seed, seedsDir)))));
  }
  return result;
}

export function seedSentences(key: string): SentenceInput[] {
  const article = seedArticles().get(key);
  if (!article) throw new Error(`No seed ${key}`);
  return articleSentences(article);
}
