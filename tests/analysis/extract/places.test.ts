import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dir.ts';
import { createCountryIndex, loadCountryAliases, type CountryIndex } from '../../../src/analysis/extract/countries.ts';
import {
  createGazetteer,
  findPlaces,
  GazetteerError,
  loadCities,
  loadGazetteerFile,
  type City,
  type Gazetteer,
  type ResolvedPlace,
} from '../../../src/analysis/extract/places.ts';
import { articleSentences } from '../../../src/analysis/read-article.ts';
import type { AnalysisArticle, SentenceInput } from '../../../src/analysis/types.ts';
import type { GazetteerFile } from '../../../src/schemas/gazetteer.ts';
import { seedArticles } from '../../helpers/seed-articles.ts';

const content = (name: string) => fileURLToPath(new URL(`../../../content/${name}`, import.meta.url));

let cities: readonly City[];
let countryIndex: CountryIndex;
let gazetteerData: GazetteerFile;
let gazetteer: Gazetteer;
let buildMs = 0;
let seeds: Map<string, AnalysisArticle>;

beforeAll(() => {
  cities = loadCities();
  countryIndex = createCountryIndex(loadCountryAliases(content('countries.yaml')));
  gazetteerData = loadGazetteerFile(content('gazetteer.yaml'));
  const started = performance.now();
  gazetteer = createGazetteer({ cities, gazetteer: gazetteerData, countryIndex });
  buildMs = performance.now() - started;
  seeds = seedArticles();
});

function sentence(text: string, language: 'id' | 'en' = 'id'): SentenceInput {
  return { article: 'fixture', paragraph: 'p1', sentence: 0, text, offset: 0, language };
}

function seedSentence(seed: string, words: string): SentenceInput {
  const article = seeds.get(seed);
  if (!article) throw new Error(`no seed ${seed}`);
  const found = articleSentences(article).find((input) => input.text.includes(words));
  if (!found) throw new Error(`no sentence with "${words}" in seed ${seed}`);
  return found;
}

/** The place a name was resolved to in the sentence, or undefined. */
function placeOf(input: SentenceInput, name: string, within: Gazetteer = gazetteer): ResolvedPlace | undefined {
  const { mentions, places } = findPlaces(input, within, countryIndex);
  const mention = mentions.find((item) => item.text === name);
  return mention ? places.find((place) => place.id === mention.entity) : undefined;
}

function unresolvedNames(input: SentenceInput): string[] {
  return findPlaces(input, gazetteer, countryIndex).unresolved.map((item) => item.name);
}

const tempDir = tempDirs('briefing-gazetteer-');

describe('createGazetteer', () => {
  it('should build its indexes over the whole dataset in well under a few seconds', () => {
    expect(cities.length).toBeGreaterThan(100_000);
    // About 0.2 s on the development machine; the bound only catches a quadratic slip.
    expect(buildMs).toBeLessThan(3_000);
  });

  it('should throw a GazetteerError for an entry that names no city of the dataset', () => {
    const broken: GazetteerFile = { places: [{ name: 'Nowhere-on-Sea', aliases: [], country: 'GB' }] };
    expect(() => createGazetteer({ cities, gazetteer: broken, countryIndex })).toThrow(GazetteerError);
    expect(() => createGazetteer({ cities, gazetteer: broken, countryIndex })).toThrow(/places\[0\] "Nowhere-on-Sea".*give lat and lon/);
  });
});

describe('seed places', () => {
  it('should resolve Najin, Korea Utara to Rajin in North Korea and Dunay, Rusia to Dunay in Russia', () => {
    const input = seedSentence('003', 'dari Najin, Korea Utara, ke Dunay, Rusia');
    const najin = placeOf(input, 'Najin');
    expect(najin).toMatchObject({ name: 'Rajin', country: 'KP', kind: 'port' });
    expect(najin?.lat).toBeCloseTo(42.26, 1);
    expect(najin?.lon).toBeCloseTo(130.28, 1);
    const dunay = placeOf(input, 'Dunay');
    expect(dunay).toMatchObject({ name: 'Dunay', country: 'RU' });
    expect(dunay?.lat).toBeCloseTo(42.88, 1);
    expect(dunay?.lon).toBeCloseTo(132.34, 1);
  });

  it('should cite each place at its offsets in the paragraph', () => {
    const input = seedSentence('003', 'dari Najin, Korea Utara, ke Dunay, Rusia');
    const paragraph = seeds.get('003')?.paragraphs.find((p) => p.anchor === input.paragraph)?.text ?? '';
    const { mentions } = findPlaces(input, gazetteer, countryIndex);
    expect(mentions.map((mention) => mention.text)).toEqual(['Najin', 'Dunay']);
    for (const mention of mentions) {
      expect(paragraph.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention).toMatchObject({ article: input.article, paragraph: input.paragraph, sentence: input.sentence });
    }
  });

  it('should resolve Tikhoretsk near which the depot lies to Tikhoretsk in Russia', () => {
    const place = placeOf(seedSentence('003', 'dekat Tikhoretsk di barat daya Rusia'), 'Tikhoretsk');
    expect(place).toMatchObject({ id: 'place:geonames:483029', country: 'RU' });
    expect(place?.lat).toBeCloseTo(45.85, 1);
    expect(place?.lon).toBeCloseTo(40.13, 1);
  });

  it('should resolve di Pelabuhan Rajin di Korea Utara to Rajin in North Korea', () => {
    expect(placeOf(seedSentence('004', 'Pelabuhan Rajin'), 'Rajin')).toMatchObject({ name: 'Rajin', country: 'KP' });
  });

  it('should give Najin and Rajin the same place', () => {
    const najin = placeOf(seedSentence('003', 'dari Najin'), 'Najin');
    const rajin = placeOf(seedSentence('004', 'Pelabuhan Rajin'), 'Rajin');
    expect(najin?.id).toBe(rajin?.id);
  });

  it('should resolve Timur Jauh and timur jauh Rusia to the Russian Far East region', () => {
    const region = placeOf(seedSentence('004', 'ke pelabuhan Rusia di Timur Jauh'), 'Timur Jauh');
    expect(region).toMatchObject({ id: 'place:gaz:russian-far-east', country: 'RU', kind: 'region' });
    expect(region?.polygon?.length).toBeGreaterThan(3);
    expect(placeOf(seedSentence('003', 'timur jauh Rusia'), 'timur jauh Rusia')?.id).toBe('place:gaz:russian-far-east');
    expect(placeOf(seedSentence('004', 'di Timur Jauh, Rusia'), 'Timur Jauh')?.id).toBe('place:gaz:russian-far-east');
  });

  it('should not read Timur Jauh inside an institute name as the region', () => {
    const input = seedSentence('002', 'Institut Studi Timur Jauh');
    expect(findPlaces(input, gazetteer, countryIndex).mentions.map((mention) => mention.text)).toEqual(['Seoul']);
  });

  it('should resolve di dekat Donetsk with Ukraina in the sentence to Donetsk in Ukraine', () => {
    const place = placeOf(seedSentence('002', 'di dekat Donetsk'), 'Donetsk');
    expect(place).toMatchObject({ id: 'place:geonames:709717', country: 'UA' });
  });

  it('should resolve wilayah Kursk to the Kursk region', () => {
    expect(placeOf(seedSentence('000', 'wilayah Kursk'), 'wilayah Kursk')).toMatchObject({ country: 'RU', kind: 'region' });
  });

  it('should not make places of countries or of capitals acting for their country', () => {
    expect(findPlaces(seedSentence('000', 'Pyongyang mengatakan'), gazetteer, countryIndex).mentions).toEqual([]);
    expect(findPlaces(seedSentence('000', 'Moskow maupun Pyongyang'), gazetteer, countryIndex).mentions).toEqual([]);
    expect(findPlaces(seedSentence('004', 'juru bicara Kremlin'), gazetteer, countryIndex).mentions).toEqual([]);
    expect(findPlaces(sentence('Senjata itu dikirim ke Rusia dan digunakan di Ukraina.'), gazetteer, countryIndex).mentions).toEqual([]);
  });

  it('should resolve a capital written as a place to the city', () => {
    expect(placeOf(seedSentence('002', 'dari Pyongyang'), 'Pyongyang')).toMatchObject({ country: 'KP', kind: 'city' });
    expect(placeOf(sentence('Delegasi itu tiba di Washington pada hari Senin.'), 'Washington')).toMatchObject({ name: 'Washington, D.C.', country: 'US' });
    expect(placeOf(seedSentence('004', 'di Kremlin'), 'Kremlin')).toMatchObject({ id: 'place:gaz:kremlin', country: 'RU' });
  });

  it('should report no place for organizations and acronyms after a place cue', () => {
    expect(unresolvedNames(seedSentence('003', 'ke Grup Wagner Rusia'))).toEqual([]);
    expect(unresolvedNames(seedSentence('003', 'kesepakatan senjata ini di PBB'))).toEqual([]);
  });
});

describe('a place written with its country', () => {
  it('should leave Amirabad, Iran unresolved, not move it to the Amirabad of Pakistan, and report it', () => {
    const input = sentence('Kapal itu berangkat dari Amirabad, Iran, menuju Rusia.');
    const found = findPlaces(input, gazetteer, countryIndex);
    expect(found.mentions).toEqual([]);
    expect(found.unresolved).toEqual([
      { kind: 'place', name: 'Amirabad', sentence: input.text, ref: { article: 'fixture', paragraph: 'p1' }, hint: 'add it to content/gazetteer.yaml' },
    ]);
    expect(gazetteer.resolvePlace('Amirabad', { country: 'IR' })).toBeNull();
  });

  it('should resolve Moscow, Amerika Serikat to a Moscow in the United States', () => {
    const place = placeOf(sentence('Kapal itu berlabuh di Moscow, Amerika Serikat, pekan lalu.'), 'Moscow');
    expect(place?.country).toBe('US');
  });

  it('should resolve Springfield, Inggris only in Britain or not at all', () => {
    const place = placeOf(sentence('Ia lahir di Springfield, Inggris.'), 'Springfield');
    expect(place === undefined || place.country === 'GB').toBe(true);
    expect(unresolvedNames(sentence('Ia lahir di Springfield, Inggris.'))).toEqual(['Springfield']);
  });

  it('should read X di Negara as X in that country', () => {
    expect(unresolvedNames(sentence('Mereka dikirim ke Amirabad di Iran.'))).toEqual(['Amirabad']);
  });
});

describe('English text', () => {
  it('should resolve Makhachkala, Russia and leave Amirabad, Iran unresolved', () => {
    const input = sentence('The ammunition was shipped across the Caspian Sea from Amirabad, Iran, to Makhachkala, Russia.', 'en');
    const makhachkala = placeOf(input, 'Makhachkala');
    expect(makhachkala).toMatchObject({ country: 'RU' });
    expect(makhachkala?.lat).toBeCloseTo(42.98, 1);
    expect(unresolvedNames(input)).toEqual(['Amirabad']);
  });

  it('should resolve near Kherson to Kherson in Ukraine', () => {
    expect(placeOf(sentence('Russian forces shelled villages near Kherson on Tuesday.', 'en'), 'Kherson')).toMatchObject({ country: 'UA' });
  });

  it('should resolve the port of Rajin in North Korea and a city before its type word', () => {
    const input = sentence('The crates went by sea from the port of Rajin in North Korea to the Kursk region.', 'en');
    expect(placeOf(input, 'Rajin')).toMatchObject({ country: 'KP' });
    expect(placeOf(input, 'Kursk region')).toMatchObject({ kind: 'region', country: 'RU' });
  });

  it('should not take a person after according to for a place', () => {
    const input = sentence('The shipments continued, according to Kirby.', 'en');
    expect(findPlaces(input, gazetteer, countryIndex)).toMatchObject({ mentions: [], unresolved: [] });
  });

  it('should not report a newspaper as an unknown place', () => {
    expect(unresolvedNames(sentence('The story ran in the Washington Post.', 'en'))).toEqual([]);
  });
});

describe('resolvePlace', () => {
  it('should never resolve country names or common words', () => {
    expect(gazetteer.resolvePlace('Korea Utara')).toBeNull();
    expect(gazetteer.resolvePlace('Central')).toBeNull();
    expect(gazetteer.resolvePlace('Juni')).toBeNull();
  });

  it('should leave a small town out unless the sentence names its country', () => {
    expect(gazetteer.resolvePlace('Dunay')).toBeNull();
    expect(gazetteer.resolvePlace('Dunay', { contextCountries: ['RU'] })).toMatchObject({ country: 'RU' });
  });

  it('should leave a name shared by cities of like size unresolved', () => {
    expect(gazetteer.resolvePlace('Springfield', { country: 'US' })).toBeNull();
  });

  it('should let gazetteer entries win over the dataset', () => {
    expect(gazetteer.resolvePlace('Asia')).toMatchObject({ id: 'place:gaz:asia', kind: 'region' });
    expect(gazetteer.resolvePlace('Moskow')).toMatchObject({ id: 'place:geonames:524901', name: 'Moscow' });
  });

  it('should work with any gazetteer.yaml, down to an empty one', () => {
    const bare = createGazetteer({ cities, gazetteer: { places: [] }, countryIndex });
    const input = seedSentence('003', 'dari Najin, Korea Utara');
    expect(placeOf(input, 'Najin', bare)).toBeUndefined();
    expect(findPlaces(input, bare, countryIndex).unresolved.map((item) => item.name)).toEqual(['Najin']);
    const custom = createGazetteer({
      cities,
      gazetteer: { places: [{ name: 'Najin Bay', aliases: ['Najin'], country: 'KP', kind: 'port', lat: 42.2, lon: 130.3 }] },
      countryIndex,
    });
    expect(placeOf(input, 'Najin', custom)).toMatchObject({ id: 'place:gaz:najin-bay', name: 'Najin Bay', lat: 42.2 });
  });
});

describe('loadGazetteerFile', () => {
  it('should name the file and the field of bad data', () => {
    const dir = tempDir();
    const file = join(dir, 'gazetteer.yaml');
    writeFileSync(file, 'places:\n  - name: Somewhere\n    country: RU\n    lat: 95\n    lon: 30\n');
    expect(() => loadGazetteerFile(file)).toThrow(`${file}: places[0].lat: expected a latitude from -90 to 90`);
    writeFileSync(file, 'places:\n  - name: Somewhere\n    lattitude: 5\n');
    expect(() => loadGazetteerFile(file)).toThrow(`${file}: places[0].lattitude: unexpected field`);
    writeFileSync(file, 'places: [\n');
    expect(() => loadGazetteerFile(file)).toThrow(`${file}: invalid YAML`);
  });
});
