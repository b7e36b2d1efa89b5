// Place cues of Indonesian and English news text, as data: the words that introduce a
// place name, qualify it, or show that a capitalized word is not a place at all.
// Lists are merged across languages (outlets mix them) and written in lower case;
// lookups fold case and accents, and multi-word cues are written with single spaces.

/**
 * Prepositions after which a name is a location (`di Seoul`, `ke Rusia`, `dari Busan`,
 * `near Kherson`). Indonesian: the KBBI prepositions of place and direction (`di`,
 * `ke`, `dari`) and locative phrases; `melalui`/`lewat` (`via`) route through a place.
 */
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  // Indonesian
  'di', 'ke', 'dari', 'dekat', 'di dekat', 'menuju', 'melalui', 'lewat', 'via', 'di sekitar',
  'di luar', 'di dalam', 'hingga ke', 'sampai ke', 'berbasis di', 'berpusat di',
  // English
  'in', 'to', 'from', 'near', 'at', 'into', 'towards', 'toward', 'outside', 'inside',
  'based in', 'close to', 'next to', 'through',
];

/**
 * English phrases in which the preposition is not locative (`according to Smith`,
 * `due to Moscow's refusal`): the word before the cue, lower case, and the cue.
 */
export const NON_LOCATIVE_PHRASES: readonly string[] = [
  'according to', 'due to', 'up to', 'compared to', 'thanks to', 'owing to', 'prior to',
  'addition to', 'response to', 'similar to', 'said to', 'told to', 'talked to', 'spoke to',
  'apart from', 'aside from', 'quoted from',
];

/**
 * Place-type words written before the name (`Pelabuhan Busan`, `kota Kherson`,
 * `wilayah Belgorod`, `the port of Busan`, `Belgorod oblast` is handled by the next list).
 */
export const PLACE_TYPES_BEFORE: readonly string[] = [
  // Indonesian
  'pelabuhan', 'kota', 'wilayah', 'provinsi', 'kabupaten', 'kecamatan', 'desa', 'pulau',
  'kawasan', 'daerah', 'distrik', 'oblast', 'kepulauan', 'semenanjung', 'teluk', 'selat',
  'bandara', 'bandar udara', 'pangkalan', 'pangkalan udara', 'stasiun', 'depot',
  'kota pelabuhan', 'ibu kota',
  // English: only `of` forms and `capital`, because a bare `Port` or `City` before a
  // capitalized word is usually part of the name (`Port Sudan`, `City Hall`)
  'port of', 'city of', 'town of', 'village of', 'province of', 'region of', 'island of',
  'port city of', 'capital', 'capital of',
];

/** Place-type words written after the name, English style (`Belgorod oblast`, `Kherson region`). */
export const PLACE_TYPES_AFTER: readonly string[] = [
  'oblast', 'region', 'province', 'port', 'city', 'district', 'krai', 'governorate', 'raion',
];

/** Words skipped between a cue and the name (`in the city of Kherson`). */
export const CUE_FILLERS: readonly string[] = ['the', 'a', 'an'];

/**
 * Direction words between a name and its country (`dekat Rostov di barat daya
 * Rusia`, `in southwestern Russia`): the country still qualifies the name.
 */
export const DIRECTION_WORDS: readonly string[] = [
  // Indonesian compass points (barat daya = south-west, timur laut = north-east)
  'utara', 'selatan', 'timur', 'barat', 'tengah', 'tenggara', 'barat daya', 'timur laut', 'barat laut',
  // English
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western',
  'south-eastern', 'south-western', 'the north of', 'the south of', 'the east of', 'the west of',
];

/** Prepositions joining a name to the country it lies in (`Busan di Korea Selatan`, `Bandar Abbas in Iran`). */
export const IN_COUNTRY_PREPOSITIONS: readonly string[] = ['di', 'in'];

/**
 * First words of organizations, offices and titles: a capitalized sequence that starts
 * with one is never a place (`dari Kementerian Luar Negeri`, `ke Grup Wagner`).
 */
export const NON_PLACE_HEADS: readonly string[] = [
  // Indonesian
  'kementerian', 'kemenlu', 'dewan', 'departemen', 'badan', 'komite', 'komisi', 'grup', 'kelompok',
  'institut', 'universitas', 'partai', 'panel', 'presiden', 'menteri', 'perdana', 'pemerintah',
  'kantor', 'pasukan', 'tentara', 'angkatan', 'bank', 'perserikatan', 'pengadilan', 'mahkamah',
  'gedung', 'juru', 'direktur', 'kepala', 'pejabat', 'sekretaris', 'jenderal', 'duta', 'kedutaan',
  'konferensi', 'pertemuan', 'perusahaan', 'pt', 'organisasi', 'lembaga', 'pusat', 'akademi',
  'majelis', 'parlemen', 'kongres', 'senat', 'media', 'harian', 'surat', 'kantor berita',
  // English
  'ministry', 'department', 'council', 'committee', 'commission', 'group', 'institute', 'university',
  'party', 'president', 'minister', 'prime', 'government', 'office', 'agency', 'army', 'forces',
  'court', 'white', 'secretary', 'general', 'ambassador', 'embassy', 'conference', 'company',
  'corporation', 'organization', 'organisation', 'academy', 'parliament', 'congress', 'senate',
  'reuters', 'bloomberg',
];

/**
 * Last words of organization and publication names: a capitalized sequence that ends
 * with one is never a place (`Washington Post`, `Jakarta Globe`, `Daily Mirror`).
 */
export const NON_PLACE_TAILS: readonly string[] = [
  'post', 'times', 'news', 'journal', 'insider', 'herald', 'tribune', 'gazette', 'telegraph',
  'guardian', 'agency', 'institute', 'university', 'ministry', 'council', 'committee', 'group',
  'company', 'corporation', 'inc', 'ltd', 'party', 'forces', 'army', 'navy', 'command', 'office',
];

/**
 * Words that are never place names even when capitalized (sentence starts, title
 * case): function words, pronouns, and compass points standing alone (`di Utara`).
 */
export const NEVER_PLACES: readonly string[] = [
  // Indonesian function words and pronouns
  'yang', 'dan', 'atau', 'untuk', 'dengan', 'pada', 'ini', 'itu', 'juga', 'para', 'sebuah', 'seorang',
  'adalah', 'bahwa', 'akan', 'tidak', 'dalam', 'oleh', 'kami', 'kita', 'mereka', 'dia', 'ia', 'anda',
  'sana', 'sini', 'situ', 'mana', 'atas', 'bawah', 'luar', 'antara', 'sekitar', 'sebelah', 'seluruh',
  'semua', 'negara', 'negeri', 'lapangan', 'rumah', 'kantor', 'tempat', 'lokasi', 'perbatasan',
  'garis', 'depan', 'belakang', 'samping', 'balik', 'sisi', 'laut', 'darat', 'udara', 'sana-sini',
  // English function words and pronouns
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'where', 'home', 'abroad',
  'it', 'them', 'him', 'her', 'us', 'we', 'you', 'they', 'our', 'their', 'his', 'its', 'all', 'some',
  'any', 'other', 'both', 'each', 'which', 'what', 'who', 'and', 'or', 'of', 'for', 'with', 'on',
  'by', 'as', 'at', 'in', 'to', 'from', 'front', 'sea', 'land', 'air', 'border', 'war', 'power',
  'office', 'court', 'state', 'country', 'city', 'town', 'port', 'region',
  // Compass points alone
  'utara', 'selatan', 'timur', 'barat', 'tengah', 'tenggara', 'north', 'south', 'east', 'west',
  'central', 'northern', 'southern', 'eastern', 'western',
];
