// Clean: drops publisher boilerplate (teasers, widgets, repeated lines) and sets
// photo captions aside, so later stages read only the story. Rules are data in
// src/lang/boilerplate.ts; this module only applies them.
import {
  CAPTION_PATTERNS,
  CREDIT_CAPTION_MAX_WORDS,
  CREDIT_CAPTION_PATTERN,
  REPEATED_CAPTION_MAX_WORDS,
  TEASER_PATTERNS,
  WIDGET_PATTERNS,
} from '../lang/boilerplate.ts';
import { EDITOR_LINE, ORIGINAL_LINE, SOURCE_LINE } from '../lang/credits.ts';
import type { CleanArticle, NormalizedArticle, RemovedLine, SourceLine } from './types.ts';

/** Words of a line: its runs of non-space characters. */
const wordCount = (text: string): number => text.match(/\S+/g)?.length ?? 0;
const endsLikeSentence = (text: string): boolean => /[.!?…]["”’')\]]*$/.test(text);

/**
 * Key under which two lines count as "the same line": case and spacing ignored. The
 * text is already trimmed; lower-casing adds no space, so the order of the steps does
 * not matter, and the root locale lower-cases as `toLowerCase` does.
 */
const lineKey = (trimmed: string): string => (/\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();

type LineKind = 'blank' | 'teaser' | 'widget' | 'text';

function lineKind(trimmed: string): LineKind {
  if (trimmed === '') return 'blank';
  if (TEASER_PATTERNS.some((pattern) => pattern.test(trimmed))) return 'teaser';
  if (WIDGET_PATTERNS.some((pattern) => pattern.test(trimmed))) return 'widget';
  return 'text';
}
const isCreditLine = (text: string): boolean => [SOURCE_LINE, ORIGINAL_LINE, EDITOR_LINE].some((pattern) => pattern.test(text));

export function cleanBoilerplate(article: NormalizedArticle): CleanArticle {
  const source = article.text.split('\n');
  const trimmedLines = source.map((text) => text.trim());
  const kinds = trimmedLines.map(lineKind);
  // The story's last line: widgets and credit lines printed after it do not count.
  let lastStoryLine = -1;
  for (let index = trimmedLines.length - 1; index >= 0; index--) {
    if (kinds[index] === 'text' && !isCreditLine(trimmedLines[index] ?? '')) {
      lastStoryLine = index;
      break;
    }
  }
  const removed: RemovedLine[] = [];
  const captions: string[] = [];
  const lines: SourceLine[] = [];
  const seen = new Map<string, number>(); // line key → index in `lines`

  trimmedLines.forEach((trimmed, index) => {
    const line = index + 1;
    const kind = kinds[index];
    if (kind === 'blank') {
      lines.push({ line, text: '' });
      return;
    }
    if (kind === 'teaser' || kind === 'widget') {
      removed.push({ line, text: trimmed, reason: kind });
      return;
    }
    const key = lineKey(trimmed);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      removed.push({ line, text: trimmed, reason: 'repeated-line' });
      const first = lines[earlier];
      // A short unpunctuated line printed twice is a caption and its alt text.
      if (first && first.text !== '' && wordCount(trimmed) <= REPEATED_CAPTION_MAX_WORDS && !endsLikeSentence(trimmed)) {
        captions.push(first.text);
        lines[earlier] = { line: first.line, text: '' };
      }
      return;
    }
    const isCaption =
      CAPTION_PATTERNS.some((pattern) => pattern.test(trimmed)) ||
      (index !== lastStoryLine && CREDIT_CAPTION_PATTERN.test(trimmed) && wordCount(trimmed) <= CREDIT_CAPTION_MAX_WORDS);
    if (isCaption) {
      captions.push(trimmed);
      lines.push({ line, text: '' });
      return;
    }
    seen.set(key, lines.length);
    lines.push({ line, text: trimmed });
  });

  return {
    seed: article.seed,
    seedSha256: article.seedSha256,
    encoding: article.encoding,
    lines,
    captions: [...new Set(captions)],
    removed,
  };
}
