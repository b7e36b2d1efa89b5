// Canonical-form rules of the normalize stage, and its idempotence on the seeds.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/pipeline/decode.ts';
import { normalizeArticle, normalizeText } from '../../src/pipeline/normalize.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('normalizeText', () => {
  it('should compose NFD input to NFC', () => {
    expect(normalizeText('Cafe\u0301')).toBe('Café');
    expect(normalizeText('Cafe\u0301')).toHaveLength(4);
  });

  it('should compose a base and mark that a removed character kept apart', () => {
    expect(normalizeText('e\u200B\u0301')).toBe('é');
  });

  it('should remove bidi overrides, isolates and marks', () => {
    expect(normalizeText('a\u202Eb\u202Cc \u2066d\u2069 e\u200Ff\u200E')).toBe('abc d ef');
  });

  it('should remove zero-width space, word joiner, BOM and soft hyphen', () => {
    expect(normalizeText('\uFEFFse\u200Bpa\u2060ra\u00ADsi\uFEFF')).toBe('separasi');
  });

  it('should keep ZWJ and ZWNJ', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(normalizeText(family)).toBe(family);
    expect(normalizeText('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645')).toContain('\u200C');
  });

  it('should turn NBSP and other space separators into plain spaces', () => {
    expect(normalizeText('Rp\u00A05\u202Fjuta\u2007dan\u2003\u3000lagi')).toBe('Rp 5 juta dan  lagi');
  });

  it('should remove NUL, ESC, DEL and C1 controls and turn tabs into spaces', () => {
    expect(normalizeText('a\u0000b\u001B[0mc\u007Fd\u0090e\tf')).toBe('ab[0mcde f');
  });

  it('should turn CRLF and CR-only line ends into LF', () => {
    expect(normalizeText('satu\r\ndua\rtiga\r\rempat')).toBe('satu\ndua\ntiga\n\nempat');
  });

  it('should turn line and paragraph separators, VT, FF and NEL into LF', () => {
    expect(normalizeText('a\u2028b\u2029c\u000Bd\u000Ce\u0085f')).toBe('a\nb\nc\nd\ne\nf');
  });

  it('should trim trailing spaces and tabs on each line but keep internal double spaces', () => {
    expect(normalizeText('Judul  utama   \nbaris\t \n  indentasi')).toBe('Judul  utama\nbaris\n  indentasi');
  });

  it('should trim leading and trailing blank lines and collapse runs of blank lines', () => {
    expect(normalizeText('\n  \n\nsatu\n\n\n\ndua\n \n \nTiga\n\n\n')).toBe('satu\n\ndua\n\nTiga');
  });

  it('should leave quotes, dashes and other text alone', () => {
    const text = '“Kutipan” — ‘satu’ – "dua" … 1.000 km²';
    expect(normalizeText(text)).toBe(text);
  });

  it('should be idempotent on tricky input', () => {
    const tricky = '\uFEFF\r\n a\u0301\u00AD\u0301 \t\u00A0\r\n\r\n\r\n\u202Eb\u200B\u0308\u2028\u2028\u2028c \u0000';
    const once = normalizeText(tricky);
    expect(normalizeText(once)).toBe(once);
  });

  it('should give what its rules applied one after the other give, on random text of the characters they touch', () => {
    // The rules, written plainly, in their order: the module applies them in one pass.
    const reference = (text: string): string =>
      text
        .replace(/\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g, '\n')
        .replace(/\t/g, ' ')
        .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '')
        .replace(/[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, '')
        .replace(/\p{Zs}/gu, ' ')
        .normalize('NFC')
        .replace(/ +$/gm, '')
        .replace(/^\n+/, '')
        .replace(/\n+$/, '')
        .replace(/\n{3,}/g, '\n\n');
    const pieces = ['a', 'b', ' ', '  ', '\n', '\r', '\r\n', '\t', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029', '\u0000', '\u001F', '\u007F', '\u009F', '\u00AD', '\u200B', '\u200D', '\u202E', '\u2066', '\uFEFF', '\u00A0', '\u1680', '\u2009', '\u202F', '\u3000', 'e\u0301', '\u0301', '\u{1F600}', '\uD800', 'İ'];
    let state = 7;
    const next = (limit: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % limit;
    };
    for (let run = 0; run < 20_000; run++) {
      let text = '';
      for (let length = next(24); length > 0; length--) text += pieces[next(pieces.length)];
      expect(normalizeText(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it.each(seeds)('should be idempotent on seed %s', (seed) => {
    const result = decodeBytes({ seed, bytes: readFileSync(`${SEEDS_DIR}${seed}`) });
    if (!result.ok) throw new Error(result.diagnostic.message);
    const once = normalizeArticle(result.article);
    expect(once).toMatchObject({ seed, seedSha256: result.article.seedSha256, encoding: result.article.encoding });
    expect(normalizeText(once.text)).toBe(once.text);
    expect(once.text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/);
    expect(once.text).not.toMatch(/[ \t]$/m);
  });
});
