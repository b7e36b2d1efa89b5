// Features of a sentence for claim grouping: its content words (stop words of both
// languages removed, from stopwords-iso) and its predicate classes (src/lang/predicates.ts).
import { createRequire } from 'node:module';
import { PREDICATES } from '../../lang/predicates.ts';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;
const STOP = new Set([...(stopwordsIso['id'] ?? []), ...(stopwordsIso['en'] ?? [])]);

/** Indonesian and English endings folded so `pasokan`/`pasok` and `missiles`/`missile` meet (no full stemmer: see TERM_SUFFIXES). */
function stem(word: string): string {
  return word
    .replace(/(?:nya|lah|kah)$/u, '')
    .replace(/(?<=\p{L}{4})(?:kan|an|i)$/u, '')
    .replace(/(?<=\p{L}{2}(?:s|x|z|ch|sh))es$/u, '')
    .replace(/(?<=\p{L}{3}[^s])s$/u, '');
}

const WORD = /[\p{L}][\p{L}\p{N}-]*/gu;

/** Words repeat across sentences: each word's term (null for a stop word or a short one) is worked out once. */
const TERMS = new Map<string, string | null>();
const TERMS_LIMIT = 200_000;

export function claimTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const match of text.toLocaleLowerCase('und').matchAll(WORD)) {
    let term = TERMS.get(match[0]);
    if (term === undefined) {
      const word = match[0].replace(/-+$/, '');
      term = word.length < 3 || STOP.has(word) ? null : stem(word);
      if (TERMS.size >= TERMS_LIMIT) TERMS.clear();
      TERMS.set(match[0], term);
    }
    if (term !== null) terms.add(term);
  }
  return [...terms].sort();
}

const predicatePatterns = Object.entries(PREDICATES).map(([name, words]) => ({
  name,
  pattern: new RegExp(`(?<![\\p{L}])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu'),
}));

export function predicateClasses(text: string): string[] {
  return predicatePatterns.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}
