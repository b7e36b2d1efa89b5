// Encoding detection and skip rules of the decode stage, on bytes built here
// and on a real seed file.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, decodeBytes, sha256Hex } from '../../src/pipeline/decode.ts';
import { normalizeArticle } from '../../src/pipeline/normalize.ts';
import type { DecodedArticle, Diagnostic, RawArticle } from '../../src/pipeline/types.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

const TEXT = 'Korea Utara mengirim “misil” ke Rusia — kata Gedung Putih’s juru bicara, Rabu (13/3).';

function raw(bytes: Uint8Array, seed = 'sample.txt'): RawArticle {
  return { seed, bytes };
}

function decoded(bytes: Uint8Array, seed?: string): DecodedArticle {
  const result = decodeBytes(raw(bytes, seed));
  if (!result.ok) throw new Error(`expected ok, got: ${result.diagnostic.message}`);
  return result.article;
}

function skipped(bytes: Uint8Array, seed = 'sample.txt', maxBytes?: number): Diagnostic {
  const result = decodeBytes(raw(bytes, seed), maxBytes === undefined ? {} : { maxBytes });
  if (result.ok) throw new Error(`expected a skip, got ${result.article.encoding} text`);
  expect(result.diagnostic).toMatchObject({ file: seed, ruleId: 'ingest:decode', severity: 'warning' });
  expect(result.diagnostic.message).toMatch(/^Unexpected .+, expected /);
  return result.diagnostic;
}

describe('decodeBytes', () => {
  it('should decode plain UTF-8 as utf-8', () => {
    const article = decoded(Buffer.from(TEXT, 'utf8'));
    expect(article.encoding).toBe('utf-8');
    expect(article.text).toBe(TEXT);
  });

  it('should strip a UTF-8 BOM and give LF text after normalizing CRLF', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Judul\r\n\r\nParagraf “satu”.\r\n', 'utf8')]);
    const article = decoded(bytes);
    expect(article.encoding).toBe('utf-8-bom');
    expect(article.text).toBe('Judul\r\n\r\nParagraf “satu”.\r\n');
    expect(normalizeArticle(article).text).toBe('Judul\n\nParagraf “satu”.');
  });

  it('should decode UTF-16 LE with a BOM and strip the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const article = decoded(bytes);
    expect(article.encoding).toBe('utf-16le');
    expect(article.text).toBe(TEXT);
  });

  it('should decode UTF-16 BE with a BOM and strip the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf16be')]);
    expect(bytes.includes(0)).toBe(true);
    const article = decoded(bytes);
    expect(article.encoding).toBe('utf-16be');
    expect(article.text).toBe(TEXT);
  });

  it('should skip UTF-16 with an odd number of bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Halo', 'utf16le'), Buffer.from([0x41])]);
    expect(skipped(bytes).message).toContain('UTF-16 LE');
  });

  it('should decode Windows-1252 curly quotes, dashes and ellipsis without U+FFFD', () => {
    const bytes = iconv.encode('“Korea Utara” – ‘test’ …', 'windows-1252');
    expect([...bytes]).toEqual([
      0x93, 0x4b, 0x6f, 0x72, 0x65, 0x61, 0x20, 0x55, 0x74, 0x61, 0x72, 0x61, 0x94, 0x20, 0x96, 0x20, 0x91, 0x74,
      0x65, 0x73, 0x74, 0x92, 0x20, 0x85,
    ]);
    const article = decoded(bytes);
    expect(article.encoding).toBe('windows-1252');
    expect(article.text).toBe('\u201CKorea Utara\u201D \u2013 \u2018test\u2019 \u2026');
  });

  it('should fall back to Windows-1252 for invalid UTF-8', () => {
    const bytes = Buffer.from([...Buffer.from('Caf'), 0xe9, 0x20, 0x80, 0x35, 0x20, 0x97, 0x20, 0x6f, 0x6b]);
    const article = decoded(bytes);
    expect(article.encoding).toBe('windows-1252');
    expect(article.text).toBe('Café €5 — ok');
  });

  it('should map bytes undefined in Windows-1252 to C1 controls rather than U+FFFD', () => {
    const bytes = Buffer.from([...Buffer.from('abc '), 0x81, 0x8d, 0x8f, 0x90, 0x9d, ...Buffer.from(' def')]);
    const article = decoded(bytes);
    expect(article.encoding).toBe('windows-1252');
    expect(article.text).not.toContain('\uFFFD');
    expect(normalizeArticle(article).text).toBe('abc  def');
  });

  it('should skip an empty file with a message naming the file', () => {
    const diagnostic = skipped(new Uint8Array(0), '007_empty.txt');
    expect(diagnostic.message).toContain('007_empty.txt');
    expect(diagnostic.message).toContain('empty');
  });

  it('should skip a file holding only a BOM', () => {
    expect(skipped(Buffer.from([0xef, 0xbb, 0xbf]), 'bom.txt').message).toContain('bom.txt');
    expect(skipped(Buffer.from([0xff, 0xfe]), 'bom16.txt').message).toContain('bom16.txt');
  });

  it('should skip a whitespace-only file with a message naming the file', () => {
    const diagnostic = skipped(Buffer.from(' \r\n\t\n  \u00A0\n', 'utf8'), '008_blank.txt');
    expect(diagnostic.message).toContain('008_blank.txt');
    expect(diagnostic.message).toContain('whitespace-only');
  });

  it('should skip a file with NUL bytes and give the line of the first one', () => {
    const diagnostic = skipped(Buffer.from('line one\nline\u0000two\n', 'utf8'));
    expect(diagnostic.message).toContain('NUL byte');
    expect(diagnostic.line).toBe(2);
  });

  it('should skip UTF-16 without a BOM as NUL bytes', () => {
    expect(skipped(Buffer.from('Halo dunia', 'utf16le')).message).toContain('NUL byte');
  });

  it('should skip a PNG file by its signature', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    expect(skipped(png, 'photo.txt').message).toContain('PNG image');
  });

  it('should skip PDF, ZIP, GZIP and JPEG files by their signatures', () => {
    expect(skipped(Buffer.from('%PDF-1.7\nrest of it')).message).toContain('PDF');
    expect(skipped(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])).message).toContain('ZIP');
    expect(skipped(Buffer.from([0x1f, 0x8b, 0x08, 0x00])).message).toContain('GZIP');
    expect(skipped(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])).message).toContain('JPEG');
  });

  it('should skip text with a high share of control characters', () => {
    const bytes = Buffer.from(`${'teks biasa '.repeat(5)}\u001b\u0001\u0002`, 'utf8');
    expect(skipped(bytes).message).toContain('control characters');
  });

  it('should accept a stray control character in a long text', () => {
    const text = `${'Paragraf yang panjang sekali. '.repeat(20)}\u001b`;
    expect(decoded(Buffer.from(text, 'utf8')).text).toBe(text);
  });

  it('should skip a file larger than maxBytes and say its size and the limit', () => {
    const diagnostic = skipped(Buffer.from('x'.repeat(101)), 'big.txt', 100);
    expect(diagnostic.message).toContain('101 bytes');
    expect(diagnostic.message).toContain('100 bytes');
    expect(decodeBytes(raw(Buffer.from('x'.repeat(100))), { maxBytes: 100 }).ok).toBe(true);
  });

  it('should default the size limit to 5 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(5 * 1024 * 1024);
  });

  it('should decode a real seed file as utf-8 with the SHA-256 of its bytes', () => {
    const seed = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort()[0];
    if (seed === undefined) throw new Error(`no seed files in ${SEEDS_DIR}`);
    const bytes = readFileSync(`${SEEDS_DIR}${seed}`);
    const article = decoded(bytes, seed);
    expect(article.seed).toBe(seed);
    expect(article.encoding).toBe('utf-8');
    expect(article.text).toBe(bytes.toString('utf8'));
    expect(article.seedSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(sha256Hex(bytes)).toMatch(/^[0-9a-f]{64}$/);
  });
});
