// How Indonesian and English news text says who said something, as data: speech
// verbs after and before the speaker, and the pronoun forms that point back to one.

/**
 * Speech verbs that follow their subject (`Santoso mengatakan`, `Doe said`),
 * lower-case; multi-word verbs are written with single spaces.
 */
export const SPEECH_VERBS_AFTER_SPEAKER: readonly string[] = [
  'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'mengungkapkan', 'menambahkan', 'menuturkan',
  'mengumumkan', 'memperingatkan', 'menulis', 'berkata', 'bilang', 'melaporkan', 'memberi tahu', 'memberitahu',
  'memberitahukan', 'mengklaim', 'menyebutkan', 'katakan', 'menekankan', 'mengakui', 'menyampaikan',
  'said', 'says', 'told', 'added', 'stated', 'wrote', 'announced', 'warned', 'noted', 'explained', 'claimed',
  'stressed', 'insisted', 'confirmed', 'reported', 'tells', 'adds',
];

/** Speech verbs that precede their speaker (`kata Santoso`, `said Jane Doe`, `according to …`). */
export const SPEECH_VERBS_BEFORE_SPEAKER: readonly string[] = [
  'kata', 'ujar', 'ucap', 'tutur', 'tegas', 'imbuh', 'jelas', 'lanjut', 'tambah', 'menurut',
  'said', 'says', 'added', 'according to', 'wrote', 'told',
];

/** Words that may sit between a speaker and the verb (`Santoso juga mengatakan`, `Doe also said`). */
export const SPEECH_ADVERBS: readonly string[] = ['juga', 'pun', 'kemudian', 'sebelumnya', 'lalu', 'also', 'later', 'previously', 'then', 'earlier'];

/**
 * Verb forms with a pronoun ending that attribute a quote to the speaker
 * already in play (`…,” lanjutnya.`): `-nya` is "he/she" in Indonesian.
 */
export const PRONOUN_ATTRIBUTIONS: readonly string[] = [
  'katanya', 'ujarnya', 'ucapnya', 'tuturnya', 'lanjutnya', 'tambahnya', 'imbuhnya', 'tegasnya', 'jelasnya',
  'sambungnya', 'pungkasnya', 'terangnya', 'ungkapnya',
];

/** Pronouns that stand for one speaker already in play (`he said`, `ia mengatakan`). */
export const SINGULAR_PRONOUNS: readonly string[] = ['dia', 'ia', 'beliau', 'he', 'she'];

/** Pronouns for several speakers, which a single earlier speaker does not resolve. */
export const PLURAL_PRONOUNS: readonly string[] = ['mereka', 'kami', 'kita', 'they', 'we'];

/**
 * Words that end a speaker phrase after `kata …`/`said …`: what follows is where,
 * to whom or when (`kata Santoso kepada wartawan`, `said Doe at a briefing`).
 */
export const SPEAKER_PHRASE_ENDS: readonly string[] = [
  'kepada', 'dalam', 'di', 'pada', 'ketika', 'saat', 'seperti', 'sambil', 'usai', 'setelah', 'dan', 'melalui', 'lewat',
  'to', 'in', 'at', 'on', 'during', 'after', 'while', 'when', 'as', 'and', 'via', 'from',
];
