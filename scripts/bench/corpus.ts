// The benchmark's synthetic corpus: N article texts recombined and perturbed from the
// seeds and from English fixture templates, with varied outlets, datelines, dates,
// places, people and figures. Article i depends only on (seed number, i), so a corpus
// of 1,000 is the first 1,000 of a corpus of 4,000 and "one seed added" is article N.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadCities } from '../../src/analysis/extract/places.ts';
import { MONTH_NAMES } from '../../src/lang/calendar.ts';
import { LEDE_MARKERS } from '../../src/lang/credits.ts';
import { decodeBytes } from '../../src/pipeline/decode.ts';
import { detectLanguage } from '../../src/pipeline/metadata.ts';
import { normalizeText } from '../../src/pipeline/normalize.ts';
import { createRandom, type Random } from './prng.ts';

export type CorpusLanguage = 'en' | 'id';

export interface SourceArticle {
  /** File the article came from (a seed or a fixture). */
  name: string;
  language: CorpusLanguage;
  /** The printed title, or null when the text starts with its lede. */
  title: string | null;
  paragraphs: string[];
}

export interface CorpusPools {
  given: string[];
  family: string[];
  outlets: string[];
  agencies: string[];
  orgs: Record<CorpusLanguage, string[]>;
  cargo: Record<CorpusLanguage, string[]>;
  sentences: Record<CorpusLanguage, string[]>;
}

export interface PlaceEntry {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface CorpusInputs {
  sources: SourceArticle[];
  pools: CorpusPools;
  places: PlaceEntry[];
  /** Country display names per language, by ISO code. */
  countryNames: Record<CorpusLanguage, Map<string, string>>;
}

export interface GeneratedSeed {
  /** File name in the seeds folder. */
  name: string;
  text: string;
}

/** Cities at least this populous feed the place pool: names a reader (and the gazetteer) knows. */
const MIN_POPULATION = 300_000;

const TITLE_MAX_CHARS = 160;

function looksLikeTitle(line: string): boolean {
  return line.length <= TITLE_MAX_CHARS && !/[.!?:;,"”’)]$/u.test(line) && !/^[“"‘']/u.test(line);
}

/** Splits an article text into its title (when it has one) and non-empty lines. */
export function parseSource(name: string, text: string): SourceArticle {
  const lines = normalizeText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const first = lines[0] ?? '';
  const title = lines.length > 1 && looksLikeTitle(first) ? first : null;
  const paragraphs = title === null ? lines : lines.slice(1);
  const language = detectLanguage(paragraphs.join('\n').replace(/\{[a-z0-9.]+\}/g, ''));
  return { name, language: language === 'id' ? 'id' : 'en', title, paragraphs };
}

function readArticles(dir: string): SourceArticle[] {
  return readdirSync(dir)
    .filter((name) => /\.(?:txt|md)$/i.test(name))
    .sort()
    .flatMap((name) => {
      const decoded = decodeBytes({ seed: name, bytes: new Uint8Array(readFileSync(join(dir, name))) });
      return decoded.ok ? [parseSource(name, decoded.article.text)] : [];
    });
}

const require = createRequire(import.meta.url);

function countryNames(language: CorpusLanguage): Map<string, string> {
  const list = require(`i18n-iso-countries/langs/${language}.json`) as { countries: Record<string, string | string[]> };
  return new Map(Object.entries(list.countries).map(([code, names]) => [code, Array.isArray(names) ? (names[0] ?? code) : names]));
}

export interface CorpusSourcesOptions {
  /** The project's seeds folder. */
  seedsDir: string;
  /** Fixture templates (`articles/*.txt`) and word pools (`pools.yaml`). */
  fixturesDir: string;
}

/** Reads seeds, fixture templates, word pools and the place and country datasets. */
export function loadCorpusInputs(options: CorpusSourcesOptions): CorpusInputs {
  const pools = parseYaml(readFileSync(join(options.fixturesDir, 'pools.yaml'), 'utf8')) as CorpusPools;
  const sources = [...readArticles(options.seedsDir), ...readArticles(join(options.fixturesDir, 'articles'))];
  if (sources.length === 0) throw new Error(`No articles in ${options.seedsDir} or ${options.fixturesDir}/articles`);
  const names = { en: countryNames('en'), id: countryNames('id') };
  const places = loadCities()
    .filter((city) => city.population >= MIN_POPULATION && names.en.has(city.country) && /^[\p{L}][\p{L} '-]*$/u.test(city.name))
    .sort((a, b) => a.cityId - b.cityId)
    .map((city) => ({ name: city.name, country: city.country }));
  return { sources, pools, places, countryNames: names };
}

/** A 32-bit seed for article `index` of the corpus numbered `seed` (splitmix-style mixing). */
function articleSeed(seed: number, index: number): number {
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function monthName(language: CorpusLanguage, month: number): string {
  const name = Object.entries(MONTH_NAMES[language]).find(([, number]) => number === month)?.[0] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function formatCount(value: number, language: CorpusLanguage): string {
  // English groups thousands with commas, Indonesian with points.
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : '.');
}

function weaponName(random: Random): string {
  const syllables = ['ka', 'to', 'ri', 'va', 'lo', 'me', 'su', 'da', 'no', 'ze'];
  const word = random.pick(syllables) + random.pick(syllables) + (random.chance(0.5) ? random.pick(syllables) : '');
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}-${random.int(2, 99)}`;
}

/**
 * The corpus's cast: the places, countries, people and weapons its articles talk
 * about. A real collection follows one conflict, so its cast is bounded and a few
 * names recur often; articles draw from it with a skew toward the first entries.
 */
interface Cast {
  places: PlaceEntry[];
  countries: string[];
  people: string[];
  weapons: string[];
}

const CAST_SIZE = { places: 150, countries: 40, people: 200, weapons: 40 };

function createCast(inputs: CorpusInputs, seed: number): Cast {
  const random = createRandom(articleSeed(seed, -1));
  const places = random.shuffle(inputs.places).slice(0, CAST_SIZE.places);
  const countries = random.shuffle([...new Set(inputs.places.map((place) => place.country))].sort()).slice(0, CAST_SIZE.countries);
  const people = new Set<string>();
  while (people.size < CAST_SIZE.people) people.add(`${random.pick(inputs.pools.given)} ${random.pick(inputs.pools.family)}`);
  const weapons = new Set<string>();
  while (weapons.size < CAST_SIZE.weapons) weapons.add(weaponName(random));
  return { places, countries, people: [...people], weapons: [...weapons] };
}

/** An element of a cast list, the first ones more often (squared uniform: a Zipf-like skew). */
function pickSkewed<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random.next() ** 2 * items.length)] as T;
}

interface Binding {
  values: Map<string, string>;
  city: string;
}

/** One value per placeholder for one article, in its language. */
function bindValues(random: Random, inputs: CorpusInputs, cast: Cast, language: CorpusLanguage): Binding {
  const { pools, countryNames: names } = inputs;
  const values = new Map<string, string>();
  const chosen: PlaceEntry[] = [];
  while (chosen.length < 3) {
    const place = pickSkewed(random, cast.places);
    if (!chosen.includes(place)) chosen.push(place);
  }
  const countryOf = (code: string) => names[language].get(code) ?? names.en.get(code) ?? code;
  ['place', 'place2', 'place3'].forEach((key, index) => {
    const place = chosen[index] as PlaceEntry;
    values.set(key, place.name);
    values.set(`${key}.country`, countryOf(place.country));
  });
  ['country', 'country2', 'country3', 'country4'].forEach((key) => values.set(key, countryOf(pickSkewed(random, cast.countries))));
  ['person', 'person2', 'person3'].forEach((key) => values.set(key, pickSkewed(random, cast.people)));
  values.set('org', random.pick(pools.orgs[language]));
  values.set('org2', random.pick(pools.orgs[language]));
  values.set('cargo', random.pick(pools.cargo[language]));
  values.set('weapon', pickSkewed(random, cast.weapons));
  for (const key of ['count', 'count2', 'count3']) values.set(key, formatCount(random.int(2, 400) * 50, language));
  for (const key of ['small', 'small2', 'small3']) values.set(key, String(random.int(2, 12)));
  values.set('percent', String(random.int(10, 90)));
  values.set('range', formatCount(random.int(10, 300) * 5, language));
  values.set('casualties', formatCount(random.int(10, 900), language));
  const amount = `${random.int(1, 9)}.${random.int(1, 9)}`;
  values.set('amount', language === 'en' ? amount : amount.replace('.', ','));
  values.set('month', monthName(language, random.int(1, 12)));
  values.set('day', String(random.int(1, 28)));
  values.set('year', String(random.int(2022, 2025)));
  return { values, city: values.get('place3') ?? '' };
}

function fill(text: string, binding: Binding): string {
  return text.replace(/\{([a-z]+\d?(?:\.country)?)\}/g, (match, key: string) => binding.values.get(key) ?? match);
}

/**
 * Perturbs the figures of a recombined paragraph: every number of three or more
 * digits gets new digits in the same format (separators kept); years stay, and so
 * do designators (`X-23`) and day numbers.
 */
function perturbNumbers(text: string, random: Random): string {
  return text.replace(/(?<![\p{L}\p{N}-])\d[\d.,]*\d(?![\p{N}])/gu, (number) => {
    const digits = number.replace(/\D/g, '');
    if (digits.length < 3 || /^(?:19|20)\d\d$/.test(number)) return number;
    let first = true;
    return number.replace(/\d/g, () => {
      const digit = first ? random.int(1, 9) : random.int(0, 9);
      first = false;
      return String(digit);
    });
  });
}

function stripLedeMarker(text: string): string {
  for (const marker of LEDE_MARKERS) {
    const match = marker.exec(text);
    if (match) return text.slice(match[0].length);
  }
  return text;
}

/** A dateline and outlet marker in one of the conventions ingest reads (src/lang/credits.ts). */
function ledeMarker(random: Random, inputs: CorpusInputs, language: CorpusLanguage, city: string): string {
  const outlet = random.pick(inputs.pools.outlets);
  const upper = city.toLocaleUpperCase('en');
  const styles =
    language === 'id'
      ? [`${outlet.toUpperCase()}.CO.ID - ${upper}. `, `${city} | ${outlet}.co – `, `${upper}, ${outlet}.com - `, `${city} (${random.pick(inputs.pools.agencies)}) - `]
      : [`${upper} (${random.pick(inputs.pools.agencies)}) - `, `${city} | ${outlet}.com – `, `${upper}, ${outlet}.com - `];
  return random.pick(styles);
}

function dateLine(random: Random, language: CorpusLanguage): string {
  const day = random.int(1, 28);
  const month = monthName(language, random.int(1, 12));
  const year = random.int(2023, 2025);
  return language === 'en' ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`;
}

const isTemplate = (source: SourceArticle) => source.paragraphs.some((paragraph) => /\{[a-z]+\d?(?:\.country)?\}/.test(paragraph));

const casts = new WeakMap<CorpusInputs, Map<number, Cast>>();

function castOf(inputs: CorpusInputs, seed: number): Cast {
  const bySeed = casts.get(inputs) ?? new Map<number, Cast>();
  casts.set(inputs, bySeed);
  let cast = bySeed.get(seed);
  if (!cast) {
    cast = createCast(inputs, seed);
    bySeed.set(seed, cast);
  }
  return cast;
}

/** Article `index` of the corpus numbered `seed`. */
export function generateArticle(inputs: CorpusInputs, seed: number, index: number): GeneratedSeed {
  const random = createRandom(articleSeed(seed, index));
  const primary = random.pick(inputs.sources);
  const language = primary.language;
  const binding = bindValues(random, inputs, castOf(inputs, seed), language);
  const sameLanguage = inputs.sources.filter((source) => source.language === language && source !== primary);
  const prepare = (source: SourceArticle, paragraph: string) => (isTemplate(source) ? fill(paragraph, binding) : perturbNumbers(paragraph, random));

  // The primary article, some paragraphs after the lede dropped, two neighbours swapped.
  const [lede = '', ...rest] = primary.paragraphs;
  let paragraphs = rest.filter(() => !random.chance(0.15)).map((paragraph) => prepare(primary, paragraph));
  if (paragraphs.length > 2 && random.chance(0.5)) {
    const at = random.int(0, paragraphs.length - 2);
    [paragraphs[at], paragraphs[at + 1]] = [paragraphs[at + 1] as string, paragraphs[at] as string];
  }
  // Sentences that vary places, routes and figures, and paragraphs of other articles.
  const insert = (text: string) => paragraphs.splice(random.int(0, paragraphs.length), 0, text);
  for (let n = random.int(1, 2); n > 0; n--) insert(fill(random.pick(inputs.pools.sentences[language]), binding));
  const target = random.int(2400, 3600);
  const size = () => paragraphs.reduce((sum, paragraph) => sum + paragraph.length + 2, lede.length);
  for (let guard = 0; size() < target && sameLanguage.length > 0 && guard < 12; guard++) {
    const other = random.pick(sameLanguage);
    const candidates = other.paragraphs.filter((paragraph) => paragraph.length >= 80);
    if (candidates.length > 0) insert(prepare(other, random.pick(candidates)));
  }
  paragraphs = [ledeMarker(random, inputs, language, binding.city) + stripLedeMarker(prepare(primary, lede)), ...paragraphs];

  const head: string[] = [];
  if (primary.title !== null) head.push(isTemplate(primary) ? fill(primary.title, binding) : primary.title);
  // The date on a line of its own after the lede, as scraped pages print it; before the
  // lede it would hide the dateline marker, which ingest reads on the lede only.
  if (random.chance(0.9)) paragraphs.splice(1, 0, dateLine(random, language));
  if (random.chance(0.2)) {
    const agency = random.pick(inputs.pools.agencies);
    paragraphs.push(language === 'id' ? `Sumber: ${agency} | Editor: ${random.pick(inputs.pools.given)}` : `Source: ${agency}`);
  }
  const text = `${[...head, ...paragraphs].join('\n\n')}\n`;
  return { name: `bench-${String(index).padStart(5, '0')}.txt`, text };
}

/** The first `count` articles of the corpus numbered `seed`. */
export function generateCorpus(inputs: CorpusInputs, options: { count: number; seed: number }): GeneratedSeed[] {
  return Array.from({ length: options.count }, (_, index) => generateArticle(inputs, options.seed, index));
}
