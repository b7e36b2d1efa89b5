// Features of a sentence for claim grouping: its content words (stop words of both
// languages removed, from stopwords-iso) and its predicate classes (src/lang/predicates.ts).
import { charClass, codeAt, rootLowerCase, runEnd, widthOf } from '../extract/char-class.ts';
import { leadingRun, stickyOf, wordRuns } from '../extract/term-filter.ts';
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

/** Words repeat across sentences: each word's term (null for a stop word or a short one) is worked out once. */
const TERMS = new Map<string, string | null>();
const TERMS_LIMIT = 200_000;

const isWordStart = charClass(/\p{L}/u);
const isWordPart = charClass(/[\p{L}\p{N}-]/u);

export function claimTerms(text: string): string[] {
  const terms = new Set<string>();
  // What `matchAll(/[\p{L}][\p{L}\p{N}-]*/gu)` finds in the lower-cased text, scanned by hand.
  const lower = rootLowerCase(text);
  for (let start = 0; start < lower.length; ) {
    const code = codeAt(lower, start);
    if (!isWordStart(code)) {
      start += widthOf(code);
      continue;
    }
    const end = runEnd(lower, start + widthOf(code), isWordPart);
    const found = lower.slice(start, end);
    start = end;
    let term = TERMS.get(found);
    if (term === undefined) {
      const word = found.replace(/-+$/, '');
      term = word.length < 3 || STOP.has(word) ? null : stem(word);
      if (TERMS.size >= TERMS_LIMIT) TERMS.clear();
      TERMS.set(found, term);
    }
    if (term !== null) terms.add(term);
  }
  return [...terms].sort();
}

/** Letters: where a predicate pattern finds a word edge. */
const isLetter = charClass(/\p{L}/u);

/**
 * Each class's pattern, its sticky twin and the first words of its entries: a match
 * starts on a run of letters that is one of them, so the pattern is tried only there
 * (`leads` is null when some entry cannot be located so, and the pattern searches the
 * whole text).
 */
const predicatePatterns = Object.entries(PREDICATES).map(([name, words]) => {
  const pattern = new RegExp(`(?<![\\p{L}])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');
  const leads = words.map((word) => leadingRun(word, isLetter));
  return { name, pattern, sticky: stickyOf(pattern), leads: leads.every((lead) => lead !== null) ? new Set(leads.map((lead) => lead.key)) : null };
});

/** The classes (by position) whose entries start with a word, under the word's key. */
const CLASSES_BY_LEAD = new Map<string, number[]>();
predicatePatterns.forEach(({ leads }, position) => {
  for (const key of leads ?? []) {
    const list = CLASSES_BY_LEAD.get(key);
    if (list) list.push(position);
    else CLASSES_BY_LEAD.set(key, [position]);
  }
});

export function predicateClasses(text: string): string[] {
  const found = predicatePatterns.map(({ pattern, leads }) => leads === null && pattern.test(text));
  for (const run of wordRuns(text, isLetter)) {
    for (const position of CLASSES_BY_LEAD.get(run.key) ?? []) {
      if (found[position]) continue;
      const { sticky } = predicatePatterns[position] as (typeof predicatePatterns)[number];
      sticky.lastIndex = run.start;
      if (sticky.test(text)) found[position] = true;
    }
  }
  return predicatePatterns.filter((_, position) => found[position]).map(({ name }) => name);
}
