// The fast language detector must give tinyld's answer for every text: the seeds, the
// benchmark corpus, hostile lines and random text in many scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateCorpus, loadCorpusInputs } from '../../scripts/bench/corpus.ts';
import { createRandom } from '../../scripts/bench/prng.ts';
import { createFastDetector, detectTinyld, fastDetector, longestChunks } from '../../src/pipeline/language.ts';
import { detectLanguage } from '../../src/pipeline/metadata.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import { HOSTILE_LINES } from '../fixtures/hostile-lines.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tinyld = createRequire(import.meta.url)('tinyld') as { detect: (text: string) => string };

/** The text ingest detects the language of: the body lines left after metadata. */
function detectedText(seed: string, text: string | Uint8Array): string {
  const result = ingestSeed({ seed, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text }, '2026-11-22');
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
}

const seedTexts = readdirSync(`${root}seeds`)
  .sort()
  .map((seed) => readFileSync(`${root}seeds/${seed}`, 'utf8'));
const fixtureTexts = readdirSync(`${root}tests/fixtures/bench/articles`)
  .sort()
  .map((name) => readFileSync(`${root}tests/fixtures/bench/articles/${name}`, 'utf8'));
const corpus = generateCorpus(loadCorpusInputs({ seedsDir: `${root}seeds`, fixturesDir: `${root}tests/fixtures/bench` }), { count: 400, seed: 7 });
const corpusTexts = corpus.map((article) => detectedText(article.name, article.text));

/** Random text: words of several scripts, digits, punctuation of every chunk separator, odd spaces. */
function randomTexts(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const words = [
    'the', 'and', 'missile', 'shipments', 'yang', 'dan', 'rudal', 'pengiriman', 'Korea', 'Utara', 'der', 'und', 'les', 'avec', 'você', 'não', 'şehir',
    'İstanbul', 'ΑΘΗΝΑ', 'ΟΔΟΣ', 'σήμερα', 'москва', 'Россия', '北京', '東京', 'ソウル', '서울', 'القاهرة', 'दिल्ली', 'Việt', 'Nam', '🚀', 'x', 'a', 'I',
    '2024', '１２３', '10.000', '2,5', 'w', 'www', 'kg', "don't", 'it’s', 'ß', 'Æble', 'ø', 'č', 'ł', 'ğ', 'ı', 'Ö',
  ];
  const separators = [' ', ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', ', ', '. ', '; ', ': ', '! ', '? ', ' (', ') ', '"', '“', '”', '«', '»', '…', ' - ', '—', '/', '.', '[', ']', '\\', '<', '>', '{', '}', '*', '。', '、', '¿', '¡', '⋯', '《', '》', '„', '#', '%', '&', '+', '_', '~', '’'];
  return Array.from({ length: count }, () => {
    const length = random.int(0, random.chance(0.3) ? 400 : 40);
    let text = '';
    for (let i = 0; i < length; i++) text += random.pick(words) + random.pick(separators);
    return text;
  });
}

const hostileTexts = [
  HOSTILE_LINES.join('\n'),
  ...HOSTILE_LINES,
  '',
  ' ',
  '...',
  '(',
  '12345',
  'a',
  'İİİ ııı',
  'ΟΔΟΣ.Β ΑΣ',
  'x'.repeat(5000),
  'the the the the the the the the',
  'a. b. c. d. e. f. g. h. i. j.',
];

describe('detectTinyld', () => {
  it('should run the fast path with the installed tinyld (an upgrade needs language.ts checked again)', () => {
    expect(fastDetector()).not.toBeNull();
  });

  it('should give tinyld’s answer on the seeds, fixtures, the corpus, hostile and random text', () => {
    const texts = [...seedTexts, ...fixtureTexts, ...corpusTexts, ...hostileTexts, ...randomTexts(3000, 21)];
    const mismatches = texts.filter((text) => detectTinyld(text) !== tinyld.detect(text));
    expect(mismatches).toEqual([]);
  });

  it('should find the unique gram tinyld’s own first pass finds, in every chunk', () => {
    const detector = fastDetector();
    if (detector === null) throw new Error('no fast path');
    const { chunkPattern, clean, uniqueGramSlow } = detector.internals;
    const chunks = [...seedTexts, ...corpusTexts.slice(0, 100), ...hostileTexts, ...randomTexts(1500, 22)].flatMap((text) =>
      text.split(chunkPattern).map(clean).filter((chunk) => !!chunk),
    );
    expect(chunks.length).toBeGreaterThan(5000);
    for (const chunk of chunks) expect(detector.uniqueGram(chunk), JSON.stringify(chunk)).toBe(uniqueGramSlow(chunk));
  });

  it('should find the first unique gram of a model whose grams cross spaces, as tinyld’s padded scan does', () => {
    // tinyld's model has no unique gram with a space inside; this one has many.
    const random = createRandom(31);
    const letters = ['a', 'b', 'c', 'é', '\n'];
    const word = (): string => Array.from({ length: random.int(1, 3) }, (_, i) => random.pick(i === 0 ? letters.slice(0, 4) : letters)).join('');
    const uniques = new Map<string, string>();
    // Mostly grams across a space, which only a scan of the whole chunk finds; a few within a word.
    for (let i = 0; i < 80; i++) {
      const size = i < 10 ? random.int(2, 3) : random.int(3, 5);
      const text = ` ${word()} ${word()} ${word()} `;
      const start = random.int(0, text.length - size);
      const gram = text.slice(start, start + size);
      if (i >= 10 && !/\S \S|^ \S+ /.test(gram)) continue;
      uniques.set(gram, `l${i}`);
    }
    const sizes = [1, 2, 3, 4, 5];
    /** tinyld's pass 1 as written: every window of the padded chunk, none with two spaces in a row or only spaces. */
    const reference = (chunk: string): string => {
      for (const size of sizes) {
        const padded = ' '.repeat(size - 1) + chunk + ' '.repeat(size - 1);
        for (let start = 0; start + size <= padded.length; start++) {
          const gram = padded.slice(start, start + size);
          if (gram.includes('  ') || gram.trim() === '') continue;
          const lang = uniques.get(gram);
          if (lang !== undefined) return lang;
        }
      }
      return '';
    };
    const detector = createFastDetector({
      clean: (text) => text,
      chunkPattern: /[.]/,
      wordPattern: /[ ]+/,
      gramSizes: sizes,
      uniques,
      scoreWord: () => [],
      uniqueGramSlow: reference,
      detect: () => '',
    });
    let found = 0;
    for (let i = 0; i < 5000; i++) {
      const chunk = Array.from({ length: random.int(1, 6) }, word).join(' ');
      const expected = reference(chunk);
      if (expected !== '') found++;
      expect(detector.uniqueGram(chunk), JSON.stringify(chunk)).toBe(expected);
    }
    expect(found).toBeGreaterThan(500);
  });

  it('should split a text into chunks as tinyld’s pattern does', () => {
    const detector = fastDetector();
    if (detector === null) throw new Error('no fast path');
    for (const text of [...seedTexts, ...corpusTexts, ...hostileTexts, ...randomTexts(3000, 24), '', '.', '..a..', 'a.', '.a', '(a)', '\\', '[]']) {
      expect(detector.splitChunks(text), JSON.stringify(text)).toEqual(text.split(detector.internals.chunkPattern));
    }
  });

  it('should read the 7 longest clean chunks as tinyld does, cleaning only the ones that can be among them', () => {
    const detector = fastDetector();
    if (detector === null) throw new Error('no fast path');
    const { chunkPattern, clean } = detector.internals;
    for (const text of [...seedTexts, ...corpusTexts, ...hostileTexts, ...randomTexts(2000, 23)]) {
      const split = text.split(chunkPattern);
      const all = split.map(clean).filter((chunk) => !!chunk);
      all.sort((a, b) => b.length - a.length);
      expect(longestChunks(split, clean)).toEqual(all.slice(0, 7));
    }
    // On news text most pieces are never cleaned.
    let cleaned = 0;
    let pieces = 0;
    for (const text of corpusTexts) {
      const split = text.split(chunkPattern);
      pieces += split.length;
      longestChunks(split, (piece) => {
        cleaned++;
        return clean(piece);
      });
    }
    expect(cleaned).toBeLessThan(pieces / 2);
  });

  it('should map tinyld’s answer to the languages the pipeline knows', () => {
    expect(seedTexts.map((text) => detectLanguage(text))).toEqual(['id', 'id', 'id', 'id', 'id']);
    expect(detectLanguage(fixtureTexts[0] ?? '')).toBe('en');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Москва и Россия сегодня')).toBe('und');
  });
});
