// Word tokens with offsets, and the small text helpers the entity extractors share:
// case tests, accent-free lower-case forms, slugs and phrase look-up over tokens.
import { charClass, codeAt, isAscii, runEnd, widthOf } from './char-class.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** False for a punctuation mark, which is a token of its own. */
  word: boolean;
}

const isWordChar = charClass(/[\p{L}\p{M}\p{N}]/u);
const isSpace = charClass(/\s/u);

/** Whether a word goes on past the hyphen or apostrophe at `at`: a word follows it, and it is no possessive `'s`. */
function joinsAt(text: string, at: number): boolean {
  const mark = text.charAt(at);
  if (mark !== '-' && mark !== "'" && mark !== '’') return false;
  const next = text.codePointAt(at + 1);
  if (next === undefined || !isWordChar(next)) return false;
  if (next !== 0x73 && next !== 0x53) return true;
  const after = text.codePointAt(at + 2);
  return after !== undefined && isWordChar(after);
}

/**
 * Words (runs of letters, marks and digits) and single marks. A word keeps inner hyphens
 * and apostrophes (`Min-jun`, `O'Brien`, `Bangsa-Bangsa`) but not a possessive `'s`, so
 * `Santoso's` yields the name `Santoso`: the tokens of
 * `/[\p{L}\p{M}\p{N}]+(?:[-'’](?![sS](?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*|\S/gu`, scanned by hand.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = 0; start < text.length; ) {
    const code = codeAt(text, start);
    const width = widthOf(code);
    if (isWordChar(code)) {
      let end = runEnd(text, start, isWordChar);
      while (joinsAt(text, end)) end = runEnd(text, end + 1, isWordChar);
      tokens.push({ text: text.slice(start, end), start, end, word: true });
      start = end;
      continue;
    }
    if (!isSpace(code)) tokens.push({ text: text.slice(start, start + width), start, end: start + width, word: false });
    start += width;
  }
  return tokens;
}

const SENTENCE_TOKENS = new WeakMap<object, { text: string; tokens: readonly Token[] }>();

/**
 * The tokens of a sentence, tokenized once however many extractors read it (people,
 * organizations, both passes over the corpus). Callers must not change them.
 */
export function sentenceTokens(input: { readonly text: string }): readonly Token[] {
  const cached = SENTENCE_TOKENS.get(input);
  if (cached !== undefined && cached.text === input.text) return cached.tokens;
  const tokens = tokenize(input.text);
  SENTENCE_TOKENS.set(input, { text: input.text, tokens });
  return tokens;
}

const MARKS = /\p{M}/gu;

/** Lower case without accents, with one apostrophe form: the form lists are written in. */
export function fold(text: string): string {
  // ASCII has no accents and no `’`: lower case is all there is to do.
  if (isAscii(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').replace(/’/g, "'").toLowerCase();
}

/** `Park Min-jun` → `park-min-jun`: ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const isUpper = charClass(/\p{Lu}/u);
const isLower = charClass(/\p{Ll}/u);
const isUpperOrDigit = charClass(/[\p{Lu}\p{N}]/u);

/** Whether every code point of `text` from `from` on is in the class, and there is one. */
function allFrom(text: string, from: number, test: (code: number) => boolean): boolean {
  if (from >= text.length) return false;
  for (let i = from; i < text.length; ) {
    const code = codeAt(text, i);
    if (!test(code)) return false;
    i += widthOf(code);
  }
  return true;
}

/** A word written with a capital and then lower case (`Santoso`, `Min-jun`, `McDonald`), not an acronym: `/^\p{Lu}/u` and `/\p{Ll}/u`. */
export function isCapitalized(text: string): boolean {
  if (text === '' || !isUpper(codeAt(text, 0))) return false;
  for (let i = 0; i < text.length; ) {
    const code = codeAt(text, i);
    if (isLower(code)) return true;
    i += widthOf(code);
  }
  return false;
}

/** An all-capital word of two or more letters (`WHO`, `ASEAN`, `MH`): `/^\p{Lu}[\p{Lu}\p{N}]+$/u`. */
export function isAcronym(text: string): boolean {
  if (text === '') return false;
  const code = codeAt(text, 0);
  return isUpper(code) && allFrom(text, widthOf(code), isUpperOrDigit);
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
