// Tests for the segment stage: sentence splitting on Indonesian and English news
// text, paragraph detection for both line shapes, and offsets on the real seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle, segmentParagraphs, segmentSentences } from '../../src/pipeline/segment.ts';
import type { ArticleWithMeta, SourceLine } from '../../src/pipeline/types.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);

function texts(text: string, language: 'id' | 'en' = 'id'): string[] {
  return segmentSentences(text, language).map((s) => s.text);
}

function toLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
}

function seedLines(name: string): SourceLine[] {
  return toLines(readFileSync(new URL(name, SEEDS), 'utf8'));
}

const seedNames = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort();

describe('segmentSentences', () => {
  it('keeps a sentence with commas around an appositive name as one sentence', () => {
    const s = 'Pemimpin Korea Utara, Kim Jong-un, pada tahun lalu melakukan perjalanan ke Rusia.';
    expect(texts(s)).toEqual([s]);
  });

  it('keeps a sentence with a parenthesised acronym as one sentence', () => {
    const s = 'Dewan Keamanan PBB (DK PBB), setelah penemuan sisa-sisa misil.';
    expect(texts(s)).toEqual([s]);
  });

  it('does not split at a decimal comma', () => {
    const s = 'Rusia telah meningkatkan produksi peluru tahun ini hingga perkiraan 2,5 juta, namun para analis berpendapat.';
    expect(texts(s)).toEqual([s]);
  });

  it('does not split at a decimal point or a thousands separator', () => {
    const s = 'Harga naik 2.5 persen menjadi 1.000 rupiah.';
    expect(texts(s)).toEqual([s]);
  });

  it('does not split inside a dollar amount with a decimal point', () => {
    const s = 'The deal is worth $1.7 billion. Analysts agreed.';
    expect(texts(s, 'en')).toEqual(['The deal is worth $1.7 billion.', 'Analysts agreed.']);
  });

  it('does not split after a listed acronym followed by a capitalized word', () => {
    const s = 'The U.S. Army said on Monday that Jr. officers were involved.';
    expect(texts(s, 'en')).toEqual([s]);
  });

  it('does not split after an acronym with internal periods followed by a lowercase word', () => {
    const s = 'Officials in Washington D.C. said nothing.';
    expect(texts(s, 'en')).toEqual([s]);
  });

  it('splits after an honorific sentence only at the real sentence end', () => {
    expect(texts('Mr. Smith said. He left.', 'en')).toEqual(['Mr. Smith said.', 'He left.']);
  });

  it('does not split after an initial', () => {
    const s = 'Juru bicara J. Kirby mengatakan hal itu. Dia pergi.';
    expect(texts(s)).toEqual(['Juru bicara J. Kirby mengatakan hal itu.', 'Dia pergi.']);
  });

  it('does not split after Indonesian abbreviations of titles, streets and lists', () => {
    const s = 'Kantor Prof. Dr. Ir. H. Ahmad, S.H. di Jl. Sudirman No. 5 menerima tamu, dll. pada Sep. 2023.';
    expect(texts(s)).toEqual([s]);
  });

  it('does not split after an abbreviation in parentheses', () => {
    expect(texts('Ia menyebut tokoh lain (Brigjen. Budi) dalam rapat.')).toEqual([
      'Ia menyebut tokoh lain (Brigjen. Budi) dalam rapat.',
    ]);
  });

  it('never splits at a period followed by a lowercase letter', () => {
    const s = 'Laporan itu dirilis pukul 10.00 wib. kemudian dibahas.';
    expect(texts(s)).toEqual([s]);
  });

  it('splits after a closing quote and keeps the quote in the first sentence', () => {
    const s = '“Ini adalah bukti,” kata Leff kepada dewan. Kirby setuju.';
    expect(texts(s)).toEqual(['“Ini adalah bukti,” kata Leff kepada dewan.', 'Kirby setuju.']);
  });

  it('keeps the closing quote after a period inside the quotation', () => {
    const s = 'Mereka katakan “sangat tidak dapat diandalkan.” Ia memperingatkan.';
    expect(texts(s)).toEqual(['Mereka katakan “sangat tidak dapat diandalkan.”', 'Ia memperingatkan.']);
  });

  it('keeps a quote ending in a comma with its attribution as one sentence', () => {
    const s = 'Itu sekitar 550 mil,” kata Kirby.';
    expect(texts(s)).toEqual([s]);
  });

  it('splits at question and exclamation marks', () => {
    expect(texts('Apakah benar? Ya! Tentu saja.')).toEqual(['Apakah benar?', 'Ya!', 'Tentu saja.']);
    expect(texts('Really?! "Yes," he said.', 'en')).toEqual(['Really?!', '"Yes," he said.']);
  });

  it('splits at an ellipsis character and at three periods', () => {
    expect(texts('Dia terdiam… Lalu pergi.')).toEqual(['Dia terdiam…', 'Lalu pergi.']);
    expect(texts('He paused... Then he left.', 'en')).toEqual(['He paused...', 'Then he left.']);
    expect(texts('Dia terdiam… lalu pergi.')).toEqual(['Dia terdiam… lalu pergi.']);
  });

  it('splits before a sentence that starts with a digit or an opening quote', () => {
    expect(texts('Korban bertambah. 12 orang tewas. “Ini tragedi,” katanya.')).toEqual([
      'Korban bertambah.',
      '12 orang tewas.',
      '“Ini tragedi,” katanya.',
    ]);
  });

  it('keeps text with no final punctuation as a last sentence', () => {
    expect(texts('Satu kalimat. Baca artikel asli di Business Insider')).toEqual([
      'Satu kalimat.',
      'Baca artikel asli di Business Insider',
    ]);
  });

  it('trims sentences and gives offsets whose slice is the sentence text', () => {
    const text = '  Satu.   Dua!  ';
    const sentences = segmentSentences(text, 'id');
    expect(sentences).toEqual([
      { start: 2, end: 7, text: 'Satu.' },
      { start: 10, end: 14, text: 'Dua!' },
    ]);
  });

  it('returns no sentences for empty or blank text', () => {
    expect(segmentSentences('', 'id')).toEqual([]);
    expect(segmentSentences('   ', 'en')).toEqual([]);
  });
});

describe('segmentParagraphs', () => {
  it('gives offsets that slice to the sentence text and cover every non-space character in every seed', () => {
    expect(seedNames.length).toBeGreaterThan(0);
    for (const name of seedNames) {
      for (const p of segmentParagraphs(seedLines(name), 'id')) {
        let last = 0;
        for (const s of p.sentences) {
          expect(p.text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(p.text.slice(last, s.start).trim()).toBe('');
          last = s.end;
        }
        expect(p.text.slice(last).trim()).toBe('');
      }
    }
  });

  it('gives one paragraph per non-blank line for seeds written one paragraph per line without blank lines', () => {
    for (const prefix of ['000_', '002_']) {
      const name = seedNames.find((n) => n.startsWith(prefix));
      expect(name).toBeDefined();
      const lines = seedLines(name ?? '');
      const nonBlank = lines.filter((l) => l.text.trim() !== '');
      const paragraphs = segmentParagraphs(lines, 'id');
      expect(paragraphs.map((p) => p.line)).toEqual(nonBlank.map((l) => l.line));
      expect(paragraphs.map((p) => p.text)).toEqual(nonBlank.map((l) => l.text.trim()));
    }
  });

  it('gives one paragraph per line for a seed with blank lines between short lines', () => {
    const name = seedNames.find((n) => n.startsWith('003_'));
    expect(name).toBeDefined();
    const lines = seedLines(name ?? '');
    const paragraphs = segmentParagraphs(lines, 'id');
    expect(paragraphs.length).toBe(lines.filter((l) => l.text.trim() !== '').length);
  });

  it('keeps a real seed sentence with a quote ending in a comma together with its attribution', () => {
    const name = seedNames.find((n) => n.startsWith('001_'));
    const paragraph = segmentParagraphs(seedLines(name ?? ''), 'id').find((p) => p.text.includes('550 mil'));
    expect(paragraph?.sentences.map((s) => s.text)).toEqual([
      '“Misil balistik Korea Utara ini memiliki jangkauan sekitar 900 kilometer.',
      'Itu sekitar 550 mil,” kata Kirby dalam konferensi pers.',
    ]);
  });

  it('joins a hard-wrapped English text into one paragraph per blank-line-separated block', () => {
    const fixture = [
      'The White House said on Thursday that North Korea had supplied Russia',
      'with ballistic missile launchers and several dozen missiles, which were',
      'fired at Ukraine in two separate attacks in late December and January.',
      '',
      'National Security Council spokesman John Kirby told reporters that the',
      'missiles had a range of about 550 miles. He called the transfer a',
      'significant and concerning escalation of support for Moscow.',
      '',
      'Officials in Kyiv said the weapons were unreliable and sometimes behaved',
      'strangely, but that they still caused damage to civilian infrastructure',
      'in several cities.',
      '',
    ].join('\n');
    const paragraphs = segmentParagraphs(toLines(fixture), 'en');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.map((p) => p.anchor)).toEqual(['p1', 'p2', 'p3']);
    expect(paragraphs.map((p) => p.line)).toEqual([1, 5, 9]);
    for (const p of paragraphs) expect(p.text).not.toContain('\n');
    expect(paragraphs[1]?.text).toBe(
      'National Security Council spokesman John Kirby told reporters that the missiles had a range of about 550 miles. He called the transfer a significant and concerning escalation of support for Moscow.',
    );
    expect(paragraphs[1]?.sentences.map((s) => s.text)).toEqual([
      'National Security Council spokesman John Kirby told reporters that the missiles had a range of about 550 miles.',
      'He called the transfer a significant and concerning escalation of support for Moscow.',
    ]);
  });

  it('does not join a block of short lines such as a repeated headline', () => {
    const lines = toLines('Korea Utara kirim senjata\nUntuk Rusia');
    expect(segmentParagraphs(lines, 'id').map((p) => p.text)).toEqual(['Korea Utara kirim senjata', 'Untuk Rusia']);
  });

  it('does not join medium-length lines that each end a sentence', () => {
    const lines = toLines(
      'Rusia telah mendapatkan misil Korea Utara dan menggunakannya di Ukraina.\nKirby mengatakan dia mengharapkan serangan Rusia di masa depan.',
    );
    expect(segmentParagraphs(lines, 'id')).toHaveLength(2);
  });

  it('numbers anchors in reading order and records the first source line', () => {
    const lines: SourceLine[] = [
      { line: 3, text: 'Satu.' },
      { line: 4, text: '' },
      { line: 5, text: 'Dua.' },
    ];
    expect(segmentParagraphs(lines, 'id').map((p) => [p.anchor, p.line, p.text])).toEqual([
      ['p1', 3, 'Satu.'],
      ['p2', 5, 'Dua.'],
    ]);
  });
});

describe('segmentArticle', () => {
  it('replaces lines with paragraphs and keeps the other fields', () => {
    const article: ArticleWithMeta = {
      seed: 'x.txt',
      seedSha256: 'abc',
      encoding: 'utf-8',
      captions: ['Foto'],
      removed: [{ line: 9, text: 'Baca Juga: x', reason: 'teaser' }],
      consumed: [{ line: 1, text: 'Judul' }],
      dateReadings: [],
      meta: {
        title: 'Judul',
        titleDerived: false,
        outlet: null,
        originalSource: null,
        editor: null,
        dateline: null,
        language: 'en',
        published: null,
        datePrecision: 'none',
        dateInferred: false,
      },
      lines: [{ line: 3, text: 'Mr. Smith said. He left.' }],
    };
    const segmented = segmentArticle(article);
    expect('lines' in segmented).toBe(false);
    expect(segmented).toMatchObject({
      seed: 'x.txt',
      seedSha256: 'abc',
      encoding: 'utf-8',
      captions: ['Foto'],
      removed: article.removed,
      consumed: article.consumed,
      meta: article.meta,
    });
    expect(segmented.paragraphs).toEqual([
      {
        anchor: 'p1',
        line: 3,
        text: 'Mr. Smith said. He left.',
        sentences: [
          { start: 0, end: 15, text: 'Mr. Smith said.' },
          { start: 16, end: 24, text: 'He left.' },
        ],
      },
    ]);
  });
});
