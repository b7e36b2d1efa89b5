// Routes: finds shipment legs stated in a sentence (`dikirim melalui laut dari X ke
// Y`, `kemudian dikirim dengan kereta api ke Z`, `memuat … di X … memindahkannya ke
// Y`, `shipped from X to Y, then moved by rail to Z`). Each clause with a movement
// verb and a destination is a leg; a leg without its own origin is chained to the
// previous leg's destination when a chaining word says so. The words are data in
// src/lang/routes.ts; places are resolved by the injected resolver.
import { CARGO_TERMS, CHAIN_WORDS, FROM_WORDS, LOAD_AT, LOAD_VERBS, MODE_CUES, MOVE_VERBS, PHRASE_STOPS, TO_WORDS } from '../../lang/routes.ts';
import type { Citation, LegEnd, Mode, SentenceInput } from '../types.ts';
import { charClass } from './char-class.ts';
import { leadingRun, matchesAt, stickyOf, wordRuns, type Run } from './term-filter.ts';

export interface RouteResolver {
  /** ISO 3166-1 alpha-2 code when the words name a country. */
  country(name: string): string | null;
  /** The place id for a name, inside `country` when one qualifies it; null when unresolved. */
  place(name: string, context: { country?: string; contextCountries: readonly string[] }): string | null;
  /** Words that name a kind of place (`pelabuhan`, `port`, `depot`), dropped from a place name. */
  isPlaceTypeWord(word: string): boolean;
}

/** A leg as one sentence states it, before legs from all articles are merged. */
export interface StatedLeg {
  from: LegEnd;
  to: LegEnd;
  mode: Mode;
  cargo: string | null;
  citation: Citation;
  sentence: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsPattern = (words: readonly string[], flags = 'iu'): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}-])`, flags);

/** Letters and digits: where a words pattern finds a word edge. */
const isWordChar = charClass(/[\p{L}\p{N}]/u);

/**
 * A words pattern that is tried only where a match can start: at a word edge, on a
 * word of the text that begins one of its entries (`leads`, the entries' first words;
 * null when some entry cannot be located so, and the pattern searches the whole text).
 */
interface Words {
  pattern: RegExp;
  sticky: RegExp;
  leads: ReadonlySet<string> | null;
}

function words(list: readonly string[], flags = 'iu'): Words {
  const pattern = wordsPattern(list, flags);
  const leads = list.map((word) => leadingRun(word, isWordChar, !flags.includes('i')));
  return { pattern, sticky: stickyOf(pattern), leads: leads.every((lead) => lead !== null) ? new Set(leads.map((lead) => lead.key)) : null };
}

/** The words of a text as the patterns' word edges see them. */
const runsOf = (text: string): readonly Run[] => wordRuns(text, isWordChar);

/** Where in a text (whose `runsOf` are `runs`) the words' matches can start, ascending; null for anywhere. */
function startsIn(runs: readonly Run[], target: Words): number[] | null {
  const { leads } = target;
  return leads === null ? null : runs.flatMap((run) => (leads.has(run.key) ? [run.start] : []));
}

/** `text.search(pattern)`: the offset of the first match, or -1. */
function searchWords(text: string, target: Words, runs: readonly Run[] = runsOf(text)): number {
  const { leads, sticky } = target;
  if (leads === null) return text.search(target.pattern);
  // The runs where a match can start, in order (`startsIn`), tried as they come.
  for (const run of runs) {
    if (!leads.has(run.key)) continue;
    sticky.lastIndex = run.start;
    if (sticky.test(text)) return run.start;
  }
  return -1;
}

/** `text.matchAll(pattern)` for a global words pattern. */
function matchWords(text: string, target: Words, runs: readonly Run[] = runsOf(text)): RegExpExecArray[] {
  const starts = startsIn(runs, target);
  return starts === null ? [...text.matchAll(target.pattern)] : matchesAt(target.sticky, text, starts);
}

const MOVE = words(MOVE_VERBS);
const LOAD = words(LOAD_VERBS);
const FROM = words(FROM_WORDS, 'gu');
const TO = words(TO_WORDS, 'gu');
const CHAIN = words(CHAIN_WORDS, 'giu');
const STOP = wordsPattern(PHRASE_STOPS, 'u');
const LOAD_AT_WORD = words(LOAD_AT, 'gu');
const MODES = (Object.entries(MODE_CUES) as [Exclude<Mode, 'unknown'>, readonly string[]][]).map(([mode, cues]) => ({ mode, words: words(cues) }));
const CARGO = Object.entries(CARGO_TERMS).map(([name, terms]) => ({ name, words: words(terms) }));

/** A capitalized run of words (hyphens and apostrophes inside), the shape of a proper name. */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

function modeOf(text: string, runs: readonly Run[] = runsOf(text)): Mode {
  let best: { mode: Mode; index: number } = { mode: 'unknown', index: Infinity };
  for (const { mode, words: cues } of MODES) {
    const index = searchWords(text, cues, runs);
    if (index >= 0 && index < best.index) best = { mode, index };
  }
  return best.mode;
}

function cargoOf(text: string, runs: readonly Run[] = runsOf(text)): string | null {
  let best: { name: string | null; index: number } = { name: null, index: Infinity };
  for (const { name, words: terms } of CARGO) {
    const index = searchWords(text, terms, runs);
    if (index >= 0 && index < best.index) best = { name, index };
  }
  return best.name;
}

/** The words after an origin or destination word, up to where the place phrase ends. */
function phraseAfter(text: string, from: number): string {
  const rest = text.slice(from);
  const stop = rest.search(STOP);
  const end = rest.search(/[.;:!?]|,\s+(?!\p{Lu})|\s+[-–—]\s+/u);
  const cut = Math.min(stop < 0 ? Infinity : stop, end < 0 ? Infinity : end, rest.length);
  return rest.slice(0, cut).trim();
}

/**
 * Reads a place phrase (`Busan, Korea Selatan`, `depot amunisi dekat Rostov di barat
 * daya Rusia`, `pelabuhan Rusia di Timur Jauh`): country names qualify, the first other
 * name is the place. A phrase naming only a country has no place end.
 */
function readEnd(phrase: string, resolver: RouteResolver, contextCountries: readonly string[]): (LegEnd & { country: string | null }) | null {
  const names: string[] = [];
  let country: string | null = null;
  for (const match of phrase.matchAll(NAME_RUN)) {
    const words = match[0].split(/\s+/).filter((word) => !resolver.isPlaceTypeWord(word));
    const name = words.join(' ');
    if (!name) continue;
    const code = resolver.country(name);
    if (code) country ??= code;
    else names.push(name);
  }
  const name = names[0];
  if (name === undefined) return null;
  const context = { contextCountries, ...(country ? { country } : {}) };
  return { name, place: resolver.place(name, context), country };
}

/** Splits a sentence into clauses at chaining words, keeping the chaining word with its clause. */
function clauses(text: string, runs: readonly Run[] = runsOf(text)): { text: string; chained: boolean }[] {
  const result: { text: string; chained: boolean }[] = [];
  let last = 0;
  let chained = false;
  for (const match of matchWords(text, CHAIN, runs)) {
    const index = match.index ?? 0;
    if (index > last) result.push({ text: text.slice(last, index), chained });
    last = index;
    chained = true;
  }
  result.push({ text: text.slice(last), chained });
  return result.filter((clause) => clause.text.trim().length > 0);
}

export interface RouteContext {
  /** The previous leg stated in the same article, for chaining. */
  previous: StatedLeg | null;
  /** Country codes named in the sentence, to settle ambiguous place names. */
  contextCountries: readonly string[];
}

/**
 * Whether some clause of the text has a movement or loading verb: a sentence without
 * one states no leg (`extractLegs` finds none in it, whatever its context).
 */
export function statesMovement(text: string): boolean {
  const sentenceRuns = runsOf(text);
  // A clause's words are the sentence's words (clauses start at a word): without a word
  // a movement or loading verb starts with, no clause has one.
  const { leads: move } = MOVE;
  const { leads: load } = LOAD;
  if (move !== null && load !== null && !sentenceRuns.some((run) => move.has(run.key) || load.has(run.key))) return false;
  return clauses(text, sentenceRuns).some((clause) => {
    const runs = clause.text === text ? sentenceRuns : runsOf(clause.text);
    return searchWords(clause.text, LOAD, runs) >= 0 || searchWords(clause.text, MOVE, runs) >= 0;
  });
}

export function extractLegs(input: SentenceInput, resolver: RouteResolver, context: RouteContext): StatedLeg[] {
  const legs: StatedLeg[] = [];
  const citation = { article: input.article, paragraph: input.paragraph };
  // The sentence's mode is read only for a leg whose clause names none.
  let sentenceMode: Mode | undefined;
  // Where the next chained clause starts from, and what it carries.
  let lastEnd: LegEnd | null = context.previous?.to ?? null;
  let lastCargo: string | null = context.previous?.cargo ?? null;

  // The words of each text are found once, for all the patterns tried on it.
  const sentenceRuns = runsOf(input.text);
  for (const clause of clauses(input.text, sentenceRuns)) {
    const text = clause.text;
    const runs = text === input.text ? sentenceRuns : runsOf(text);
    const loads = searchWords(text, LOAD, runs) >= 0;
    if (searchWords(text, MOVE, runs) < 0 && !loads) continue;

    // The destination: the first `ke`/`to` of the clause whose phrase names a place.
    let to: ReturnType<typeof readEnd> = null;
    let toIndex = -1;
    for (const match of matchWords(text, TO, runs)) {
      const index = match.index ?? 0;
      to = readEnd(phraseAfter(text, index + match[0].length), resolver, context.contextCountries);
      if (to) {
        toIndex = index;
        break;
      }
    }
    const before = toIndex >= 0 ? text.slice(0, toIndex) : text;
    const beforeRuns = toIndex >= 0 ? runsOf(before) : runs;

    // The origin: `dari`/`from` before the destination, or the place of loading.
    let from: ReturnType<typeof readEnd> = null;
    for (const match of matchWords(before, FROM, beforeRuns)) {
      from = readEnd(phraseAfter(before, (match.index ?? 0) + match[0].length), resolver, context.contextCountries);
      if (from) break;
    }
    if (!from && loads) {
      const loadIndex = searchWords(before, LOAD, beforeRuns);
      for (const match of matchWords(before, LOAD_AT_WORD, beforeRuns)) {
        if ((match.index ?? 0) < loadIndex) continue;
        from = readEnd(phraseAfter(before, (match.index ?? 0) + match[0].length), resolver, context.contextCountries);
        if (from) break;
      }
    }
    // Cargo is named before the destination (`kontainer dikirim … ke`); after it, nouns describe the place (`depot amunisi`).
    const cargo = cargoOf(before, beforeRuns) ?? (clause.chained ? lastCargo : cargoOf(input.text, sentenceRuns));
    const origin: LegEnd | null = from ? { name: from.name, place: from.place } : clause.chained ? lastEnd : null;
    if (!to) {
      // `memuat … di X` with no destination yet: X is where the next chained clause starts.
      if (from) {
        lastEnd = { name: from.name, place: from.place };
        lastCargo = cargo;
      }
      continue;
    }
    if (!origin || origin.name === to.name) continue;
    const clauseMode = modeOf(text, runs);
    const leg: StatedLeg = {
      from: origin,
      to: { name: to.name, place: to.place },
      mode: clauseMode !== 'unknown' ? clauseMode : clause.chained ? 'unknown' : (sentenceMode ??= modeOf(input.text, sentenceRuns)),
      cargo,
      citation,
      sentence: input.text,
    };
    legs.push(leg);
    lastEnd = leg.to;
    lastCargo = cargo;
  }
  return legs;
}
