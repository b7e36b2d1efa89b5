// Finds an article's publication date in its first lines (title, dateline, lede), as
// precise as the text supports and never invented (DESIGN.md, "Honest precision").
import type { DatePrecision } from '../../pipeline/types.ts';
import { DAY_ORDINAL_SUFFIXES, monthNames, monthNumber, weekdayNames, weekdayNumber } from '../../lang/calendar.ts';

export interface PublicationDate {
  /** `YYYY-MM-DD` or `YYYY-MM` according to `precision`, or null when none was found. */
  published: string | null;
  precision: DatePrecision;
  /** True when the year was not printed but pinned from a weekday. */
  inferred: boolean;
  /** 0-based index into the lines passed in of the line the date came from. */
  line?: number;
}

/** How far back a weekday may pin the year: the Gregorian weekday cycle is 28 years. */
const MAX_YEARS_BACK = 28;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * A UTC Date for a calendar day. Date.UTC reads years 0–99 as 1900–1999, so those
 * are set again with setUTCFullYear to keep the calendar math exact.
 */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year >= 0 && year < 100) date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** True when year-month-day is a real Gregorian day (no 31 Februari, 29 Feb only in leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = utcDate(year, month, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

interface Day {
  year: number;
  month: number;
  day: number;
  iso: string;
}

/** Reads `today`; a malformed one is the caller's bug, not a content problem, so it throws. */
function parseToday(today: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(today);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (match === null || !isValidDate(year, month, day)) {
    throw new RangeError(`expected today as an ISO date YYYY-MM-DD, got ${JSON.stringify(today)}`);
  }
  return { year, month, day, iso: today };
}

/**
 * The latest year Y such that Y-month-day falls on `weekday` (0 = Sunday) and is not
 * after `today`, searching back at most 28 years; null when there is none (or the
 * month and day never exist, such as 31/4). News names the weekday of a recent day
 * without its year, so the most recent match is the reading the writer meant.
 */
export function resolveWeekdayYear(month: number, day: number, weekday: number, today: string): number | null {
  const now = parseToday(today);
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) return null;
  for (let year = now.year; year >= now.year - MAX_YEARS_BACK; year -= 1) {
    if (!isValidDate(year, month, day)) continue;
    if (isoDay(year, month, day) > now.iso) continue;
    if (utcDate(year, month, day).getUTCDay() === weekday) return year;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Patterns, built from the calendar data so no language is written into them.

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Alternation of words, longest first so `Sept` wins over `Sep`, any apostrophe form allowed. */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((word) => escapeRegExp(word).replace(/'/gu, "['\u2018\u2019`]"))
    .join('|');
}

/** Word edges that work for any script (`\b` only knows ASCII letters). */
const START = String.raw`(?<![\p{L}\p{N}_])`;
const END = String.raw`(?![\p{L}\p{N}_])`;
/** Number edges: not inside a longer number or a longer slash/dash/dot sequence. */
const NUM_START = String.raw`(?<![\p{N}]|[\p{N}][\-\/.])`;
const NUM_END = String.raw`(?![\p{N}]|[\-\/.][\p{N}])`;

const MONTH = String.raw`(?<monthName>${alternation(monthNames())})${END}\.?`;
const WEEKDAY = String.raw`(?<weekday>${alternation(weekdayNames())})${END}\.?`;
const DAY = String.raw`(?<day>\d{1,2})(?:${alternation(DAY_ORDINAL_SUFFIXES)})?${END}`;
const YEAR = String.raw`(?<year>\d{4})${END}`;
/** What joins a weekday to its date: `Jumat, 13 …`, `Jumat (13 …`, `Friday October …`. */
const JOIN = String.raw`(?:\s*[,(]\s*|\s+)`;

type Kind = 'explicit' | 'inferred' | 'month';

interface Rule {
  kind: Kind;
  pattern: RegExp;
  /** What every match of the rule contains: a line without it is not searched by the rule. */
  gate: RegExp;
}

/** A month's name as a word's end (every match of a rule with MONTH holds one). */
const MONTH_GATE = new RegExp(`(?:${alternation(monthNames())})${END}`, 'iu');
/** A digit, a date separator and a digit (every match of a numeric rule holds one). */
const NUMERIC_GATE = /\d[\-\/.]\d/u;

const rule = (kind: Kind, source: string, gate: RegExp): Rule => ({ kind, pattern: new RegExp(source, 'giu'), gate });

/**
 * In priority order: every span a rule matches, valid or not, is masked from the
 * rules after it, so `31 Februari 2024` does not fall back to `Februari 2024` and
 * `Jumat, 13 Oktober 2023` is not read again as a weekday-inferred date.
 *
 * Numeric dates are read day/month/year, as written in Indonesia and most of the
 * world; month/day/year (US) is never tried, so `01/22/2024` is rejected rather
 * than guessed. A four-digit year first (`2024-01-22`, `2024/01/22`) is always y-m-d.
 */
const RULES: readonly Rule[] = [
  // 2024-01-22, 2024/1/22
  rule('explicit', String.raw`${NUM_START}(?<year>\d{4})(?<sep>[\-\/.])(?<monthNum>\d{1,2})\k<sep>(?<day>\d{1,2})${NUM_END}`, NUMERIC_GATE),
  // 22/01/2024, 22-01-2024, 22.01.2024
  rule('explicit', String.raw`${NUM_START}(?<day>\d{1,2})(?<sep>[\-\/.])(?<monthNum>\d{1,2})\k<sep>(?<year>\d{4})${NUM_END}`, NUMERIC_GATE),
  // 22 Januari 2024, 22 Jan. 2024, 22nd January, 2024
  rule('explicit', String.raw`${START}${DAY}\s*${MONTH},?\s*${YEAR}`, MONTH_GATE),
  // January 22, 2024, Jan. 22 2024
  rule('explicit', String.raw`${START}${MONTH}\s*${DAY}(?:,\s*|\s+)${YEAR}`, MONTH_GATE),
  // Jumat (13 Oktober), Jumat, 13 Oktober, Friday 13 October
  rule('inferred', String.raw`${START}${WEEKDAY}${JOIN}${DAY}\s*${MONTH}`, MONTH_GATE),
  // Friday (Oct. 13), Friday, October 13
  rule('inferred', String.raw`${START}${WEEKDAY}${JOIN}${MONTH}\s*${DAY}`, MONTH_GATE),
  // Jumat (13/10), Jumat, 13/10: day/month as above
  rule('inferred', String.raw`${START}${WEEKDAY}${JOIN}(?<day>\d{1,2})\/(?<monthNum>\d{1,2})${NUM_END}`, NUMERIC_GATE),
  // Januari 2024, January 2024
  rule('month', String.raw`${START}${MONTH},?\s*${YEAR}`, MONTH_GATE),
];

const RANK: Readonly<Record<Kind, number>> = { explicit: 0, inferred: 1, month: 2 };

/**
 * What a rule read in a line, before today is known: its kind, where it stands and its
 * numbers. Whether it is a date, and which, depends on today (a printed date after
 * today is refused; a weekday pins the latest year not after today): publicationDateOf
 * decides that, so a reading kept from an earlier run gives the date of any other day
 * (src/pipeline/run-ingest.ts keeps them in the ingest cache).
 */
export interface DateReading {
  kind: Kind;
  /** 0-based index of its line among the lines read. */
  line: number;
  /** Offset in the line. */
  index: number;
  year: number | null;
  month: number;
  day: number | null;
  weekday: number | null;
}

const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isCountOrNull = (value: unknown): boolean => value === null || isCount(value);

/** Whether a value read back (from the ingest cache's JSON) has a reading's shape. */
export function isDateReading(value: unknown): value is DateReading {
  if (typeof value !== 'object' || value === null) return false;
  const reading = value as Record<string, unknown>;
  return (
    typeof reading['kind'] === 'string' && Object.hasOwn(RANK, reading['kind']) &&
    isCount(reading['line']) && isCount(reading['index']) && isCount(reading['month']) &&
    isCountOrNull(reading['year']) && isCountOrNull(reading['day']) && isCountOrNull(reading['weekday'])
  );
}

function monthOf(groups: Readonly<Record<string, string | undefined>>): number | null {
  if (groups['monthName'] !== undefined) return monthNumber(groups['monthName']);
  if (groups['monthNum'] !== undefined) return Number(groups['monthNum']);
  return null;
}

/** The numbers of a match; null when it names no month it knows. */
function readingOf(kind: Kind, groups: Readonly<Record<string, string | undefined>>, line: number, index: number): DateReading | null {
  const month = monthOf(groups);
  if (month === null) return null;
  return {
    kind,
    line,
    index,
    year: groups['year'] === undefined ? null : Number(groups['year']),
    month,
    day: groups['day'] === undefined ? null : Number(groups['day']),
    weekday: groups['weekday'] === undefined ? null : weekdayNumber(groups['weekday']),
  };
}

/** The date a reading stands for, or null when it is impossible, in the future or unpinnable. */
function dateOf({ kind, year, month, day, weekday }: DateReading, today: Day): string | null {
  switch (kind) {
    case 'explicit': {
      if (year === null || day === null || !isValidDate(year, month, day)) return null;
      // A printed date after today cannot be when the article appeared (a deadline, a plan).
      const iso = isoDay(year, month, day);
      return iso <= today.iso ? iso : null;
    }
    case 'inferred': {
      if (day === null || weekday === null) return null;
      const pinned = resolveWeekdayYear(month, day, weekday, today.iso);
      return pinned === null ? null : isoDay(pinned, month, day);
    }
    case 'month': {
      if (year === null || year < 1 || month < 1 || month > 12) return null;
      const iso = `${String(year).padStart(4, '0')}-${pad2(month)}`;
      return iso <= today.iso.slice(0, 7) ? iso : null;
    }
  }
}

/** Every rule reads at least one digit (a day, a month number or a year). */
const ANY_DIGIT = /\d/;

function readingsIn(text: string, line: number): DateReading[] {
  // Most lines of a lede print no number: no rule can match them.
  if (!ANY_DIGIT.test(text)) return [];
  const masked: Array<readonly [number, number]> = [];
  const found: DateReading[] = [];
  // Each gate is tested once per line: most lede lines name no month, so only the
  // numeric rules, if any, search them.
  const gates = new Map<RegExp, boolean>();
  for (const { kind, pattern, gate } of RULES) {
    let open = gates.get(gate);
    if (open === undefined) gates.set(gate, (open = gate.test(text)));
    if (!open) continue;
    // What `text.matchAll(pattern)` finds, without the copy of the pattern it makes per call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // An empty match moves on by one code point, as matchAll does (no rule matches empty).
      if (match[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      const start = match.index;
      const end = start + match[0].length;
      if (masked.some(([from, to]) => start < to && from < end)) continue;
      masked.push([start, end]);
      const reading = readingOf(kind, match.groups ?? {}, line, start);
      if (reading !== null) found.push(reading);
    }
  }
  // Rules run in priority order; hand the readings back in reading order.
  return found.sort((a, b) => a.index - b.index);
}

/** Every reading of the lines (the caller passes the first few non-blank lines), in reading order. */
export function dateReadings(lines: readonly string[]): DateReading[] {
  return lines.flatMap((text, line) => readingsIn(text, line));
}

const NONE: PublicationDate = { published: null, precision: 'none', inferred: false };

/**
 * The publication date printed in the first lines of an article (the caller passes
 * the first few non-blank lines). A printed day with its year wins; then a day whose
 * year is pinned by its weekday (`pada Jumat (13 Oktober)`); then a month with its
 * year. Among equals the first in reading order wins. A day and month with neither
 * year nor weekday, or a bare weekday, gives nothing: a year is never invented.
 */
export function findPublicationDate(lines: readonly string[], today: string): PublicationDate {
  return publicationDateOf(dateReadings(lines), today);
}

/** The publication date the readings of an article's first lines give on `today` (see findPublicationDate). */
export function publicationDateOf(readings: readonly DateReading[], today: string): PublicationDate {
  const now = parseToday(today);
  let best: { reading: DateReading; published: string } | null = null;
  for (const reading of readings) {
    // Readings arrive in reading order, so only a better kind replaces.
    if (best !== null && RANK[reading.kind] >= RANK[best.reading.kind]) continue;
    const published = dateOf(reading, now);
    if (published !== null) best = { reading, published };
  }
  if (best === null) return NONE;
  return {
    published: best.published,
    precision: best.reading.kind === 'month' ? 'month' : 'day',
    inferred: best.reading.kind === 'inferred',
    line: best.reading.line,
  };
}
