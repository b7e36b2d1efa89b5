// Word endings a match term may take and still be the same word: English plural and
// verb endings, and the Indonesian suffixes -nya, -kan, -an, -i (Tata Bahasa Baku
// Bahasa Indonesia, "Sufiks"). Prefixes (me-, di-, pe-) change the stem's first
// letters, so terms list the prefixed forms they need (`dikirim`, `pengiriman`).
export const TERM_SUFFIXES: readonly string[] = ['s', 'es', 'ed', 'ing', 'nya', 'kan', 'an', 'i'];
