// Segment stage: groups body lines into paragraphs and splits each paragraph
// into sentences with offsets, so later stages can cite a sentence exactly.
import { NON_TERMINAL_ABBREVIATIONS } from '../lang/abbreviations.ts';
import type { ArticleWithMeta, Language, Paragraph, SegmentedArticle, Sentence, SourceLine } from './types.ts';

// Both lists apply to every article: Indonesian news quotes English names and
// titles ("Mr.", "U.S.") and English wires carry Indonesian ones ("Jl.", "H.").
// A period that ends an abbreviation is far more often mid-sentence than final.
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...NON_TERMINAL_ABBREVIATIONS.id,
  ...NON_TERMINAL_ABBREVIATIONS.en,
]);

const TERMINATORS = new Set(['.', '!', '?', '…']);
/** Marks that may follow the terminator and still belong to the sentence. */
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']']);
/** Marks that may precede an abbreviation, e.g. "(Jr." or "“Dr.". */
const OPENERS = /^[“"‘'([]+/u;
/** What the next sentence may start with. */
const SENTENCE_START = /^[\p{Lu}\p{Lt}\p{Nd}“"‘'(]$/u;
const INITIAL = /^\p{Lu}$/u;
/** The characters `\s` matches, one UTF-16 unit each. */
const SPACES: ReadonlySet<string> = new Set([...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))]);
/** Where a sentence may end: the next terminator at or after `lastIndex`. */
const TERMINATOR = /[.!?…]/g;

function isSpace(ch: string): boolean {
  return SPACES.has(ch);
}

/** The whole code point at `index`, so an astral capital is tested as one letter. */
function codePointAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * Whether the single period at `dot` belongs to an abbreviation or an initial
 * rather than ending the sentence. The token is the run of non-space
 * characters before the period, so internal periods ("U.S", "Ph.D") are kept.
 * Trade-off: a listed abbreviation followed by a capitalized word is never a
 * split ("The U.S. Army"), so "… in the U.S. The …" stays one sentence; news
 * text uses these mid-sentence far more often than at a sentence end.
 */
function isNonTerminalPeriod(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && !isSpace(text.charAt(from - 1))) from--;
  const token = text.slice(from, dot).replace(OPENERS, '');
  return ABBREVIATIONS.has(token) || INITIAL.test(token);
}

/**
 * Splits paragraph text into trimmed sentences. Offsets are UTF-16 indexes
 * into `text`, so `text.slice(s.start, s.end) === s.text`; together the
 * sentences cover every non-space character in order.
 *
 * A sentence ends at a run of `.`, `!`, `?` or `…`, plus any closing quotes or
 * brackets right after it, when whitespace and then a sentence start (capital
 * letter, digit, opening quote or parenthesis) follow. Decimals ("2,5", "1.000")
 * never qualify because no whitespace follows their separator; a period before
 * a lowercase word never qualifies. A lone period after an abbreviation from
 * either language list or after a single capital letter (an initial) does not
 * end a sentence.
 *
 * `language` is accepted so callers need not change when rules diverge per
 * language; for now both languages' data applies to every text.
 */
export function segmentSentences(text: string, language: Language): Sentence[] {
  void language;
  const sentences: Sentence[] = [];

  const push = (start: number, end: number): void => {
    while (start < end && isSpace(text.charAt(start))) start++;
    while (end > start && isSpace(text.charAt(end - 1))) end--;
    if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
  };

  let from = 0;
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(text); match !== null; match = TERMINATOR.exec(text)) {
    const i = match.index;
    let end = i;
    while (end < text.length && TERMINATORS.has(text.charAt(end))) end++;
    const single = end - i === 1 && text.charAt(i) === '.';
    const dot = i;
    while (end < text.length && CLOSERS.has(text.charAt(end))) end++;
    let next = end;
    while (next < text.length && isSpace(text.charAt(next))) next++;
    const splits =
      next > end &&
      next < text.length &&
      SENTENCE_START.test(codePointAt(text, next)) &&
      !(single && isNonTerminalPeriod(text, dot));
    if (splits) {
      push(from, end);
      from = next;
    }
    TERMINATOR.lastIndex = end;
  }
  push(from, text.length);
  return sentences;
}

/** Sentence-final punctuation, with optional closers, at the end of a line. */
const ENDS_SENTENCE = /[.!?…][”"’')\]]*$/u;
const WRAP_MIN = 40;
const WRAP_MAX = 100;

/**
 * A blank-line-separated block is one hard-wrapped paragraph when it has 2+
 * lines and every line but the last is 40–100 characters long and does not end
 * with sentence-final punctuation. One-paragraph-per-line text fails this
 * because its lines are long or end with a period. Trade-off: a wrapped
 * paragraph whose line happens to break right after a sentence end is read as
 * one paragraph per line; nothing is lost but the join.
 */
function isWrappedBlock(block: readonly SourceLine[]): boolean {
  if (block.length < 2) return false;
  return block.slice(0, -1).every((line) => {
    const text = line.text.trim();
    const length = [...text].length;
    return length >= WRAP_MIN && length <= WRAP_MAX && !ENDS_SENTENCE.test(text);
  });
}

/** Consecutive non-blank lines, split at blank lines. */
function blocksOf(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Groups story lines (blank lines have text '') into paragraphs: a hard-wrapped
 * block becomes one paragraph with its lines joined by a single space; in any
 * other block each line is a paragraph. Anchors run `p1`, `p2`, … and `line` is
 * the source line where the paragraph starts.
 */
export function segmentParagraphs(lines: SourceLine[], language: Language): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const add = (text: string, line: number): void => {
    paragraphs.push({
      anchor: `p${paragraphs.length + 1}`,
      text,
      sentences: segmentSentences(text, language),
      line,
    });
  };
  for (const block of blocksOf(lines)) {
    const first = block[0];
    if (first === undefined) continue;
    if (isWrappedBlock(block)) {
      add(block.map((l) => l.text.trim()).join(' '), first.line);
    } else {
      for (const l of block) add(l.text.trim(), l.line);
    }
  }
  return paragraphs;
}

/** Replaces the article's body lines with segmented paragraphs. */
export function segmentArticle(a: ArticleWithMeta): SegmentedArticle {
  return {
    seed: a.seed,
    seedSha256: a.seedSha256,
    encoding: a.encoding,
    captions: a.captions,
    removed: a.removed,
    meta: a.meta,
    consumed: a.consumed,
    dateReadings: a.dateReadings,
    paragraphs: segmentParagraphs(a.lines, a.meta.language),
  };
}
