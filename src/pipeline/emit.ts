// Emit: writes an article as YAML front-matter plus an MDX body that renders every
// character literally. The body goes through mdast-util-to-markdown with the MDX and
// GFM extensions (Astro renders MDX with GFM on, so `~~` must be escaped too), then is
// parsed back to prove that only paragraphs of the same text come out (DESIGN.md,
// "MDX is code"). GFM turns bare URLs into links whatever the escaping; their text is
// unchanged, so a link whose text is its own URL counts as text.
import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type * as FromMarkdown from 'mdast-util-from-markdown';
import type * as Gfm from 'mdast-util-gfm';
import type * as Mdx from 'mdast-util-mdx';
import type * as ToMarkdown from 'mdast-util-to-markdown';
import type * as MicromarkGfm from 'micromark-extension-gfm';
import type * as MicromarkMdx from 'micromark-extension-mdxjs';
import type * as Yaml from 'yaml';
import { articleFrontmatter, FRONTMATTER_KEYS, type ArticleFrontmatter } from '../schemas/article.ts';
import { PLAIN_QUOTED } from '../schemas/plain-yaml.ts';
import type { ArticleId, SegmentedArticle } from './types.ts';

// The Markdown parser and serializer and yaml's document model are loaded on first use:
// ordinary bodies and front-matter need none of them (below), and loading them took
// 0.04–0.06 s of ingest's 0.2–0.3 s start-up. Node loads these ES modules synchronously
// through require (Node >= 22.12); in the built site this module is bundled where
// Astro keeps its server chunks, inside the project, so they resolve as here.
const require = createRequire(import.meta.url);
let markdown:
  | (typeof FromMarkdown & typeof Gfm & typeof Mdx & typeof ToMarkdown & { gfm: typeof MicromarkGfm.gfm; mdxjs: typeof MicromarkMdx.mdxjs })
  | undefined;
const markdownTools = () =>
  (markdown ??= {
    ...(require('mdast-util-from-markdown') as typeof FromMarkdown),
    ...(require('mdast-util-gfm') as typeof Gfm),
    ...(require('mdast-util-mdx') as typeof Mdx),
    ...(require('mdast-util-to-markdown') as typeof ToMarkdown),
    gfm: (require('micromark-extension-gfm') as typeof MicromarkGfm).gfm,
    mdxjs: (require('micromark-extension-mdxjs') as typeof MicromarkMdx).mdxjs,
  });

/** The one line of the front-matter left out of `generated_sha256`. */
const HASH_LINE = /^generated_sha256: .*\n/m;
const PLACEHOLDER_HASH = '0'.repeat(64);
/** GFM autolink literals: the only links a literal body may contain. */
const SAFE_AUTOLINK = /^(?:https?:|mailto:)/i;

export class EmitError extends Error {
  override name = 'EmitError';
}

export function sha256(text: string): string {
  // One call, no Hash object: the same hex digest of the UTF-8 bytes, a few microseconds less each.
  return hash('sha256', text, 'hex');
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

/**
 * A paragraph mdast-util-to-markdown writes unchanged: a literal line (below) in which
 * none of its escape rules applies either, which are, besides the characters a literal
 * line never has: a line starting with `:` or `|` (a table's delimiter row), `w.` or `W.`
 * before a letter, digit, `-`, `_` or `.` (a GFM `www.` autolink), `p:/` or `s:/` (a
 * `http://` one), and tabs and other control characters. tests/pipeline/emit.test.ts
 * checks it against the serializer on the seeds, the benchmark corpus, hostile lines and
 * random lines.
 */
export function isPlainParagraph(text: string): boolean {
  return LITERAL_LINE.test(text) && !NOT_PLAIN.test(text);
}
const NOT_PLAIN = /^[:|]|[Ww]\.[-.\w]|[ps]:\/|[\u0000-\u001f\u007f]/;

/** What the serializer writes for paragraphs it writes as they are, one line each (most bodies); null for others. */
const plainBody = (paragraphs: readonly string[]): string | null =>
  paragraphs.length > 0 && paragraphs.every(isPlainParagraph) ? `${paragraphs.join('\n\n')}\n` : null;

/** Serializes paragraphs as an MDX body whose only nodes are paragraphs of literal text. */
export function serializeBody(paragraphs: readonly string[]): string {
  // What the serializer would write, without building and walking a tree: most bodies.
  return plainBody(paragraphs) ?? serializeBodyTree(paragraphs);
}

/** serializeBody through mdast-util-to-markdown, whatever the paragraphs are. */
export function serializeBodyTree(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
  };
  const { toMarkdown, mdxToMarkdown, gfmToMarkdown } = markdownTools();
  return escapeEsmLines(toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown()], unsafe: [ESCAPE_ALL_CLOSING_BRACKETS] }));
}

/**
 * A paragraph line that Markdown, GFM and MDX all read as exactly its own text: no
 * leading or trailing whitespace, no character that can open an inline construct
 * (escape, reference, code, emphasis, strikethrough, link, HTML/JSX, expression,
 * email autolink), no URL an autolink would take, and no start that opens a block
 * (list, heading, quote, thematic break, ESM line). A `|` is text: a table needs a
 * delimiter row on the next line, and these paragraphs are one line each.
 */
const LITERAL_LINE = /^(?![\s\p{Z}])(?!(?:import|export)\b)(?![-+*#>=_]|\d+[.)])[^\\&<>{}\[\]*_~`@\n\r\0]+(?<![\s\p{Z}])$/u;
const URL_LIKE = /(?:https?:\/\/|www\.|mailto:|xmpp:)/i;

/**
 * The paragraphs of a body whose blocks are all literal one-line paragraphs separated
 * by single blank lines (what ingest writes for ordinary text), or null for anything
 * else, which must be parsed. Hand-written because a micromark parse with the MDX
 * extensions costs milliseconds per article, paid by every page and every build; the
 * answer is the same as parseBody's wherever this one gives one (tested on the seeds,
 * hostile lines and the benchmark corpus).
 */
export function literalParagraphs(body: string): string[] | null {
  // Blank lines before the first paragraph and after the last make no paragraph.
  const text = body.replace(/^\n+|\n+$/g, '');
  if (text === '' || URL_LIKE.test(text)) return null;
  const blocks = text.split('\n\n');
  for (const block of blocks) if (!LITERAL_LINE.test(block)) return null;
  return blocks;
}

// Pages and the briefing model parse the same bodies: each body that needs the parser is
// parsed once per process. The literal scan answers for what ingest writes in microseconds,
// so those bodies are not remembered (at 4,000 articles the memo held 25 MB of them).
const parsed = new Map<string, string[] | null>();
/** Bodies remembered at most; beyond it the memo starts over (a corpus of this many 3 KB articles is ~100 MB of text). */
const PARSE_MEMO_LIMIT = 30_000;

/** Parses an MDX body back into paragraph texts; null when anything but plain paragraphs appears. */
export function parseBody(body: string): string[] | null {
  const literal = literalParagraphs(body);
  if (literal !== null) return literal;
  const known = parsed.get(body);
  if (known !== undefined || parsed.has(body)) return known === null ? null : [...(known ?? [])];
  const result = parseBodyTree(body);
  if (parsed.size >= PARSE_MEMO_LIMIT) parsed.clear();
  parsed.set(body, result);
  return result === null ? null : [...result];
}

function parseBodyTree(body: string): string[] | null {
  const { fromMarkdown, mdxjs, gfm, mdxFromMarkdown, gfmFromMarkdown } = markdownTools();
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

/** serializeFrontmatter for the common case, without yaml's document model; null when a value needs it. */
function serializePlainFrontmatter(frontmatter: ArticleFrontmatter): string | null {
  let out = '';
  for (const key of FRONTMATTER_KEYS) {
    const value: unknown = frontmatter[key];
    if (value === null || typeof value === 'boolean') out += `${key}: ${String(value)}\n`;
    else if (typeof value === 'string') {
      if (!PLAIN_QUOTED.test(value)) return null;
      out += `${key}: "${value}"\n`;
    } else if (Array.isArray(value)) {
      if (value.length === 0) {
        out += `${key}: []\n`;
        continue;
      }
      out += `${key}:\n`;
      for (const item of value as unknown[]) {
        if (typeof item !== 'string' || !PLAIN_QUOTED.test(item)) return null;
        out += `  - "${item}"\n`;
      }
    } else return null;
  }
  return out;
}

/** Emits YAML where every string is double-quoted, so `no`, `1.10` and `Q1 #1` stay strings. */
export function serializeFrontmatter(frontmatter: ArticleFrontmatter): string {
  return serializePlainFrontmatter(frontmatter) ?? serializeFrontmatterYaml(frontmatter);
}

/** serializeFrontmatter through yaml's document model, whatever the values are. */
export function serializeFrontmatterYaml(frontmatter: ArticleFrontmatter): string {
  const ordered = Object.fromEntries(FRONTMATTER_KEYS.map((key) => [key, frontmatter[key]]));
  const { Document } = require('yaml') as typeof Yaml;
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
  // Plain paragraphs are written as they are and read back as they are (the parser's
  // literal path: tests/pipeline/literal-paragraphs.test.ts); a body the serializer
  // escaped is parsed back to check it round-trips.
  const plain = plainBody(paragraphs);
  const body = plain ?? serializeBodyTree(paragraphs);
  const back = plain !== null ? paragraphs : parseBody(body);
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
