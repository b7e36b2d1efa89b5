import { describe, expect, it } from 'vitest';
import { extractFigures, parseNumber } from '../../../src/analysis/extract/figures.ts';
import { articleSentences } from '../../../src/analysis/read-article.ts';
import type { AnalysisArticle, Figure, Language, SentenceInput } from '../../../src/analysis/types.ts';
import { articleFromText, seedArticles, seedSentences } from '../../helpers/seed-articles.ts';

const SEEDS = ['000', '001', '002', '003', '004'] as const;
const sentencesBySeed = new Map(SEEDS.map((key) => [key, seedSentences(key)]));

function seedFigures(key: (typeof SEEDS)[number]): Figure[] {
  return (sentencesBySeed.get(key) ?? []).flatMap(extractFigures);
}

/** The one figure of a seed whose text is exactly `text`. */
function seedFigure(key: (typeof SEEDS)[number], text: string): Figure {
  const found = seedFigures(key).filter((figure) => figure.text === text);
  expect(found, `figures of ${key}: ${seedFigures(key).map((f) => f.text).join(' | ')}`).toHaveLength(1);
  return found[0] as Figure;
}

function sentence(text: string, language: Language): SentenceInput {
  return { article: 'fixture', paragraph: 'p1', sentence: 0, text, offset: 0, language };
}

function figuresOf(text: string, language: Language): Figure[] {
  return extractFigures(sentence(text, language));
}

/** Every figure's offsets slice its paragraph to exactly its text. */
function expectOffsetsSlice(article: AnalysisArticle): void {
  for (const input of articleSentences(article)) {
    for (const figure of extractFigures(input)) {
      const paragraph = article.paragraphs.find((p) => p.anchor === figure.ref.paragraph);
      expect(paragraph?.text.slice(figure.ref.start, figure.ref.end)).toBe(figure.text);
      expect(figure.ref).toMatchObject({ article: article.id, paragraph: input.paragraph, sentence: input.sentence });
    }
  }
}

const ENGLISH = articleFromText(
  '900_english-figures.txt',
  [
    'North Korea steps up arms shipments to Russia',
    '',
    'North Korea has sent more than 6,000 containers of munitions to Russia since the summit, officials said on Friday, October 13.',
    '',
    'Washington announced a $1.7 billion aid package. The missiles have a range of about 550 miles, and hundreds of drones were launched in the 2023 offensive.',
    '',
    'Kyiv says Russia can move up to 300 troops a day to the front and has produced 1.5 million shells this year.',
    '',
    'The Netherlands will send twenty-two tanks and its F-16 jets; a dozen have already arrived, the ministry said.',
    '',
  ].join('\n'),
);

const englishFigures = articleSentences(ENGLISH).flatMap(extractFigures);

function englishFigure(text: string): Figure {
  const found = englishFigures.filter((figure) => figure.text === text);
  expect(found, englishFigures.map((f) => f.text).join(' | ')).toHaveLength(1);
  return found[0] as Figure;
}

describe('parseNumber', () => {
  it('should read an Indonesian period as a thousands separator and a comma as the decimal mark', () => {
    expect(parseNumber('10.000', 'id')).toBe(10000);
    expect(parseNumber('1.000', 'id')).toBe(1000);
    expect(parseNumber('1.000.000', 'id')).toBe(1_000_000);
    expect(parseNumber('2,5', 'id')).toBe(2.5);
    expect(parseNumber('1.234,5', 'id')).toBe(1234.5);
  });

  it('should read an English comma as a thousands separator and a period as the decimal mark', () => {
    expect(parseNumber('6,000', 'en')).toBe(6000);
    expect(parseNumber('2,000', 'en')).toBe(2000);
    expect(parseNumber('1.7', 'en')).toBe(1.7);
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
  });

  it('should read 6.000 as 6000 only in Indonesian text and as a decimal in English', () => {
    expect(parseNumber('6.000', 'id')).toBe(6000);
    expect(parseNumber('6.000', 'en')).toBe(6);
    expect(parseNumber('2,500', 'id')).toBe(2.5);
  });

  it('should fall back to a decimal mark when the digits cannot be a thousands group', () => {
    expect(parseNumber('1.7', 'id')).toBe(1.7);
    expect(parseNumber('2,5', 'en')).toBe(2.5);
  });

  it('should apply scale words to digits and to number words', () => {
    expect(parseNumber('2,5 juta', 'id')).toBe(2_500_000);
    expect(parseNumber('2,1 miliar', 'id')).toBe(2_100_000_000);
    expect(parseNumber('dua juta', 'id')).toBe(2_000_000);
    expect(parseNumber('satu juta', 'id')).toBe(1_000_000);
    expect(parseNumber('1.5 million', 'en')).toBe(1_500_000);
    expect(parseNumber('1.7 billion', 'en')).toBe(1_700_000_000);
    expect(parseNumber('4,1 juta', 'id')).toBe(4_100_000);
  });

  it('should read spelled-out numbers in both languages', () => {
    expect(parseNumber('seratus dua puluh lima', 'id')).toBe(125);
    expect(parseNumber('dua belas', 'id')).toBe(12);
    expect(parseNumber('sebelas', 'id')).toBe(11);
    expect(parseNumber('tiga ratus ribu', 'id')).toBe(300_000);
    expect(parseNumber('twenty-two', 'en')).toBe(22);
    expect(parseNumber('two hundred and fifty', 'en')).toBe(250);
    expect(parseNumber('a dozen', 'en')).toBe(12);
  });

  it('should return null for anything that is not just a number', () => {
    expect(parseNumber('KN-23', 'id')).toBeNull();
    expect(parseNumber('2,5 juta peluru', 'id')).toBeNull();
    expect(parseNumber('10:30', 'en')).toBeNull();
    expect(parseNumber('', 'en')).toBeNull();
  });
});

describe('extractFigures on the seeds', () => {
  it('should read lebih dari 10.000 tentara as at least 10000 troops', () => {
    expect(seedFigure('000', 'lebih dari 10.000 tentara')).toMatchObject({ value: 10000, qualifier: 'at-least', unit: 'troops', subject: 'troops' });
  });

  it('should read 10.000 tentara without a qualifier as exactly 10000 troops', () => {
    expect(figuresOf('Sebanyak 10.000 tentara dikerahkan.', 'id')).toMatchObject([{ value: 10000, qualifier: 'exact', unit: 'troops', text: '10.000 tentara' }]);
  });

  it('should treat 2,5 juta as 2,500,000, at most after hingga perkiraan', () => {
    expect(seedFigure('003', 'hingga perkiraan 2,5 juta')).toMatchObject({ value: 2_500_000, qualifier: 'at-most', unit: 'count', subject: null });
  });

  it('should read lebih dari dua juta peluru as at least 2,000,000 shells', () => {
    expect(seedFigure('002', 'lebih dari dua juta peluru')).toMatchObject({ value: 2_000_000, qualifier: 'at-least', unit: 'shells', subject: 'shells' });
  });

  it('should read lebih dari satu juta peluru artileri as at least 1,000,000 shells', () => {
    expect(seedFigure('004', 'lebih dari satu juta peluru artileri')).toMatchObject({ value: 1_000_000, qualifier: 'at-least', unit: 'shells' });
  });

  it('should read sekitar 900 kilometer and sekitar 450 km as approximate ranges in km', () => {
    expect(seedFigure('001', 'sekitar 900 kilometer')).toMatchObject({ value: 900, qualifier: 'approximate', unit: 'km', subject: 'range' });
    expect(seedFigure('002', 'sekitar 450 km')).toMatchObject({ value: 450, qualifier: 'approximate', unit: 'km', subject: 'range' });
  });

  it('should keep sekitar 550 mil in miles without converting it', () => {
    expect(seedFigure('001', 'sekitar 550 mil')).toMatchObject({ value: 550, qualifier: 'approximate', unit: 'mi' });
  });

  it('should read 290 km dari perbatasan as a distance', () => {
    expect(seedFigure('003', 'sekitar 290 km')).toMatchObject({ value: 290, unit: 'km', subject: 'distance', qualifier: 'approximate' });
  });

  it('should read hulu ledak seberat 500 kg as the weight of the warhead', () => {
    expect(seedFigure('002', '500 kg')).toMatchObject({ value: 500, unit: 'kg', subject: 'warhead', qualifier: 'exact' });
  });

  it('should read lebih dari 1.000 kontainer as at least 1000 containers', () => {
    expect(seedFigure('003', 'lebih dari 1.000 kontainer')).toMatchObject({ value: 1000, qualifier: 'at-least', unit: 'containers', subject: 'containers' });
  });

  it('should read sekitar 60.000 peluru per hari as about 60000 shells a day', () => {
    expect(seedFigure('003', 'sekitar 60.000 peluru per hari')).toMatchObject({ value: 60000, qualifier: 'approximate', unit: 'shells', rate: 'day' });
  });

  it('should read empat misil as 4 missiles and tiga kapal as 3 ships', () => {
    expect(seedFigure('000', 'empat misil')).toMatchObject({ value: 4, qualifier: 'exact', unit: 'missiles', subject: 'missiles' });
    expect(seedFigure('004', 'tiga kapal')).toMatchObject({ value: 3, unit: 'ships' });
  });

  it('should read beberapa lusin misil balistik as a vague count of at least 24 missiles', () => {
    const figure = seedFigure('001', 'beberapa lusin misil balistik');
    expect(figure).toMatchObject({ value: 24, vague: true, qualifier: 'at-least', unit: 'missiles' });
  });

  it('should read ratusan ribu peluru artileri as a vague count of at least 100000 shells', () => {
    expect(seedFigure('004', 'ratusan ribu peluru artileri')).toMatchObject({ value: 100_000, vague: true, qualifier: 'at-least', unit: 'shells' });
  });

  it('should not read satu as a figure when it means one of', () => {
    const texts = SEEDS.flatMap((key) => seedFigures(key).map((figure) => figure.text));
    expect(texts.filter((text) => /\bsatu\b/i.test(text))).toEqual(['lebih dari satu juta peluru artileri']);
  });

  it('should not read lebih dari sekadar as a qualifier without a number', () => {
    const input = (sentencesBySeed.get('002') ?? []).find((s) => s.text.includes('lebih dari sekadar'));
    expect(input).toBeDefined();
    expect(extractFigures(input as SentenceInput)).toEqual([]);
  });

  it('should find exactly these figures in the seeds, and none from years, dates or designators', () => {
    const texts = Object.fromEntries(SEEDS.map((key) => [key, seedFigures(key).map((figure) => figure.text)]));
    expect(texts).toEqual({
      '000': ['empat misil', 'lebih dari 10.000 tentara'],
      '001': ['dua serangan', 'beberapa lusin misil balistik', 'dua serangan', 'sekitar 900 kilometer', 'sekitar 550 mil'],
      '002': ['beberapa warga', 'puluhan warga', 'Beberapa warga', 'lebih dari dua juta peluru', 'sekitar 450 km', '500 kg'],
      '003': ['lebih dari 1.000 kontainer', 'sekitar 290 km', 'hingga perkiraan 2,5 juta', 'sekitar 60.000 peluru per hari'],
      '004': ['tiga kapal', 'ratusan ribu peluru artileri', 'lebih dari satu juta peluru artileri'],
    });
  });

  it('should take no figure from a designator, a year or a date in any seed sentence', () => {
    for (const key of SEEDS) {
      for (const figure of seedFigures(key)) {
        expect(figure.text).not.toMatch(/[\p{L}]-\d|\d-[\p{L}]/u);
        expect(figure.text).not.toMatch(/\b(?:19|20)\d\d\b/);
        // Years (2022, 2024), days of dates (1, 13, 22, 30) and designator numbers (KN-23, KN-24, Iskander-M).
        if (!figure.vague) expect([1, 13, 22, 23, 24, 30, 2022, 2024]).not.toContain(figure.value);
        expect(figure.text).not.toMatch(/Januari|Oktober|Desember|September/);
      }
    }
  });

  it('should give offsets that slice the paragraph text to exactly the figure text', () => {
    for (const article of seedArticles().values()) expectOffsetsSlice(article);
  });
});

describe('extractFigures on English text', () => {
  it('should read more than 6,000 containers as at least 6000 containers', () => {
    expect(englishFigure('more than 6,000 containers')).toMatchObject({ value: 6000, qualifier: 'at-least', unit: 'containers' });
  });

  it('should read $1.7 billion as 1.7e9 USD', () => {
    expect(englishFigure('$1.7 billion')).toMatchObject({ value: 1_700_000_000, unit: 'USD', qualifier: 'exact' });
  });

  it('should read about 550 miles as an approximate range in miles', () => {
    expect(englishFigure('about 550 miles')).toMatchObject({ value: 550, unit: 'mi', qualifier: 'approximate', subject: 'range' });
  });

  it('should read hundreds of drones as a vague count of at least 100 drones', () => {
    expect(englishFigure('hundreds of drones')).toMatchObject({ value: 100, vague: true, qualifier: 'at-least', unit: 'drones' });
  });

  it('should read up to 300 troops a day as at most 300 troops per day', () => {
    expect(englishFigure('up to 300 troops a day')).toMatchObject({ value: 300, qualifier: 'at-most', unit: 'troops', rate: 'day' });
  });

  it('should read 1.5 million shells as 1,500,000 shells', () => {
    expect(englishFigure('1.5 million shells')).toMatchObject({ value: 1_500_000, unit: 'shells' });
  });

  it('should read twenty-two tanks as 22 tanks and a dozen as 12', () => {
    expect(englishFigure('twenty-two tanks')).toMatchObject({ value: 22, unit: 'tanks' });
    expect(englishFigure('a dozen')).toMatchObject({ value: 12, unit: 'count', subject: null });
  });

  it('should take no figure from the 2023 offensive, F-16 or a date', () => {
    expect(englishFigures.map((figure) => figure.text)).toEqual([
      'more than 6,000 containers',
      '$1.7 billion',
      'about 550 miles',
      'hundreds of drones',
      'up to 300 troops a day',
      '1.5 million shells',
      'twenty-two tanks',
      'a dozen',
    ]);
  });

  it('should give offsets that slice the paragraph text to exactly the figure text', () => {
    expect(ENGLISH.language).toBe('en');
    expectOffsetsSlice(ENGLISH);
  });
});

describe('extractFigures rules', () => {
  it('should read US$2,1 Miliar and 1,7 miliar dolar AS as USD with the value cue', () => {
    expect(figuresOf('AS Umumkan Paket Senjata Senilai US$2,1 Miliar Untuk Ukraina', 'id')).toMatchObject([
      { value: 2_100_000_000, unit: 'USD', subject: 'value', text: 'US$2,1 Miliar' },
    ]);
    expect(figuresOf('Bantuan itu bernilai 1,7 miliar dolar AS.', 'id')).toMatchObject([{ value: 1_700_000_000, unit: 'USD', text: '1,7 miliar dolar AS' }]);
  });

  it('should read percentages as a figure in percent', () => {
    expect(figuresOf('Produksi naik 2,5% dan ekspor 40 persen.', 'id')).toMatchObject([
      { value: 2.5, unit: 'percent', text: '2,5%' },
      { value: 40, unit: 'percent', text: '40 persen' },
    ]);
  });

  it('should read ranges with their high end', () => {
    expect(figuresOf('sekitar 20 hingga 30 drone', 'id')).toMatchObject([{ value: 20, max: 30, qualifier: 'approximate', unit: 'drones' }]);
    expect(figuresOf('between 5 and 7 ships and 20-30 km', 'en')).toMatchObject([
      { value: 5, max: 7, unit: 'ships' },
      { value: 20, max: 30, unit: 'km' },
    ]);
  });

  it('should read scale abbreviations after a currency sign', () => {
    expect(figuresOf('The US gave $2m and €3bn.', 'en')).toMatchObject([
      { value: 2_000_000, unit: 'USD' },
      { value: 3_000_000_000, unit: 'EUR' },
    ]);
  });

  it('should read vague scales and spelled-out numbers with and', () => {
    expect(figuresOf('tens of thousands of troops, several hundred thousand shells and two hundred and fifty drones', 'en')).toMatchObject([
      { value: 10_000, vague: true, unit: 'troops' },
      { value: 200_000, vague: true, unit: 'shells' },
      { value: 250, unit: 'drones' },
    ]);
  });

  it('should skip classifiers and English modifiers between a number and its unit', () => {
    expect(figuresOf('tiga buah kapal', 'id')).toMatchObject([{ value: 3, unit: 'ships', text: 'tiga buah kapal' }]);
    expect(figuresOf('6,000 North Korean soldiers', 'en')).toMatchObject([{ value: 6000, unit: 'troops' }]);
    expect(figuresOf('a dozen F-16 jets', 'en')).toEqual([expect.objectContaining({ value: 12, unit: 'aircraft', text: 'a dozen F-16 jets' })]);
  });

  it('should take no figure from times, ordinals, decades, labels, durations or one of', () => {
    expect(figuresOf('Pukul 10.30 WIB, pada 2022, ke-2, tahun 2000-an, Resolusi 2231, selama dua tahun, salah satu kapal.', 'id')).toEqual([]);
    expect(figuresOf('At 5 p.m. on October 13, 2023, the 3rd Boeing 747 of the 1990s fired 9M723 missiles for three more years; one of them hit.', 'en')).toEqual([]);
  });

  it('should take no figure from vague words without a unit or a scale', () => {
    expect(figuresOf('melanggar beberapa resolusi dalam beberapa bulan', 'id')).toEqual([]);
    expect(figuresOf('several of them, dozens more', 'en')).toEqual([]);
  });
});
