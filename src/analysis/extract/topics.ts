// Topics: scores each paragraph against the topics' match terms (content/topics/),
// gives the article the topics its paragraphs carry, then applies the article's
// own front-matter pins (`id`) and removals (`-id`).
import { TERM_SUFFIXES } from '../../lang/affixes.ts';
import type { AnalysisArticle, Topic } from '../types.ts';
import { charClass } from './char-class.ts';
import { spansAt, stickyOf, termIndex, termRuns, termStarts, wordRuns, type Run, type TermIndex, type TermRuns } from './term-filter.ts';

/** The topic of a paragraph that matches none. */
export const OTHER_TOPIC = 'other';

export interface TopicMatcher {
  topic: Topic;
  patterns: RegExp[];
  /**
   * Where in a text the patterns' matches can be, so each runs only there (see
   * `LocatedTerms`); a matcher made without them searches every text whole.
   */
  located?: LocatedTerms;
}

/**
 * Per pattern, its sticky twin and the words of a match (the last perhaps with a suffix;
 * null when matches cannot be located so), and those words indexed.
 */
export interface LocatedTerms {
  sticky: readonly RegExp[];
  runs: readonly (TermRuns | null)[];
  index: TermIndex;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const suffixes = TERM_SUFFIXES.map(escape).join('|');
/** Letters and digits: where a term's pattern finds a word edge. */
const isWordChar = charClass(/[\p{L}\p{N}]/u);

/** A short all-capital term (`UN`, `PBB`) is an acronym: matched in capitals only, so `un` in `until` never counts. */
const isAcronym = (term: string): boolean => term.length <= 5 && term === term.toUpperCase() && /\p{Lu}/u.test(term);

function termPattern(term: string): RegExp {
  const body = escape(term).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:${suffixes})?(?![\\p{L}\\p{N}])`, isAcronym(term) ? 'gu' : 'giu');
}

export function createTopicMatchers(topics: readonly Topic[]): TopicMatcher[] {
  return topics.map((topic) => {
    const terms = [...new Set([...topic.terms.en, ...topic.terms.id])];
    const patterns = terms.map(termPattern);
    const runs = terms.map((term) => termRuns(term, isWordChar, { caseSensitive: isAcronym(term), endings: ['', ...TERM_SUFFIXES] }));
    return { topic, patterns, located: { sticky: patterns.map(stickyOf), runs, index: termIndex(runs) } };
  });
}

/** How many times the paragraph uses the topic's terms. */
export function scoreParagraph(text: string, matcher: TopicMatcher): number {
  return scoreWith(text, wordRuns(text, isWordChar), matcher);
}

/**
 * `scoreParagraph` with the paragraph's words already found. A match is a run of words
 * that are the term's: the pattern is tried only where they stand. `from`, when given,
 * lists the only words a match of any term may start at.
 */
function scoreWith(text: string, runs: readonly Run[], matcher: TopicMatcher, from?: readonly number[]): number {
  const { located } = matcher;
  if (located === undefined) return matcher.patterns.reduce((sum, pattern) => sum + (text.match(pattern)?.length ?? 0), 0);
  const starts = termStarts(runs, located.runs, located.index, from);
  let sum = 0;
  matcher.patterns.forEach((pattern, position) => {
    const sticky = located.sticky[position];
    const at = starts.get(position);
    if (sticky === undefined || located.runs[position] === null) sum += text.match(pattern)?.length ?? 0;
    else if (at !== undefined) sum += spansAt(sticky, text, at).length;
  });
  return sum;
}

export interface ArticleTopics {
  /** Topic ids per paragraph anchor, best first; `other` when none matched. */
  paragraphs: Map<string, string[]>;
  /** The article's topics: those its paragraphs carry, plus pins, minus removals. */
  article: string[];
}

/** Scores below this share of the paragraph's best score are noise, not a topic. */
const RELATIVE_THRESHOLD = 0.5;

const FIRST_KEYS = new WeakMap<readonly TopicMatcher[], { indexes: (TermIndex | undefined)[]; keys: ReadonlySet<string> }>();

/**
 * Every key the first word of some term of the matchers can have, so the other words
 * of a paragraph need no look-up per matcher. Kept per list of matchers while their
 * indexes stay the same.
 */
function firstKeys(matchers: readonly TopicMatcher[]): ReadonlySet<string> {
  const indexes = matchers.map((matcher) => matcher.located?.index);
  const cached = FIRST_KEYS.get(matchers);
  if (cached !== undefined && cached.indexes.length === indexes.length && cached.indexes.every((index, i) => index === indexes[i])) return cached.keys;
  const keys = new Set(indexes.flatMap((index) => [...(index?.keys() ?? [])]));
  FIRST_KEYS.set(matchers, { indexes, keys });
  return keys;
}

/** The topics a paragraph's text carries, best first (none when no term matched). */
function paragraphTopics(text: string, matchers: readonly TopicMatcher[], firsts: ReadonlySet<string>): string[] {
  const runs = wordRuns(text, isWordChar);
  const from = runs.flatMap((run, at) => (firsts.has(run.key) ? [at] : []));
  const scored = matchers
    .map((matcher) => ({ id: matcher.topic.id, score: scoreWith(text, runs, matcher, from) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const best = scored[0]?.score ?? 0;
  return scored.filter((entry) => entry.score >= best * RELATIVE_THRESHOLD).map((entry) => entry.id);
}

/**
 * The article's topics. `seen`, when given, keeps each paragraph text's topics for
 * these matchers, so a text printed by several articles is scored once.
 */
export function assignTopics(article: AnalysisArticle, matchers: readonly TopicMatcher[], seen?: Map<string, readonly string[]>): ArticleTopics {
  const firsts = firstKeys(matchers);
  const paragraphs = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const paragraph of article.paragraphs) {
    let found = seen?.get(paragraph.text);
    if (found === undefined) {
      found = paragraphTopics(paragraph.text, matchers, firsts);
      seen?.set(paragraph.text, found);
    }
    const ids = [...found];
    paragraphs.set(paragraph.anchor, ids.length > 0 ? ids : [OTHER_TOPIC]);
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const known = new Set(matchers.map((matcher) => matcher.topic.id));
  const removed = new Set(article.topics.filter((id) => id.startsWith('-')).map((id) => id.slice(1)));
  const pinned = article.topics.filter((id) => !id.startsWith('-') && (known.has(id) || id === OTHER_TOPIC));
  const order = matchers.map((matcher) => matcher.topic.id);
  const derived = [...counts.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const topics = [...new Set([...pinned, ...derived])].filter((id) => !removed.has(id));
  return { paragraphs, article: topics.length > 0 ? topics : [OTHER_TOPIC] };
}
