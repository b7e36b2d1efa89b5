// How Indonesian and English text names an institution, as data: head words and
// the small words allowed inside a name. Known organizations and their aliases are
// world knowledge and live in content/organizations.yaml, not here.

/**
 * Indonesian head words open the name (`Kementerian Pertahanan Jepang`,
 * `Dewan Ekonomi Nasional`): the name runs from the head word to the end of
 * the capitalized words after it.
 */
export const HEAD_FIRST_WORDS: readonly string[] = [
  'Kementerian', 'Departemen', 'Dewan', 'Badan', 'Komisi', 'Institut', 'Lembaga', 'Majelis', 'Mahkamah', 'Pengadilan',
  'Partai', 'Universitas', 'Organisasi', 'Kepolisian', 'Kejaksaan', 'Komite', 'Otoritas', 'Biro', 'Direktorat',
  'Sekretariat', 'Panel', 'Dinas', 'Korps', 'Akademi', 'Yayasan', 'Asosiasi', 'Aliansi', 'Koalisi', 'Pusat Studi',
  'Kantor Berita', 'Angkatan Darat', 'Angkatan Laut', 'Angkatan Udara', 'Markas Besar', 'Staf Umum',
];

/**
 * English head words close the name (`Defense Ministry`, `National Security
 * Council`, `Korean Central News Agency`) or open it (`Ministry of Defence`):
 * either way the name is the whole run of capitalized words around them.
 */
export const HEAD_LAST_WORDS: readonly string[] = [
  'Ministry', 'Department', 'Council', 'Agency', 'Commission', 'Institute', 'Institution', 'Committee', 'Office',
  'Bureau', 'Directorate', 'Secretariat', 'Authority', 'Court', 'Parliament', 'Assembly', 'Party', 'University',
  'Organization', 'Organisation', 'Association', 'Alliance', 'Coalition', 'Corps', 'Command', 'Forces', 'Service',
  'Bank', 'Fund', 'Foundation', 'Center', 'Centre', 'Academy', 'Panel', 'Network', 'Police', 'Guard',
];

/** Lower-case words allowed inside a name when a capitalized word follows (`Ministry of Defence`, `Panel … untuk Proliferasi`). */
export const NAME_CONNECTORS: readonly string[] = ['of', 'for', 'on', 'the', 'untuk', 'urusan'];

/** Capitalized words that open a sentence or a name's run but are not part of the name. */
export const LEADING_NON_NAME: readonly string[] = [
  'the', 'a', 'an', 'but', 'and', 'then', 'when', 'while', 'after', 'before', 'since', 'meanwhile', 'however',
  'sejak', 'meskipun', 'namun', 'tetapi', 'kemudian', 'setelah', 'sebelum', 'menurut', 'dalam', 'pada', 'bagi',
  'sebagai', 'laporan', 'pernyataan', 'juru', 'pihak', 'pasukan', 'perwakilan',
];
