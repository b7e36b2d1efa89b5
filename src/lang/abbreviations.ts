// Language data for sentence splitting: abbreviations whose final period does
// not end a sentence. Entries are written without that final period.
import type { Language } from '../pipeline/types.ts';

/**
 * Abbreviations that are written with a period and are normally followed by
 * more of the same sentence (a name, a number, a place).
 *
 * English: honorifics, ranks, company suffixes, Latin short forms, country
 * acronyms with internal periods, and month short forms as used by wire
 * services (AP/Reuters style).
 *
 * Indonesian: forms from the government's official abbreviation conventions
 * (Pedoman Umum Ejaan Bahasa Indonesia / KBBI list of singkatan): address and
 * honorific forms (Bpk., Sdr., Yth.), list endings (dll., dsb., dst., dkk.),
 * the Hajj title "H." (H. Ahmad), TNI/Polri ranks, academic degrees (S.H.,
 * Ph.D.), street names (Jl.) and Indonesian month short forms (Agu./Agt.,
 * Okt., Des.).
 *
 * Matching is case-sensitive so that the ordinary words "no" or "co" at a
 * sentence end are not mistaken for "No." or "Co.". A single capital letter
 * followed by a period (an initial, "J. Smith") is handled by the segmenter as
 * a rule, so it is not listed here.
 */
export const NON_TERMINAL_ABBREVIATIONS: Readonly<Record<Exclude<Language, 'und'>, readonly string[]>> = {
  en: [
    // Honorifics and titles
    'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Jr', 'Sr', 'St',
    // Military ranks
    'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm',
    // Political titles
    'Rep', 'Sen', 'Gov', 'Pres',
    // Company forms
    'Inc', 'Ltd', 'Co', 'Corp',
    // Short forms
    'No', 'vs', 'etc', 'e.g', 'i.e', 'approx',
    // Acronyms with internal periods
    'U.S', 'U.K', 'U.N', 'U.S.S.R', 'E.U',
    // Times
    'a.m', 'p.m',
    // Months
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    // Places
    'Mt', 'Ft',
  ],
  id: [
    // Titles and address forms (Dr. = doktor, Ir. = insinyur, Bpk. = Bapak,
    // Tn. = Tuan, Ny. = Nyonya, Sdr. = Saudara, Yth. = Yang terhormat)
    'Dr', 'Prof', 'Ir', 'Bpk', 'Tn', 'Ny', 'Sdr', 'yth', 'Yth',
    // Hajj title, as in "H. Ahmad"
    'H',
    // Jl. = Jalan, No. = Nomor
    'Jl', 'No',
    // dan lain-lain, dan sebagainya, dan seterusnya, dan kawan-kawan
    'dll', 'dsb', 'dst', 'dkk',
    // atas nama, untuk perhatian
    'a.n', 'u.p',
    // TNI ranks
    'Kol', 'Letjen', 'Mayjen', 'Brigjen', 'Jend', 'Kapt',
    // Academic degrees
    'S.H', 'S.E', 'M.Si', 'Ph.D',
    // Months (Agustus is written both Agu. and Agt.)
    'Jan', 'Feb', 'Mar', 'Apr', 'Agu', 'Agt', 'Sep', 'Okt', 'Nov', 'Des',
  ],
};
