// Tests for the clean stage: teasers, widgets, repeated lines and captions on
// small Indonesian and English inputs, then the same guarantees on the real seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEASER_PATTERNS, WIDGET_PATTERNS } from '../../src/lang/boilerplate.ts';
import { cleanBoilerplate } from '../../src/pipeline/clean.ts';
import { decodeBytes } from '../../src/pipeline/decode.ts';
import { normalizeArticle } from '../../src/pipeline/normalize.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import type { CleanArticle, SegmentedArticle } from '../../src/pipeline/types.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);
const seedNames = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
const TODAY = '2026-11-22';

/** Cleans a text as if it were a normalized seed. */
function clean(text: string): CleanArticle {
  return cleanBoilerplate({ seed: 'fixture.txt', seedSha256: '0'.repeat(64), encoding: 'utf-8', text });
}

/** The non-blank body lines' text. */
function body(article: CleanArticle): string[] {
  return article.lines.filter((line) => line.text !== '').map((line) => line.text);
}

function cleanSeed(name: string): CleanArticle {
  const decoded = decodeBytes({ seed: name, bytes: new Uint8Array(readFileSync(new URL(name, SEEDS))) });
  if (!decoded.ok) throw new Error(decoded.diagnostic.message);
  return cleanBoilerplate(normalizeArticle(decoded.article));
}

function ingest(name: string): SegmentedArticle {
  const result = ingestSeed({ seed: name, bytes: new Uint8Array(readFileSync(new URL(name, SEEDS))) }, TODAY);
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.article;
}

/** Every piece of text the pipeline keeps: title, captions and paragraphs. */
function allOutput(article: SegmentedArticle): string[] {
  return [article.meta.title, ...article.captions, ...article.paragraphs.map((paragraph) => paragraph.text)];
}

const isTeaserOrWidget = (text: string): boolean =>
  [...TEASER_PATTERNS, ...WIDGET_PATTERNS].some((pattern) => pattern.test(text.trim()));

describe('cleanBoilerplate: teasers', () => {
  it('should remove a "Baca Juga:" teaser with its headline', () => {
    const article = clean('Harga beras naik di pasar.\nBaca Juga: Harga Cabai Turun Jelang Lebaran\nPedagang mengeluh.');
    expect(body(article)).toEqual(['Harga beras naik di pasar.', 'Pedagang mengeluh.']);
    expect(article.removed).toEqual([{ line: 2, text: 'Baca Juga: Harga Cabai Turun Jelang Lebaran', reason: 'teaser' }]);
  });

  it('should remove a lower-case "Baca juga :" teaser with extra spaces before the headline', () => {
    const article = clean('Harga beras naik di pasar.\n\nBaca juga :  Harga Cabai Turun Jelang Lebaran\n\nPedagang mengeluh.');
    expect(body(article)).toEqual(['Harga beras naik di pasar.', 'Pedagang mengeluh.']);
    expect(article.removed).toEqual([{ line: 3, text: 'Baca juga :  Harga Cabai Turun Jelang Lebaran', reason: 'teaser' }]);
  });

  it('should remove an upper-case "MEMBACA" teaser', () => {
    const article = clean('Harga beras naik di pasar.\nMEMBACA  Harga Cabai Turun Jelang Lebaran\nPedagang mengeluh.');
    expect(body(article)).toEqual(['Harga beras naik di pasar.', 'Pedagang mengeluh.']);
    expect(article.removed.map((removed) => removed.reason)).toEqual(['teaser']);
  });

  it('should keep a sentence that starts with the ordinary word "Membaca"', () => {
    const sentence = 'Membaca laporan itu, ia langsung menelepon kepala dinas.';
    const article = clean(`Harga beras naik di pasar.\n${sentence}`);
    expect(body(article)).toEqual(['Harga beras naik di pasar.', sentence]);
    expect(article.removed).toEqual([]);
  });

  it('should remove English "Read more:" and "Read also:" teasers', () => {
    const article = clean('Rice prices rose.\nRead more: Chili prices fall ahead of the holiday\nTraders complained.\nRead also: Inflation hits a two-year high\nThe end.');
    expect(body(article)).toEqual(['Rice prices rose.', 'Traders complained.', 'The end.']);
    expect(article.removed).toEqual([
      { line: 2, text: 'Read more: Chili prices fall ahead of the holiday', reason: 'teaser' },
      { line: 4, text: 'Read also: Inflation hits a two-year high', reason: 'teaser' },
    ]);
  });

  it('should keep an ordinary sentence that starts with "Read"', () => {
    const sentence = 'Read together, the two reports paint a grim picture.';
    expect(body(clean(`Rice prices rose.\n${sentence}`))).toContain(sentence);
  });
});

describe('cleanBoilerplate: widgets', () => {
  it('should remove share, navigation and advertising widgets', () => {
    const article = clean('Harga beras naik.\n\nBagikan :\nScroll to Top\nShare this article\nAdvertisement\n\nPedagang mengeluh.');
    expect(body(article)).toEqual(['Harga beras naik.', 'Pedagang mengeluh.']);
    expect(article.removed).toEqual([
      { line: 3, text: 'Bagikan :', reason: 'widget' },
      { line: 4, text: 'Scroll to Top', reason: 'widget' },
      { line: 5, text: 'Share this article', reason: 'widget' },
      { line: 6, text: 'Advertisement', reason: 'widget' },
    ]);
  });

  it('should keep a sentence that only starts like a widget', () => {
    const sentence = 'Bagikan sembako dilakukan di balai desa pada Senin pagi.';
    expect(body(clean(`Harga beras naik.\n${sentence}`))).toContain(sentence);
  });
});

describe('cleanBoilerplate: repeated lines', () => {
  it('should keep a short line printed twice once, as a caption, and not in the body', () => {
    const article = clean('Judul berita\n\nKapal perang berlayar di selat\nKapal perang berlayar di selat\n\nKapal perang itu berlayar pada Senin.');
    expect(article.captions).toEqual(['Kapal perang berlayar di selat']);
    expect(body(article)).toEqual(['Judul berita', 'Kapal perang itu berlayar pada Senin.']);
    expect(article.removed).toEqual([{ line: 4, text: 'Kapal perang berlayar di selat', reason: 'repeated-line' }]);
  });

  it('should remove a repeated long sentence as a repeated line and keep the first copy in the body', () => {
    const sentence = 'The minister said on Friday that the talks would resume next week in Geneva after a short pause.';
    const article = clean(`Talks to resume.\n\n${sentence}\n\nDiplomats welcomed the news.\n\n${sentence}\n\nThe end.`);
    expect(body(article)).toEqual(['Talks to resume.', sentence, 'Diplomats welcomed the news.', 'The end.']);
    expect(article.captions).toEqual([]);
    expect(article.removed).toEqual([{ line: 7, text: sentence, reason: 'repeated-line' }]);
    expect(article.lines.find((line) => line.text === sentence)?.line).toBe(3);
  });

  it('should treat lines differing only by case and spacing as the same line', () => {
    const article = clean('Intro kalimat.\nFoto   kapal di pelabuhan\nFOTO KAPAL DI PELABUHAN\nIsi berita.');
    expect(article.captions).toEqual(['Foto   kapal di pelabuhan']);
    expect(article.removed.map((removed) => removed.reason)).toEqual(['repeated-line']);
  });
});

describe('cleanBoilerplate: captions', () => {
  it('should keep a line ending "melalui Getty Images" as a caption', () => {
    const caption = 'Presiden tiba di bandara pada bulan September. Kantor Pers / Anadolu Agency melalui Getty Images';
    const article = clean(`Judul berita\n\n${caption}\n\nPresiden tiba di bandara.`);
    expect(article.captions).toEqual([caption]);
    expect(body(article)).toEqual(['Judul berita', 'Presiden tiba di bandara.']);
  });

  it('should keep a line ending "via Getty Images" as a caption', () => {
    const caption = 'A soldier walks past a destroyed building in Kharkiv. John Doe via Getty Images';
    expect(clean(`Headline\n\n${caption}\n\nThe body.`).captions).toEqual([caption]);
  });

  it('should keep a "Foto:" line as a caption', () => {
    const article = clean('Judul berita\nFoto: Antara/Budi Santoso\nIsi berita dimulai di sini.');
    expect(article.captions).toEqual(['Foto: Antara/Budi Santoso']);
    expect(body(article)).toEqual(['Judul berita', 'Isi berita dimulai di sini.']);
  });

  it('should keep a short line ending "(Reuters)" that is not the last line as a caption', () => {
    const article = clean('Headline\n\nThe president arrives in Moscow on Tuesday. (Reuters)\n\nThe visit lasted two days.');
    expect(article.captions).toEqual(['The president arrives in Moscow on Tuesday. (Reuters)']);
    expect(body(article)).toEqual(['Headline', 'The visit lasted two days.']);
  });

  it('should not treat the article\'s last line ending "(Reuters)" as a caption', () => {
    const last = 'The visit lasted two days, officials said. (Reuters)';
    const article = clean(`Headline\n\nThe president arrived in Moscow.\n\n${last}\n\n`);
    expect(article.captions).toEqual([]);
    expect(body(article).at(-1)).toBe(last);
  });

  it('should not treat the story\'s last line ending "(Reuters)" as a caption when widgets and a credit line follow it', () => {
    const last = 'The visit lasted two days, officials said. (Reuters)';
    const article = clean(`Headline\n\nThe president arrived in Moscow.\n\n${last}\n\nSumber: Reuters | Editor: Budi\n\nShare this article\nScroll to Top`);
    expect(article.captions).toEqual([]);
    expect(body(article)).toContain(last);
  });

  it('should keep a long paragraph ending "(Reuters)" in the body', () => {
    const long = `${'The talks went on late into the night as both sides argued over the wording. '.repeat(4)}(Reuters)`;
    const article = clean(`Headline\n\n${long}\n\nThe end.`);
    expect(article.captions).toEqual([]);
    expect(body(article)).toContain(long);
  });

  it('should leave a blank line where a caption was, so line numbers stay put', () => {
    const article = clean('Judul berita\nFoto: Antara\nIsi berita.');
    expect(article.lines).toEqual([
      { line: 1, text: 'Judul berita' },
      { line: 2, text: '' },
      { line: 3, text: 'Isi berita.' },
    ]);
  });
});

describe('cleanBoilerplate: removed lines', () => {
  it('should record every removed line with its 1-based line number and reason, in order', () => {
    const text = [
      'Judul berita', //                             1
      '', //                                         2
      'Kapal perang berlayar', //                    3
      'Kapal perang berlayar', //                    4
      'Isi berita dimulai.', //                      5
      'Baca Juga: Berita Lain', //                   6
      'Isi berita berlanjut.', //                    7
      'Read more: Another story', //                8
      'Bagikan :', //                                9
      'Scroll to Top', //                            10
    ].join('\n');
    expect(clean(text).removed).toEqual([
      { line: 4, text: 'Kapal perang berlayar', reason: 'repeated-line' },
      { line: 6, text: 'Baca Juga: Berita Lain', reason: 'teaser' },
      { line: 8, text: 'Read more: Another story', reason: 'teaser' },
      { line: 9, text: 'Bagikan :', reason: 'widget' },
      { line: 10, text: 'Scroll to Top', reason: 'widget' },
    ]);
  });

  it('should keep one source line per input line, blank or not', () => {
    const text = 'Judul\n\nBaca Juga: Lain\nIsi berita.\nFoto: Antara';
    const article = clean(text);
    const numbers = [...article.lines.map((line) => line.line), ...article.removed.map((removed) => removed.line)].sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('cleanBoilerplate on the seeds', () => {
  it.each(seedNames)('should leave no teaser or widget line in the body of %s', (name) => {
    const article = cleanSeed(name);
    expect(body(article).filter(isTeaserOrWidget)).toEqual([]);
  });

  it.each(seedNames)('should leave no caption or repeated line in the body of %s', (name) => {
    const article = cleanSeed(name);
    const lines = body(article);
    for (const caption of article.captions) expect(lines).not.toContain(caption);
    const keys = lines.map((line) => line.toLowerCase().replace(/\s+/g, ' '));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(seedNames)('should keep teaser, widget and duplicated caption lines out of the output of %s', (name) => {
    const article = ingest(name);
    const output = allOutput(article);
    for (const text of output) {
      expect(isTeaserOrWidget(text)).toBe(false);
      expect(text).not.toMatch(/^Baca\s+juga\b/i);
      expect(text).not.toMatch(/^MEMBACA\b/);
    }
    expect(new Set(article.captions).size).toBe(article.captions.length);
  });

  it.each(['Punya Asam Urat', 'Kapal Perang AS Dan Kanada Berlayar Melalui Selat Taiwan', 'Belanda Mengizinkan Ukraina Menggunakan F-16'])(
    'should keep the teaser headline "%s" out of every title, caption and paragraph',
    (headline) => {
      for (const name of seedNames) {
        for (const text of allOutput(ingest(name))) expect(text).not.toContain(headline);
      }
    },
  );

  it('should remove the "Bagikan" and "Scroll to Top" widgets of seed 003', () => {
    const name = seedNames.find((seed) => seed.startsWith('003_')) ?? '';
    const article = ingest(name);
    expect(article.removed).toEqual(
      expect.arrayContaining([
        { line: 42, text: 'Bagikan :', reason: 'widget' },
        { line: 43, text: 'Scroll to Top', reason: 'widget' },
      ]),
    );
    for (const seed of seedNames) {
      for (const text of allOutput(ingest(seed))) {
        expect(text).not.toContain('Scroll to Top');
        expect(text).not.toMatch(/^Bagikan\b/);
      }
    }
  });

  it('should record the three teasers of seed 003 with their line numbers', () => {
    const name = seedNames.find((seed) => seed.startsWith('003_')) ?? '';
    const teasers = cleanSeed(name).removed.filter((removed) => removed.reason === 'teaser');
    expect(teasers.map((removed) => removed.line)).toEqual([12, 24, 36]);
  });

  it('should keep the repeated photo line of seed 003 once, as a caption', () => {
    const name = seedNames.find((seed) => seed.startsWith('003_')) ?? '';
    const article = ingest(name);
    expect(article.captions).toEqual(['Korea Utara kirim senjata untuk Rusia']);
    expect(article.removed).toContainEqual({ line: 4, text: 'Korea Utara kirim senjata untuk Rusia', reason: 'repeated-line' });
    expect(article.paragraphs.map((paragraph) => paragraph.text)).not.toContain('Korea Utara kirim senjata untuk Rusia');
  });

  it('should keep the Getty Images line of seed 001 as a caption, not a paragraph', () => {
    const name = seedNames.find((seed) => seed.startsWith('001_')) ?? '';
    const article = ingest(name);
    const getty = article.captions.filter((caption) => caption.endsWith('melalui Getty Images'));
    expect(getty).toHaveLength(1);
    expect(getty[0]).toMatch(/^Pemimpin Korea Utara Kim Jong-Un \(kiri\) berjabat tangan/);
    expect(article.paragraphs.some((paragraph) => paragraph.text.includes('Getty Images'))).toBe(false);
  });

  it('should remove the upper-case MEMBACA teaser of seed 001', () => {
    const name = seedNames.find((seed) => seed.startsWith('001_')) ?? '';
    expect(cleanSeed(name).removed).toEqual([
      { line: 25, text: 'MEMBACA  Belanda Mengizinkan Ukraina Menggunakan F-16 Secara Bebas untuk Melawan Invasi Rusia', reason: 'teaser' },
    ]);
  });
});
