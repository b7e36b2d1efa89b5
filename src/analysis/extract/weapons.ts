// Weapons: designators by pattern (`Hwasong-15`, `Tor-M`, `Shahed-136`), named
// systems and weapon terms mapped to a canonical class (src/lang/weapons.ts).
import { NAMED_SYSTEMS, NON_WEAPON_PREFIXES, WEAPON_CLASSES } from '../../lang/weapons.ts';
import type { Entity, Mention, SentenceInput, TextRef } from '../types.ts';
import { escapeRegExp, fold, mostFrequent, slugify } from './name-tokens.ts';
import { charClass } from './char-class.ts';
import { spansAt, stickyOf, termIndex, termRuns, termStarts, wordRuns, type Run, type TermIndex, type TermRuns } from './term-filter.ts';
import { longestNonOverlapping, sentenceRef } from './spans.ts';

export type WeaponKind = 'designator' | 'system' | 'class';

export interface WeaponMention {
  /** `weapon:hwasong-15`, `weapon:storm-shadow`, `weapon:ballistic-missile`. */
  id: string;
  kind: WeaponKind;
  /** The words as printed. */
  text: string;
  ref: TextRef;
}

/**
 * A designator: a capitalized prefix, a hyphen, then a number with an optional
 * letter suffix (`Hwasong-15`, `F-16`, `S-400`, `Shahed-136`, `Su-35`, `MiG-29`) or
 * one or two capitals (`Tor-M`). `Min-Jun` and `Jepang-Korea` fail
 * because a lower-case letter follows; `2-1` has no letter prefix.
 */
const DESIGNATOR = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}]{0,9})-(\d{1,4}[\p{Lu}]{0,2}|\p{Lu}{1,2})(?:-(?:\d{1,4}|\p{Lu}))?(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;
const NON_WEAPON: ReadonlySet<string> = new Set(NON_WEAPON_PREFIXES);
const YEAR = /^(?:1[89]|20)\d{2}$/;

function isDesignator(prefix: string, suffix: string): boolean {
  if (NON_WEAPON.has(prefix)) return false;
  // A word and a year is a date or an edition (`Piala-2024`), not a model number.
  const word = /\p{Ll}{2}/u.test(prefix);
  return !(word && YEAR.test(suffix));
}

interface Found {
  id: string;
  kind: WeaponKind;
  start: number;
  end: number;
}

const KIND_RANK: Readonly<Record<WeaponKind, number>> = { designator: 0, system: 1, class: 2 };

/** Letters and digits: where a term's pattern finds a word edge. */
const isWordChar = charClass(/[\p{L}\p{N}]/u);

/** A term's pattern, and where in a sentence a match of it can start. */
interface TermPattern {
  id: string;
  pattern: RegExp;
  sticky: RegExp;
  /** The words a match is: the term's, the last with an English plural for a class term; null when matches cannot be located so. */
  runs: TermRuns | null;
}

function termOf(id: string, pattern: RegExp, term: string, plurals: boolean): TermPattern {
  const runs = termRuns(term, isWordChar, { caseSensitive: !pattern.flags.includes('i'), endings: plurals ? ['', 's', 'es'] : [''] });
  return { id, pattern, sticky: stickyOf(pattern), runs };
}

/** A term's pattern: spaces and hyphens alike, an English plural or an Indonesian repeated plural on the last word. */
function termPattern(term: string): RegExp {
  const words = term.split(/[\s-]+/).map(escapeRegExp);
  const last = words[words.length - 1] ?? '';
  const body = words.join('[\\s\\u2010-]+');
  const acronym = term === term.toUpperCase() && /\p{Lu}/u.test(term);
  return new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?:e?s|-${last})?(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

const CLASS_PATTERNS: readonly TermPattern[] = WEAPON_CLASSES.flatMap((weaponClass) =>
  weaponClass.terms.map((term) => termOf(`weapon:${weaponClass.id}`, termPattern(term), term, true)),
);

const SYSTEM_PATTERNS: readonly TermPattern[] = NAMED_SYSTEMS.map((name) =>
  termOf(
    `weapon:${slugify(name)}`,
    new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'gu'),
    name,
    false,
  ),
);

/** A list of terms with their words indexed, and the terms that cannot be located so. */
interface TermList {
  terms: readonly TermPattern[];
  runs: readonly (TermRuns | null)[];
  index: TermIndex;
  anywhere: readonly number[];
}

function termList(terms: readonly TermPattern[]): TermList {
  const runs = terms.map((term) => term.runs);
  return { terms, runs, index: termIndex(runs), anywhere: terms.flatMap((term, position) => (term.runs === null ? [position] : [])) };
}

const CLASS_TERMS = termList(CLASS_PATTERNS);
const SYSTEM_TERMS = termList(SYSTEM_PATTERNS);

/**
 * Each term's matches, as `matchAll` finds them, in list order. A match is a run of the
 * sentence's words that are the term's, so a term's pattern is tried only where its
 * words stand.
 */
function termMatches(list: TermList, text: string, runs: readonly Run[]): { term: TermPattern; start: number; end: number }[] {
  const starts = termStarts(runs, list.runs, list.index);
  const positions = [...list.anywhere, ...starts.keys()].sort((a, b) => a - b);
  const found: { term: TermPattern; start: number; end: number }[] = [];
  for (const position of positions) {
    const term = list.terms[position];
    if (term === undefined) continue;
    const at = starts.get(position);
    const spans =
      at === undefined
        ? [...text.matchAll(term.pattern)].map((match): [number, number] => [match.index, match.index + match[0].length])
        : spansAt(term.sticky, text, at);
    for (const [start, end] of spans) found.push({ term, start, end });
  }
  return found;
}

/**
 * Weapons in one sentence: designators, named systems and class terms. Where
 * they overlap, the longer wins (`peluncur misil balistik` is a launcher, not
 * also a ballistic missile); on a tie a designator beats a system and a class.
 */
export function findWeapons(input: SentenceInput): WeaponMention[] {
  return weaponMentions(input, weaponSpans(input.text));
}

/** A sentence's weapon mentions from its weapon spans. */
export function weaponMentions(input: SentenceInput, spans: WeaponSpans): WeaponMention[] {
  return spans.map((item) => ({
    id: item.id,
    kind: item.kind,
    text: input.text.slice(item.start, item.end),
    ref: sentenceRef(input, item),
  }));
}

/** The weapons of a sentence's text, offsets in the text: what `findWeapons` reads of the text. */
export type WeaponSpans = readonly Readonly<Found>[];

export function weaponSpans(text: string): WeaponSpans {
  const found: Found[] = [];
  // A designator has a hyphen.
  if (text.includes('-')) {
    for (const match of text.matchAll(DESIGNATOR)) {
      if (!isDesignator(match[1] ?? '', match[2] ?? '')) continue;
      found.push({ id: `weapon:${slugify(match[0])}`, kind: 'designator', start: match.index, end: match.index + match[0].length });
    }
  }
  const runs = wordRuns(text, isWordChar);
  for (const { term, start, end } of termMatches(SYSTEM_TERMS, text, runs)) found.push({ id: term.id, kind: 'system', start, end });
  for (const { term, start, end } of termMatches(CLASS_TERMS, text, runs)) found.push({ id: term.id, kind: 'class', start, end });
  // On a tie a designator beats a named system, which beats a class term.
  return longestNonOverlapping(found, (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}

/** One entity per weapon: a class takes its names from the language data; a designator or system its most frequent printed form. */
export function mergeWeapons(mentions: readonly WeaponMention[]): Entity[] {
  const byId = new Map<string, WeaponMention[]>();
  for (const mention of mentions) {
    const list = byId.get(mention.id);
    if (list) list.push(mention);
    else byId.set(mention.id, [mention]);
  }
  const entities: Entity[] = [];
  for (const [id, list] of byId) {
    const weaponClass = WEAPON_CLASSES.find((c) => `weapon:${c.id}` === id);
    const display = mostFrequent(list.map((m) => m.text)) ?? id;
    const names = weaponClass ? { ...weaponClass.names } : { en: display, id: display };
    const seen = new Set([fold(names.en), fold(names.id)]);
    const aliases: string[] = [];
    for (const m of list) {
      if (seen.has(fold(m.text))) continue;
      seen.add(fold(m.text));
      aliases.push(m.text);
    }
    entities.push({ id, type: 'weapon', names, aliases, mentions: list.map((m): Mention => ({ ...m.ref, entity: id, text: m.text })) });
  }
  return entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
