// Finds the quantities a sentence states (`lebih dari tiga ribu drone`) as Figure
// records: value, qualifier, unit, subject and rate. All words come from src/lang/.
import { MONTH_NAMES } from '../../lang/calendar.ts';
import {
  NON_FIGURE_CUES,
  NUMBER_WORDS,
  QUALIFIERS,
  RANGE_FRAMES,
  RANGE_JOINERS,
  RATES,
  SCALE_ABBREVIATIONS,
  TRAILING_QUALIFIERS,
  VAGUE_WORDS,
  type NumberLanguage,
} from '../../lang/numbers.ts';
import { CURRENCY_SIGNS, SUBJECT_CUES, UNIT_GAPS, UNIT_WORDS, type SubjectCue, type UnitWord } from '../../lang/units.ts';
import type { Figure, Language, Qualifier, Rate, SentenceInput } from '../types.ts';
import { charClass, codeAt, runEnd, widthOf, type CharClass } from './char-class.ts';

// ---------------------------------------------------------------------------
// Tokens

type TokenKind = 'number' | 'word' | 'mark';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** ASCII digits, what `\d` matches. */
const isDigit: CharClass = (code) => code >= 0x30 && code <= 0x39;
const isLetter = charClass(/[\p{L}\p{M}]/u);
const isWordChar = charClass(/[\p{L}\p{M}\p{N}]/u);
const isSpace = charClass(/\s/u);

/** Whether the run goes on past the separator at `at` (one of `separators`), with a character of `next` after it. */
function continuesAt(text: string, at: number, separators: string, next: CharClass): boolean {
  if (at >= text.length || !separators.includes(text.charAt(at))) return false;
  const code = text.codePointAt(at + 1);
  return code !== undefined && next(code);
}

/**
 * Digit runs keep their `.`/`,`/`:` separators (`10.000`, `2,5`, `10:30`); words
 * keep inner hyphens and apostrophes, so designators (`Su-27`, `T-72`,
 * `Kh-101`), ordinals (`ke-2`) and reduplications (`satu-satunya`) stay one
 * word and never reach the number reader. Anything else is a one-character mark.
 * These are the tokens of `/(\d+(?:[.,:]\d+)*)|([\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*)|(\S)/gu`,
 * scanned by hand.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind): void => {
    const value = text.slice(start, end);
    tokens.push({ text: value, lower: value.toLowerCase(), start, end, kind });
  };
  for (let start = 0; start < text.length; ) {
    const code = codeAt(text, start);
    const width = widthOf(code);
    let end: number;
    if (isDigit(code)) {
      end = runEnd(text, start, isDigit);
      while (continuesAt(text, end, '.,:', isDigit)) end = runEnd(text, end + 1, isDigit);
      push(start, end, 'number');
    } else if (isLetter(code)) {
      end = runEnd(text, start, isLetter);
      while (continuesAt(text, end, "-‐'’", isWordChar)) end = runEnd(text, end + 1, isWordChar);
      push(start, end, 'word');
    } else {
      end = start + width;
      if (!isSpace(code)) push(start, end, 'mark');
    }
    start = end;
  }
  return tokens;
}

// ---------------------------------------------------------------------------
// Language data, merged per sentence language (`und` reads both languages)

interface PhraseTable<T> {
  entries: ReadonlyMap<string, T>;
  longest: number;
  /** First words of the phrases: a token that is none of them starts no phrase. */
  firsts: ReadonlySet<string>;
}

function phraseTable<T>(records: readonly Readonly<Record<string, T>>[]): PhraseTable<T> {
  const entries = new Map<string, T>();
  for (const record of records) for (const [phrase, value] of Object.entries(record)) if (!entries.has(phrase)) entries.set(phrase, value);
  const longest = Math.max(0, ...[...entries.keys()].map((phrase) => phrase.split(' ').length));
  return { entries, longest, firsts: new Set([...entries.keys()].map((phrase) => phrase.split(' ')[0] ?? '')) };
}

/** The longest phrase of `table` starting at token `at`, as lower-case words joined by spaces. */
function matchPhrase<T>(tokens: readonly Token[], at: number, table: PhraseTable<T>): { value: T; end: number } | null {
  // Tokens have no spaces, so a phrase's key starts with its first token.
  if (!table.firsts.has(tokens[at]?.lower ?? '')) return null;
  for (let length = Math.min(table.longest, tokens.length - at); length > 0; length--) {
    const key = tokens.slice(at, at + length).map((token) => token.lower).join(' ');
    const value = table.entries.get(key);
    if (value !== undefined) return { value, end: at + length };
  }
  return null;
}

interface Lexicon {
  languages: readonly NumberLanguage[];
  values: ReadonlyMap<string, number>;
  teens: ReadonlyMap<string, number>;
  multipliers: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, number>;
  fused: ReadonlyMap<string, readonly string[]>;
  articles: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  weak: ReadonlySet<string>;
  partitives: ReadonlySet<string>;
  vague: ReadonlyMap<string, number>;
  qualifiers: PhraseTable<Qualifier>;
  trailing: PhraseTable<Qualifier>;
  rates: PhraseTable<Rate>;
  rangeJoiners: ReadonlySet<string>;
  rangeFrames: ReadonlyMap<string, string>;
  yearBefore: ReadonlySet<string>;
  dateBefore: ReadonlySet<string>;
  timeBefore: ReadonlySet<string>;
  timeAfter: readonly string[];
  labelBefore: ReadonlySet<string>;
  oneOfBefore: ReadonlySet<string>;
  months: ReadonlySet<string>;
  classifiers: ReadonlySet<string>;
  gap: number;
  gapStop: ReadonlySet<string>;
  /** `numberAtoms` of the words seen so far. */
  atoms: Map<string, readonly string[] | null>;
}

/** Words whose `numberAtoms` are kept; past this the cache starts over, so memory stays bounded. */
const ATOMS_CACHE_SIZE = 50_000;

function buildLexicon(languages: readonly NumberLanguage[]): Lexicon {
  const words = languages.map((language) => NUMBER_WORDS[language]);
  const cues = languages.map((language) => NON_FIGURE_CUES[language]);
  const gaps = languages.map((language) => UNIT_GAPS[language]);
  const map = <T>(records: readonly Readonly<Record<string, T>>[]): Map<string, T> => new Map(records.flatMap((record) => Object.entries(record)));
  return {
    languages,
    values: map(words.map((w) => w.values)),
    teens: map(words.map((w) => w.teens)),
    multipliers: map(words.map((w) => w.multipliers)),
    scales: map(words.map((w) => w.scales)),
    fused: map(words.map((w) => w.fused)),
    articles: new Set(words.flatMap((w) => w.articles)),
    joiners: new Set(words.flatMap((w) => w.joiners)),
    weak: new Set(words.flatMap((w) => w.weak)),
    partitives: new Set(words.flatMap((w) => w.partitives)),
    vague: map(languages.map((language) => VAGUE_WORDS[language])),
    qualifiers: phraseTable(languages.map((language) => QUALIFIERS[language])),
    trailing: phraseTable(languages.map((language) => TRAILING_QUALIFIERS[language])),
    rates: phraseTable(languages.map((language) => RATES[language])),
    rangeJoiners: new Set(languages.flatMap((language) => RANGE_JOINERS[language])),
    rangeFrames: map(languages.map((language) => RANGE_FRAMES[language])),
    yearBefore: new Set(cues.flatMap((c) => c.yearBefore)),
    dateBefore: new Set(cues.flatMap((c) => c.dateBefore)),
    timeBefore: new Set(cues.flatMap((c) => c.timeBefore)),
    timeAfter: cues.flatMap((c) => c.timeAfter),
    labelBefore: new Set(cues.flatMap((c) => c.labelBefore)),
    oneOfBefore: new Set(cues.flatMap((c) => c.oneOfBefore)),
    months: new Set(languages.flatMap((language) => Object.keys(MONTH_NAMES[language]))),
    classifiers: new Set(gaps.flatMap((g) => g.classifiers)),
    gap: Math.max(...gaps.map((g) => g.gap)),
    gapStop: new Set(gaps.flatMap((g) => g.stop)),
    atoms: new Map(),
  };
}

const LEXICONS: Readonly<Record<Language, Lexicon>> = {
  id: buildLexicon(['id']),
  en: buildLexicon(['en']),
  und: buildLexicon(['id', 'en']),
};

const UNITS = phraseTable([UNIT_WORDS]);

// ---------------------------------------------------------------------------
// Digits

/** Separator conventions: which language groups thousands with `.` and which with `,`. */
const GROUPS_WITH: Readonly<Record<'.' | ',', Language>> = { '.': 'id', ',': 'en' };

function validGroups(parts: readonly string[]): boolean {
  const [head = '', ...rest] = parts;
  return head.length >= 1 && head.length <= 3 && rest.every((part) => part.length === 3);
}

/**
 * Reads a digit token. Indonesian groups thousands with a period and writes the
 * decimal mark as a comma (PUEBI, "Penulisan Angka": `10.000`, `2,5`); English
 * does the reverse (`2,000`, `1.7`). Rules, per token:
 * - Both marks present: the last one is the decimal mark (`1.234,5`, `1,234.5`).
 * - One mark repeated: it groups thousands (`1.000.000`, `1,000,000`).
 * - One mark once, followed by exactly three digits: it groups thousands only in
 *   the language whose convention that is (`1.000` in `id` = 1000, `6,000` in
 *   `en` = 6000); in the other language it is a decimal mark (`6.000` in `en` =
 *   6, `2,500` in `id` = 2.5, as PUEBI reads it). In `und` text it groups, since
 *   news figures are far more often whole thousands than three-decimal values.
 * - Otherwise it is a decimal mark (`2,5`, `1.7`), whatever the language.
 * Clock times (`10:30`) and malformed groups are not numbers.
 */
function parseDigits(text: string, language: Language): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.includes(':')) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole = '', fraction, extra] = text.split(decimal);
    if (fraction === undefined || extra !== undefined) return null;
    const groups = whole.split(group);
    return validGroups(groups) ? Number(`${groups.join('')}.${fraction}`) : null;
  }
  const mark = lastDot >= 0 ? '.' : ',';
  const parts = text.split(mark);
  if (parts.length > 2) return validGroups(parts) ? Number(parts.join('')) : null;
  const [whole = '', fraction = ''] = parts;
  const groups = validGroups(parts) && (language === GROUPS_WITH[mark] || language === 'und');
  return groups ? Number(whole + fraction) : Number(`${whole}.${fraction}`);
}

/** Products of decimals and scales (`4,1 juta`) without binary fractions (4100000, not 4099999.9999999995). */
function scale(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

// ---------------------------------------------------------------------------
// Number cores: digits, number words, vague quantity words

interface Core {
  value: number;
  max?: number;
  vague: boolean;
  /** A multiplier, scale word or scale abbreviation is part of the number. */
  scaled: boolean;
  /** Only a weak word (`satu`, `one`): a figure only with a unit. */
  weak: boolean;
  /** Index of the digit token, for the year, date and label checks. */
  digits: number | null;
  /** Token index after the core. */
  end: number;
}

/** Multiplier and scale words (and abbreviations) after a number: `3,2 juta`, `$2m`, `hundred thousand`. */
function readScales(tokens: readonly Token[], at: number, lex: Lexicon, money: boolean): { factor: number; end: number } {
  let factor = 1;
  let end = at;
  for (;;) {
    const token = tokens[end];
    if (token?.kind !== 'word') break;
    const word = lex.multipliers.get(token.lower) ?? lex.scales.get(token.lower);
    const abbreviation = SCALE_ABBREVIATIONS[token.lower];
    const previous = tokens[end - 1];
    const glued = previous !== undefined && previous.end === token.start;
    if (word !== undefined) factor *= word;
    else if (abbreviation && (!abbreviation.moneyOnly || (money && glued))) factor *= abbreviation.value;
    else break;
    end++;
  }
  return { factor, end };
}

function readDigits(tokens: readonly Token[], at: number, lex: Lexicon, language: Language, money: boolean, closer: string | null): Core | null {
  const token = tokens[at];
  if (token?.kind !== 'number') return null;
  const low = parseDigits(token.text, language);
  if (low === null) return null;
  let end = at + 1;
  let high: number | null = null;
  const joiner = tokens[end];
  const next = tokens[end + 1];
  const joins = joiner !== undefined && (closer !== null ? joiner.lower === closer : lex.rangeJoiners.has(joiner.lower));
  if (joins && next?.kind === 'number') {
    const value = parseDigits(next.text, language);
    if (value !== null && value > low) {
      high = value;
      end += 2;
    }
  }
  const scales = readScales(tokens, end, lex, money);
  const core: Core = { value: scale(low, scales.factor), vague: false, scaled: scales.end > end, weak: false, digits: at, end: scales.end };
  if (high !== null) core.max = scale(high, scales.factor);
  return core;
}

/** The parts of a number word: `twenty-two` → `twenty`, `two`; `seratus` → `satu`, `ratus`. Callers must not change them. */
function numberAtoms(token: Token, lex: Lexicon): readonly string[] | null {
  if (token.kind !== 'word') return null;
  // Each word is split once: the answer depends only on the word and the lexicon.
  const cached = lex.atoms.get(token.lower);
  if (cached !== undefined) return cached;
  const atoms = token.lower.split(/[-‐]/).flatMap((part) => lex.fused.get(part) ?? [part]);
  const known = (atom: string): boolean =>
    lex.values.has(atom) || lex.teens.has(atom) || lex.multipliers.has(atom) || lex.scales.has(atom) || lex.articles.has(atom) || lex.joiners.has(atom);
  const result = atoms.every(known) ? atoms : null;
  if (lex.atoms.size >= ATOMS_CACHE_SIZE) lex.atoms.clear();
  lex.atoms.set(token.lower, result);
  return result;
}

/**
 * Reads spelled-out numbers left to right: value words add to the pending part,
 * `belas` adds ten, multipliers scale the pending part into the group, and scale
 * words close the group (`dua ratus lima puluh ribu` = 250 000). An article
 * (`a`) counts as one only first and before a multiplier or scale; a joiner
 * (`and`) only between a multiplier or scale and a value word.
 */
function readWords(tokens: readonly Token[], at: number, lex: Lexicon): Core | null {
  const atoms: string[] = [];
  let end = at;
  for (;;) {
    const token = tokens[end];
    const parts = token ? numberAtoms(token, lex) : null;
    if (!parts) break;
    const isFirst = atoms.length === 0;
    const [head = ''] = parts;
    if (parts.some((part, index) => lex.articles.has(part) && (!isFirst || index > 0))) break;
    if (lex.joiners.has(head)) {
      const previous = atoms[atoms.length - 1] ?? '';
      const following = tokens[end + 1];
      const nextAtoms = following ? numberAtoms(following, lex) : null;
      const followed = nextAtoms !== null && lex.values.has(nextAtoms[0] ?? '');
      if (parts.length > 1 || isFirst || !(lex.multipliers.has(previous) || lex.scales.has(previous)) || !followed) break;
    }
    atoms.push(...parts);
    end++;
  }
  const [first] = atoms;
  if (first === undefined) return null;
  if (!(lex.values.has(first) || lex.articles.has(first))) return null;
  if (lex.articles.has(first)) {
    const second = atoms[1];
    if (second === undefined || !(lex.multipliers.has(second) || lex.scales.has(second))) return null;
  }
  let total = 0;
  let group = 0;
  let pending = 0;
  let scaled = false;
  for (const atom of atoms) {
    const value = lex.values.get(atom);
    const teen = lex.teens.get(atom);
    const multiplier = lex.multipliers.get(atom);
    const scaleWord = lex.scales.get(atom);
    if (lex.articles.has(atom)) pending = 1;
    else if (value !== undefined) pending += value;
    else if (teen !== undefined) pending += teen;
    else if (multiplier !== undefined) {
      group += (pending || 1) * multiplier;
      pending = 0;
      scaled = true;
    } else if (scaleWord !== undefined) {
      total += (group + pending || 1) * scaleWord;
      group = 0;
      pending = 0;
      scaled = true;
    }
  }
  const weak = atoms.length === 1 && lex.weak.has(first);
  return { value: total + group + pending, vague: false, scaled, weak, digits: null, end };
}

/**
 * Reads a vague quantity: the word's floor times any multipliers or scales
 * after it (`puluhan ribu` ≥ 10 000, `beberapa ratus` ≥ 200, `hundreds of
 * thousands` ≥ 100 000, `tens of millions`).
 */
function readVague(tokens: readonly Token[], at: number, lex: Lexicon): Core | null {
  const token = tokens[at];
  const base = token?.kind === 'word' ? lex.vague.get(token.lower) : undefined;
  if (base === undefined) return null;
  let value = base;
  let end = at + 1;
  let scaled = false;
  for (;;) {
    const next = tokens[end];
    if (next?.kind !== 'word') break;
    const factor = lex.multipliers.get(next.lower) ?? lex.scales.get(next.lower);
    const after = tokens[end + 1];
    const plural = lex.partitives.has(next.lower) && after ? lex.vague.get(after.lower) : undefined;
    if (factor !== undefined) {
      value *= factor;
      end++;
    } else if (plural !== undefined && plural >= 1000) {
      value *= plural;
      end += 2;
    } else break;
    scaled = true;
  }
  return { value, vague: true, scaled, weak: false, digits: null, end };
}

// ---------------------------------------------------------------------------
// Numbers that are not quantities: designators, dates, times, years, labels

const OPENING_MARKS = new Set(['(', '[', '{', '"', '“', '‘', "'", '«']);
const CLOSING_MARKS = new Set([')', ']', '}', '"', '”', '’', "'", '»', '.', ',', ';', ':', '!', '?', '…']);
const DASHES = new Set(['-', '–', '—', '‐']);

/**
 * Every start of a name `CURRENCY_SIGNS[…]` answers for: its signs and, since the
 * look-up goes through the object, the names it inherits. A token starting none of
 * them starts no sign, and is let go without building look-up keys.
 */
const CURRENCY_PREFIXES: ReadonlySet<string> = new Set(
  [...Object.keys(CURRENCY_SIGNS), ...Object.getOwnPropertyNames(Object.prototype)].flatMap((name) =>
    Array.from({ length: name.length }, (_, n) => name.slice(0, n + 1)),
  ),
);

/** A currency sign of one or two glued tokens at `at` (`$`, `US` `$`, `Rp` `.`). */
function readCurrency(tokens: readonly Token[], at: number): { code: string; end: number } | null {
  const first = tokens[at];
  if (first === undefined || !CURRENCY_PREFIXES.has(first.lower)) return null;
  const second = tokens[at + 1];
  if (second !== undefined && first.end === second.start) {
    const code = CURRENCY_SIGNS[first.lower + second.lower];
    if (code !== undefined && tokens[at + 2]?.kind === 'number') return { code, end: at + 2 };
  }
  const code = CURRENCY_SIGNS[first.lower];
  if (code !== undefined && second?.kind === 'number') return { code, end: at + 1 };
  return null;
}

/**
 * The text glued to a digit token (no spaces) must read as a quantity:
 * `[currency]digits[-digits][unit or scale][%]`, give or take brackets, quotes
 * and punctuation. Anything else glued to it is a designator, ordinal, decade
 * or date (`9M723`, `3rd`, `1990-an`, `2023-10-13`, `24/7`).
 */
function quantityShaped(tokens: readonly Token[], at: number, lex: Lexicon): boolean {
  let first = at;
  while (first > 0 && tokens[first - 1]?.end === tokens[first]?.start) first--;
  let last = at;
  while (last + 1 < tokens.length && tokens[last]?.end === tokens[last + 1]?.start) last++;
  while (first < at && OPENING_MARKS.has(tokens[first]?.text ?? '')) first++;
  while (last > at && CLOSING_MARKS.has(tokens[last]?.text ?? '')) last--;
  if (first < at) {
    const sign = tokens.slice(first, at).map((token) => token.lower).join('');
    if (CURRENCY_SIGNS[sign] === undefined) return false;
  }
  let position = at + 1;
  if (DASHES.has(tokens[position]?.text ?? '') && tokens[position + 1]?.kind === 'number' && position + 1 <= last) position += 2;
  const suffix = tokens[position];
  if (position <= last && suffix?.kind === 'word') {
    const known = UNITS.entries.has(suffix.lower) || SCALE_ABBREVIATIONS[suffix.lower] !== undefined || lex.scales.has(suffix.lower) || lex.multipliers.has(suffix.lower);
    if (known) position++;
  }
  if (position <= last && tokens[position]?.text === '%') position++;
  return position > last;
}

const CAPITALIZED = /^\p{Lu}/u;

function isMonth(token: Token | undefined, lex: Lexicon): boolean {
  // Month names are proper nouns in both languages; the capital keeps the verb `may` out.
  return token?.kind === 'word' && lex.months.has(token.lower) && CAPITALIZED.test(token.text);
}

/** The word before token `at`, looking past one period (`No. 5`, `Oct. 13`). */
function wordBefore(tokens: readonly Token[], at: number): Token | undefined {
  const previous = tokens[at - 1];
  if (previous?.text === '.') return tokens[at - 2]?.kind === 'word' ? tokens[at - 2] : undefined;
  return previous?.kind === 'word' ? previous : undefined;
}

/**
 * A day of a date (`17 Agustus`, `August 17`, `tanggal 5`, `5 Maret dan
 * 8 April`) or a clock time (`10:30`, `pukul 10.30 WIB`, `5 p.m.`). Indonesian
 * writes times with a period (`10.30`) and decimals with a comma, so in `id`
 * text one or two digits, a period and two digits are a time.
 */
function isDateOrTime(tokens: readonly Token[], at: number, text: string, lex: Lexicon): boolean {
  const token = tokens[at];
  if (!token) return true;
  if (token.text.includes(':')) return true;
  if (lex.languages.includes('id') && /^\d{1,2}\.\d{2}$/.test(token.text)) return true;
  const before = wordBefore(tokens, at);
  if (before && (lex.timeBefore.has(before.lower) || lex.dateBefore.has(before.lower))) return true;
  const rest = text.slice(token.end).trimStart().toLowerCase();
  if (lex.timeAfter.some((cue) => rest.startsWith(cue) && !/^[\p{L}\p{N}]/u.test(rest.slice(cue.length)))) return true;
  const day = /^\d{1,2}$/.test(token.text);
  if (day && isMonth(tokens[at + 1], lex)) return true;
  if (day && isMonth(wordBefore(tokens, at), lex)) return true;
  // `5 Maret dan 8 April`, `1 to 3 May`: the first day shares the month.
  const joiner = tokens[at + 1];
  const joined = joiner !== undefined && (lex.rangeJoiners.has(joiner.lower) || ['dan', 'and', ','].includes(joiner.lower));
  return day && joined && tokens[at + 2]?.kind === 'number' && isMonth(tokens[at + 3], lex);
}

// ---------------------------------------------------------------------------
// Units, rates, subjects

/**
 * The unit after a number: right after it, after a partitive (`hundreds of
 * drones`), after a classifier (`lima buah truk`), or past up to `gap`
 * modifier words (`6,000 shipping containers`).
 */
function readUnit(tokens: readonly Token[], at: number, lex: Lexicon): { unit: UnitWord; end: number } | null {
  const direct = (position: number) => {
    const match = matchPhrase(tokens, position, UNITS);
    return match ? { unit: match.value, end: match.end } : null;
  };
  const modifier = (token: Token | undefined): boolean =>
    token?.kind === 'word' && !lex.gapStop.has(token.lower) && !lex.vague.has(token.lower) && numberAtoms(token, lex) === null && matchPhrase([token], 0, lex.rates) === null;
  const skipping = (position: number) => {
    const found = direct(position);
    if (found) return found;
    for (let gap = 1; gap <= lex.gap; gap++) {
      if (!modifier(tokens[position + gap - 1])) break;
      const after = direct(position + gap);
      if (after) return after;
    }
    return null;
  };
  const token = tokens[at];
  if (!token) return null;
  if (lex.partitives.has(token.lower) || lex.classifiers.has(token.lower)) return skipping(at + 1);
  return skipping(at);
}

function findSubject(tokens: readonly Token[], first: number, end: number, floor: number, unit: UnitWord | null): string | null {
  if (!unit || unit.kind === 'percent' || unit.kind === 'time') return null;
  if (unit.kind === 'count') return unit.unit;
  // Before: up to four words back, not past a mark or the previous figure.
  const window: string[] = [];
  for (let index = first - 1; index >= floor && window.length < 4; index--) {
    const token = tokens[index];
    if (token?.kind !== 'word') break;
    window.unshift(token.lower);
  }
  const beforeText = ` ${window.join(' ')} `;
  const afterText = `${tokens
    .slice(end, end + 4)
    .map((token) => token.lower)
    .join(' ')} `;
  const applies = (cue: SubjectCue): boolean =>
    cue.kinds.includes(unit.kind) && (cue.where === 'before' ? beforeText.includes(` ${cue.words} `) : afterText.startsWith(`${cue.words} `));
  return SUBJECT_CUES.find(applies)?.subject ?? null;
}

/** A bound (at-least, at-most) wins over approximate; the first bound in the text wins over a later one. */
function resolveQualifier(found: readonly Qualifier[], vague: boolean): Qualifier {
  const bound = found.find((qualifier) => qualifier === 'at-least' || qualifier === 'at-most');
  if (bound) return bound;
  if (vague) return 'at-least';
  return found.includes('approximate') ? 'approximate' : 'exact';
}

// ---------------------------------------------------------------------------
// Figures

interface Match {
  figure: Omit<Figure, 'ref' | 'text'>;
  first: number;
  end: number;
}

function isYearLike(token: Token): boolean {
  if (!/^\d{4}$/.test(token.text)) return false;
  const year = Number(token.text);
  return year >= 1800 && year <= 2100;
}

function matchAt(tokens: readonly Token[], at: number, text: string, language: Language, lex: Lexicon, floor: number): Match | null {
  const qualifiers: Qualifier[] = [];
  let position = at;
  let closer: string | null = null;
  for (;;) {
    const qualifier = matchPhrase(tokens, position, lex.qualifiers);
    const frame = tokens[position] ? lex.rangeFrames.get(tokens[position]?.lower ?? '') : undefined;
    if (qualifier) {
      qualifiers.push(qualifier.value);
      position = qualifier.end;
    } else if (frame !== undefined && closer === null) {
      closer = frame;
      position++;
    } else break;
  }
  const currency = readCurrency(tokens, position);
  if (currency) position = currency.end;
  const core =
    readDigits(tokens, position, lex, language, currency !== null, closer) ?? readVague(tokens, position, lex) ?? readWords(tokens, position, lex);
  if (!core) return null;
  if (closer !== null && core.max === undefined) return null;
  if (core.digits !== null && (!quantityShaped(tokens, core.digits, lex) || isDateOrTime(tokens, core.digits, text, lex))) return null;

  let end = core.end;
  let unit: UnitWord | null = currency ? { unit: currency.code, kind: 'money' } : null;
  if (!unit) {
    const found = readUnit(tokens, end, lex);
    if (found) {
      // A duration (`dua tahun`, `beberapa bulan`) is not a figure.
      if (found.unit.kind === 'time') return null;
      unit = found.unit;
      end = found.end;
    }
  }
  const trailing = matchPhrase(tokens, end, lex.trailing);
  if (trailing) {
    qualifiers.push(trailing.value);
    end = trailing.end;
  }
  const rate = matchPhrase(tokens, end, lex.rates);
  if (rate) end = rate.end;

  // `satu`/`one` alone is mostly "one of" or "a certain" (`satu di antaranya`,
  // `satu-satunya` is already one word): a figure only with a unit or scale,
  // and never after `salah` (`salah satu kapal` = one of the ships).
  if (core.weak && !unit) return null;
  if (core.weak && lex.oneOfBefore.has(tokens[position - 1]?.lower ?? '')) return null;
  // A bare vague word (`beberapa laporan`, `several of them`) says too little to
  // be a figure; with a unit or a scale (`beberapa orang`, `ribuan tank`) it is one.
  if (core.vague && !unit && !core.scaled) return null;
  if (core.digits !== null) {
    const digits = tokens[core.digits];
    const before = wordBefore(tokens, core.digits);
    const bare = !unit && !core.scaled && !rate && qualifiers.length === 0;
    if (digits && isYearLike(digits)) {
      // `tahun 2019`, `Maret 2019`, `the 2019 election`: a year unless a unit follows.
      if (before && (lex.yearBefore.has(before.lower) || isMonth(before, lex))) return null;
      if (!unit && !core.scaled) return null;
    }
    if (bare && before) {
      // `Pasal 33`, `Boeing 747`: a number right after a label or a name names, not counts.
      const firstWord = tokens.findIndex((token) => token.kind === 'word');
      const isName = CAPITALIZED.test(before.text) && tokens.indexOf(before) !== firstWord;
      if (lex.labelBefore.has(before.lower) || isName) return null;
    }
  }
  const figure: Omit<Figure, 'ref' | 'text'> = {
    value: core.value,
    qualifier: resolveQualifier(qualifiers, core.vague),
    unit: unit?.unit ?? 'count',
    subject: findSubject(tokens, at, end, floor, unit),
  };
  if (core.max !== undefined) figure.max = core.max;
  if (core.vague) figure.vague = true;
  if (rate) figure.rate = rate.value;
  return { figure, first: at, end };
}

/**
 * The figures of one sentence, in text order. A figure's `text` runs from its
 * first qualifier or currency sign to its unit or rate; `ref` offsets are in the
 * paragraph (`input.offset` plus the place in the sentence).
 */
export function extractFigures(input: SentenceInput): Figure[] {
  return figuresAt(input, figureSpans(input.text, input.language));
}

/** A figure found in a sentence, offsets in the sentence. */
export interface FigureSpan {
  figure: Omit<Figure, 'ref' | 'text'>;
  start: number;
  end: number;
}

/** The figures of a sentence's text in its language: what `extractFigures` reads of the text. */
export function figureSpans(text: string, language: Language): FigureSpan[] {
  const lex = LEXICONS[language];
  const tokens = tokenize(text);
  const found: FigureSpan[] = [];
  let floor = 0;
  for (let index = 0; index < tokens.length; ) {
    const match = matchAt(tokens, index, text, language, lex, floor);
    if (!match) {
      index++;
      continue;
    }
    const start = tokens[match.first]?.start ?? 0;
    const end = tokens[match.end - 1]?.end ?? start;
    found.push({ figure: match.figure, start, end });
    index = match.end;
    floor = match.end;
  }
  return found;
}

/** A sentence's figures from its figure spans. */
export function figuresAt(input: SentenceInput, spans: readonly FigureSpan[]): Figure[] {
  return spans.map(({ figure, start, end }) => ({
    ...figure,
    text: input.text.slice(start, end),
    ref: {
      article: input.article,
      paragraph: input.paragraph,
      sentence: input.sentence,
      start: input.offset + start,
      end: input.offset + end,
    },
  }));
}

/**
 * The value of a number as printed: digits with optional scale words (`10.000`,
 * `3,2 juta`, `$4.5 billion` without the sign), or number words (`tiga juta`,
 * `twenty-two`). Null when the text is anything more or less than a number.
 */
export function parseNumber(text: string, language: Language): number | null {
  const lex = LEXICONS[language];
  const tokens = tokenize(text);
  const core = readDigits(tokens, 0, lex, language, false, null) ?? readWords(tokens, 0, lex);
  return core && core.end === tokens.length && core.max === undefined ? core.value : null;
}
