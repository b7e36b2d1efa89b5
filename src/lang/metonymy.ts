// When a capital stands for its country (`Pyongyang mengatakan`, `Moscow's forces`), as
// data: the verbs, heads and clause openers around a capital that make it an actor.
// Lists merge Indonesian and English, lower case; multi-word entries use single spaces.

/**
 * Verbs of saying and of state action that take a government as subject: a capital
 * followed by one (`Pyongyang mengatakan`, `Moscow denied`) speaks for its country.
 * Indonesian active verbs carry the meN- prefix; the common ones are listed, and any
 * meN-…-kan verb also counts (see `ACTIVE_VERB_PATTERNS`).
 */
export const ACTOR_VERBS: readonly string[] = [
  // Indonesian
  'mengatakan', 'menyatakan', 'mengumumkan', 'menegaskan', 'membantah', 'menyangkal', 'menolak',
  'menuduh', 'mengecam', 'mengutuk', 'memperingatkan', 'mengancam', 'mendesak', 'meminta',
  'menuntut', 'mencari', 'mengirim', 'mengirimkan', 'memasok', 'menandatangani', 'mengonfirmasi',
  'mengkonfirmasi', 'mengakui', 'menjawab', 'menanggapi', 'menyebut', 'menilai', 'berkata',
  'bersikeras', 'berjanji', 'menembakkan', 'meluncurkan', 'menyerang', 'memperpanjang', 'membalas',
  'merespons', 'mengklaim', 'mengungkapkan', 'melaporkan', 'menginginkan', 'ingin', 'setuju',
  'sepakat', 'bereaksi', 'menyambut', 'memutuskan', 'menawarkan', 'memberikan', 'menerima',
  'membantu', 'mendukung', 'menentang', 'mengerahkan', 'mengirimi', 'memberi', 'berusaha',
  'berupaya', 'berencana', 'menganggap', 'memandang', 'melihat', 'menyerukan', 'membela',
  // English
  'said', 'says', 'say', 'announced', 'announces', 'stated', 'states', 'claimed', 'claims',
  'denied', 'denies', 'warned', 'warns', 'accused', 'accuses', 'rejected', 'rejects', 'condemned',
  'condemns', 'confirmed', 'confirms', 'insisted', 'insists', 'threatened', 'threatens', 'responded',
  'responds', 'urged', 'urges', 'demanded', 'demands', 'sent', 'sends', 'supplied', 'supplies',
  'signed', 'signs', 'agreed', 'agrees', 'told', 'tells', 'sought', 'seeks', 'wants', 'wanted',
  'launched', 'launches', 'fired', 'fires', 'refused', 'refuses', 'believes', 'believed', 'argued',
  'argues', 'reported', 'reports', 'vowed', 'vows', 'pledged', 'pledges', 'criticized', 'criticised',
  'hopes', 'hoped', 'sees', 'saw', 'views', 'considers', 'considered', 'deployed', 'deploys',
  'provided', 'provides', 'backed', 'backs', 'supported', 'supports', 'opposed', 'opposes',
  'welcomed', 'welcomes', 'called', 'calls', 'decided', 'decides', 'offered', 'offers',
];

/**
 * Indonesian active verbs formed with meN- and a -kan or -i suffix (`menyatakan`,
 * `memperingatkan`, `mengonfirmasi`): the morphology marks a verb without listing it.
 */
export const ACTIVE_VERB_PATTERNS: readonly RegExp[] = [/^me(?:ng|ny|m|n)?[a-z]{3,}(?:kan|i)$/];

/** Words the pattern above would take but that are not verbs (`mengenai` = about). */
export const NOT_VERBS: readonly string[] = ['mengenai', 'melalui', 'mengingat', 'menjelang', 'mereka', 'menteri', 'merupakan', 'menjadi'];

/**
 * Auxiliaries, negations and adverbs allowed between the capital and its verb
 * (`Moskow maupun Pyongyang tidak mengonfirmasi`, `Moscow has repeatedly denied`).
 */
export const VERB_AUXILIARIES: readonly string[] = [
  // Indonesian
  'telah', 'sudah', 'juga', 'tidak', 'tak', 'belum', 'akan', 'sedang', 'masih', 'pun', 'kembali',
  'terus', 'segera', 'secara', 'resmi', 'kemudian', 'lalu', 'bahkan', 'sendiri', 'selalu', 'pernah',
  // English
  'has', 'have', 'had', 'also', 'did', 'does', 'do', 'not', 'will', 'would', 'could', 'may', 'might',
  'is', 'was', 'been', 'repeatedly', 'again', 'quickly', 'publicly', 'officially', 'swiftly', 'never',
  'already', 'later', 'then', 'itself', 'always', 'previously', 'recently',
];

/**
 * Nouns before a capital that make it the country's government (`Pasukan Moskow` =
 * Moscow's forces, `sekutu Kyiv` = Kyiv's allies, `juru bicara Kremlin`).
 */
export const ACTOR_HEADS: readonly string[] = [
  // Nouns whose possessor is the actor; `serangan Kyiv` (an attack by or on Kyiv) is
  // ambiguous and left out, like other nouns that take a target.
  'pasukan', 'pemerintah', 'pemerintahan', 'rezim', 'sekutu', 'tentara', 'militer', 'diplomat',
  'pejabat', 'juru bicara', 'jubir', 'pihak', 'otoritas', 'kebijakan', 'tuntutan', 'mitra',
  'musuh', 'lawan', 'keputusan', 'posisi', 'sikap', 'aliansi', 'delegasi', 'utusan', 'kepemimpinan',
  'allies of', 'ally of', 'forces of', 'government of',
];

/** Nouns after a capital that make it the country's government (`Kremlin spokesman`). */
export const ACTOR_TAILS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'government', 'regime',
  'forces', 'troops', 'leadership', 'authorities', 'diplomats',
];

/**
 * Conjunctions that coordinate two actors or two places (`Moskow maupun Pyongyang`,
 * `antara Pyongyang dan Moskow`, `di Kyiv dan Seoul`).
 */
export const CONJUNCTIONS: readonly string[] = ['dan', 'maupun', 'serta', 'atau', 'and', 'or', 'nor', '&'];

/**
 * Words that open a clause, so the capital after them is the clause's subject
 * (`bahwa Washington dan sekutunya memperpanjang perang`, `when Moscow …`).
 */
export const CLAUSE_OPENERS: readonly string[] = [
  // Indonesian
  'bahwa', 'ketika', 'saat', 'sementara', 'karena', 'meskipun', 'walaupun', 'namun', 'tetapi',
  'sedangkan', 'jika', 'kalau', 'sejak', 'setelah', 'sebelum', 'agar', 'supaya', 'sehingga',
  // English
  'that', 'when', 'while', 'because', 'although', 'though', 'but', 'whereas', 'if', 'since',
  'after', 'before', 'unless', 'as',
];

/** Punctuation that opens a clause before a capital: quotes, dashes, a colon, a bracket. */
export const CLAUSE_OPENING_MARKS: readonly string[] = ['“', '"', '‘', "'", '–', '—', ':', '(', ';', '«', '„'];
