// How Indonesian and English news text introduces a person, as data: role words
// and titles before a name, particles inside one, and capitalized words that are
// never part of a name. src/analysis/extract/people.ts only applies them.

/**
 * Role words, lower-case; multi-word roles are written with single spaces.
 * Indonesian puts the role before the name with its complement between
 * (`juru bicara Kementerian Luar Negeri Budi Santoso`); English puts modifiers
 * before it (`Defense Secretary Lloyd Austin`, `State Department spokesman …`).
 */
export const ROLE_WORDS: readonly string[] = [
  // Indonesian
  'juru bicara', 'jubir', 'menteri', 'menlu', 'menhan', 'perdana menteri', 'presiden', 'wakil presiden', 'pemimpin',
  'kepala', 'ketua', 'ketua umum', 'direktur', 'direktur jenderal', 'profesor', 'guru besar', 'peneliti', 'analis',
  'pakar', 'pengamat', 'pejabat', 'diplomat', 'duta besar', 'dubes', 'utusan', 'sekretaris', 'sekretaris jenderal',
  'sekjen', 'gubernur', 'wali kota', 'walikota', 'bupati', 'panglima', 'komandan', 'jenderal', 'laksamana',
  'marsekal', 'kolonel', 'letnan', 'kapten', 'kanselir', 'raja', 'ratu', 'pangeran', 'senator', 'anggota parlemen',
  'anggota kongres', 'penasihat', 'penasehat', 'asisten', 'koordinator', 'kepala staf', 'pendiri', 'koresponden',
  'wartawan', 'perwakilan',
  // English
  'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'minister', 'prime minister', 'secretary',
  'president', 'vice president', 'leader', 'head', 'chief', 'director', 'professor', 'researcher', 'analyst',
  'expert', 'official', 'diplomat', 'ambassador', 'envoy', 'governor', 'mayor', 'general', 'admiral', 'colonel',
  'lieutenant', 'captain', 'commander', 'chancellor', 'king', 'queen', 'prince', 'senator', 'congressman',
  'congresswoman', 'lawmaker', 'representative', 'adviser', 'advisor', 'chairman', 'chairwoman', 'chair',
  'founder', 'correspondent', 'premier', 'chief executive',
];

/** Words that sharpen a role and belong to it when right before it (`wakil menteri`, `deputy spokesman`). */
export const ROLE_MODIFIERS: readonly string[] = [
  'wakil', 'mantan', 'plt', 'pelaksana tugas', 'senior',
  'deputy', 'vice', 'former', 'acting', 'senior', 'assistant', 'top', 'chief', 'principal',
];

/** Honorifics: evidence that a name follows, but not a role (`Mr`, `Bapak`). */
export const TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'bapak', 'pak', 'ibu', 'bu', 'tuan', 'nyonya', 'sdr', 'saudara',
];

/** Indefinite words between a name's comma and its role (`Lim, seorang profesor di …`). */
export const APPOSITIVE_ARTICLES: readonly string[] = ['seorang', 'sang', 'si', 'salah satu', 'a', 'an', 'the'];

/** Lower-case words allowed inside a role after the role word (`profesor di Institut …`, `Secretary of State`). */
export const ROLE_CONNECTORS: readonly string[] = ['di', 'dari', 'untuk', 'urusan', 'bidang', 'of', 'at', 'for', 'the', 'on'];

/**
 * Lower-case words that end the stretch between a role word and a name: a
 * clause boundary, so `pemimpin … bahwa X` does not give X the role.
 */
export const ROLE_GAP_BREAKERS: readonly string[] = [
  'bahwa', 'yang', 'dan', 'atau', 'tetapi', 'namun', 'serta', 'dengan', 'kepada', 'oleh', 'ketika', 'saat', 'setelah',
  'sebelum', 'karena', 'jika', 'ini', 'itu', 'tersebut', 'para', 'kedua',
  'that', 'which', 'who', 'and', 'or', 'but', 'with', 'when', 'after', 'before', 'because', 'if', 'this', 'these',
  'those', 'by', 'to',
];

/** Lower-case particles inside a name (`Ursula von der Leyen`, `Mohammed bin Salman`). */
export const NAME_PARTICLES: readonly string[] = ['van', 'von', 'der', 'den', 'de', 'da', 'dos', 'du', 'bin', 'binti', 'ibn', 'al', 'el', 'la', 'le'];

/**
 * Words of institution names and other descriptors, lower-case: capitalized in
 * `Kementerian Luar Negeri Budi Santoso`, they sit between a role word and a name
 * and are never part of the name. English role modifiers written in lower case
 * (`national security spokesman`) come from this list too.
 */
export const INSTITUTION_WORDS: readonly string[] = [
  // Indonesian
  'keamanan', 'nasional', 'pertahanan', 'luar', 'negeri', 'dalam', 'keuangan', 'perdagangan', 'umum', 'agung',
  'rakyat', 'republik', 'kerajaan', 'federasi', 'demokratik', 'demokratis', 'persatuan', 'perserikatan', 'bangsa',
  'bangsa-bangsa', 'internasional', 'pusat', 'daerah', 'militer', 'angkatan', 'darat', 'laut', 'udara', 'bersenjata',
  'intelijen', 'negara', 'pemerintah', 'pemerintahan', 'parlemen', 'kongres', 'senat', 'istana', 'gedung', 'kantor',
  'pasukan', 'tentara', 'polisi', 'kepolisian', 'partai', 'markas', 'besar', 'staf', 'gabungan', 'politik', 'hukum',
  'ekonomi', 'energi', 'urusan', 'hubungan', 'informasi', 'komunikasi', 'pers', 'berita', 'media', 'pelabuhan',
  'bandara', 'pulau', 'selat', 'sungai', 'gunung', 'teluk', 'semenanjung', 'jalan', 'provinsi', 'wilayah', 'kota',
  'kabupaten', 'distrik', 'pihak', 'sumber', 'laporan', 'pernyataan', 'resolusi', 'perang', 'operasi', 'program',
  'sistem', 'rudal', 'misil', 'roket', 'perjanjian', 'pakta', 'sanksi', 'grup', 'kelompok', 'panel', 'ahli',
  'pengendalian', 'senjata',
  // English
  'security', 'national', 'defense', 'defence', 'foreign', 'affairs', 'state', 'department', 'office', 'home',
  'interior', 'treasury', 'justice', 'military', 'intelligence', 'army', 'navy', 'force', 'forces', 'armed', 'staff',
  'joint', 'chiefs', 'central', 'news', 'republic', 'federation', 'democratic', 'international', 'federal',
  'government', 'parliament', 'congress', 'senate', 'party', 'press', 'port', 'island', 'river', 'mount', 'gulf',
  'strait', 'province', 'region', 'district', 'street', 'report', 'statement', 'resolution', 'war', 'operation',
  'missile', 'missiles', 'treaty', 'pact', 'sanctions', 'group', 'panel', 'house', 'arms', 'control', 'council',
];

/**
 * Words capitalized only because they open a sentence or a clause, lower-case:
 * `Sejak Santoso bertemu …` is not a two-word name.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'sejak', 'meskipun', 'walaupun', 'namun', 'tetapi', 'kemudian', 'setelah', 'sebelum', 'menurut', 'dalam', 'pada',
  'bagi', 'sebagai', 'selain', 'saat', 'ketika', 'karena', 'jika', 'bahkan', 'sementara', 'adapun', 'sedangkan',
  'di', 'ke', 'dari', 'untuk', 'dengan', 'oleh', 'dan', 'atau', 'ini', 'itu', 'para', 'sebuah', 'seorang',
  'mereka', 'kami', 'kita', 'dia', 'ia', 'beliau', 'perlu', 'pun', 'juga', 'menariknya', 'sebelumnya', 'selanjutnya',
  'the', 'a', 'an', 'but', 'and', 'or', 'then', 'when', 'while', 'after', 'before', 'since', 'although', 'though',
  'however', 'meanwhile', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'as', 'if', 'this', 'that',
  'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'his', 'her', 'their', 'our', 'also', 'earlier', 'later',
  'yesterday', 'today', 'tomorrow', 'last', 'next',
];

/**
 * Month names that are also common given names or surnames (`Theresa May`):
 * the other month names are never part of a name.
 */
export const MONTHS_THAT_ARE_NAMES: readonly string[] = ['may', 'april', 'june', 'august', 'mei'];
