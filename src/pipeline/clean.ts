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

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const endsLikeSentence = (text: string): boolean => /[.!?…]["”’')\]]*$/.test(text);

/** Key under which two lines count as "the same line": case and spacing ignored. */
const lineKey = (text: string): string => text.toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();

const isBoilerplate = (text: string): boolean =>
  TEASER_PATTERNS.some((pattern) => pattern.test(text)) || WIDGET_PATTERNS.some((pattern) => pattern.test(text));
const isCreditLine = (text: string): boolean => [SOURCE_LINE, ORIGINAL_LINE, EDITOR_LINE].some((pattern) => pattern.test(text));

export function cleanBoilerplate(article: NormalizedArticle): CleanArticle {
  const source = article.text.split('\n');
  // The story's last line: widgets and credit lines printed after it do not count.
  const lastStoryLine = source.reduce((last, text, index) => {
    const trimmed = text.trim();
    return trimmed && !isBoilerplate(trimmed) && !isCreditLine(trimmed) ? index : last;
  }, -1);
  const removed: RemovedLine[] = [];
  const captions: string[] = [];
  const lines: SourceLine[] = [];
  const seen = new Map<string, number>(); // line key → index in `lines`

  source.forEach((text, index) => {
    const line = index + 1;
    const trimmed = text.trim();
    if (trimmed === '') {
      lines.push({ line, text: '' });
      return;
    }
    if (TEASER_PATTERNS.some((pattern) => pattern.test(trimmed))) {
      removed.push({ line, text: trimmed, reason: 'teaser' });
      return;
    }
    if (WIDGET_PATTERNS.some((pattern) => pattern.test(trimmed))) {
      removed.push({ line, text: trimmed, reason: 'widget' });
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
      (index !== lastStoryLine && wordCount(trimmed) <= CREDIT_CAPTION_MAX_WORDS && CREDIT_CAPTION_PATTERN.test(trimmed));
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
