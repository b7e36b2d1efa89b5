// Finds known names (countries, capitals, gazetteer places) in a sentence: whole words,
// the longest name first, each under the case rule its spelling in the data implies.
import { isAllCaps, isCapitalized, nameKey, stripAccents, tokenize, type Token } from './tokens.ts';

/**
 * How a name's spelling constrains the text, read from the data so editors control it:
 * - `exact`: written without lower-case letters (`AS`, `U.S.`, `DPRK`), it matches only
 *   in capitals, so the Indonesian word `as` or the English `us` never match;
 * - `capitalized`: written with a capital (`Korea Utara`), the text's first letter must
 *   be a capital too, so `turkey` the bird or `china` the porcelain are not countries;
 * - `any`: written in lower case (`timur jauh Rusia`), any case matches.
 */
export type CaseRule = 'exact' | 'capitalized' | 'any';

interface Variant<T> {
  /** Folded words of the name. */
  words: readonly string[];
  /** Words with case kept, for `exact` names. */
  cased: readonly string[];
  rule: CaseRule;
  /** The name ends with a period (`U.S.`) that belongs to the match. */
  trailingDot: boolean;
  value: T;
}

export interface NameMatcher<T> {
  /** Variants by their first folded word, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly Variant<T>[]>;
}

export interface NameMatch<T> {
  start: number;
  end: number;
  text: string;
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
  /** Every value of the longest name matched here, in data order, without repeats. */
  values: T[];
}

export function caseRule(name: string): CaseRule {
  if (isAllCaps(name)) return 'exact';
  return /^\P{L}*\p{Lu}/u.test(name) ? 'capitalized' : 'any';
}

export function createNameMatcher<T>(entries: Iterable<readonly [name: string, value: T]>): NameMatcher<T> {
  const byFirst = new Map<string, Variant<T>[]>();
  for (const [name, value] of entries) {
    const tokens = tokenize(name);
    const first = tokens[0];
    if (!first) continue;
    const variant: Variant<T> = {
      words: tokens.map((token) => token.key),
      cased: tokens.map((token) => stripAccents(token.text)),
      rule: caseRule(name),
      trailingDot: name.trimEnd().endsWith('.'),
      value,
    };
    const list = byFirst.get(first.key);
    if (list) list.push(variant);
    else byFirst.set(first.key, [variant]);
  }
  // A stable sort keeps data order among names of equal length.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** Spaces, a hyphen, a period or an apostrophe may part the words of a name (`U.S.`, `Guinea-Bissau`). */
const NAME_GAP = /^[\s.\-‐‑'’]{1,3}$/u;
/** An acronym followed by a currency sign is a currency (`US$2,1 miliar`), not a country. */
const CURRENCY_AFTER = /^\p{Sc}/u;

function variantMatches<T>(variant: Variant<T>, text: string, tokens: readonly Token[], index: number): boolean {
  const count = variant.words.length;
  if (index + count > tokens.length) return false;
  for (let k = 0; k < count; k++) {
    const token = tokens[index + k];
    if (!token || token.key !== variant.words[k]) return false;
    if (k > 0 && !NAME_GAP.test(text.slice(tokens[index + k - 1]?.end ?? 0, token.start))) return false;
    if (variant.rule === 'exact' && stripAccents(token.text) !== variant.cased[k]) return false;
  }
  const first = tokens[index];
  if (variant.rule === 'capitalized' && first && !isCapitalized(first)) return false;
  if (variant.rule === 'exact') {
    const last = tokens[index + count - 1];
    if (last && CURRENCY_AFTER.test(text.slice(last.end))) return false;
  }
  return true;
}

/** Known names in `text`, left to right, never overlapping; at each word the longest name wins. */
export function matchNames<T>(matcher: NameMatcher<T>, text: string, tokens: readonly Token[] = tokenize(text)): NameMatch<T>[] {
  const matches: NameMatch<T>[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const variants = token ? matcher.byFirst.get(token.key) : undefined;
    if (!token || !variants) continue;
    let length = 0;
    let trailingDot = false;
    const values: T[] = [];
    for (const variant of variants) {
      if (variant.words.length < length) break;
      if (!variantMatches(variant, text, tokens, index)) continue;
      length = variant.words.length;
      trailingDot ||= variant.trailingDot;
      if (!values.includes(variant.value)) values.push(variant.value);
    }
    if (length === 0) continue;
    const last = index + length - 1;
    let end = tokens[last]?.end ?? token.end;
    if (trailingDot && text[end] === '.') end += 1;
    matches.push({ start: token.start, end, text: text.slice(token.start, end), first: index, last, values });
    index = last;
  }
  return matches;
}

/** Values of the names that span all of `name`, under the same case rules as in running text. */
export function lookupName<T>(matcher: NameMatcher<T>, name: string): T[] {
  const tokens = tokenize(name);
  const first = tokens[0];
  const values: T[] = [];
  if (!first) return values;
  for (const variant of matcher.byFirst.get(first.key) ?? []) {
    if (variant.words.length !== tokens.length) continue;
    if (variantMatches(variant, name, tokens, 0) && !values.includes(variant.value)) values.push(variant.value);
  }
  return values;
}

/** True when some name of the matcher has this key, whatever its case rule. */
export function hasNameKey<T>(matcher: NameMatcher<T>, name: string): boolean {
  const key = nameKey(name);
  const first = key.split(' ')[0] ?? '';
  return (matcher.byFirst.get(first) ?? []).some((variant) => variant.words.join(' ') === key);
}
