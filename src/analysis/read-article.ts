// Reads an article as extraction sees it: the current content file's front-matter
// and body, split into the same paragraphs the page anchors (`p1` = the first
// top-level paragraph) and into sentences.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { literalParagraphs } from '../pipeline/emit.ts';
import { segmentSentences } from '../pipeline/segment.ts';
import type { AnalysisArticle, SentenceInput } from './types.ts';

// Each body is parsed once per process (the build reads every article again for its page).
const parsed = new Map<string, readonly string[]>();
const PARSE_MEMO_LIMIT = 30_000;

/** Top-level paragraph texts of an MDX body, in order: the ones the page numbers. */
export function bodyParagraphs(body: string): string[] {
  let paragraphs = parsed.get(body);
  if (paragraphs === undefined) {
    // Ordinary text needs no parser (see literalParagraphs); anything else is parsed.
    paragraphs = literalParagraphs(body) ?? parseParagraphs(body);
    if (parsed.size >= PARSE_MEMO_LIMIT) parsed.clear();
    parsed.set(body, paragraphs);
  }
  return [...paragraphs];
}

function parseParagraphs(body: string): string[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  return tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
}

export function readArticle(id: string, data: ArticleFrontmatter, body: string): AnalysisArticle {
  const language = data.language;
  return {
    id,
    title: data.title,
    language,
    outlet: data.outlet,
    originalSource: data.original_source,
    published: data.published,
    datePrecision: data.date_precision,
    topics: data.topics,
    paragraphs: bodyParagraphs(body).map((text, index) => ({ anchor: `p${index + 1}`, text, sentences: segmentSentences(text, language) })),
  };
}

/** Every sentence of an article, with its place, for sentence-level extractors. */
export function articleSentences(article: AnalysisArticle): SentenceInput[] {
  return article.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence, index) => ({
      article: article.id,
      paragraph: paragraph.anchor,
      sentence: index,
      text: sentence.text,
      offset: sentence.start,
      language: article.language,
    })),
  );
}
