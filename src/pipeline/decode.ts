// Turns a seed file's raw bytes into text, detecting its encoding, and skips
// files that are empty, too large or not text with a diagnostic instead of throwing.

import { hash } from 'node:crypto';
import iconv from 'iconv-lite';
import type { DecodedArticle, Diagnostic, Encoding, RawArticle } from './types.ts';

/** Seeds are news articles; anything near this size is almost surely not one. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; article: DecodedArticle } | { ok: false; diagnostic: Diagnostic };

export interface DecodeOptions {
  maxBytes?: number;
}

export function sha256Hex(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex');
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

// Checked before any decoding: a renamed image or archive can still be valid
// UTF-8 or Windows-1252 byte for byte, so the ratio test alone would miss some.
const BINARY_SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
];

/** Share of C0 control characters above which a file is taken to be binary. */
const MAX_CONTROL_RATIO = 0.01;

// C0 controls that plain text legitimately contains are tab, LF, FF and CR.
const UNEXPECTED_C0 = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const strictUtf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const strictUtf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** The warning for a seed larger than `maxBytes` (ingest reads its size without loading it). */
export function oversizeDiagnostic(seed: string, size: number, maxBytes: number): Diagnostic {
  return { file: seed, ruleId: 'ingest:decode', severity: 'warning', message: `Unexpected file size of ${size} bytes in \`${seed}\`, expected at most ${maxBytes} bytes` };
}

export function decodeBytes(raw: RawArticle, options: DecodeOptions = {}): DecodeResult {
  const { seed, bytes } = raw;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const skip = (message: string, line?: number): DecodeResult => ({
    ok: false,
    diagnostic: {
      file: seed,
      ...(line === undefined ? {} : { line }),
      ruleId: 'ingest:decode',
      severity: 'warning',
      message,
    },
  });

  if (bytes.length === 0) {
    return skip(`Unexpected empty file \`${seed}\` (0 bytes), expected article text`);
  }
  if (bytes.length > maxBytes) return { ok: false, diagnostic: oversizeDiagnostic(seed, bytes.length, maxBytes) };
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) {
    return skip(`Unexpected ${signature.name} signature at the start of \`${seed}\`, expected a text file`);
  }

  let encoding: Encoding;
  let text: string;
  if (startsWith(bytes, UTF8_BOM)) {
    encoding = 'utf-8-bom';
    const decoded = tryDecode(strictUtf8, bytes.subarray(UTF8_BOM.length));
    if (decoded === null) {
      return skip(`Unexpected invalid UTF-8 byte sequence in \`${seed}\`, expected UTF-8 after its byte order mark`);
    }
    text = decoded;
  } else if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
    // UTF-16 text is full of NUL bytes, so it has to be recognised before the NUL check.
    const littleEndian = startsWith(bytes, UTF16LE_BOM);
    encoding = littleEndian ? 'utf-16le' : 'utf-16be';
    const decoded = tryDecode(littleEndian ? strictUtf16le : strictUtf16be, bytes.subarray(2));
    if (decoded === null) {
      return skip(
        `Unexpected invalid ${littleEndian ? 'UTF-16 LE' : 'UTF-16 BE'} byte sequence in \`${seed}\`, ` +
          'expected an even number of bytes forming valid UTF-16 text',
      );
    }
    text = decoded;
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      return skip(
        `Unexpected NUL byte at offset ${nul} in \`${seed}\`, expected a text file ` +
          '(UTF-16 needs a byte order mark)',
        lineAtOffset(bytes, nul),
      );
    }
    const decoded = tryDecode(strictUtf8, bytes);
    if (decoded === null) {
      encoding = 'windows-1252';
      text = decodeWindows1252(bytes);
    } else {
      encoding = 'utf-8';
      text = decoded;
    }
  }

  if (text.length === 0) {
    return skip(`Unexpected empty file \`${seed}\` (only a byte order mark), expected article text`);
  }
  if (text.trim() === '') {
    return skip(`Unexpected whitespace-only file \`${seed}\`, expected article text`);
  }
  const controls = text.match(UNEXPECTED_C0)?.length ?? 0;
  if (controls / text.length > MAX_CONTROL_RATIO) {
    const percent = ((controls / text.length) * 100).toFixed(1);
    return skip(
      `Unexpected ${controls} control characters (${percent}% of ${text.length}) in \`${seed}\`, ` +
        `expected a text file with at most ${MAX_CONTROL_RATIO * 100}%`,
    );
  }

  return { ok: true, article: { seed, seedSha256: sha256Hex(bytes), encoding, text } };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

// iconv-lite turns the five bytes Windows-1252 leaves undefined (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) into U+FFFD; WHATWG maps them to the C1 control of the
// same value instead, which normalize then drops, so no U+FFFD reaches the text.
// The codec is single-byte and BMP-only, so character i always comes from byte i.
function decodeWindows1252(bytes: Uint8Array): string {
  const text = iconv.decode(bytes, 'windows-1252');
  if (!text.includes('\uFFFD')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    out += ch === '\uFFFD' ? String.fromCharCode(bytes[i] ?? 0xfffd) : ch;
  }
  return out;
}
