// Cheap tests that locate or rule out a term's pattern before it runs. A term pattern
// sets word edges around its words and only non-word characters between them, so a
// match is a stretch of the sentence's words (maximal runs of word characters) that are
// the term's words, the last perhaps with an ending. Looking those words up tells where
// a pattern can match: most sentences skip most patterns, and a pattern runs, sticky,
// only where its words stand. The tests may let through a place where the pattern then
// finds nothing, never the reverse, so what is found is what `matchAll` finds.
import type { CharClass } from './char-class.ts';

/**
 * The form in which words are compared: a text a case-insensitive (`iu`) pattern matches
 * with a printable-ASCII literal has the literal's `caselessText`. Such a pattern equates
 * an ASCII letter with its other case and with two more characters: `ſ` (long s) with `s`
 * and `K` (Kelvin sign) with `k`. Lower-casing covers all but `ſ`, mapped by hand.
 */
export function caselessText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/**
 * A literal's `caselessText`, or null when it has characters other than printable
 * ASCII, whose case-insensitive matches lower-casing does not cover: a term with such a
 * literal cannot be located by its words, and is always tried.
 */
export function caselessKey(literal: string): string | null {
  return /^[\x20-\x7e]*$/u.test(literal) ? literal.toLowerCase() : null;
}

/** A word of a text as a pattern's word edges see it: a maximal run of word characters. */
export interface Run {
  start: number;
  end: number;
  /** The run in `caselessText` form. */
  key: string;
}

/**
 * The last texts' runs: the extractors run one after another over a sentence, each
 * asking for its runs, so they are found once per sentence and class. Callers must not
 * change them.
 */
const RECENT_RUNS: { text: string; isWord: CharClass; runs: readonly Run[] }[] = [];
const RECENT = 4;

/** The runs of `isWord` characters in a text, by code point as `u` patterns read it. */
export function wordRuns(text: string, isWord: CharClass): readonly Run[] {
  for (const recent of RECENT_RUNS) if (recent.text === text && recent.isWord === isWord) return recent.runs;
  const runs = findRuns(text, isWord);
  RECENT_RUNS.unshift({ text, isWord, runs });
  if (RECENT_RUNS.length > RECENT) RECENT_RUNS.pop();
  return runs;
}

function findRuns(text: string, isWord: CharClass): Run[] {
  const runs: Run[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    if (isWord(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push({ start, end: i, key: caselessText(text.slice(start, i)) });
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) runs.push({ start, end: text.length, key: caselessText(text.slice(start)) });
  return runs;
}

/**
 * The first run of a term's literal text, in `caselessText` form, and whether it is the
 * whole literal; null when its matches cannot be located by runs: the literal does not
 * start with a word character, or, for a case-insensitive pattern, has characters outside
 * printable ASCII. (A case-sensitive pattern matches exactly the literal's characters,
 * which key as the literal does.)
 */
export function leadingRun(literal: string, isWord: CharClass, caseSensitive = false): { key: string; whole: boolean } | null {
  if (!caseSensitive && caselessKey(literal) === null) return null;
  const [first] = wordRuns(literal, isWord);
  if (first === undefined || first.start !== 0) return null;
  return { key: first.key, whole: first.end === literal.length };
}

/**
 * A term located by its words: the keys of its literal's runs. A match's runs are
 * these, in order, one after the other (its pattern sets word edges around it and only
 * non-word characters between its words), the last possibly with an ending
 * (`missiles`, `rudalnya`).
 */
export interface TermRuns {
  keys: readonly string[];
  /** Keys the last run may have: its key with each ending. */
  last: ReadonlySet<string>;
}

/**
 * The runs of a term's literal text, and the endings its pattern allows after it; null
 * when matches cannot be located by runs (see `leadingRun`).
 */
export function termRuns(literal: string, isWord: CharClass, options: { caseSensitive?: boolean; endings?: readonly string[] } = {}): TermRuns | null {
  const endings = options.endings ?? [''];
  if (!options.caseSensitive && [literal, ...endings].some((text) => caselessKey(text) === null)) return null;
  const runs = wordRuns(literal, isWord);
  const lastRun = runs[runs.length - 1];
  if (runs[0]?.start !== 0 || lastRun === undefined) return null;
  // An ending follows the literal: it extends the last run only when the literal ends with one.
  const extended = lastRun.end === literal.length ? endings.map(caselessText) : [''];
  return { keys: runs.map((run) => run.key), last: new Set(extended.map((ending) => lastRun.key + ending)) };
}

/** Terms (by position in their list) under the keys their matches' first run can have. */
export type TermIndex = ReadonlyMap<string, readonly number[]>;

export function termIndex(terms: readonly (TermRuns | null)[]): TermIndex {
  const index = new Map<string, number[]>();
  terms.forEach((term, position) => {
    if (term === null) return;
    for (const key of term.keys.length === 1 ? term.last : [term.keys[0] ?? '']) {
      const list = index.get(key);
      if (list) list.push(position);
      else index.set(key, [position]);
    }
  });
  return index;
}

/** Whether the runs from `at` on are the term's. */
function fits(runs: readonly Run[], at: number, term: TermRuns): boolean {
  const { keys } = term;
  for (let k = 0; k < keys.length; k++) {
    const run = runs[at + k];
    if (run === undefined || (k < keys.length - 1 ? run.key !== keys[k] : !term.last.has(run.key))) return false;
  }
  return true;
}

/**
 * For each term whose runs stand in the text, the offsets where they start, ascending.
 * `from`, when given, lists (ascending) the only runs a term may start at.
 */
export function termStarts(runs: readonly Run[], terms: readonly (TermRuns | null)[], index: TermIndex, from?: readonly number[]): Map<number, number[]> {
  const starts = new Map<number, number[]>();
  const each = (at: number): void => {
    const run = runs[at];
    if (run === undefined) return;
    for (const position of index.get(run.key) ?? []) {
      const term = terms[position];
      if (term === null || term === undefined || !fits(runs, at, term)) continue;
      const list = starts.get(position);
      if (list) list.push(run.start);
      else starts.set(position, [run.start]);
    }
  };
  if (from === undefined) for (let at = 0; at < runs.length; at++) each(at);
  else for (const at of from) each(at);
  return starts;
}

/** Where in the text some of the terms' runs stand, ascending: for one pattern that is the alternation of all the terms. */
export function anyTermStarts(runs: readonly Run[], terms: readonly (TermRuns | null)[], index: TermIndex): number[] {
  const starts: number[] = [];
  runs.forEach((run, at) => {
    const fitting = (position: number): boolean => {
      const term = terms[position];
      return term !== null && term !== undefined && fits(runs, at, term);
    };
    if ((index.get(run.key) ?? []).some(fitting)) starts.push(run.start);
  });
  return starts;
}

/**
 * What `text.matchAll(pattern)` finds (left to right, each search going on after the
 * previous match), given `sticky`, the same pattern with the `y` flag, and `starts`,
 * ascending offsets that include every one a match can start at: only those are tried.
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match === null) continue;
    matches.push(match);
    from = start + Math.max(match[0].length, 1);
  }
  return matches;
}

/**
 * Offsets of what `text.matchAll(pattern)` finds, as `[start, end]`, given the same
 * as `matchesAt`; for patterns whose matched text is all that is wanted.
 */
export function spansAt(sticky: RegExp, text: string, starts: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    if (!sticky.test(text)) continue;
    spans.push([start, sticky.lastIndex]);
    from = Math.max(sticky.lastIndex, start + 1);
  }
  return spans;
}

/** A pattern's sticky twin, for `matchesAt`. */
export function stickyOf(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
}
