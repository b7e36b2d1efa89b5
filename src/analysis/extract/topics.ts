// Topics: scores each paragraph against the topics' match terms (content/topics/),
// gives the article the topics its paragraphs carry, then applies the article's
// own front-matter pins (`id`) and removals (`-id`).
import { TERM_SUFFIXES } from '../../lang/affixes.ts';
import type { AnalysisArticle, Topic } from '../types.ts';

/** The topic of a paragraph that matches none. */
export const OTHER_TOPIC = 'other';

export interface TopicMatcher {
  topic: Topic;
  patterns: RegExp[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const suffixes = TERM_SUFFIXES.map(escape).join('|');

/** A short all-capital term (`UN`, `PBB`) is an acronym: matched in capitals only, so `un` in `until` never counts. */
function termPattern(term: string): RegExp {
  const acronym = term.length <= 5 && term === term.toUpperCase() && /\p{Lu}/u.test(term);
  const body = escape(term).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:${suffixes})?(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

export function createTopicMatchers(topics: readonly Topic[]): TopicMatcher[] {
  return topics.map((topic) => ({
    topic,
    patterns: [...new Set([...topic.terms.en, ...topic.terms.id])].map(termPattern),
  }));
}

/** How many times the paragraph uses the topic's terms. */
export function scoreParagraph(text: string, matcher: TopicMatcher): number {
  return matcher.patterns.reduce((sum, pattern) => sum + (text.match(pattern)?.length ?? 0), 0);
}

export interface ArticleTopics {
  /** Topic ids per paragraph anchor, best first; `other` when none matched. */
  paragraphs: Map<string, string[]>;
  /** The article's topics: those its paragraphs carry, plus pins, minus removals. */
  article: string[];
}

/** Scores below this share of the paragraph's best score are noise, not a topic. */
const RELATIVE_THRESHOLD = 0.5;

export function assignTopics(article: AnalysisArticle, matchers: readonly TopicMatcher[]): ArticleTopics {
  const paragraphs = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const paragraph of article.paragraphs) {
    const scored = matchers
      .map((matcher) => ({ id: matcher.topic.id, score: scoreParagraph(paragraph.text, matcher) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const best = scored[0]?.score ?? 0;
    const ids = scored.filter((entry) => entry.score >= best * RELATIVE_THRESHOLD).map((entry) => entry.id);
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
