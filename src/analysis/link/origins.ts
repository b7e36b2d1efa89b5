// Origins: which independent source stands behind each paragraph. An article that
// rewrites a credited original (`Sumber: Reuters`, `Baca artikel asli di …`,
// or a report the lede credits) speaks for that original; a paragraph that credits
// another news organization (`Bloomberg melaporkan …`) speaks for it; an outlet's
// own reporting is its own origin; and articles whose paragraphs are largely the
// same text (syndicated copies) are one origin.
import { rootLowerCase } from '../extract/char-class.ts';
import { REPORT_CUES } from '../../lang/credits.ts';
import type { AnalysisArticle, Citation } from '../types.ts';

export interface MediaName {
  /** Display name (`The Times`). */
  name: string;
  /** Every form it is printed in (`The Times`, `Times`), case-sensitive. */
  forms: readonly string[];
}

export interface Origin {
  /** Stable key: `media:the-times`, `own:daily-post`, `own:<article id>`. */
  key: string;
  name: string;
  kind: 'credited' | 'own';
}

export interface ArticleOrigins {
  article: Origin;
  /** Paragraphs that credit another organization than the article does. */
  paragraphs: Map<string, Origin>;
  /** Outlet ← original source ← organizations credited in the text, for the source page. */
  chain: string[];
}

/** The lede (this many first paragraphs) credits the article's original when the front-matter does not. */
const LEDE_PARAGRAPHS = 3;
/** Articles sharing at least this share of paragraphs (of the shorter one) are copies of one text. */
const SYNDICATION_SHARE = 0.5;

const slugs = new Map<string, string>();
/** A name's key (`The Times` → `times`); names repeat in every paragraph, so each is worked out once. */
const slug = (text: string): string => {
  let known = slugs.get(text);
  if (known === undefined) {
    known = text.toLocaleLowerCase('und').normalize('NFKD').replace(/\p{M}/gu, '').replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (slugs.size >= 10_000) slugs.clear();
    slugs.set(text, known);
  }
  return known;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cuePattern = new RegExp(`(?<![\\p{L}])(?:${REPORT_CUES.map(escape).join('|')})(?![\\p{L}])`, 'iu');

function mediaMatcher(media: readonly MediaName[]) {
  const byForm = new Map<string, string>();
  for (const entry of media) for (const form of entry.forms) byForm.set(form, entry.name);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const pattern = forms.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  // Copies repeat sentences: each text is matched once.
  const known = new Map<string, readonly string[]>();
  /** Media credited by a sentence: named in it with a reporting cue. */
  return (sentence: string): string[] => {
    let names = known.get(sentence);
    if (!names) {
      names = !pattern || !cuePattern.test(sentence) ? [] : [...new Set([...sentence.matchAll(pattern)].map((match) => byForm.get(match[0]) ?? match[0]))];
      known.set(sentence, names);
    }
    return [...names];
  };
}

function canonical(name: string, media: readonly MediaName[]): string {
  const wanted = slug(name);
  return media.find((entry) => entry.forms.some((form) => slug(form) === wanted))?.name ?? name;
}

export function resolveOrigins(articles: readonly AnalysisArticle[], media: readonly MediaName[]): Map<string, ArticleOrigins> {
  const credits = mediaMatcher(media);
  const result = new Map<string, ArticleOrigins>();
  for (const article of articles) {
    const creditedIn = (paragraphText: string) => credits(paragraphText);
    let original = article.originalSource ? canonical(article.originalSource, media) : null;
    if (!original) {
      for (const paragraph of article.paragraphs.slice(0, LEDE_PARAGRAPHS)) {
        const named = paragraph.sentences.flatMap((sentence) => creditedIn(sentence.text)).filter((name) => slug(name) !== slug(article.outlet ?? ''));
        if (named[0]) {
          original = named[0];
          break;
        }
      }
    }
    const own: Origin = { key: `own:${article.outlet ? slug(article.outlet) : article.id}`, name: article.outlet ?? article.id, kind: 'own' };
    const origin: Origin = original ? { key: `media:${slug(original)}`, name: original, kind: 'credited' } : own;
    const paragraphs = new Map<string, Origin>();
    const cited = new Set<string>();
    for (const paragraph of article.paragraphs) {
      const named = paragraph.sentences.flatMap((sentence) => creditedIn(sentence.text));
      for (const name of named) cited.add(name);
      const other = named.find((name) => slug(name) !== slug(original ?? '') && slug(name) !== slug(article.outlet ?? ''));
      if (other && !named.some((name) => slug(name) === slug(original ?? ''))) paragraphs.set(paragraph.anchor, { key: `media:${slug(other)}`, name: other, kind: 'credited' });
    }
    const chain = [article.outlet ?? article.id, ...(original ? [original] : []), ...[...cited].filter((name) => name !== original && name !== article.outlet).sort()];
    result.set(article.id, { article: origin, paragraphs, chain });
  }

  // Syndicated copies: paragraphs of identical text shared by two articles. Articles
  // are numbered in id order, so a pair of them is one number and pairs in number order
  // are pairs in id order.
  const ids = [...new Set(articles.map((article) => article.id))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const numberOf = new Map(ids.map((id, index) => [id, index]));
  const byParagraph = new Map<string, number[]>();
  for (const article of articles) {
    const number = numberOf.get(article.id) as number;
    for (const paragraph of article.paragraphs) {
      const key = rootLowerCase(paragraph.text).replace(/\s+/g, ' ').trim();
      const list = byParagraph.get(key);
      if (list) {
        if (!list.includes(number)) list.push(number);
      } else byParagraph.set(key, [number]);
    }
  }
  const shared = new Map<number, number>();
  for (const numbers of byParagraph.values()) {
    if (numbers.length < 2 || numbers.length > 50) continue;
    for (let i = 0; i < numbers.length; i++) for (let j = i + 1; j < numbers.length; j++) {
      const x = numbers[i] as number;
      const y = numbers[j] as number;
      const key = x < y ? x * ids.length + y : y * ids.length + x;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const sizes = new Map(articles.map((article) => [article.id, article.paragraphs.length]));
  for (const [key, count] of [...shared].sort(([x], [y]) => x - y)) {
    const a = ids[Math.floor(key / ids.length)] as string;
    const b = ids[key % ids.length] as string;
    if (count < SYNDICATION_SHARE * Math.min(sizes.get(a) ?? 0, sizes.get(b) ?? 0)) continue;
    const first = result.get(a);
    const second = result.get(b);
    // The copy speaks for the same origin as the text it copies (the first by id).
    if (first && second) second.article = first.article;
  }
  return result;
}

/** The origin a citation speaks for: its paragraph's credit, else its article's. */
export function originOf(origins: ReadonlyMap<string, ArticleOrigins>, citation: Citation): Origin {
  const article = origins.get(citation.article);
  return article?.paragraphs.get(citation.paragraph) ?? article?.article ?? { key: `own:${citation.article}`, name: citation.article, kind: 'own' };
}
