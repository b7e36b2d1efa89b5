// Finds the dates a sentence states and resolves them against the article's own date,
// never more precisely than the words allow (DESIGN.md, "Honest precision").
import { DAY_ORDINAL_SUFFIXES, MONTH_NAMES, WEEKDAY_NAMES, monthNumber, weekdayNumber, type CalendarLanguage } from '../../lang/calendar.ts';
import { DATE_WORDS, type DateWords, type RelativeUnit } from '../../lang/relative-dates.ts';
import { isValidDate } from '../../lib/dates/publication-date.ts';
import type { DatePrecision, Language, SentenceInput, TimelineEvent } from '../types.ts';
import { charClass } from './char-class.ts';
import { caselessKey, matchesAt, wordRuns, type Run } from './term-filter.ts';

/** The article's date as extraction resolves against it. */
export interface DateAnchor {
  published: string | null;
  precision: DatePrecision;
}

/** What one date expression says, before the anchor is applied. */
type Reading =
  /** Calendar fields as printed; a missing year comes from `yearShift`, a linked date or the anchor. */
  | { kind: 'calendar'; year: number | null; yearShift: number | null; month: number | null; day: number | null; past: boolean }
  | { kind: 'weekday'; weekday: number; past: boolean }
  | { kind: 'relative'; unit: RelativeUnit; shift: number }
  /** Words that look like a date but name none (`baru-baru ini`, `dua tahun lalu`): masked, no event. */
  | { kind: 'none' };

interface Found {
  start: number;
  end: number;
  reading: Reading;
}

/** A resolved date: year always, month and day when known. */
interface Resolved {
  year: number;
  month: number | null;
  day: number | null;
}

// ---------------------------------------------------------------------------
// Language data, merged for text of unknown language.

interface Words extends DateWords {
  languages: readonly CalendarLanguage[];
}

const LANGUAGES: readonly CalendarLanguage[] = ['id', 'en'];

type ListKey = Exclude<keyof DateWords, 'relative' | 'bareWeekdays'>;

function wordsFor(language: Language): Words {
  if (language !== 'und') return { ...DATE_WORDS[language], languages: [language] };
  const all = LANGUAGES.map((lang) => DATE_WORDS[lang]);
  const list = (key: ListKey): string[] => [...new Set(all.flatMap((words) => words[key]))];
  return {
    relative: all.flatMap((words) => words.relative),
    vague: list('vague'), spanWords: list('spanWords'), modifiers: list('modifiers'), leads: list('leads'),
    yearCues: list('yearCues'), monthCues: list('monthCues'), weekdayCues: list('weekdayCues'),
    blockersBefore: list('blockersBefore'), blockersAfter: list('blockersAfter'),
    pastBefore: list('pastBefore'), pastAfter: list('pastAfter'), connectors: list('connectors'),
    // Unknown language: only cued weekdays, since one language's bare weekday is another word elsewhere.
    bareWeekdays: all.every((words) => words.bareWeekdays),
    languages: LANGUAGES,
  };
}

type NameTable = Readonly<Record<CalendarLanguage, Readonly<Record<string, number>>>>;

const normalize = (word: string): string => word.toLowerCase().replace(/[\u2018\u2019`]/gu, "'").replace(/\.$/u, '');

function namesIn(table: NameTable, languages: readonly CalendarLanguage[]): string[] {
  return [...new Set(languages.flatMap((lang) => Object.keys(table[lang])))];
}

/**
 * An abbreviation is a name another name of the same month or day starts with
 * (`Sep` of `September`, `Thu` of `Thursday`): read from the calendar data, so a
 * lone abbreviation (`Sun`, `Mar`) is never taken for a date without a number by it.
 */
function isAbbreviation(table: NameTable, languages: readonly CalendarLanguage[], word: string): boolean {
  const key = normalize(word);
  return languages.some((lang) => {
    const value = table[lang][key];
    return value !== undefined && Object.entries(table[lang]).some(([other, n]) => n === value && other !== key && other.startsWith(key));
  });
}

// ---------------------------------------------------------------------------
// Pattern pieces.

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Alternation of phrases, longest first, any whitespace between words and any apostrophe form. */
function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((phrase) => phrase.split(' ').map((word) => escapeRegExp(word).replace(/'/gu, "['\u2018\u2019`]")).join(String.raw`\s+`))
    .join('|');
}

/** Word edges for any script (`\b` only knows ASCII letters). */
const START = String.raw`(?<![\p{L}\p{N}_])`;
const END = String.raw`(?![\p{L}\p{N}_])`;
/** A number standing alone: not inside `1.000`, `2,5`, `ABC-12` or `13/10`. */
const NUM_START = String.raw`(?<![\p{L}\p{N}_\-\/.,])`;
const NUM_END = String.raw`(?![\p{L}\p{N}_]|[\-\/.,]\p{N})`;

interface Rule {
  pattern: RegExp;
  /** The same pattern, sticky: tried only where a match may start. */
  sticky: RegExp;
  /** Whether the sentence has what every match needs (a digit, the words of a name or phrase); when not, the rule is skipped. */
  needs: (cues: Cues) => boolean;
  /** What every match starts with (`bitOf`): the first word of a name or phrase of some lists, or a digit. */
  startBits: number;
  /** The reading of a match, or undefined when it is no date here (then it masks nothing). */
  read: (match: RegExpExecArray, context: Context) => Reading | undefined;
}

/** The lists of names and phrases rules are built from. */
type Family = 'month' | 'weekday' | 'modifier' | 'vague' | 'relative' | 'relYear' | 'relWeek' | 'pastBefore' | 'pastAfter';
type Start = Family | 'digit';

/** Whether the sentence has a digit, and the words of some name or phrase of each list: tested once per sentence so rules needing what is absent never run. */
type Cues = Readonly<Record<Family | 'digit', boolean>>;

/** START and END's word characters: letters, digits and `_`, as the `iu` patterns read them. */
const isWordChar = charClass(/[\p{L}\p{N}_]/iu);

/**
 * Phrases of a list as their runs. Every name and phrase stands between word edges in
 * every rule (after START, a space, `,`, `(` or a modifier's hyphen, and before END or
 * a space), and non-word characters part its words, so each of its runs is a whole run
 * of the text, and a match starts where its first run does. A phrase with a character
 * outside printable ASCII, which lower-casing may not match as the pattern's `i` flag
 * does, or starting with no word character, is null: it may be anywhere.
 */
type PhraseRuns = readonly (readonly string[] | null)[];

function phraseRuns(phrases: readonly string[]): PhraseRuns {
  return phrases.map((phrase) => {
    const runs = wordRuns(phrase, isWordChar);
    if (caselessKey(phrase) === null || runs[0]?.start !== 0) return null;
    return runs.map((run) => run.key);
  });
}

const anyPresent = (list: PhraseRuns, keys: ReadonlySet<string>): boolean =>
  list.some((phrase) => phrase === null || phrase.every((key) => keys.has(key)));

const FAMILIES: readonly Family[] = ['month', 'weekday', 'modifier', 'vague', 'relative', 'relYear', 'relWeek', 'pastBefore', 'pastAfter'];
/** Bits of `Start`s, for what a run may start: a digit, or a phrase of a list. */
const DIGIT_BIT = 1;
const bitOf = (start: Start): number => (start === 'digit' ? DIGIT_BIT : 2 << FAMILIES.indexOf(start));

/** The bits of the lists each first run of a phrase starts, and of the lists with a phrase that may be anywhere. */
function startBits(phrases: Readonly<Record<Family, PhraseRuns>>): { byRun: ReadonlyMap<string, number>; anywhere: number } {
  const byRun = new Map<string, number>();
  let anywhere = 0;
  for (const family of FAMILIES) {
    for (const phrase of phrases[family]) {
      if (phrase === null) anywhere |= bitOf(family);
      else byRun.set(phrase[0] ?? '', (byRun.get(phrase[0] ?? '') ?? 0) | bitOf(family));
    }
  }
  return { byRun, anywhere };
}

interface Context {
  text: string;
  /** Whether the span is joined by a connector to a calendar date already found. */
  linked: (start: number, end: number) => boolean;
}

interface Patterns {
  words: Words;
  rules: readonly Rule[];
  connector: RegExp;
  /** The names and phrases rules are built from, as runs, and the lists (`bitOf`) each first run starts a phrase of. */
  phrases: Readonly<Record<Family, PhraseRuns>>;
  starts: ReadonlyMap<string, number>;
  /** Bits of lists with a phrase that may be anywhere: a rule starting with one searches the whole text. */
  anywhere: number;
}

const groupOf = (match: RegExpExecArray, name: string): string | undefined => match.groups?.[name];

const SPACE = /\s/u;
const WORD_BEFORE_CHAR = /[\p{L}\p{N}'\u2019]/u;

/**
 * Lower-case word right before `index`, separated from it by whitespace only: what
 * `/([\p{L}\p{N}'’]+)\s+$/u` finds in the text up to `index`, read backwards from
 * there instead of searched for from the start.
 */
function wordBefore(text: string, index: number): { word: string; start: number } | null {
  let end = index;
  // Whitespace characters are all in the BMP, and no surrogate is one.
  while (end > 0 && SPACE.test(text.charAt(end - 1))) end--;
  if (end === index) return null;
  let start = end;
  while (start > 0) {
    const last = text.charCodeAt(start - 1);
    const pair = last >= 0xdc00 && last <= 0xdfff && start >= 2 && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!WORD_BEFORE_CHAR.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start === end ? null : { word: normalize(text.slice(start, end)), start };
}

function wordAfter(text: string, index: number): string | null {
  const match = /^\s+([\p{L}\p{N}'\u2019]+)/u.exec(text.slice(index));
  return match?.[1] === undefined ? null : normalize(match[1]);
}

const capitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

function validDay(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const day = Number.parseInt(raw, 10);
  return day >= 1 && day <= 31 ? day : null;
}

function validYear(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const year = Number(raw);
  return year >= 1900 && year <= 2100 ? year : null;
}

function buildPatterns(language: Language): Patterns {
  const words = wordsFor(language);
  const langs = words.languages;
  const months = namesIn(MONTH_NAMES, langs);
  const weekdays = namesIn(WEEKDAY_NAMES, langs);
  const relYear = words.relative.filter((r) => r.unit === 'year');
  const relWeek = words.relative.filter((r) => r.unit === 'week');

  const month = String.raw`(?<month>${alternation(months)})${END}\.?`;
  const weekday = String.raw`(?<weekday>${alternation(weekdays)})${END}\.?`;
  const day = String.raw`${NUM_START}(?<day>\d{1,2})(?:${alternation(DAY_ORDINAL_SUFFIXES)})?${END}`;
  const year = String.raw`${NUM_START}(?<year>\d{4})${NUM_END}`;
  const relYearGroup = String.raw`(?<relYear>${alternation(relYear.map((r) => r.phrase))})${END}`;
  const modifier = String.raw`(?:(?<modifier>${alternation(words.modifiers)})(?:\s+|-))?`;
  /** A weekday before a date it names (`Jumat (13 Oktober)`, `Friday, Oct. 13`): part of the same expression. */
  const weekdayPrefix = String.raw`(?:(?:${alternation(weekdays)})${END}\.?(?:\s*,\s*|\s*\(\s*|\s+))?`;

  const rule = (source: string, read: Rule['read'], needs: Rule['needs'], starts: readonly Start[]): Rule => ({
    pattern: new RegExp(`${START}${source}`, 'giu'),
    sticky: new RegExp(`${START}${source}`, 'iuy'),
    read,
    needs,
    startBits: starts.reduce((bits, start) => bits | bitOf(start), 0),
  });
  const isRelative = (phrase: string): boolean => words.relative.some((r) => r.phrase === phrase.toLowerCase().replace(/\s+/gu, ' '));
  const shiftOf = (phrase: string | undefined): number | null =>
    phrase === undefined ? null : (relYear.find((r) => r.phrase === phrase.toLowerCase().replace(/\s+/gu, ' '))?.shift ?? null);
  const monthOf = (match: RegExpExecArray): number | null => {
    const word = groupOf(match, 'month');
    return word !== undefined && capitalized(word) ? monthNumber(word) : null;
  };
  const numericMonth = (raw: string | undefined): number | null => {
    const value = raw === undefined ? null : Number(raw);
    return value !== null && value >= 1 && value <= 12 ? value : null;
  };
  const calendar = (year: number | null, yearShift: number | null, m: number | null, d: number | null, past = false): Reading => ({
    kind: 'calendar', year, yearShift, month: m, day: d, past,
  });
  /** A cue word before, a modifier in the match, or a link to another date makes a lone month or year a date. */
  const cued = (match: RegExpExecArray, context: Context, cues: readonly string[]): boolean => {
    if (groupOf(match, 'modifier') !== undefined) return true;
    const before = wordBefore(context.text, match.index);
    if (before !== null && cues.includes(before.word)) return true;
    return context.linked(match.index, match.index + match[0].length);
  };
  const blocked = (match: RegExpExecArray, context: Context): boolean => {
    const before = wordBefore(context.text, match.index);
    const after = wordAfter(context.text, match.index + match[0].length);
    return (before !== null && words.blockersBefore.includes(before.word)) || (after !== null && words.blockersAfter.includes(after));
  };

  const rules: Rule[] = [
    // Phrases that speak of time but name no period: masked so nothing inside them is read.
    rule(String.raw`(?:${alternation(words.vague)})${END}`, () => ({ kind: 'none' }), (c) => c.vague, ['vague']),
    // 2023-10-13, 2023/10/13
    rule(String.raw`${NUM_START}(?<year>\d{4})(?<sep>[\-\/.])(?<monthNum>\d{1,2})\k<sep>(?<day>\d{1,2})${NUM_END}`, (m) => {
      const y = validYear(groupOf(m, 'year'));
      const mo = numericMonth(groupOf(m, 'monthNum'));
      const d = validDay(groupOf(m, 'day'));
      return y === null || mo === null || d === null ? undefined : calendar(y, null, mo, d);
    }, (c) => c.digit, ['digit']),
    // 13/10/2023, 13-10-2023: day first, as Indonesia and most of the world write it (never US month/day).
    rule(String.raw`${weekdayPrefix}${NUM_START}(?<day>\d{1,2})(?<sep>[\-\/.])(?<monthNum>\d{1,2})\k<sep>(?<year>\d{4})${NUM_END}`, (m) => {
      const y = validYear(groupOf(m, 'year'));
      const mo = numericMonth(groupOf(m, 'monthNum'));
      const d = validDay(groupOf(m, 'day'));
      return y === null || mo === null || d === null ? undefined : calendar(y, null, mo, d);
    }, (c) => c.digit, ['weekday', 'digit']),
    // 13 Oktober 2023, 13th October, 2023
    rule(String.raw`${weekdayPrefix}${day}\s+${month},?\s+${year}`, (m) => {
      const y = validYear(groupOf(m, 'year'));
      const mo = monthOf(m);
      const d = validDay(groupOf(m, 'day'));
      return y === null || mo === null || d === null ? undefined : calendar(y, null, mo, d);
    }, (c) => c.digit && c.month, ['weekday', 'digit']),
    // October 13, 2023
    rule(String.raw`${weekdayPrefix}${month}\s*${day},?\s+${year}`, (m) => {
      const y = validYear(groupOf(m, 'year'));
      const mo = monthOf(m);
      const d = validDay(groupOf(m, 'day'));
      return y === null || mo === null || d === null ? undefined : calendar(y, null, mo, d);
    }, (c) => c.digit && c.month, ['weekday', 'month']),
    // 13 Oktober tahun lalu, October 13 last year
    rule(String.raw`${weekdayPrefix}${day}\s+${month}\s+${relYearGroup}`, (m) => {
      const mo = monthOf(m);
      const d = validDay(groupOf(m, 'day'));
      return mo === null || d === null ? undefined : calendar(null, shiftOf(groupOf(m, 'relYear')), mo, d);
    }, (c) => c.digit && c.month && c.relYear, ['weekday', 'digit']),
    rule(String.raw`${weekdayPrefix}${month}\s*${day}\s+${relYearGroup}`, (m) => {
      const mo = monthOf(m);
      const d = validDay(groupOf(m, 'day'));
      return mo === null || d === null ? undefined : calendar(null, shiftOf(groupOf(m, 'relYear')), mo, d);
    }, (c) => c.digit && c.month && c.relYear, ['weekday', 'month']),
    // Januari 2024, pertengahan September 2023, mid-September 2023
    rule(String.raw`${modifier}${month},?\s+${year}`, (m) => {
      const y = validYear(groupOf(m, 'year'));
      const mo = monthOf(m);
      return y === null || mo === null ? undefined : calendar(y, null, mo, null);
    }, (c) => c.digit && c.month, ['modifier', 'month']),
    // pertengahan September tahun lalu, Desember tahun lalu, mid-September last year
    rule(String.raw`${modifier}${month}\s+${relYearGroup}`, (m) => {
      const mo = monthOf(m);
      return mo === null ? undefined : calendar(null, shiftOf(groupOf(m, 'relYear')), mo, null);
    }, (c) => c.month && c.relYear, ['modifier', 'month']),
    // Jumat (13/10): day/month after a weekday only, where it cannot be a fraction or a score.
    rule(String.raw`${weekday}(?:\s*,\s*|\s*\(\s*|\s+)(?<day>\d{1,2})\/(?<monthNum>\d{1,2})${NUM_END}`, (m) => {
      const mo = numericMonth(groupOf(m, 'monthNum'));
      const d = validDay(groupOf(m, 'day'));
      const w = groupOf(m, 'weekday');
      return mo === null || d === null || w === undefined || !capitalized(w) ? undefined : calendar(null, null, mo, d);
    }, (c) => c.digit && c.weekday, ['weekday']),
    // 13 Oktober, Jumat (13 Oktober), 22nd January
    rule(String.raw`${weekdayPrefix}${day}\s+${month}`, (m) => {
      const mo = monthOf(m);
      const d = validDay(groupOf(m, 'day'));
      return mo === null || d === null ? undefined : calendar(null, null, mo, d);
    }, (c) => c.digit && c.month, ['weekday', 'digit']),
    // December 30, Friday (Oct. 13)
    rule(String.raw`${weekdayPrefix}${month}\s*${day}`, (m) => {
      const mo = monthOf(m);
      const d = validDay(groupOf(m, 'day'));
      return mo === null || d === null ? undefined : calendar(null, null, mo, d);
    }, (c) => c.digit && c.month, ['weekday', 'month']),
    // Senin pekan lalu: a weekday of a week whose bounds depend on where the writer starts
    // weeks (Sunday or Monday), so its day is unknown; masked, no event.
    ...(relWeek.length === 0
      ? []
      : [rule(String.raw`${weekday}\s+(?:${alternation(relWeek.map((r) => r.phrase))})${END}`, (m) => {
        const w = groupOf(m, 'weekday');
        return w !== undefined && capitalized(w) ? { kind: 'none' } : undefined;
      }, (c) => c.weekday && c.relWeek, ['weekday'])]),
    // last Friday, Jumat lalu; last September, Agustus lalu: strictly before the anchor.
    ...[
      words.pastBefore.length === 0
        ? null
        : { source: String.raw`(?:${alternation(words.pastBefore)})\s+(?:${weekday}|${month})`, cue: 'pastBefore' as const, starts: ['pastBefore'] as const },
      words.pastAfter.length === 0
        ? null
        : { source: String.raw`(?:${weekday}|${month})\s+(?:${alternation(words.pastAfter)})${END}`, cue: 'pastAfter' as const, starts: ['weekday', 'month'] as const },
    ].flatMap((past) => (past === null ? [] : [rule(past.source, (m) => {
      // `Minggu lalu` is `last week` before it is `last Sunday`.
      if (isRelative(m[0])) return undefined;
      const w = groupOf(m, 'weekday');
      if (w !== undefined) {
        const n = weekdayNumber(w);
        return n === null || !capitalized(w) ? undefined : { kind: 'weekday', weekday: n, past: true };
      }
      const mo = monthOf(m);
      return mo === null ? undefined : calendar(null, null, mo, null, true);
    }, (c) => c[past.cue] && (c.month || c.weekday), past.starts)])),
    // tahun lalu, awal tahun ini, earlier this year, pekan lalu, kemarin
    rule(String.raw`${modifier}(?<relative>${alternation(words.relative.map((r) => r.phrase))})${END}`, (m, context) => {
      const phrase = (groupOf(m, 'relative') ?? '').toLowerCase().replace(/\s+/gu, ' ');
      const relative = words.relative.find((r) => r.phrase === phrase);
      if (relative === undefined) return undefined;
      const before = wordBefore(context.text, m.index);
      // `dua tahun lalu`, `the last year`: a length of time, not the calendar period.
      if (before !== null && (words.spanWords.includes(before.word) || /^\d+$/u.test(before.word))) return { kind: 'none' };
      // `akhir pekan` is the weekend and `awal hari ini` nothing datable: modifiers only narrow months and years.
      if (groupOf(m, 'modifier') !== undefined && (relative.unit === 'week' || relative.unit === 'day')) return { kind: 'none' };
      return { kind: 'relative', unit: relative.unit, shift: relative.shift };
    }, (c) => c.relative, ['modifier', 'relative']),
    // pada 2022, tahun 2024, in 2022, awal 2024, mid-2023; `2022 dan 2023` after a cued year.
    rule(String.raw`${modifier}${year}`, (m, context) => {
      const y = validYear(groupOf(m, 'year'));
      return y === null || !cued(m, context, words.yearCues) ? undefined : calendar(y, null, null, null);
    }, (c) => c.digit, ['modifier', 'digit']),
    // pada bulan Juni, in June, pertengahan September, `Juli dan Agustus`: full names only, cued.
    rule(String.raw`${modifier}${month}`, (m, context) => {
      const word = groupOf(m, 'month');
      const mo = monthOf(m);
      if (word === undefined || mo === null || isAbbreviation(MONTH_NAMES, langs, word)) return undefined;
      if (blocked(m, context) || !cued(m, context, words.monthCues)) return undefined;
      return calendar(null, null, mo, null);
    }, (c) => c.month, ['modifier', 'month']),
    // pada hari Rabu, pada Jumat, on Wednesday (and a bare full name where the language allows it).
    rule(weekday, (m, context) => {
      const word = groupOf(m, 'weekday');
      const n = word === undefined ? null : weekdayNumber(word);
      if (word === undefined || n === null || !capitalized(word) || blocked(m, context)) return undefined;
      const before = wordBefore(context.text, m.index);
      const hasCue = before !== null && words.weekdayCues.includes(before.word);
      const bare = words.bareWeekdays && !isAbbreviation(WEEKDAY_NAMES, langs, word);
      return hasCue || bare ? { kind: 'weekday', weekday: n, past: false } : undefined;
    }, (c) => c.weekday, ['weekday']),
  ];
  const connector = new RegExp(String.raw`^\s*(?:[,\-\u2013\u2014]\s*)?(?:(?:${alternation(words.connectors)})${END})?\s*$`, 'iu');
  const phrases: Record<Family, PhraseRuns> = {
    month: phraseRuns(months),
    weekday: phraseRuns(weekdays),
    modifier: phraseRuns(words.modifiers),
    vague: phraseRuns(words.vague),
    relative: phraseRuns(words.relative.map((r) => r.phrase)),
    relYear: phraseRuns(relYear.map((r) => r.phrase)),
    relWeek: phraseRuns(relWeek.map((r) => r.phrase)),
    pastBefore: phraseRuns(words.pastBefore),
    pastAfter: phraseRuns(words.pastAfter),
  };
  const { byRun, anywhere } = startBits(phrases);
  return { words, rules, connector, phrases, starts: byRun, anywhere };
}

const PATTERNS = new Map<Language, Patterns>();

function patternsFor(language: Language): Patterns {
  let patterns = PATTERNS.get(language);
  if (patterns === undefined) {
    patterns = buildPatterns(language);
    PATTERNS.set(language, patterns);
  }
  return patterns;
}

/** Whether only a connector (`dan`, `and`, `,`, `–`) stands between two spans. */
function joins(patterns: Patterns, text: string, from: number, to: number): boolean {
  if (from > to) return false;
  const between = text.slice(from, to);
  // Plain whitespace is no connector: `Juni 2024` is one date, not two linked ones.
  return between.trim() !== '' && patterns.connector.test(between);
}

/**
 * The sentence's cues. A list's phrase is present only if its first run is (`bits`
 * tells which lists some run starts a phrase of); only then are its phrases checked whole.
 */
function cuesOf(text: string, runs: readonly Run[], bits: readonly number[], patterns: Patterns): Cues {
  const started = bits.reduce((all, run) => all | run, 0) | patterns.anywhere;
  let keys: ReadonlySet<string> | undefined;
  const present = (family: Family): boolean => {
    if ((started & bitOf(family)) === 0) return false;
    keys ??= new Set(runs.map((run) => run.key));
    return anyPresent(patterns.phrases[family], keys);
  };
  return {
    digit: /[0-9]/u.test(text),
    month: present('month'),
    weekday: present('weekday'),
    modifier: present('modifier'),
    vague: present('vague'),
    relative: present('relative'),
    relYear: present('relYear'),
    relWeek: present('relWeek'),
    pastBefore: present('pastBefore'),
    pastAfter: present('pastAfter'),
  };
}

/** What each run may start (`bitOf`): a digit, or a phrase of some lists. */
function runBits(runs: readonly Run[], patterns: Patterns): number[] {
  return runs.map((run) => {
    const first = run.key.charCodeAt(0);
    return (patterns.starts.get(run.key) ?? 0) | (first >= 0x30 && first <= 0x39 ? DIGIT_BIT : 0);
  });
}

/**
 * The rule's matches in the text, as `matchAll` finds them. A match starts where a run
 * its rule starts with does, so only those runs are tried; a rule starting with a list
 * that may be anywhere searches the whole text.
 */
function matchesOf(rule: Rule, text: string, runs: readonly Run[], bits: readonly number[], patterns: Patterns): RegExpExecArray[] {
  if ((rule.startBits & patterns.anywhere) !== 0) return [...text.matchAll(rule.pattern)];
  const starts: number[] = [];
  runs.forEach((run, index) => {
    if (((bits[index] ?? 0) & rule.startBits) !== 0) starts.push(run.start);
  });
  return starts.length === 0 ? [] : matchesAt(rule.sticky, text, starts);
}

function scan(text: string, patterns: Patterns): Found[] {
  const found: Found[] = [];
  const linked = (start: number, end: number): boolean =>
    found.some((f) => f.reading.kind === 'calendar' && (joins(patterns, text, f.end, start) || joins(patterns, text, end, f.start)));
  const context: Context = { text, linked };
  const runs = wordRuns(text, isWordChar);
  const bits = runBits(runs, patterns);
  const cues = cuesOf(text, runs, bits, patterns);
  for (const rule of patterns.rules) {
    if (!rule.needs(cues)) continue;
    const { read } = rule;
    for (const match of matchesOf(rule, text, runs, bits, patterns)) {
      const start = match.index;
      let end = start + match[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const reading = read(match, context);
      if (reading === undefined) continue;
      // A period after a full name ends the sentence; only an abbreviation owns it (`Okt.`).
      if (text[end - 1] === '.' && !endsWithAbbreviation(text.slice(start, end - 1), patterns.words.languages)) end -= 1;
      // `Jumat (13 Oktober)`: the closing parenthesis belongs with the opening one.
      const span = text.slice(start, end);
      if (span.includes('(') && !span.includes(')') && text[end] === ')') end += 1;
      found.push({ start, end, reading });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function endsWithAbbreviation(text: string, languages: readonly CalendarLanguage[]): boolean {
  const word = /[\p{L}'\u2019]+$/u.exec(text)?.[0];
  if (word === undefined) return false;
  return isAbbreviation(MONTH_NAMES, languages, word) || isAbbreviation(WEEKDAY_NAMES, languages, word);
}

/** Widens a span to the words before it that belong to the date (`pada tanggal 30 Desember`). */
function withLeads(text: string, start: number, floor: number, leads: readonly string[]): number {
  let begin = start;
  for (;;) {
    const before = wordBefore(text, begin);
    if (before === null || before.start < floor || !leads.includes(before.word)) return begin;
    begin = before.start;
  }
}

// ---------------------------------------------------------------------------
// Calendar arithmetic, in whole days since 1970-01-01 (UTC), so no clock is read.

const DAY_MS = 86_400_000;

const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS;

function fromDayNumber(n: number): Resolved {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Reads the anchor as far as its precision vouches for; null when there is none. */
function readAnchor(anchor: DateAnchor): Resolved | null {
  if (anchor.published === null || anchor.precision === 'none') return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(anchor.published);
  if (match?.[1] === undefined) return null;
  const year = Number(match[1]);
  const month = anchor.precision !== 'year' && match[2] !== undefined ? Number(match[2]) : null;
  const day = anchor.precision === 'day' && month !== null && match[3] !== undefined ? Number(match[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && !isValidDate(year, month, day)) return null;
  return { year, month, day };
}

/**
 * The year of the latest `month`(-`day`) not after the anchor (strictly before it when
 * `past`), compared at the anchor's precision: with a month-only anchor any day of its
 * month counts as not after it. Null when the anchor knows no month.
 */
function latestYear(anchor: Resolved, month: number, day: number | null, past: boolean): number | null {
  if (anchor.month === null) return null;
  const sameYear = past
    ? month < anchor.month
    : month < anchor.month || (month === anchor.month && (day === null || anchor.day === null || day <= anchor.day));
  return sameYear ? anchor.year : anchor.year - 1;
}

function resolveCalendar(
  reading: Extract<Reading, { kind: 'calendar' }>,
  anchor: Resolved | null,
  linkedDate: Resolved | null,
): { date: Resolved; fromText: boolean } | null {
  let year: number | null = reading.year;
  let fromText = year !== null;
  if (year === null && reading.yearShift !== null) {
    year = anchor === null ? null : anchor.year + reading.yearShift;
    fromText = true;
  }
  if (year === null && reading.month !== null) {
    // A linked date whose year the text gives pins this one (`Juli dan Agustus 2023`);
    // otherwise the article's date does, and only when it knows its month.
    const base = linkedDate ?? anchor;
    year = base === null ? null : latestYear(base, reading.month, reading.day, reading.past);
    fromText = linkedDate !== null;
  }
  if (year === null) return null;
  if (reading.month !== null && reading.day !== null && !isValidDate(year, reading.month, reading.day)) return null;
  return { date: { year, month: reading.month, day: reading.month === null ? null : reading.day }, fromText };
}

function resolveWeekday(weekday: number, past: boolean, anchor: Resolved | null): Resolved | null {
  if (anchor === null || anchor.month === null || anchor.day === null) return null;
  const today = dayNumber(anchor.year, anchor.month, anchor.day);
  // 1970-01-01 was a Thursday (4).
  const anchorWeekday = (((today + 4) % 7) + 7) % 7;
  let back = (anchorWeekday - weekday + 7) % 7;
  if (past && back === 0) back = 7;
  return fromDayNumber(today - back);
}

function resolveRelative(unit: RelativeUnit, shift: number, anchor: Resolved | null): Resolved | null {
  if (anchor === null) return null;
  switch (unit) {
    case 'year':
      return { year: anchor.year + shift, month: null, day: null };
    case 'month': {
      if (anchor.month === null) return null;
      const index = anchor.year * 12 + (anchor.month - 1) + shift;
      return { year: Math.floor(index / 12), month: (index % 12) + 1, day: null };
    }
    case 'day':
      if (anchor.month === null || anchor.day === null) return null;
      return fromDayNumber(dayNumber(anchor.year, anchor.month, anchor.day) + shift);
    case 'week': {
      if (anchor.month === null || anchor.day === null) return null;
      // The week `shift` weeks from the seven days ending on the anchor: month only when it fits in one.
      const last = dayNumber(anchor.year, anchor.month, anchor.day) + 7 * shift;
      const from = fromDayNumber(last - 6);
      const to = fromDayNumber(last);
      return from.year === to.year && from.month === to.month ? { year: to.year, month: to.month, day: null } : null;
    }
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function format(date: Resolved): { date: string; precision: TimelineEvent['precision'] } {
  if (date.month === null) return { date: pad(date.year, 4), precision: 'year' };
  if (date.day === null) return { date: `${pad(date.year, 4)}-${pad(date.month)}`, precision: 'month' };
  return { date: `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`, precision: 'day' };
}

/**
 * One timeline event per date expression in the sentence, in reading order. Years
 * missing from the text come from the anchor (the article's date): a day or month
 * takes the latest such day or month not after it, a weekday the latest such weekday
 * on or before it, `tahun lalu`/`pekan lalu` count from it. What the anchor cannot pin
 * (no anchor, or one less precise than needed) gives no event rather than a guess.
 */
export function extractEvents(input: SentenceInput, anchor: DateAnchor): TimelineEvent[] {
  return eventsAt(input, anchor, dateSpans(input.text, input.language));
}

/** The date expressions of a sentence's text in its language, unresolved: what `extractEvents` reads of the text. */
export type DateSpans = readonly Readonly<Found>[];

export function dateSpans(text: string, language: Language): DateSpans {
  return scan(text, patternsFor(language));
}

/** A sentence's events from its date spans, resolved against the anchor. */
export function eventsAt(input: SentenceInput, anchor: DateAnchor, spans: DateSpans): TimelineEvent[] {
  const items = spans.filter((f) => f.reading.kind !== 'none');
  // Most sentences name no date: nothing to resolve.
  if (items.length === 0) return [];
  const patterns = patternsFor(input.language);
  const text = input.text;
  const base = readAnchor(anchor);

  // Right to left, so a date printed with its year lends it to the ones linked before it.
  const resolved: Array<Resolved | null> = items.map(() => null);
  const yearFromText: boolean[] = items.map(() => false);
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i];
    if (item === undefined) continue;
    const { reading } = item;
    if (reading.kind === 'calendar') {
      const next = items[i + 1];
      const nextDate = resolved[i + 1] ?? null;
      const linkedDate =
        next !== undefined && nextDate !== null && yearFromText[i + 1] === true && nextDate.month !== null &&
        next.reading.kind === 'calendar' && joins(patterns, text, item.end, next.start)
          ? nextDate
          : null;
      const result = resolveCalendar(reading, base, linkedDate);
      resolved[i] = result?.date ?? null;
      yearFromText[i] = result?.fromText ?? false;
    } else if (reading.kind === 'weekday') {
      resolved[i] = resolveWeekday(reading.weekday, reading.past, base);
    } else if (reading.kind === 'relative') {
      resolved[i] = resolveRelative(reading.unit, reading.shift, base);
    }
  }

  const events: TimelineEvent[] = [];
  items.forEach((item, i) => {
    const date = resolved[i];
    if (date === null || date === undefined) return;
    const floor = i === 0 ? 0 : (items[i - 1]?.end ?? 0);
    const start = withLeads(text, item.start, floor, patterns.words.leads);
    events.push({
      ...format(date),
      text: text.slice(start, item.end),
      sentence: text,
      ref: {
        article: input.article,
        paragraph: input.paragraph,
        sentence: input.sentence,
        start: input.offset + start,
        end: input.offset + item.end,
      },
    });
  });
  return events;
}
