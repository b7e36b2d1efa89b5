// Word tokens with offsets, and the small text helpers the entity extractors share:
// case tests, accent-free lower-case forms, slugs and phrase look-up over tokens.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** False for a punctuation mark, which is a token of its own. */
  word: boolean;
}

// A word keeps inner hyphens and apostrophes (`Min-jun`, `O'Brien`, `Bangsa-Bangsa`)
// but not a possessive `'s`, so `Santoso's` yields the name `Santoso`.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’](?![sS](?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*|\S/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    word: WORD.test(match[0]),
  }));
}

/** Lower case without accents, with one apostrophe form: the form lists are written in. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

/** `Park Min-jun` → `park-min-jun`: ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A word written with a capital and then lower case (`Santoso`, `Min-jun`, `McDonald`), not an acronym. */
export function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text) && /\p{Ll}/u.test(text);
}

/** An all-capital word of two or more letters (`WHO`, `ASEAN`, `MH`). */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(text);
}

/** Multi-word phrases (lower-case, space-separated) indexed by their first word. */
export type PhraseSet = ReadonlyMap<string, readonly (readonly string[])[]>;

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const result = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = fold(phrase).split(/\s+/).filter(Boolean);
    const first = words[0];
    if (first === undefined) continue;
    const list = result.get(first) ?? [];
    list.push(words);
    result.set(first, list);
  }
  for (const list of result.values()) list.sort((a, b) => b.length - a.length);
  return result;
}

function matchesAt(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => {
    const token = tokens[index + offset];
    return token !== undefined && token.word && fold(token.text) === word;
  });
}

/** Number of tokens of the longest phrase of `set` that starts at token `index`; 0 when none does. */
export function phraseAt(tokens: readonly Token[], index: number, set: PhraseSet): number {
  const first = tokens[index];
  if (!first?.word) return 0;
  return (set.get(fold(first.text)) ?? []).find((words) => matchesAt(tokens, index, words))?.length ?? 0;
}

/** Number of tokens of the longest phrase of `set` that ends at token `index`; 0 when none does. */
export function phraseEndingAt(tokens: readonly Token[], index: number, set: PhraseSet, maxWords = 4): number {
  for (let length = Math.min(maxWords, index + 1); length >= 1; length--) {
    const start = index - length + 1;
    const first = tokens[start];
    if (!first?.word) continue;
    if ((set.get(fold(first.text)) ?? []).some((words) => words.length === length && matchesAt(tokens, start, words))) return length;
  }
  return 0;
}

/** Whether token `index` lies inside one of the spans (offsets in the same text). */
export function insideSpan(token: Token, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((span) => token.start >= span.start && token.end <= span.end);
}

/** Most frequent value; ties go to the one seen first. */
export function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
