import { describe, expect, it } from 'vitest';
import { extractEvents, type DateAnchor } from '../../../src/analysis/extract/dates.ts';
import { articleSentences } from '../../../src/analysis/read-article.ts';
import type { AnalysisArticle, Language, SentenceInput, TimelineEvent } from '../../../src/analysis/types.ts';
import { articleFromText, seedArticles } from '../../helpers/seed-articles.ts';

const seeds = seedArticles();

function seed(key: string): AnalysisArticle {
  const article = seeds.get(key);
  if (article === undefined) throw new Error(`No seed ${key}`);
  return article;
}

const anchorOf = (article: AnalysisArticle): DateAnchor => ({ published: article.published, precision: article.datePrecision });

/** The sentence of an article containing `words`. */
function sentenceWith(article: AnalysisArticle, words: string): SentenceInput {
  const sentence = articleSentences(article).find((s) => s.text.includes(words));
  if (sentence === undefined) throw new Error(`No sentence with ${words}`);
  return sentence;
}

function fixture(text: string, language: Language): SentenceInput {
  return { article: 'fixture', paragraph: 'p1', sentence: 0, text, offset: 0, language };
}

const brief = (events: TimelineEvent[]): Array<[string, string, string]> => events.map((e) => [e.date, e.precision, e.text]);
const day = (iso: string): DateAnchor => ({ published: iso, precision: 'day' });

describe('extractEvents on the seeds', () => {
  it('should date `pada Jumat (13 Oktober)` in seed 003 to its publication day, once', () => {
    const article = seed('003');
    expect(anchorOf(article)).toEqual({ published: '2023-10-13', precision: 'day' });
    const events = extractEvents(sentenceWith(article, 'kata Gedung Putih pada Jumat (13 Oktober)'), anchorOf(article));
    expect(brief(events)).toEqual([['2023-10-13', 'day', 'pada Jumat (13 Oktober)']]);
  });

  it('should give both ends of `antara 1 September dan 1 Oktober` in seed 003', () => {
    const article = seed('003');
    const events = extractEvents(sentenceWith(article, 'antara 1 September dan 1 Oktober'), anchorOf(article));
    expect(brief(events)).toEqual([
      ['2023-09-01', 'day', '1 September'],
      ['2023-10-01', 'day', '1 Oktober'],
    ]);
  });

  it('should read nothing from counts and model names in seed 003 (`1.000 kontainer`, `2,5 juta`, `290 km`)', () => {
    const article = seed('003');
    const texts = (words: string): string[] => extractEvents(sentenceWith(article, words), anchorOf(article)).map((e) => e.text);
    expect(texts('1.000 kontainer')).toEqual(['pada Jumat (13 Oktober)']);
    expect(brief(extractEvents(sentenceWith(article, '2,5 juta'), anchorOf(article)))).toEqual([['2023', 'year', 'tahun ini']]);
    expect(texts('290 km')).toEqual([]);
    expect(texts('60.000 peluru')).toEqual([]);
  });

  it('should read `pada tahun 2024` in seed 000 as a year even without a publication date', () => {
    const article = seed('000');
    expect(article.published).toBeNull();
    const events = extractEvents(sentenceWith(article, 'pada tahun 2024'), anchorOf(article));
    expect(brief(events)).toEqual([['2024', 'year', 'pada tahun 2024']]);
  });

  it('should give no event for `pada bulan Juli dan Agustus` or `pada hari Rabu` in seed 000, which has no date to take a year from', () => {
    const article = seed('000');
    const events = extractEvents(sentenceWith(article, 'pada bulan Juli dan Agustus'), anchorOf(article));
    expect(events.map((e) => e.text)).toEqual(['pada tahun 2024']);
  });

  it('should give no event at all in seeds without a publication date except printed years', () => {
    for (const key of ['000', '001', '002', '004']) {
      const article = seed(key);
      for (const sentence of articleSentences(article)) {
        for (const event of extractEvents(sentence, anchorOf(article))) expect(event.precision).toBe('year');
      }
    }
    const events = articleSentences(seed('004')).flatMap((s) => extractEvents(s, anchorOf(seed('004'))));
    expect(brief(events)).toEqual([['2022', 'year', 'pada 2022']]);
  });

  it('should not read KN-23 as a date', () => {
    const article = seed('002');
    expect(extractEvents(sentenceWith(article, 'sistem peluncur rudal KN-23'), day('2024-10-16'))).toEqual([]);
  });

  it('should resolve `pekan lalu` to a month only when the whole previous week falls in one month', () => {
    const sentence = sentenceWith(seed('002'), 'pekan lalu');
    // Wednesday 2024-10-16: the previous week is 3–9 October.
    expect(brief(extractEvents(sentence, day('2024-10-16')))).toEqual([['2024-10', 'month', 'pekan lalu']]);
    // Thursday 2024-10-10: the previous week is 27 September – 3 October, across two months.
    expect(extractEvents(sentence, day('2024-10-10'))).toEqual([]);
    // A week needs a known day.
    expect(extractEvents(sentence, { published: '2024-10', precision: 'month' })).toEqual([]);
  });

  it('should resolve `pada tahun lalu` to the year before the anchor, even one known only to the year', () => {
    const sentence = sentenceWith(seed('002'), 'pada tahun lalu');
    expect(brief(extractEvents(sentence, { published: '2024', precision: 'year' }))).toEqual([['2023', 'year', 'pada tahun lalu']]);
  });

  it('should resolve `pada pertengahan September tahun lalu` in seed 004 to September of the year before, as a month', () => {
    const sentence = sentenceWith(seed('004'), 'pertengahan September tahun lalu');
    expect(brief(extractEvents(sentence, day('2024-01-25')))).toEqual([['2023-09', 'month', 'pada pertengahan September tahun lalu']]);
    expect(brief(extractEvents(sentence, { published: '2024', precision: 'year' }))).toEqual([['2023-09', 'month', 'pada pertengahan September tahun lalu']]);
  });

  it('should let `Desember tahun lalu` lend its year to `September` before it', () => {
    const sentence = sentenceWith(seed('004'), 'antara September dan Desember tahun lalu');
    expect(brief(extractEvents(sentence, { published: '2024', precision: 'year' }))).toEqual([
      ['2023-09', 'month', 'September'],
      ['2023-12', 'month', 'Desember tahun lalu'],
    ]);
  });

  it('should give no event for `dekade mendatang` and `dalam beberapa pekan terakhir`', () => {
    expect(extractEvents(sentenceWith(seed('004'), 'dekade mendatang'), day('2024-01-25'))).toEqual([]);
    const sentence = sentenceWith(seed('003'), 'dalam beberapa pekan terakhir');
    expect(extractEvents(sentence, anchorOf(seed('003'))).map((e) => e.text)).toEqual(['pada Jumat (13 Oktober)']);
  });

  it('should resolve `pada tanggal 30 Desember dan 2 Januari` across the new year', () => {
    const sentence = sentenceWith(seed('001'), 'pada tanggal 30 Desember dan 2 Januari');
    expect(brief(extractEvents(sentence, day('2024-01-04')))).toEqual([
      ['2023-12-30', 'day', 'pada tanggal 30 Desember'],
      ['2024-01-02', 'day', '2 Januari'],
    ]);
    // A year-only anchor cannot tell which December.
    expect(extractEvents(sentence, { published: '2024', precision: 'year' })).toEqual([]);
  });

  it('should give spans that slice the paragraph to exactly the event text, in every seed', () => {
    let count = 0;
    for (const article of seeds.values()) {
      for (const sentence of articleSentences(article)) {
        for (const event of extractEvents(sentence, day('2024-01-25'))) {
          const paragraph = article.paragraphs.find((p) => p.anchor === event.ref.paragraph);
          expect(paragraph?.text.slice(event.ref.start, event.ref.end)).toBe(event.text);
          expect(event.sentence).toBe(sentence.text);
          expect(event.ref).toMatchObject({ article: article.id, paragraph: sentence.paragraph, sentence: sentence.sentence });
          count += 1;
        }
      }
    }
    expect(count).toBeGreaterThan(15);
  });
});

describe('extractEvents on English text', () => {
  const anchor = day('2024-01-05'); // a Friday
  const article = articleFromText(
    'en.txt',
    [
      'Missiles Reached The Front',
      '',
      'The White House said on Wednesday that the launchers arrived last year. Officials said more shells came in June. ' +
        'Russian forces fired the missiles on December 30 and January 2, the spokesman said. ' +
        'Pyongyang has supplied munitions since mid-September last year, according to the report.',
    ].join('\n'),
  );
  const events = (words: string): Array<[string, string, string]> => brief(extractEvents(sentenceWith(article, words), anchor));

  it('should read the fixture as one English paragraph', () => {
    expect(article.language).toBe('en');
    expect(article.paragraphs).toHaveLength(1);
  });

  it('should date `on Wednesday` to the latest Wednesday on or before the anchor, and `last year` to the year before', () => {
    expect(events('on Wednesday')).toEqual([
      ['2024-01-03', 'day', 'on Wednesday'],
      ['2023', 'year', 'last year'],
    ]);
  });

  it('should date `in June` to the latest June not after the anchor, as a month', () => {
    expect(events('in June')).toEqual([['2023-06', 'month', 'in June']]);
  });

  it('should date `on December 30 and January 2` across the new year', () => {
    expect(events('December 30')).toEqual([
      ['2023-12-30', 'day', 'on December 30'],
      ['2024-01-02', 'day', 'January 2'],
    ]);
  });

  it('should date `since mid-September last year` to September of the year before, as a month', () => {
    expect(events('mid-September')).toEqual([['2023-09', 'month', 'since mid-September last year']]);
  });

  it('should slice the paragraph to exactly the event text', () => {
    const paragraph = article.paragraphs[0];
    for (const sentence of articleSentences(article)) {
      for (const event of extractEvents(sentence, anchor)) expect(paragraph?.text.slice(event.ref.start, event.ref.end)).toBe(event.text);
    }
  });

  it('should read full dates without an anchor, and nothing it would have to guess a year for', () => {
    expect(brief(extractEvents(fixture('The deal was signed on October 13, 2023, in Moscow.', 'en'), { published: null, precision: 'none' }))).toEqual([
      ['2023-10-13', 'day', 'on October 13, 2023'],
    ]);
    expect(brief(extractEvents(fixture('Shipments began in January 2024 and peaked in 2022.', 'en'), { published: null, precision: 'none' }))).toEqual([
      ['2024-01', 'month', 'in January 2024'],
      ['2022', 'year', 'in 2022'],
    ]);
    expect(extractEvents(fixture('The strike came on Wednesday, last week, in June.', 'en'), { published: null, precision: 'none' })).toEqual([]);
  });

  it('should give no event for `recently`, `the last year` or `two years ago`-style spans', () => {
    expect(extractEvents(fixture('Relations have recently improved over the last year.', 'en'), anchor)).toEqual([]);
  });
});

describe('extractEvents on Indonesian fixtures', () => {
  const anchor = day('2024-01-25'); // a Thursday

  it('should date `pada hari Rabu` and `kemarin` against the anchor day', () => {
    expect(brief(extractEvents(fixture('Pejabat itu tiba pada hari Rabu dan kembali kemarin.', 'id'), anchor))).toEqual([
      ['2024-01-24', 'day', 'pada hari Rabu'],
      ['2024-01-24', 'day', 'kemarin'],
    ]);
  });

  it('should read `Minggu ini` and `minggu lalu` as weeks, not as Sunday', () => {
    const events = brief(extractEvents(fixture('Minggu ini, menteri itu bertemu Putin.', 'id'), anchor));
    expect(events).toEqual([['2024-01', 'month', 'Minggu ini']]);
    const lastWeek = fixture('Kapal itu berlayar minggu lalu.', 'id');
    expect(brief(extractEvents(lastWeek, anchor))).toEqual([['2024-01', 'month', 'minggu lalu']]);
    // 28 December – 3 January: two months, so no event.
    expect(extractEvents(lastWeek, day('2024-01-10'))).toEqual([]);
  });

  it('should give no event for spans of time: `dua tahun lalu`, `beberapa bulan terakhir`, `baru-baru ini`', () => {
    expect(extractEvents(fixture('Dua tahun lalu dan dalam beberapa bulan terakhir, baru-baru ini pula.', 'id'), anchor)).toEqual([]);
  });

  it('should read `13 Oktober 2023`, `Januari 2024` and `sejak 2014` with no anchor at all', () => {
    expect(brief(extractEvents(fixture('Perjanjian diteken pada 13 Oktober 2023 dan berlaku Januari 2024, berlanjut sejak 2014.', 'id'), { published: null, precision: 'none' }))).toEqual([
      ['2023-10-13', 'day', 'pada 13 Oktober 2023'],
      ['2024-01', 'month', 'Januari 2024'],
      ['2014', 'year', 'sejak 2014'],
    ]);
  });

  it('should date `pada bulan Juli dan Agustus` with a month anchor, each as a month', () => {
    expect(brief(extractEvents(fixture('Misil ditemukan pada bulan Juli dan Agustus.', 'id'), { published: '2024-11', precision: 'month' }))).toEqual([
      ['2024-07', 'month', 'pada bulan Juli'],
      ['2024-08', 'month', 'Agustus'],
    ]);
  });

  it('should not read bare numbers as years: `1.000 kontainer`, `2,5 juta`, `KN-23`, `2000 tentara`', () => {
    expect(extractEvents(fixture('Sebanyak 1.000 kontainer, 2,5 juta peluru, rudal KN-23 dan 2000 tentara.', 'id'), anchor)).toEqual([]);
  });

  it('should never give a month-only expression day precision, whatever the anchor', () => {
    const texts = ['pada bulan Juni', 'in June', 'bulan lalu', 'pertengahan September tahun lalu', 'Januari 2024', 'pekan lalu', 'awal bulan ini'];
    const anchors: DateAnchor[] = [day('2024-01-05'), day('2023-10-13'), day('2024-02-29'), { published: '2024-03', precision: 'month' }];
    let count = 0;
    for (const text of texts) {
      for (const a of anchors) {
        const events = [...extractEvents(fixture(`Ini terjadi ${text}.`, 'id'), a), ...extractEvents(fixture(`It happened ${text}.`, 'en'), a)];
        for (const event of events) expect(event.precision).not.toBe('day');
        count += events.length;
      }
    }
    expect(count).toBeGreaterThan(15);
  });
});
