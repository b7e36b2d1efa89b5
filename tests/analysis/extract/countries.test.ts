import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dir.ts';
import { countryEntity, countryNames, createCountryIndex, findCountries, loadCountryAliases, scanCountries, type CountryIndex } from '../../../src/analysis/extract/countries.ts';
import type { AnalysisArticle, SentenceInput } from '../../../src/analysis/types.ts';
import { articleSentences } from '../../../src/analysis/read-article.ts';
import { seedArticles } from '../../helpers/seed-articles.ts';

const countriesFile = fileURLToPath(new URL('../../../content/countries.yaml', import.meta.url));

let index: CountryIndex;
let seeds: Map<string, AnalysisArticle>;

beforeAll(() => {
  index = createCountryIndex(loadCountryAliases(countriesFile));
  seeds = seedArticles();
});

function sentence(text: string, language: 'id' | 'en' = 'id'): SentenceInput {
  return { article: 'fixture', paragraph: 'p1', sentence: 0, text, offset: 0, language };
}

/** The seed sentence that contains `words`. */
function seedSentence(seed: string, words: string): SentenceInput {
  const article = seeds.get(seed);
  if (!article) throw new Error(`no seed ${seed}`);
  const found = articleSentences(article).find((input) => input.text.includes(words));
  if (!found) throw new Error(`no sentence with "${words}" in seed ${seed}`);
  return found;
}

function codes(input: SentenceInput, countryIndex: CountryIndex = index): string[] {
  return findCountries(input, countryIndex).map((mention) => mention.entity);
}

function mentionOf(input: SentenceInput, text: string) {
  return findCountries(input, index).filter((mention) => mention.text === text);
}

const tempDir = tempDirs('briefing-countries-');

describe('country names', () => {
  it('should map Korea Utara, Korut, DPRK and Republik Rakyat Demokratik Korea to KP', () => {
    const input = sentence('Korea Utara, Korut, DPRK dan Republik Rakyat Demokratik Korea adalah satu negara.');
    expect(findCountries(input, index).map((mention) => [mention.text, mention.entity])).toEqual([
      ['Korea Utara', 'country:KP'],
      ['Korut', 'country:KP'],
      ['DPRK', 'country:KP'],
      ['Republik Rakyat Demokratik Korea', 'country:KP'],
    ]);
  });

  it('should map Inggris to GB and AS, Amerika Serikat and U.S. to US', () => {
    expect(codes(sentence('Inggris, AS dan Amerika Serikat.'))).toEqual(['country:GB', 'country:US', 'country:US']);
    expect(codes(sentence('U.S. and UK officials met.', 'en'))).toEqual(['country:US', 'country:GB']);
  });

  it('should read Korea Utara as one mention of KP and never also as Korea', () => {
    const mentions = findCountries(sentence('Rudal dari Korea Utara ditemukan.'), index);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ entity: 'country:KP', text: 'Korea Utara', start: 11, end: 22 });
  });

  it('should map Korea Selatan to KR', () => {
    expect(codes(sentence('menurut pejabat AS dan Korea Selatan'))).toEqual(['country:US', 'country:KR']);
  });

  it('should never read the Indonesian word as, nor the English us, as the United States', () => {
    expect(codes(sentence('Kartu as itu disimpan di dekat as roda.'))).toEqual([]);
    expect(codes(sentence('They told us about it.', 'en'))).toEqual([]);
    expect(codes(sentence('Kapal perang AS dan Kanada berlayar.'))).toEqual(['country:US', 'country:CA']);
  });

  it('should read US$ as a currency, not the United States', () => {
    expect(codes(sentence('Paket senjata senilai US$2,1 miliar untuk Ukraina.'))).toEqual(['country:UA']);
  });

  it('should find every country of a seed sentence at its offsets in the paragraph', () => {
    const input = seedSentence('000', 'menurut pejabat AS dan Korea Selatan');
    const paragraph = seeds.get('000')?.paragraphs.find((p) => p.anchor === input.paragraph)?.text ?? '';
    const mentions = findCountries(input, index);
    expect(mentions.map((mention) => mention.entity)).toEqual(['country:RU', 'country:KP', 'country:KP', 'country:RU', 'country:UA', 'country:US', 'country:KR']);
    for (const mention of mentions) expect(paragraph.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('should give English and Indonesian display names', () => {
    expect(countryNames(index, 'KP')).toEqual({ en: 'North Korea', id: 'Korea Utara' });
    expect(countryNames(index, 'RU')).toEqual({ en: 'Russia', id: 'Rusia' });
    expect(countryNames(index, 'GB')?.en).toBe('United Kingdom');
    const mentions = findCountries(sentence('Korut dan Korea Utara.'), index);
    expect(countryEntity(index, 'KP', mentions)).toMatchObject({ id: 'country:KP', type: 'country', names: { en: 'North Korea' }, aliases: ['Korea Utara', 'Korut'] });
  });

  it('should work with any countries.yaml, down to an empty one', () => {
    const bare = createCountryIndex({ aliases: {}, capitals: {}, names: {} });
    expect(codes(sentence('Korut dan Korea Utara.'), bare)).toEqual(['country:KP']);
    const custom = createCountryIndex({ aliases: { FR: ['Prancis'] }, capitals: { Paris: 'FR' }, names: {} });
    expect(codes(sentence('Paris mengatakan Prancis tidak setuju.'), custom)).toEqual(['country:FR', 'country:FR']);
  });
});

describe('capitals standing for their country', () => {
  it('should read Pyongyang mengatakan as North Korea speaking', () => {
    const input = seedSentence('000', 'Pyongyang mengatakan');
    expect(mentionOf(input, 'Pyongyang').map((mention) => mention.entity)).toEqual(['country:KP']);
  });

  it('should read Washington dan sekutunya after bahwa as the United States', () => {
    const input = seedSentence('000', 'Washington dan sekutunya');
    expect(mentionOf(input, 'Washington').map((mention) => mention.entity)).toEqual(['country:US']);
  });

  it('should read capitals coordinated with each other as their countries', () => {
    expect(mentionOf(seedSentence('000', 'antara Pyongyang dan Moskow'), 'Moskow').map((m) => m.entity)).toEqual(['country:RU']);
    expect(mentionOf(seedSentence('000', 'antara Pyongyang dan Moskow'), 'Pyongyang').map((m) => m.entity)).toEqual(['country:KP']);
    expect(codes(seedSentence('000', 'Moskow maupun Pyongyang')).slice(0, 2)).toEqual(['country:RU', 'country:KP']);
  });

  it('should read Pasukan Moskow and the Kremlin spokesman as Russia', () => {
    expect(mentionOf(seedSentence('003', 'Pasukan Moskow'), 'Moskow').map((m) => m.entity)).toEqual(['country:RU']);
    expect(mentionOf(seedSentence('004', 'juru bicara Kremlin mengumumkan'), 'Kremlin').map((m) => m.entity)).toEqual(['country:RU']);
    expect(codes(sentence("Moscow's forces advanced while the Kremlin spokesman said nothing.", 'en'))).toEqual(['country:RU', 'country:RU']);
  });

  it('should not read di Washington, ke Moskow or dari Pyongyang as a country', () => {
    expect(codes(sentence('Delegasi itu tiba di Washington pada hari Senin.'))).toEqual([]);
    expect(codes(sentence('Ia terbang ke Moskow.'))).toEqual([]);
    expect(mentionOf(seedSentence('002', 'dari Pyongyang'), 'Pyongyang')).toEqual([]);
  });

  it('should keep a capital coordinated with a place cue a place (di Kyiv dan Seoul)', () => {
    const spans = scanCountries(seedSentence('002', 'di Kyiv dan Seoul').text, index).filter((span) => span.role !== 'name');
    expect(spans.map((span) => [span.text, span.role])).toEqual([
      ['Kyiv', 'place'],
      ['Seoul', 'place'],
    ]);
  });

  it('should not read a capital inside a longer name as anything', () => {
    expect(scanCountries('The story ran in the Washington Post.', index)).toEqual([]);
  });
});

describe('loadCountryAliases', () => {
  it('should name the file and the field of bad data', () => {
    const dir = tempDir();
    const file = join(dir, 'countries.yaml');
    writeFileSync(file, 'aliases:\n  KP: [Korut]\ncapitals:\n  Pyongyang: XX\n');
    expect(() => loadCountryAliases(file)).toThrow(`${file}: capitals.Pyongyang: expected a code of an existing country`);
    writeFileSync(file, 'aliases:\n  KP: [Korut]\n  KR: [korut]\n');
    expect(() => loadCountryAliases(file)).toThrow(`${file}: aliases.KR[0]: "korut" is already an alias of KP`);
  });
});
