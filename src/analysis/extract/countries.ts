// Country mentions in a sentence: names from i18n-iso-countries (English, Indonesian)
// and content/countries.yaml, and capitals that stand for their country when they act.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  ACTIVE_VERB_PATTERNS,
  ACTOR_HEADS,
  ACTOR_TAILS,
  ACTOR_VERBS,
  CLAUSE_OPENERS,
  CLAUSE_OPENING_MARKS,
  CONJUNCTIONS,
  NOT_VERBS,
  VERB_AUXILIARIES,
} from '../../lang/metonymy.ts';
import { CUE_FILLERS, LOCATIVE_PREPOSITIONS, NEVER_PLACES, NON_LOCATIVE_PHRASES, NON_PLACE_HEADS, PLACE_TYPES_BEFORE } from '../../lang/places.ts';
import { countryAliasesFile, type CountryAliases } from '../../schemas/gazetteer.ts';
import { parseContentData } from '../../schemas/content-data.ts';
import type { Entity, Mention, SentenceInput } from '../types.ts';
import { createNameMatcher, matchNames, type NameMatch, type NameMatcher } from './name-matcher.ts';
import { gapBefore, isCapitalized, nameKey, phraseAt, phraseBefore, phraseSet, spaceBefore, tokenize, type Token } from './tokens.ts';

export type { CountryAliases };

/** Display names of a country: English and Indonesian. */
export interface CountryNames {
  en: string;
  id: string;
}

/** Country names per ISO code as i18n-iso-countries ships them (`langs/<lang>.json`, field `countries`). */
export type CountryNameList = Readonly<Record<string, string | readonly string[]>>;

export interface CountryNameData {
  en: CountryNameList;
  id: CountryNameList;
}

export interface CountryIndex {
  /** Country names and aliases → ISO code. */
  readonly names: NameMatcher<string>;
  /** Capitals as printed → ISO code of the country they stand for. */
  readonly capitals: NameMatcher<string>;
  /** Display names by ISO code. */
  readonly display: ReadonlyMap<string, CountryNames>;
}

/** How a span of the sentence names a country. */
export type CountryRole =
  /** A country name (`Korea Utara`, `AS`). */
  | 'name'
  /** A capital standing for its government (`Pyongyang mengatakan`). */
  | 'actor'
  /** A capital named as a place (`di Washington`): the city, not the country. */
  | 'place';

export interface CountrySpan {
  start: number;
  end: number;
  text: string;
  code: string;
  role: CountryRole;
  /** First and last token of the span. */
  first: number;
  last: number;
}

const require = createRequire(import.meta.url);

/** English and Indonesian names from the i18n-iso-countries package. */
export function loadCountryNameData(): CountryNameData {
  const en = require('i18n-iso-countries/langs/en.json') as { countries: CountryNameList };
  const id = require('i18n-iso-countries/langs/id.json') as { countries: CountryNameList };
  return { en: en.countries, id: id.countries };
}

/** Reads and validates content/countries.yaml; throws ContentDataError naming the file and field. */
export function loadCountryAliases(path: string): CountryAliases {
  return parseContentData(path, readFileSync(path, 'utf8'), countryAliasesFile);
}

/**
 * The dataset's forms that appear in running text: `Korea, Republic of` (an index
 * form) never does and is dropped; `Holy See (Vatican City State)` keeps `Holy See`.
 */
function textForm(name: string): string | null {
  const bare = name.replace(/\s*\([^)]*\)\s*$/u, '').trim();
  if (bare === '' || /[,()]/u.test(bare)) return null;
  return bare;
}

function listOf(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

export function createCountryIndex(aliases: CountryAliases, data: CountryNameData = loadCountryNameData()): CountryIndex {
  // Dataset names first, by key, to find names shared by two countries (`Congo`).
  const datasetOwners = new Map<string, Set<string>>();
  const datasetNames: [string, string][] = [];
  for (const list of [data.en, data.id]) {
    for (const [code, value] of Object.entries(list)) {
      for (const raw of listOf(value)) {
        const name = textForm(raw);
        if (name === null) continue;
        datasetNames.push([name, code]);
        const key = nameKey(name);
        const owners = datasetOwners.get(key) ?? new Set<string>();
        owners.add(code);
        datasetOwners.set(key, owners);
      }
    }
  }
  // An editor's alias settles a name for its country; a dataset name shared by two
  // countries and not settled by an alias is ambiguous and left out.
  const aliasKeys = new Set<string>();
  const entries: [string, string][] = [];
  for (const [code, list] of Object.entries(aliases.aliases)) {
    for (const alias of list) {
      aliasKeys.add(nameKey(alias));
      entries.push([alias, code]);
    }
  }
  for (const [name, code] of datasetNames) {
    const key = nameKey(name);
    if (aliasKeys.has(key) || (datasetOwners.get(key)?.size ?? 0) > 1) continue;
    entries.push([name, code]);
  }
  const names = createNameMatcher(entries);

  // A capital spelled like a country name (`Singapore`, `Kuwait`) is the country.
  const countryKeys = new Set(entries.map(([name]) => nameKey(name)));
  const capitals = createNameMatcher(Object.entries(aliases.capitals).filter(([name]) => !countryKeys.has(nameKey(name))));

  return { names, capitals, display: displayNames(data, aliases, datasetOwners) };
}

/**
 * English: the shortest unambiguous dataset name in ordinary case and without commas
 * (`Russia`, not `Russian Federation`; `United States`, not `USA`). Indonesian: the
 * package's first name. `names:` in countries.yaml overrides either.
 */
function displayNames(data: CountryNameData, aliases: CountryAliases, owners: ReadonlyMap<string, ReadonlySet<string>>): Map<string, CountryNames> {
  const display = new Map<string, CountryNames>();
  for (const [code, value] of Object.entries(data.en)) {
    const all = listOf(value);
    const usable = all
      .map(textForm)
      .filter((name): name is string => name !== null && /\p{Ll}/u.test(name) && (owners.get(nameKey(name))?.size ?? 0) <= 1);
    const shortest = usable.reduce<string | undefined>((best, name) => (best === undefined || name.length < best.length ? name : best), undefined);
    const en = aliases.names[code]?.en ?? shortest ?? all[0] ?? code;
    const idName = listOf(data.id[code]).map(textForm).find((name): name is string => name !== null);
    display.set(code, { en, id: aliases.names[code]?.id ?? idName ?? en });
  }
  return display;
}

export function countryNames(index: CountryIndex, code: string): CountryNames | undefined {
  return index.display.get(code);
}

export function countryEntityId(code: string): string {
  return `country:${code}`;
}

/** The entity of a country with its mentions; aliases are the distinct forms printed. */
export function countryEntity(index: CountryIndex, code: string, mentions: readonly Mention[]): Entity {
  const names = countryNames(index, code) ?? { en: code, id: code };
  const aliases = [...new Set(mentions.map((mention) => mention.text))].sort();
  return { id: countryEntityId(code), type: 'country', names, aliases, country: code, mentions: [...mentions] };
}

const locatives = phraseSet(LOCATIVE_PREPOSITIONS, PLACE_TYPES_BEFORE);
const nonLocatives = phraseSet(NON_LOCATIVE_PHRASES);
const fillers = new Set(CUE_FILLERS);
const heads = phraseSet(ACTOR_HEADS);
const tails = phraseSet(ACTOR_TAILS);
const verbs = new Set(ACTOR_VERBS);
const notVerbs = new Set(NOT_VERBS);
const auxiliaries = new Set(VERB_AUXILIARIES);
const conjunctions = new Set(CONJUNCTIONS);
const openers = new Set(CLAUSE_OPENERS);
/** Words the language data knows: a capitalized one next to a capital is not part of a longer name. */
const knownWords = new Set(
  [LOCATIVE_PREPOSITIONS, PLACE_TYPES_BEFORE, ACTOR_HEADS, ACTOR_TAILS, CONJUNCTIONS, CLAUSE_OPENERS, VERB_AUXILIARIES, NEVER_PLACES, NON_PLACE_HEADS, ACTOR_VERBS, CUE_FILLERS]
    .flat()
    .flatMap((phrase) => phrase.split(' ')),
);

/** Whether a locative cue (`di`, `ke`, `from`, `Pelabuhan`) stands right before token `index`, past `the`. */
export function locativeBefore(text: string, tokens: readonly Token[], index: number): boolean {
  let at = index;
  while (at > 0 && spaceBefore(text, tokens, at) && fillers.has(tokens[at - 1]?.key ?? '')) at--;
  if (phraseBefore(text, tokens, at, locatives) === 0) return false;
  // `according to Smith`: with the word before it, the cue is not locative.
  return phraseBefore(text, tokens, at, nonLocatives) === 0;
}

function isVerb(key: string): boolean {
  if (notVerbs.has(key)) return false;
  return verbs.has(key) || ACTIVE_VERB_PATTERNS.some((pattern) => pattern.test(key));
}

/** A verb of action follows, past up to two auxiliaries (`Pyongyang tidak mengonfirmasi`). */
function verbAfter(text: string, tokens: readonly Token[], last: number): boolean {
  for (let next = last + 1; next <= last + 3 && next < tokens.length; next++) {
    if (!spaceBefore(text, tokens, next)) return false;
    const key = tokens[next]?.key ?? '';
    if (isVerb(key)) return true;
    if (!auxiliaries.has(key)) return false;
  }
  return false;
}

/** `Moscow's`: a possessive makes the capital the owner of what follows. */
function possessiveAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next?.key === 's' && /^['’]$/u.test(gapBefore(text, tokens, last + 1));
}

function clauseInitial(text: string, tokens: readonly Token[], first: number): boolean {
  const gap = gapBefore(text, tokens, first);
  if (first === 0) return true;
  if (CLAUSE_OPENING_MARKS.some((mark) => gap.includes(mark))) return true;
  if (!spaceBefore(text, tokens, first)) return false;
  const previous = tokens[first - 1]?.key ?? '';
  if (openers.has(previous)) return true;
  // `…, dan Pyongyang karena …`: a conjunction after a comma opens a new clause.
  return conjunctions.has(previous) && /,\s*$/u.test(gapBefore(text, tokens, first - 1));
}

/** A capitalized word the language data does not know, right next to the match: part of a longer name (`Washington Post`). */
function insideLongerName(text: string, tokens: readonly Token[], match: NameMatch<string>, taken: ReadonlySet<number>): boolean {
  const before = tokens[match.first - 1];
  if (before && spaceBefore(text, tokens, match.first) && isCapitalized(before) && !knownWords.has(before.key) && !taken.has(match.first - 1)) return true;
  const after = tokens[match.last + 1];
  return after !== undefined && spaceBefore(text, tokens, match.last + 1) && isCapitalized(after) && !knownWords.has(after.key) && !taken.has(match.last + 1);
}

/** What joins two neighbouring spans: a bare conjunction, a comma alone, or something else. */
function joiner(text: string, tokens: readonly Token[], left: CountrySpan, right: CountrySpan): 'conjunction' | 'comma' | null {
  if (right.first === left.last + 1) {
    const gap = gapBefore(text, tokens, right.first);
    if (/^\s*&\s*$/u.test(gap)) return 'conjunction';
    if (/^\s*,\s*$/u.test(gap)) return 'comma';
    return null;
  }
  if (right.first === left.last + 2 && spaceBefore(text, tokens, right.first) && spaceBefore(text, tokens, left.last + 1)) {
    return conjunctions.has(tokens[left.last + 1]?.key ?? '') ? 'conjunction' : null;
  }
  return null;
}

/**
 * Every country a sentence names, with capitals sorted into actors and places. A capital
 * is a place after a locative cue (`di Washington`), or coordinated with one (`di Kyiv dan
 * Seoul`); otherwise it acts for its country when a verb of action follows, a head noun
 * governs it (`Pasukan Moskow`), it is possessive (`Moscow's`), it opens a clause
 * (`bahwa Washington dan sekutunya …`), or it is coordinated with a country or another
 * capital (`Moskow maupun Pyongyang`, `antara Pyongyang dan Moskow`). A capital inside a
 * longer proper name (`Washington Post`) is neither, and left out.
 */
export function scanCountries(text: string, index: CountryIndex, tokens: readonly Token[] = tokenize(text)): CountrySpan[] {
  const nameMatches = matchNames(index.names, text, tokens);
  const taken = new Set<number>();
  for (const match of nameMatches) for (let i = match.first; i <= match.last; i++) taken.add(i);
  const capitalMatches = matchNames(index.capitals, text, tokens).filter((match) => {
    for (let i = match.first; i <= match.last; i++) if (taken.has(i)) return false;
    return true;
  });
  const capitalTokens = new Set<number>();
  for (const match of capitalMatches) for (let i = match.first; i <= match.last; i++) capitalTokens.add(i);
  const known = new Set([...taken, ...capitalTokens]);

  const spans: (CountrySpan & { locative: boolean })[] = [];
  const toSpan = (match: NameMatch<string>, role: CountryRole) => ({
    start: match.start,
    end: match.end,
    text: match.text,
    // The first value: a name the index keeps has one country.
    code: match.values[0] ?? '',
    role,
    first: match.first,
    last: match.last,
    locative: locativeBefore(text, tokens, match.first),
  });
  for (const match of nameMatches) spans.push(toSpan(match, 'name'));
  for (const match of capitalMatches) {
    if (!insideLongerName(text, tokens, match, known)) spans.push(toSpan(match, 'place'));
  }
  spans.sort((a, b) => a.start - b.start);

  // Coordination carries a locative cue along a list: `di Kyiv dan Seoul`.
  for (let i = 1; i < spans.length; i++) {
    const left = spans[i - 1];
    const right = spans[i];
    if (left && right && !right.locative && left.locative && joiner(text, tokens, left, right) !== null) right.locative = true;
  }

  const isActor = (span: CountrySpan & { locative: boolean }): boolean =>
    verbAfter(text, tokens, span.last) ||
    possessiveAfter(text, tokens, span.last) ||
    (spaceBefore(text, tokens, span.last + 1) && phraseAt(text, tokens, span.last + 1, tails) > 0) ||
    phraseBefore(text, tokens, span.first, heads) > 0 ||
    clauseInitial(text, tokens, span.first);
  for (const span of spans) if (span.role === 'place' && !span.locative && isActor(span)) span.role = 'actor';
  // Coordinated with a country or another capital that is not a place: an actor too.
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < spans.length; i++) {
      const left = spans[i - 1];
      const right = spans[i];
      if (!left || !right || joiner(text, tokens, left, right) !== 'conjunction') continue;
      for (const [span, other] of [[left, right], [right, left]] as const) {
        if (span.role === 'place' && !span.locative && !other.locative) {
          span.role = 'actor';
          changed = true;
        }
      }
    }
  }
  return spans.map(({ locative: _locative, ...span }) => span);
}

/**
 * Country mentions of a sentence: names, and capitals acting for their country.
 * `spans`, when the caller has already scanned the sentence, saves scanning it again.
 */
export function findCountries(
  input: SentenceInput,
  index: CountryIndex,
  spans: readonly CountrySpan[] = scanCountries(input.text, index),
): Mention[] {
  return spans
    .filter((span) => span.role !== 'place')
    .map((span) => ({
      article: input.article,
      paragraph: input.paragraph,
      sentence: input.sentence,
      start: input.offset + span.start,
      end: input.offset + span.end,
      entity: countryEntityId(span.code),
      text: span.text,
    }));
}
