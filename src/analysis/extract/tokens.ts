// Words of a sentence with their offsets, and look-ups of multi-word phrases around
// them: the shared ground of the country and place extractors.
import { charClass, codeAt, isAscii, runEnd, widthOf } from './char-class.ts';

/** A word of a sentence: a run of letters, marks and digits. */
export interface Token {
  start: number;
  end: number;
  /** The word as printed. */
  text: string;
  /** Lower case without accents, for look-ups (`Côte` → `cote`). */
  key: string;
}

const isWordChar = charClass(/[\p{L}\p{M}\p{N}]/u);
const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case without accents, so `Moskva`, `MOSKVA` and `Móskva` compare equal. */
export function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Accents removed but case kept: acronyms compare by case (`AS` is not `as`). */
export function stripAccents(word: string): string {
  if (isAscii(word)) return word;
  return word.normalize('NFD').replace(MARKS, '');
}

/** The words of a text: what `/[\p{L}\p{M}\p{N}]+/gu` finds, scanned by hand. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = 0; start < text.length; ) {
    const code = codeAt(text, start);
    const width = widthOf(code);
    if (!isWordChar(code)) {
      start += width;
      continue;
    }
    const end = runEnd(text, start, isWordChar);
    const word = text.slice(start, end);
    tokens.push({ start, end, text: word, key: foldWord(word) });
    start = end;
  }
  return tokens;
}

/** The look-up key of a name: its folded words joined by single spaces (`Korea Utara` → `korea utara`). */
export function nameKey(name: string): string {
  return foldWord(name).replace(NON_WORD, ' ').trim();
}

export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** True when a name has letters and none of them is lower case (`AS`, `U.S.`, `DPRK`). */
export function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The text between two adjacent tokens (or before the first one). */
export function gapBefore(text: string, tokens: readonly Token[], index: number): string {
  const token = tokens[index];
  if (!token) return '';
  return text.slice(tokens[index - 1]?.end ?? 0, token.start);
}

const SPACE_ONLY = /^\s+$/u;

/** True when only white space separates token `index - 1` from token `index`. */
export function spaceBefore(text: string, tokens: readonly Token[], index: number): boolean {
  return index > 0 && SPACE_ONLY.test(gapBefore(text, tokens, index));
}

/** A set of lower-case phrases, indexed by word count so look-ups try the longest first. */
export interface PhraseSet {
  readonly phrases: ReadonlySet<string>;
  readonly maxWords: number;
  /**
   * The phrases' first and last words: a phrase starts only at a token whose key is a
   * first word, and ends only at one whose key is a last word (token keys have no
   * spaces). Without them every token is tried.
   */
  readonly firsts?: ReadonlySet<string>;
  readonly lasts?: ReadonlySet<string>;
}

export function phraseSet(...lists: readonly (readonly string[])[]): PhraseSet {
  const phrases = new Set<string>();
  let maxWords = 0;
  for (const list of lists) {
    for (const phrase of list) {
      const key = nameKey(phrase) || phrase.trim();
      phrases.add(key);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  const words = [...phrases].map((phrase) => phrase.split(' '));
  return { phrases, maxWords, firsts: new Set(words.map((list) => list[0] ?? '')), lasts: new Set(words.map((list) => list[list.length - 1] ?? '')) };
}

/**
 * Number of words of the longest phrase of `set` that starts at token `index`, its
 * words separated by white space only; 0 when none does.
 */
export function phraseAt(text: string, tokens: readonly Token[], index: number, set: PhraseSet): number {
  if (set.firsts !== undefined && !set.firsts.has(tokens[index]?.key ?? '')) return 0;
  for (let words = Math.min(set.maxWords, tokens.length - index); words > 0; words--) {
    if (!joinedBySpace(text, tokens, index, index + words - 1)) continue;
    if (set.phrases.has(keyOf(tokens, index, index + words - 1))) return words;
  }
  return 0;
}

/**
 * Number of words of the longest phrase of `set` that ends at token `index - 1` and is
 * separated from token `index` by white space only; 0 when none does.
 */
export function phraseBefore(text: string, tokens: readonly Token[], index: number, set: PhraseSet): number {
  if (set.lasts !== undefined && !set.lasts.has(tokens[index - 1]?.key ?? '')) return 0;
  if (!spaceBefore(text, tokens, index)) return 0;
  for (let words = Math.min(set.maxWords, index); words > 0; words--) {
    const first = index - words;
    if (!joinedBySpace(text, tokens, first, index - 1)) continue;
    if (set.phrases.has(keyOf(tokens, first, index - 1))) return words;
  }
  return 0;
}

const PHRASE_GAP = /^[\s-]+$/u;

/** Words of one phrase are separated by spaces or a hyphen (`barat daya`, `north-east`). */
function joinedBySpace(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first + 1; i <= last; i++) if (!PHRASE_GAP.test(gapBefore(text, tokens, i))) return false;
  return true;
}

function keyOf(tokens: readonly Token[], first: number, last: number): string {
  let key = '';
  for (let i = first; i <= last; i++) key += (i > first ? ' ' : '') + (tokens[i]?.key ?? '');
  return key;
}
