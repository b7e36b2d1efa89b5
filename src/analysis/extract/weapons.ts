// Weapons: designators by pattern (`Hwasong-15`, `Tor-M`, `Shahed-136`), named
// systems and weapon terms mapped to a canonical class (src/lang/weapons.ts).
import { NAMED_SYSTEMS, NON_WEAPON_PREFIXES, WEAPON_CLASSES } from '../../lang/weapons.ts';
import type { Entity, Mention, SentenceInput, TextRef } from '../types.ts';
import { escapeRegExp, fold, mostFrequent, slugify } from './name-tokens.ts';

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

/** A term's pattern: spaces and hyphens alike, an English plural or an Indonesian repeated plural on the last word. */
function termPattern(term: string): RegExp {
  const words = term.split(/[\s-]+/).map(escapeRegExp);
  const last = words[words.length - 1] ?? '';
  const body = words.join('[\\s\\u2010-]+');
  const acronym = term === term.toUpperCase() && /\p{Lu}/u.test(term);
  return new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?:e?s|-${last})?(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

const CLASS_PATTERNS: readonly { id: string; pattern: RegExp }[] = WEAPON_CLASSES.flatMap((weaponClass) =>
  weaponClass.terms.map((term) => ({ id: `weapon:${weaponClass.id}`, pattern: termPattern(term) })),
);

const SYSTEM_PATTERNS: readonly { id: string; pattern: RegExp }[] = NAMED_SYSTEMS.map((name) => ({
  id: `weapon:${slugify(name)}`,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'gu'),
}));

/**
 * Weapons in one sentence: designators, named systems and class terms. Where
 * they overlap, the longer wins (`peluncur misil balistik` is a launcher, not
 * also a ballistic missile); on a tie a designator beats a system and a class.
 */
export function findWeapons(input: SentenceInput): WeaponMention[] {
  const found: Found[] = [];
  for (const match of input.text.matchAll(DESIGNATOR)) {
    if (!isDesignator(match[1] ?? '', match[2] ?? '')) continue;
    found.push({ id: `weapon:${slugify(match[0])}`, kind: 'designator', start: match.index, end: match.index + match[0].length });
  }
  for (const { id, pattern } of SYSTEM_PATTERNS) {
    for (const match of input.text.matchAll(pattern)) found.push({ id, kind: 'system', start: match.index, end: match.index + match[0].length });
  }
  for (const { id, pattern } of CLASS_PATTERNS) {
    for (const match of input.text.matchAll(pattern)) found.push({ id, kind: 'class', start: match.index, end: match.index + match[0].length });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.start - b.start);
  const chosen: Found[] = [];
  for (const item of found) {
    if (chosen.some((c) => item.start < c.end && item.end > c.start)) continue;
    chosen.push(item);
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map((item) => ({
      id: item.id,
      kind: item.kind,
      text: input.text.slice(item.start, item.end),
      ref: { article: input.article, paragraph: input.paragraph, sentence: input.sentence, start: input.offset + item.start, end: input.offset + item.end },
    }));
}

/** One entity per weapon: a class takes its names from the language data; a designator or system its most frequent printed form. */
export function mergeWeapons(mentions: readonly WeaponMention[]): Entity[] {
  const byId = new Map<string, WeaponMention[]>();
  for (const mention of mentions) byId.set(mention.id, [...(byId.get(mention.id) ?? []), mention]);
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
