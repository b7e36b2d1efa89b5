// Typed records that flow between the ingest stages (see DESIGN.md, "Records").
// Each stage is a pure function from one record to the next; problems found in
// content are returned as diagnostics, never thrown.
import type { DateReading } from '../lib/dates/publication-date.ts';

/** A unique ASCII article id, made from a seed file name. */
export type ArticleId = string & { readonly __brand: 'ArticleId' };

const ARTICLE_ID = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;

export function isArticleId(value: string): value is ArticleId {
  return ARTICLE_ID.test(value);
}

/** Languages the pipeline has language data for; anything else is `und`. */
export type Language = 'id' | 'en' | 'und';

export type DatePrecision = 'day' | 'month' | 'year' | 'none';

/** A problem found in content: where it is, which rule, and what was expected. */
export interface Diagnostic {
  /** Seed or content file name the message is about. */
  file: string;
  /** 1-based line in that file, when there is one. */
  line?: number;
  /** Rule id such as `ingest:decode` or `ingest:clean`. */
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface RawArticle {
  /** Seed file name, relative to the seeds folder. */
  seed: string;
  bytes: Uint8Array;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedArticle {
  seed: string;
  seedSha256: string;
  encoding: Encoding;
  text: string;
}

export interface NormalizedArticle {
  seed: string;
  seedSha256: string;
  encoding: Encoding;
  /** NFC text with LF line ends, no control or bidi characters, no trailing spaces. */
  text: string;
}

/** Why a line of the seed is not part of the story body. */
export type RemovalReason = 'teaser' | 'widget' | 'repeated-line';

export interface RemovedLine {
  /** 1-based line number in the normalized text. */
  line: number;
  text: string;
  reason: RemovalReason;
}

/** One line of the seed kept by cleaning, with its place in the source. */
export interface SourceLine {
  /** 1-based line number in the normalized text. */
  line: number;
  text: string;
}

export interface CleanArticle {
  seed: string;
  seedSha256: string;
  encoding: Encoding;
  /** Story lines and blank lines (text ''), in order. */
  lines: SourceLine[];
  /** Photo captions and credits, kept out of the body. */
  captions: string[];
  removed: RemovedLine[];
}

export interface ArticleMeta {
  title: string;
  titleDerived: boolean;
  outlet: string | null;
  originalSource: string | null;
  editor: string | null;
  dateline: string | null;
  language: Language;
  /** ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` according to `datePrecision`. */
  published: string | null;
  datePrecision: DatePrecision;
  dateInferred: boolean;
}

/** The clean article with its metadata lines consumed and its metadata read. */
export interface ArticleWithMeta extends Omit<CleanArticle, 'lines'> {
  meta: ArticleMeta;
  /** Body lines left after title and credit lines were taken out. */
  lines: SourceLine[];
  /** Lines taken out as metadata (title, credit, outlet marker), for the report. */
  consumed: SourceLine[];
  /** What the date rules read in the first lines: the publication date of any day (the ingest cache keeps them). */
  dateReadings: readonly DateReading[];
}

export interface Sentence {
  /** Offset of the first character in the paragraph text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  text: string;
}

export interface Paragraph {
  /** Stable anchor: `p1`, `p2`, … in reading order. */
  anchor: string;
  text: string;
  sentences: Sentence[];
  /** 1-based line in the normalized seed text where the paragraph starts. */
  line: number;
}

export interface SegmentedArticle extends Omit<ArticleWithMeta, 'lines'> {
  paragraphs: Paragraph[];
}
