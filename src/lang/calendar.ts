// Calendar words per language (month and weekday names, day ordinals) as data, so
// date parsing stays free of language knowledge (DESIGN.md, "Nothing corpus-specific in code").

/** Languages with calendar data; matches the pipeline's `Language` minus `und`. */
export type CalendarLanguage = 'id' | 'en';

/**
 * Month names and abbreviations, lower-case, mapped to 1–12. Indonesian writes
 * August as `Agu`, `Agt` or `Agus` depending on the house style; English
 * abbreviations may carry a trailing period (`Jan.`), which lookups ignore.
 */
export const MONTH_NAMES: Readonly<Record<CalendarLanguage, Readonly<Record<string, number>>>> = {
  id: {
    januari: 1, februari: 2, maret: 3, april: 4, mei: 5, juni: 6,
    juli: 7, agustus: 8, september: 9, oktober: 10, november: 11, desember: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7,
    agu: 8, agt: 8, agus: 8, sep: 9, sept: 9, okt: 10, nov: 11, des: 12,
  },
  en: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
    july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7,
    aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
};

/**
 * Weekday names and abbreviations, lower-case, mapped to 0–6 with 0 = Sunday, the
 * numbering of `Date#getUTCDay`. Indonesian has `Jumat`/`Jum'at` (Friday) and
 * `Minggu`/`Ahad` (Sunday); lookups accept any apostrophe form.
 */
export const WEEKDAY_NAMES: Readonly<Record<CalendarLanguage, Readonly<Record<string, number>>>> = {
  id: {
    minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6,
  },
  en: {
    sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
    sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
  },
};

/** English ordinal endings after a day number (`22nd January`, `October 13th`). */
export const DAY_ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

const LANGUAGES: readonly CalendarLanguage[] = ['id', 'en'];

/** Lower-cases, drops one trailing period and unifies apostrophes (’ ‘ ` → '). */
function normalizeWord(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019`]/gu, "'")
    .replace(/\.$/u, '');
}

function lookup(
  table: Readonly<Record<CalendarLanguage, Readonly<Record<string, number>>>>,
  word: string,
  language: CalendarLanguage | undefined,
): number | null {
  const key = normalizeWord(word);
  const languages = language === undefined ? LANGUAGES : [language];
  for (const lang of languages) {
    const value = table[lang][key];
    if (value !== undefined) return value;
  }
  return null;
}

/**
 * Month number 1–12 for a month name or abbreviation, case-insensitive, or null.
 * Without a language every language is tried: no word names different months in
 * Indonesian and English, so the answer never depends on the order.
 */
export function monthNumber(word: string, language?: CalendarLanguage): number | null {
  return lookup(MONTH_NAMES, word, language);
}

/** Weekday number 0–6 (0 = Sunday) for a weekday name, case-insensitive, or null. */
export function weekdayNumber(word: string, language?: CalendarLanguage): number | null {
  return lookup(WEEKDAY_NAMES, word, language);
}

function namesOf(
  table: Readonly<Record<CalendarLanguage, Readonly<Record<string, number>>>>,
  language: CalendarLanguage | undefined,
): string[] {
  const languages = language === undefined ? LANGUAGES : [language];
  const names = new Set<string>();
  for (const lang of languages) for (const name of Object.keys(table[lang])) names.add(name);
  return [...names];
}

/** All month words (lower-case, de-duplicated) for one language or all of them. */
export function monthNames(language?: CalendarLanguage): string[] {
  return namesOf(MONTH_NAMES, language);
}

/** All weekday words (lower-case, de-duplicated) for one language or all of them. */
export function weekdayNames(language?: CalendarLanguage): string[] {
  return namesOf(WEEKDAY_NAMES, language);
}
