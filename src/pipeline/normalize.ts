// Brings decoded text to one canonical form (NFC, LF line ends, no invisible
// control, bidi or zero-width characters) so later stages can match it literally.

import type { DecodedArticle, NormalizedArticle } from './types.ts';

// VT, FF and NEL are mandatory line breaks (UAX #14); dropping them would glue
// the words on either side together, so they become LF like U+2028/U+2029.
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;

// Runs after LINE_BREAKS and the tab rewrite, so LF is the only C0 left to keep.
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

// Bidi embeddings, overrides, isolates and marks can reorder or disguise text
// (Trojan Source); U+200B, U+2060 and U+FEFF only hide word boundaries; the soft
// hyphen is a rendering hint. ZWNJ/ZWJ (U+200C/U+200D) stay: they change how
// Indic and Persian words and emoji sequences render.
const INVISIBLES = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

// Every space separator (NBSP, U+202F, U+2000–U+200A, U+3000, …) reads as a
// plain space, and matching later is simpler with just one kind. All of them are in
// the Basic Multilingual Plane, so they are listed here as a class of UTF-16 units,
// taken from the runtime's own `\p{Zs}`, which the one pass below joins to the others.
const SPACES = new RegExp(`[${spaceSeparators()}]`, 'g');

function spaceSeparators(): string {
  const zs = /^\p{Zs}$/u;
  let units = '';
  for (let code = 0; code <= 0xffff; code++) {
    const unit = String.fromCharCode(code);
    if (zs.test(unit)) units += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return units;
}

/** A class's inside: `[\u000B…]` → `\u000B…`. */
const inside = (pattern: RegExp): string => pattern.source.replace(/^.*?\[(.*)\]$/, '$1');

/**
 * The four replacements above in one pass: each maps single characters (or CR LF) and
 * none of them produces what a later one would change (LF is not a control here, a
 * space stays a space), so applying them together gives what applying them in turn does.
 * A plain space is left out: it would be replaced by itself. CR LF, then one class of
 * every single character to change (a lone CR, VT and FF are controls too, and a tab:
 * `replacement` tells them apart), which the engine scans for far faster than an
 * alternation.
 */
const ANY_CHANGE = new RegExp(`\\r\\n|[\\r\\t${inside(LINE_BREAKS)}${inside(CONTROLS)}${inside(INVISIBLES)}${inside(SPACES).replace('\\u0020', '')}]`, 'g');

function replacement(match: string): string {
  if (match === '\t') return ' ';
  if (LINE_BREAK_TEST.test(match)) return '\n';
  if (CONTROL_TEST.test(match) || INVISIBLE_TEST.test(match)) return '';
  return ' ';
}
const LINE_BREAK_TEST = new RegExp(`^(?:${LINE_BREAKS.source})$`);
const CONTROL_TEST = new RegExp(`^${CONTROLS.source}$`);
const INVISIBLE_TEST = new RegExp(`^${INVISIBLES.source}$`);

export function normalizeText(text: string): string {
  const cleaned = text
    .replace(ANY_CHANGE, replacement)
    // NFC last: removing a character between a base and its combining mark
    // can leave a pair that only now composes.
    .normalize('NFC');
  // Spaces ending a line, then blank lines at either end (the text has no CR left, so
  // ` +\n` and a final ` +` are what `/ +$/gm` finds, at a fraction of its cost).
  let end = cleaned.length;
  while (end > 0 && cleaned.charCodeAt(end - 1) === 0x20) end--;
  const trimmed = cleaned.slice(0, end).replace(/ +\n/g, '\n');
  let first = 0;
  while (trimmed.charCodeAt(first) === 0x0a) first++;
  let last = trimmed.length;
  while (last > first && trimmed.charCodeAt(last - 1) === 0x0a) last--;
  return trimmed.slice(first, last).replace(/\n{3,}/g, '\n\n');
}

export function normalizeArticle(a: DecodedArticle): NormalizedArticle {
  return { seed: a.seed, seedSha256: a.seedSha256, encoding: a.encoding, text: normalizeText(a.text) };
}
