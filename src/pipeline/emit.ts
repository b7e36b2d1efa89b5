// Emit: writes an article as YAML front-matter plus an MDX body that renders every
// character literally. The body goes through mdast-util-to-markdown with the MDX and
// GFM extensions (Astro renders MDX with GFM on, so `~~` must be escaped too), then is
// parsed back to prove that only paragraphs of the same text come out (DESIGN.md,
// "MDX is code"). GFM turns bare URLs into links whatever the escaping; their text is
// unchanged, so a link whose text is its own URL counts as text.
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { Document } from 'yaml';
import { articleFrontmatter, FRONTMATTER_KEYS, type ArticleFrontmatter } from '../schemas/article.ts';
import type { ArticleId, SegmentedArticle } from './types.ts';

/** The one line of the front-matter left out of `generated_sha256`. */
const HASH_LINE = /^generated_sha256: .*\n/m;
const PLACEHOLDER_HASH = '0'.repeat(64);
/** GFM autolink literals: the only links a literal body may contain. */
const SAFE_AUTOLINK = /^(?:https?:|mailto:)/i;

export class EmitError extends Error {
  override name = 'EmitError';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The digest an emitted file records of itself: all of it but the `generated_sha256` line. */
export function contentDigest(fileText: string): string {
  return sha256(fileText.replace(HASH_LINE, ''));
}

/** The `generated_sha256` a file records, or null when the line is missing. */
export function recordedDigest(fileText: string): string | null {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(fileText)?.[1] ?? '';
  return /^generated_sha256: "?([0-9a-f]{64})"?$/m.exec(frontmatter)?.[1] ?? null;
}

/** True when a file is exactly what ingest wrote: no one has edited it since. */
export function isUnedited(fileText: string): boolean {
  const recorded = recordedDigest(fileText);
  return recorded !== null && recorded === contentDigest(fileText);
}

/**
 * MDX reads a line starting with `import` or `export` as JavaScript, and
 * mdast-util-to-markdown has no rule for it; a backslash does not help, but a
 * character reference for the first letter keeps it text.
 */
function escapeEsmLines(markdown: string): string {
  return markdown.replace(/^([ \t]*)(i)(?=mport\b)|^([ \t]*)(e)(?=xport\b)/gm, (_match, indentI?: string, _i?: string, indentE?: string) =>
    indentI !== undefined ? `${indentI}&#x69;` : `${indentE ?? ''}&#x65;`,
  );
}

/**
 * Every `]` is escaped, though a lone one is already text: micromark's GFM footnote
 * extension looks back over the whole paragraph at each unescaped `]` that could end
 * a label, so a line of many brackets (`[a](` repeated) takes quadratic time to
 * parse, here and again when the build compiles the MDX (a 40 KB line: minutes).
 * Escaped, it is a character escape and never a label end.
 */
const ESCAPE_ALL_CLOSING_BRACKETS = { character: ']' } as const;

/** Serializes paragraphs as an MDX body whose only nodes are paragraphs of literal text. */
export function serializeBody(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
  };
  return escapeEsmLines(toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown()], unsafe: [ESCAPE_ALL_CLOSING_BRACKETS] }));
}

/** Parses an MDX body back into paragraph texts; null when anything but plain paragraphs appears. */
export function parseBody(body: string): string[] | null {
  const tree = fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  const texts: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') return null;
    let text = '';
    for (const child of node.children) {
      if (child.type === 'text') text += child.value;
      else if (child.type === 'link' && SAFE_AUTOLINK.test(child.url) && child.children.every((inner) => inner.type === 'text')) {
        text += child.children.map((inner) => (inner.type === 'text' ? inner.value : '')).join('');
      } else return null;
    }
    texts.push(text);
  }
  return texts;
}

/** Emits YAML where every string is double-quoted, so `no`, `1.10` and `Q1 #1` stay strings. */
export function serializeFrontmatter(frontmatter: ArticleFrontmatter): string {
  const ordered = Object.fromEntries(FRONTMATTER_KEYS.map((key) => [key, frontmatter[key]]));
  const doc = new Document(ordered);
  return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, flowCollectionPadding: false });
}

export interface EmitInput {
  id: ArticleId;
  article: SegmentedArticle;
  topics?: readonly string[];
}

/** Builds the content file for an article; throws EmitError when the body would not round-trip. */
export function emitMdx({ id, article, topics = [] }: EmitInput): string {
  const paragraphs = article.paragraphs.map((paragraph) => paragraph.text);
  const body = serializeBody(paragraphs);
  const back = parseBody(body);
  if (back === null || back.length !== paragraphs.length || back.some((text, index) => text !== paragraphs[index])) {
    throw new EmitError(`Unexpected MDX body for ${article.seed} that does not parse back to its text, expected literal paragraphs`);
  }
  const { meta } = article;
  const frontmatter = articleFrontmatter.parse({
    id,
    title: meta.title,
    title_derived: meta.titleDerived,
    outlet: meta.outlet,
    original_source: meta.originalSource,
    editor: meta.editor,
    dateline: meta.dateline,
    language: meta.language,
    published: meta.published,
    date_precision: meta.datePrecision,
    date_inferred: meta.dateInferred,
    seed: article.seed,
    seed_sha256: article.seedSha256,
    generated_sha256: PLACEHOLDER_HASH,
    topics: [...topics],
    captions: article.captions,
  } satisfies ArticleFrontmatter);
  const draft = `---\n${serializeFrontmatter(frontmatter)}---\n\n${body}`;
  return draft.replace(`generated_sha256: "${PLACEHOLDER_HASH}"`, `generated_sha256: "${contentDigest(draft)}"`);
}
