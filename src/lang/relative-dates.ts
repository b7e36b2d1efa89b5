// Relative date words (`tahun lalu`, `last week`) and the cue words around dates, per
// language, as data: src/analysis/extract/dates.ts only applies them (month and weekday names live in calendar.ts).
import type { CalendarLanguage } from './calendar.ts';

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

/** A phrase naming a period by its distance from the article's date. */
export interface RelativeDate {
  /** Lower-case; words separated by one space (any whitespace matches). */
  phrase: string;
  unit: RelativeUnit;
  /** Units from the anchor's own period: -1 the previous one, 0 the current one, 1 the next. */
  shift: number;
}

export interface DateWords {
  relative: readonly RelativeDate[];
  /**
   * Phrases that speak of time without naming a datable period (`baru-baru ini`,
   * `dalam dekade mendatang`): they give no event and hide the words inside them.
   */
  vague: readonly string[];
  /**
   * Words that, right before a relative phrase, turn it into a length of time rather
   * than a period: `dua tahun lalu` is "two years ago", `the last year` the past twelve
   * months; neither is the calendar year before.
   */
  spanWords: readonly string[];
  /**
   * Part-of-period words before a month, a year or a relative year (`pertengahan
   * September`, `awal tahun ini`, `mid-2023`). They narrow the period inside it, so the
   * event keeps the period's precision: never finer.
   */
  modifiers: readonly string[];
  /** Words before a date kept in the event's text (`pada`, `tanggal`, `on`). */
  leads: readonly string[];
  /** A bare four-digit number is a year only after one of these (`pada 2022`, `tahun 2024`, `in 2022`). */
  yearCues: readonly string[];
  /** A month name alone is a date only after one of these (`pada bulan Juni`, `in June`). */
  monthCues: readonly string[];
  /** A weekday name alone is a date only after one of these (`pada hari Rabu`, `on Wednesday`). */
  weekdayCues: readonly string[];
  /**
   * Whether a full weekday name needs no cue: English wires write `said Thursday`, while
   * Indonesian `Minggu` is also the word for "week".
   */
  bareWeekdays: boolean;
  /** Words before or after a weekday or month that make it no single past date (`every Friday`, `next June`, `Juni mendatang`). */
  blockersBefore: readonly string[];
  blockersAfter: readonly string[];
  /** Words before (`last Friday`) or after (`Jumat lalu`, `Agustus lalu`) a weekday or month that put it strictly before the anchor. */
  pastBefore: readonly string[];
  pastAfter: readonly string[];
  /** Words joining coordinated dates (`30 Desember dan 2 Januari`, `Juli to August`); `,`, `-`, `–` always join. */
  connectors: readonly string[];
}

/**
 * A week is not a day: `pekan lalu` names the seven days before the current week,
 * which dates.ts takes as anchor−13 … anchor−7 (and `pekan ini` as anchor−6 … anchor),
 * giving the month only when those seven days fall in one month.
 */
export const DATE_WORDS: Readonly<Record<CalendarLanguage, DateWords>> = {
  id: {
    relative: [
      { phrase: 'tahun lalu', unit: 'year', shift: -1 },
      { phrase: 'tahun kemarin', unit: 'year', shift: -1 },
      { phrase: 'tahun ini', unit: 'year', shift: 0 },
      { phrase: 'tahun depan', unit: 'year', shift: 1 },
      { phrase: 'bulan lalu', unit: 'month', shift: -1 },
      { phrase: 'bulan kemarin', unit: 'month', shift: -1 },
      { phrase: 'bulan ini', unit: 'month', shift: 0 },
      { phrase: 'bulan depan', unit: 'month', shift: 1 },
      { phrase: 'pekan lalu', unit: 'week', shift: -1 },
      { phrase: 'minggu lalu', unit: 'week', shift: -1 },
      { phrase: 'pekan ini', unit: 'week', shift: 0 },
      { phrase: 'minggu ini', unit: 'week', shift: 0 },
      { phrase: 'pekan depan', unit: 'week', shift: 1 },
      { phrase: 'minggu depan', unit: 'week', shift: 1 },
      { phrase: 'kemarin', unit: 'day', shift: -1 },
      { phrase: 'hari ini', unit: 'day', shift: 0 },
      { phrase: 'besok', unit: 'day', shift: 1 },
    ],
    vague: [
      'baru-baru ini', 'akhir-akhir ini', 'belakangan ini', 'saat ini', 'dewasa ini',
      'beberapa hari terakhir', 'beberapa pekan terakhir', 'beberapa minggu terakhir',
      'beberapa bulan terakhir', 'beberapa tahun terakhir',
      'dekade mendatang', 'dekade terakhir', 'tahun-tahun mendatang', 'bulan-bulan mendatang', 'masa depan',
    ],
    spanWords: [
      'beberapa', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh',
      'sebelas', 'belasan', 'puluhan', 'ratusan',
    ],
    modifiers: ['awal', 'pertengahan', 'akhir'],
    leads: ['pada', 'tanggal', 'hari', 'bulan', 'tahun', 'sejak', 'sekitar'],
    yearCues: ['pada', 'tahun', 'sejak'],
    monthCues: ['pada', 'bulan', 'sejak', 'antara', 'hingga', 'sampai', 'selama'],
    weekdayCues: ['pada', 'hari', 'sejak'],
    bareWeekdays: false,
    blockersBefore: ['setiap', 'tiap'],
    // `Jumat ini` may be the coming Friday as well as today.
    blockersAfter: ['depan', 'mendatang', 'ini'],
    pastBefore: [],
    pastAfter: ['lalu', 'kemarin'],
    connectors: ['dan', 'atau', 'hingga', 'sampai', 'serta'],
  },
  en: {
    relative: [
      { phrase: 'last year', unit: 'year', shift: -1 },
      { phrase: 'this year', unit: 'year', shift: 0 },
      { phrase: 'next year', unit: 'year', shift: 1 },
      { phrase: 'last month', unit: 'month', shift: -1 },
      { phrase: 'this month', unit: 'month', shift: 0 },
      { phrase: 'next month', unit: 'month', shift: 1 },
      { phrase: 'last week', unit: 'week', shift: -1 },
      { phrase: 'this week', unit: 'week', shift: 0 },
      { phrase: 'next week', unit: 'week', shift: 1 },
      { phrase: 'yesterday', unit: 'day', shift: -1 },
      { phrase: 'today', unit: 'day', shift: 0 },
      { phrase: 'tomorrow', unit: 'day', shift: 1 },
    ],
    vague: [
      'recently', 'lately', 'these days', 'nowadays', 'currently',
      'in recent days', 'in recent weeks', 'in recent months', 'in recent years',
      'coming decade', 'next decade', 'past decade', 'coming years', 'coming months', 'in the future',
    ],
    spanWords: [
      'the', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
      'few', 'several', 'past',
    ],
    modifiers: ['early', 'earlier', 'mid', 'late', 'later'],
    leads: ['on', 'in', 'since', 'around'],
    yearCues: ['in', 'since'],
    monthCues: ['in', 'since', 'between', 'until', 'from'],
    weekdayCues: ['on', 'since'],
    bareWeekdays: true,
    blockersBefore: ['every', 'each', 'next', 'this', 'coming'],
    blockersAfter: [],
    pastBefore: ['last'],
    pastAfter: [],
    connectors: ['and', 'or', 'to', 'until', 'through'],
  },
};
