// Choosing among overlapping matches in a sentence, and citing a span of it: shared
// by the extractors that find names by several rules at once.
import type { SentenceInput, TextRef } from '../types.ts';

export interface Span {
  start: number;
  end: number;
}

/**
 * The longest matches that do not overlap, in reading order. `tieBreak` orders
 * matches of equal length (which rule wins); earlier ones win after that.
 */
export function longestNonOverlapping<T extends Span>(spans: readonly T[], tieBreak: (a: T, b: T) => number = () => 0): T[] {
  const ordered = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || tieBreak(a, b) || a.start - b.start);
  const chosen: T[] = [];
  for (const span of ordered) {
    if (chosen.some((c) => span.start < c.end && span.end > c.start)) continue;
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** A span of the sentence (offsets in the sentence) as a reference into its paragraph. */
export function sentenceRef(input: SentenceInput, span: Span): TextRef {
  return { article: input.article, paragraph: input.paragraph, sentence: input.sentence, start: input.offset + span.start, end: input.offset + span.end };
}
