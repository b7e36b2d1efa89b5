// Number, quantity, qualifier and rate words for Indonesian and English, as data
// read by figure extraction, so the extractor itself holds no language knowledge.
import type { Qualifier, Rate } from '../analysis/types.ts';

/** Languages with number data; matches the pipeline's `Language` minus `und`. */
export type NumberLanguage = 'id' | 'en';

/**
 * The words that spell a number, by the role they play when a number is read
 * left to right. A number is built from groups: value words add to the pending
 * part (`dua`, `twenty` `two`), `belas` adds ten to it (`dua belas` = 12),
 * multipliers scale the pending part inside a group (`dua puluh` = 20,
 * `tiga ratus` = 300, `two hundred`, `dua lusin` = 24), and scale words close a
 * group (`empat juta` = 4 000 000, `tiga ratus ribu` = 300 000).
 */
export interface NumberWords {
  values: Readonly<Record<string, number>>;
  /** Indonesian `belas`: ten plus the pending part (`tiga belas` = 13). */
  teens: Readonly<Record<string, number>>;
  multipliers: Readonly<Record<string, number>>;
  scales: Readonly<Record<string, number>>;
  /**
   * Indonesian writes "one" before a multiplier or scale as the prefix `se-`
   * (`seratus`, `seribu`, `sejuta`; KBBI): read them as the two words.
   */
  fused: Readonly<Record<string, readonly string[]>>;
  /** Words that mean one only before a multiplier or scale (`a dozen`, `a million`). */
  articles: readonly string[];
  /** Words allowed inside a number (`two hundred and fifty`). */
  joiners: readonly string[];
  /**
   * Words that are more often "one of", "a certain", or a pronoun than a count
   * (`salah satu`, `satu di antaranya`, `one of them`): a figure only when
   * a unit, multiplier or scale word follows (`satu juta`, `one tank`).
   */
  weak: readonly string[];
  /** Words between a quantity and what it counts (`hundreds of drones`). */
  partitives: readonly string[];
}

export const NUMBER_WORDS: Readonly<Record<NumberLanguage, NumberWords>> = {
  id: {
    values: {
      nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5,
      enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
    },
    teens: { belas: 10 },
    multipliers: { puluh: 10, ratus: 100, lusin: 12 },
    scales: { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 },
    fused: {
      sepuluh: ['satu', 'puluh'],
      sebelas: ['satu', 'belas'],
      seratus: ['satu', 'ratus'],
      selusin: ['satu', 'lusin'],
      seribu: ['satu', 'ribu'],
      sejuta: ['satu', 'juta'],
      semiliar: ['satu', 'miliar'],
    },
    articles: [],
    joiners: [],
    weak: ['satu'],
    partitives: [],
  },
  en: {
    values: {
      zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
      ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
      sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
      twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    teens: {},
    multipliers: { hundred: 100, dozen: 12 },
    scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
    fused: {},
    articles: ['a', 'an'],
    joiners: ['and'],
    weak: ['one'],
    partitives: ['of'],
  },
};

/**
 * Scale abbreviations written after digits. `bn`/`mn` (Reuters/FT style) and
 * Indonesian `jt` (juta) are unambiguous. `m`, `b`, `k`, `tn` and `rb` collide
 * with units (`500m` is metres) or words, so they count as scales only glued to
 * digits after a currency sign (`$2m`, `£3bn`, `$40k`).
 */
export interface ScaleAbbreviation {
  value: number;
  moneyOnly: boolean;
}

export const SCALE_ABBREVIATIONS: Readonly<Record<string, ScaleAbbreviation>> = {
  bn: { value: 1e9, moneyOnly: false },
  mn: { value: 1e6, moneyOnly: false },
  jt: { value: 1e6, moneyOnly: false },
  m: { value: 1e6, moneyOnly: true },
  b: { value: 1e9, moneyOnly: true },
  k: { value: 1e3, moneyOnly: true },
  tn: { value: 1e12, moneyOnly: true },
  rb: { value: 1e3, moneyOnly: true },
};

/**
 * Vague quantity words and the least value each implies. Figures built on them
 * are `vague` with qualifier `at-least`. Choices:
 * - `beberapa`/`several` ≥ 2 (KBBI: "lebih dari dua tetapi tidak banyak"; 2 is
 *   the safe floor), so `beberapa ratus` / `several hundred` ≥ 200.
 * - `puluhan` ≥ 10: "tens of"; the plural suggests 20, but the floor of the
 *   stated order of magnitude is what a reader can rely on. Likewise `ratusan`,
 *   `hundreds` ≥ 100, `ribuan`, `thousands` ≥ 1000 and so on.
 * - `dozens`/`lusinan` ≥ 24: two dozen, because "a dozen" is its own word.
 * - `scores` ≥ 40: two scores.
 */
export const VAGUE_WORDS: Readonly<Record<NumberLanguage, Readonly<Record<string, number>>>> = {
  id: { beberapa: 2, puluhan: 10, lusinan: 24, ratusan: 100, ribuan: 1e3, jutaan: 1e6, miliaran: 1e9, milyaran: 1e9 },
  en: { several: 2, tens: 10, dozens: 24, scores: 40, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 },
};

/**
 * Words before a number that bound or soften it, longest phrase first when
 * matched. Notes:
 * - `lebih dari` is a qualifier only when a number follows: `lebih dari
 *   sekadar` ("more than just") is not a figure, because no number follows.
 * - `hampir`/`nearly`/`almost` are read as approximate: the value is close to,
 *   not a bound the text guarantees.
 * - `as many as` is read as at-most (the text's upper estimate).
 * - Two qualifiers in a row (`hingga sekitar 4 juta`): a bound wins over
 *   approximate, so that reads at-most.
 */
export const QUALIFIERS: Readonly<Record<NumberLanguage, Readonly<Record<string, Qualifier>>>> = {
  id: {
    'lebih dari': 'at-least',
    setidaknya: 'at-least',
    'setidak-tidaknya': 'at-least',
    sedikitnya: 'at-least',
    'paling sedikit': 'at-least',
    'sekurang-kurangnya': 'at-least',
    minimal: 'at-least',
    sekitar: 'approximate',
    sekira: 'approximate',
    'kira-kira': 'approximate',
    'kurang lebih': 'approximate',
    'lebih kurang': 'approximate',
    hampir: 'approximate',
    perkiraan: 'approximate',
    diperkirakan: 'approximate',
    hingga: 'at-most',
    sampai: 'at-most',
    maksimal: 'at-most',
    'paling banyak': 'at-most',
    'kurang dari': 'at-most',
    'tidak lebih dari': 'at-most',
    'tak lebih dari': 'at-most',
    'tidak sampai': 'at-most',
  },
  en: {
    'more than': 'at-least',
    over: 'at-least',
    'at least': 'at-least',
    'upwards of': 'at-least',
    'in excess of': 'at-least',
    'no fewer than': 'at-least',
    'no less than': 'at-least',
    about: 'approximate',
    around: 'approximate',
    roughly: 'approximate',
    approximately: 'approximate',
    approx: 'approximate',
    nearly: 'approximate',
    almost: 'approximate',
    'close to': 'approximate',
    'an estimated': 'approximate',
    estimated: 'approximate',
    some: 'approximate',
    'up to': 'at-most',
    'fewer than': 'at-most',
    'less than': 'at-most',
    'as many as': 'at-most',
    'no more than': 'at-most',
    'at most': 'at-most',
    under: 'at-most',
  },
};

/** Words after a figure that bound it (`500 orang atau lebih`, `500 or more`). */
export const TRAILING_QUALIFIERS: Readonly<Record<NumberLanguage, Readonly<Record<string, Qualifier>>>> = {
  id: { 'atau lebih': 'at-least', 'ke atas': 'at-least', 'atau kurang': 'at-most' },
  en: { 'or more': 'at-least', 'or fewer': 'at-most', 'or less': 'at-most' },
};

/** Rate phrases after a figure (`800 drone per hari`, `40 trucks a day`). */
export const RATES: Readonly<Record<NumberLanguage, Readonly<Record<string, Rate>>>> = {
  id: {
    'per hari': 'day', perhari: 'day', sehari: 'day', 'setiap hari': 'day', 'tiap hari': 'day',
    'per minggu': 'week', 'per pekan': 'week', seminggu: 'week', sepekan: 'week',
    'setiap minggu': 'week', 'setiap pekan': 'week', 'tiap minggu': 'week', 'tiap pekan': 'week',
    'per bulan': 'month', perbulan: 'month', sebulan: 'month', 'setiap bulan': 'month', 'tiap bulan': 'month',
    'per tahun': 'year', pertahun: 'year', setahun: 'year', 'setiap tahun': 'year', 'tiap tahun': 'year',
  },
  en: {
    'a day': 'day', 'per day': 'day', 'each day': 'day', 'every day': 'day', daily: 'day',
    'a week': 'week', 'per week': 'week', 'each week': 'week', 'every week': 'week', weekly: 'week',
    'a month': 'month', 'per month': 'month', 'each month': 'month', 'every month': 'month', monthly: 'month',
    'a year': 'year', 'per year': 'year', 'each year': 'year', 'every year': 'year',
    annually: 'year', yearly: 'year', 'per annum': 'year',
  },
};

/** Words joining the two ends of a range (`20-30`, `20 hingga 30`, `20 to 30`). */
export const RANGE_JOINERS: Readonly<Record<NumberLanguage, readonly string[]>> = {
  id: ['-', '–', '—', 'hingga', 'sampai'],
  en: ['-', '–', '—', 'to'],
};

/** Range frames: opener before the low end, and the word before the high end. */
export const RANGE_FRAMES: Readonly<Record<NumberLanguage, Readonly<Record<string, string>>>> = {
  id: { antara: 'dan' },
  en: { between: 'and' },
};

/**
 * Cues that make a number something other than a quantity. A four-digit number
 * from 1800 to 2100 is a year when it follows `tahun`/`year`, a month name or a
 * time preposition (`pada 2019`, `in 2019`), even with a noun after it (`pada
 * 2019 pasukan …`); elsewhere it is a year unless a unit follows. Dates follow
 * `tanggal` or sit next to a month name (calendar.ts); clock times follow `pukul`/`jam` or precede a zone or
 * am/pm (Indonesian writes times `pukul 10.30 WIB`, KBBI/PUEBI); labels are
 * numbers that name rather than count (`Pasal 33`, `Article 5`).
 */
export interface NonFigureCues {
  yearBefore: readonly string[];
  dateBefore: readonly string[];
  timeBefore: readonly string[];
  timeAfter: readonly string[];
  labelBefore: readonly string[];
  /** Words before a weak number word that make it "one of" (`salah satu`). */
  oneOfBefore: readonly string[];
}

export const NON_FIGURE_CUES: Readonly<Record<NumberLanguage, NonFigureCues>> = {
  id: {
    yearBefore: ['tahun', 'thn', 'th', 'pada', 'sejak', 'awal', 'akhir', 'pertengahan', 'medio'],
    dateBefore: ['tanggal', 'tgl'],
    timeBefore: ['pukul', 'jam'],
    timeAfter: ['wib', 'wita', 'wit', 'gmt', 'utc'],
    labelBefore: ['nomor', 'no', 'nomer', 'pasal', 'ayat', 'resolusi', 'halaman', 'bab', 'seri', 'tipe', 'versi', 'model', 'kode', 'jalur', 'gerbang'],
    oneOfBefore: ['salah'],
  },
  en: {
    yearBefore: ['year', 'fy', 'fiscal', 'in', 'since', 'during', 'until', 'early', 'late', 'mid'],
    dateBefore: ['dated'],
    timeBefore: [],
    timeAfter: ['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'bst', 'edt', 'est', 'hrs'],
    labelBefore: ['no', 'number', 'article', 'resolution', 'section', 'chapter', 'page', 'type', 'model', 'version', 'series', 'flight', 'route', 'highway', 'room', 'code', 'paragraph', 'gate'],
    oneOfBefore: [],
  },
};
