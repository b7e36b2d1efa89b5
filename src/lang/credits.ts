// Credit and dateline conventions of Indonesian and English news text, as data:
// how outlets name the original they rewrite, their editor, and their dateline.

/** `Sumber: The Economist | Editor: Budi`, `Sumber : AFP/BS`, `Source: AP`. */
export const SOURCE_LINE = /^(?:sumber|source)\s*:\s*(?<source>[^|]+?)\s*(?:\|\s*(?:editor|penyunting)\s*:\s*(?<editor>[^|]+?))?\s*\.?\s*$/i;

/** `Editor: Budi`, `Penyunting: …`. */
export const EDITOR_LINE = /^(?:editor|penyunting|redaktur)\s*:\s*(?<editor>.+?)\s*\.?\s*$/i;

/** `Baca artikel asli di Reuters`, `Read the original article at …`. */
export const ORIGINAL_LINE =
  /^(?:baca\s+(?:artikel|berita)\s+(?:asli(?:nya)?|aslinya|selengkapnya)\s+di|artikel\s+ini\s+(?:pertama\s+kali\s+)?(?:terbit|tayang|dimuat)\s+di|read\s+the\s+original\s+(?:article|story)\s+(?:at|on|in)|(?:this\s+(?:article|story)\s+(?:was\s+)?)?originally\s+(?:published|appeared)\s+(?:by|in|at|on))\s+(?<source>.+?)\s*\.?\s*$/i;

/**
 * Lede prefixes that carry the dateline and the outlet, taken off the first paragraph.
 * Each names its groups: `outlet`, `dateline`, `agency`.
 */
export const LEDE_MARKERS: readonly RegExp[] = [
  // TEMPO.CO.ID - JAKARTA. Pemerintah …
  /^(?<outlet>[\p{Lu}][\p{L}\d-]*(?:\.[\p{L}]{2,}){1,2})\s*[-–—]\s*(?<dateline>[\p{Lu}][\p{L} .'-]{1,40}?)\s*[.,]\s+/u,
  // Washington | Tempo.co – Presiden …
  /^(?<dateline>[\p{Lu}][\p{L} .'-]{1,40}?)\s*\|\s*(?<outlet>[\p{L}\d.-]{2,40})\s*[-–—]\s+/u,
  // JAKARTA, KOMPAS.com - …  /  JAKARTA, KOMPAS.TV -
  /^(?<dateline>[\p{Lu}][\p{Lu} .'-]{1,40}?),\s*(?<outlet>[\p{L}\d-]+\.(?:[\p{L}]{2,})(?:\.[\p{L}]{2,})?)\s*[-–—]\s+/u,
  // WASHINGTON (Reuters) - …  /  Jakarta (ANTARA) - …
  /^(?<dateline>[\p{Lu}][\p{L} .'-]{1,40}?)\s*\((?<agency>[\p{L}][\p{L} .&/-]{1,30})\)\s*[-–—]\s+/u,
  // JAKARTA - …  (an upper-case city and a dash, nothing else)
  /^(?<dateline>[\p{Lu}]{3,}(?: [\p{Lu}]{3,}){0,2})\s*[-–—]\s+/u,
];

/** A line that is only an outlet's acronym or short brand (`AFP`, `BBC News`). */
export const OUTLET_LINE = /^(?:[\p{Lu}\d]{2,6}(?: [\p{Lu}][\p{L}]{1,10})?|[\p{Lu}][\p{L}]+\.(?:com|co|id|net|org|tv))$/u;

/** How many lines after the title an outlet line may stand. */
export const OUTLET_LINE_WINDOW = 4;

/** `… bidang sensitif.” (Hui)`: initials or a short name closing the last paragraph. */
export const TRAILING_CREDIT = /\s*\((?<credit>[\p{Lu}][\p{L}]{0,11}(?:\s*\/\s*[\p{L}]{1,12}){0,2})\)\s*$/u;

/** Wire agencies: in a credit they are the original source, not the editor. */
export const AGENCIES: readonly string[] = [
  'Reuters',
  'AP',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'ANTARA',
  'Antara',
  'Xinhua',
  'Yonhap',
  'Kyodo',
  'Bernama',
  'TASS',
  'RIA Novosti',
  'Anadolu',
  'Anadolu Agency',
  'dpa',
  'DPA',
  'EFE',
  'ANSA',
  'UPI',
  'Bloomberg',
  'KCNA',
  'CNA',
];

/**
 * Words that make a named news organization the source of what a sentence says:
 * `Bloomberg melaporkan`, `menurut Reuters`, `kepada AFP`,
 * `according to Reuters`, `Reuters reported`, `diterbitkan oleh …`.
 */
export const REPORT_CUES: readonly string[] = [
  'melaporkan', 'dilaporkan', 'menurut', 'laporan', 'diterbitkan oleh', 'mengutip', 'dikutip', 'kepada', 'mengatakan kepada', 'dikonfirmasi',
  'reported', 'reports', 'according to', 'told', 'report', 'published by', 'citing', 'cited',
];
