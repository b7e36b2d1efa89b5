// People: person names in a sentence, with the role the text gives them, and their
// merge across articles into person entities (spelling variants, bare surnames).
import { SPEECH_ADVERBS, SPEECH_VERBS_AFTER_SPEAKER, SPEECH_VERBS_BEFORE_SPEAKER } from '../../lang/attribution.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lang/calendar.ts';
import { COMPASS_WORDS, PLACE_NAMES } from '../../lang/geo-words.ts';
import { HEAD_FIRST_WORDS, HEAD_LAST_WORDS } from '../../lang/organizations.ts';
import {
  APPOSITIVE_ARTICLES,
  FUNCTION_WORDS,
  INSTITUTION_WORDS,
  MONTHS_THAT_ARE_NAMES,
  NAME_PARTICLES,
  ROLE_CONNECTORS,
  ROLE_GAP_BREAKERS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  TITLES,
} from '../../lang/people.ts';
import type { Entity, Mention, SentenceInput, TextRef } from '../types.ts';
import {
  escapeRegExp,
  fold,
  insideSpan,
  isAcronym,
  isCapitalized,
  mostFrequent,
  phraseAt,
  phraseEndingAt,
  phraseSet,
  sentenceTokens,
  slugify,
  type Token,
} from './name-tokens.ts';
import { sentenceOrganizations, type OrgIndex } from './org-index.ts';
import { charClass, codeAt, widthOf } from './char-class.ts';
import { anyTermStarts, spansAt, stickyOf, termIndex, termRuns, wordRuns, type TermRuns } from './term-filter.ts';

/** Why a span was taken for a person: a role or title before or after it, a speech verb, or a name found elsewhere. */
export type PersonEvidence = 'role' | 'attribution' | 'known';

export interface PersonCandidate {
  /** The name as printed: a full name (`Park Min-jun`) or a bare surname (`Santoso`). */
  name: string;
  /** Spelling-free key of a full name (`park|minjun`); null for a single word, which merging links to a full name. */
  key: string | null;
  /** The role as the text states it (`juru bicara Kementerian Luar Negeri`), when it does. */
  role: string | null;
  evidence: PersonEvidence;
  ref: TextRef;
}

/** Names found in a first pass, so a later pass takes them without a role or a speech verb. */
export interface KnownPeople {
  /** Full-name keys → entity id. */
  keys: ReadonlyMap<string, string>;
  /** Folded single words a person is called by alone (`santoso`, and `park` for `Park Min-jun`). */
  surnames: ReadonlySet<string>;
}

export interface PeopleContext {
  /** Listed organizations: their names (`Istana Merdeka`, `New York Times`) are never people. */
  organizations?: OrgIndex;
  known?: KnownPeople;
  /** Folded words seen in lower case in the corpus: common words, not names, when capitalized at a sentence start. */
  commonWords?: ReadonlySet<string>;
}

const ROLES = phraseSet(ROLE_WORDS);
const MODIFIERS = phraseSet(ROLE_MODIFIERS);
const TITLE_SET = phraseSet(TITLES);
const ARTICLES = phraseSet(APPOSITIVE_ARTICLES);
const SPEECH_AFTER = phraseSet(SPEECH_VERBS_AFTER_SPEAKER);
const SPEECH_BEFORE = phraseSet(SPEECH_VERBS_BEFORE_SPEAKER.filter((verb) => verb !== 'told'));
const ADVERBS = phraseSet(SPEECH_ADVERBS);
const CONNECTORS: ReadonlySet<string> = new Set(ROLE_CONNECTORS);
const GAP_BREAKERS: ReadonlySet<string> = new Set([...ROLE_GAP_BREAKERS, ...SPEECH_VERBS_AFTER_SPEAKER]);
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
const INSTITUTION: ReadonlySet<string> = new Set(INSTITUTION_WORDS);
const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** Words that are never part of a person's name, folded. */
const NOT_NAME: ReadonlySet<string> = new Set([
  ...INSTITUTION_WORDS,
  ...FUNCTION_WORDS,
  ...COMPASS_WORDS,
  ...[...ROLE_WORDS, ...ROLE_MODIFIERS, ...TITLES, ...HEAD_FIRST_WORDS, ...HEAD_LAST_WORDS].flatMap((phrase) => fold(phrase).split(/\s+/)),
  ...Object.keys(WEEKDAY_NAMES.id),
  ...Object.keys(WEEKDAY_NAMES.en),
  ...[...Object.keys(MONTH_NAMES.id), ...Object.keys(MONTH_NAMES.en)].filter((month) => !MONTHS_THAT_ARE_NAMES.includes(month)),
]);

const PLACE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PLACE_NAMES.map((name) => escapeRegExp(name).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const PLACE_STICKY = stickyOf(PLACE_PATTERN);
/** Letters and digits: where the place pattern finds a word edge. */
const isWordChar = charClass(/[\p{L}\p{N}]/u);
/** The words of each place name, indexed; null when some name cannot be located so. */
const PLACE_TERMS: readonly TermRuns[] | null = (() => {
  const terms = PLACE_NAMES.map((name) => termRuns(name, isWordChar, { caseSensitive: true }));
  return terms.every((term) => term !== null) ? terms : null;
})();
const PLACE_INDEX = termIndex(PLACE_TERMS ?? []);

/** Place names in a text, as `matchAll` with PLACE_PATTERN finds them, tried only where a name's words stand. */
function placeSpans(text: string): { start: number; end: number }[] {
  if (PLACE_TERMS === null) return [...text.matchAll(PLACE_PATTERN)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const starts = anyTermStarts(wordRuns(text, isWordChar), PLACE_TERMS, PLACE_INDEX);
  return spansAt(PLACE_STICKY, text, starts).map(([start, end]) => ({ start, end }));
}

const MAX_NAME_WORDS = 4;
/** How far before a name a role word may stand (`direktur senior pengendalian senjata Istana Merdeka Budi Santoso`). */
const MAX_ROLE_GAP = 9;
const MAX_LOWERCASE_GAP = 4;

const PERSON_KEYS = new Map<string, string | null>();

/** `park|minjun`: the first word, then the rest run together, so `Park Min Jun`, `Park Min-jun` and `Park Min-Jun` agree. */
export function personKey(name: string): string | null {
  // Names recur in every article that prints them: each is keyed once.
  let key = PERSON_KEYS.get(name);
  if (key === undefined) {
    const words = name.split(/\s+/).filter(Boolean).map((word) => fold(word).replace(/[-'.]/g, ''));
    key = words.length < 2 ? null : `${words[0]}|${words.slice(1).join('')}`;
    if (PERSON_KEYS.size >= 50_000) PERSON_KEYS.clear();
    PERSON_KEYS.set(name, key);
  }
  return key;
}

interface Segment {
  /** Token indices of the name's words, first to last (an initial's period is not one). */
  words: number[];
}

/** The printed name from its first to its last word; an initial's period inside comes along (`Lloyd J. Austin`). */
function segmentText(text: string, tokens: readonly Token[], words: readonly number[]): { name: string; start: number; end: number } {
  const start = tokens[words[0] ?? 0]?.start ?? 0;
  const end = tokens[words[words.length - 1] ?? 0]?.end ?? start;
  return { name: text.slice(start, end), start, end };
}

const CLAUSE_OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '(', '[', ':']);

/** Indices of the first word of the sentence and of words right after an opening quote or bracket. */
function clauseStarts(tokens: readonly Token[]): Set<number> {
  const starts = new Set<number>();
  tokens.forEach((token, index) => {
    if (!token.word) return;
    const previous = tokens[index - 1];
    if (previous === undefined || CLAUSE_OPENING_MARKS.has(previous.text)) starts.add(index);
  });
  return starts;
}

const isDigit = charClass(/\p{N}/u);
const isLower = charClass(/\p{Ll}/u);

/** `/\p{N}/u.test(text)`, one code point at a time. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const code = codeAt(text, i);
    if (isDigit(code)) return true;
    i += widthOf(code);
  }
  return false;
}

/** A sentence and its tokens: what a person candidate is cut from. */
interface SentenceText {
  input: SentenceInput;
  tokens: readonly Token[];
}

interface SentenceScan extends SentenceText {
  nameable: boolean[];
}

/** What every pass reads of a sentence the same way: its tokens and which of them may be part of a name. */
interface SentenceWords {
  tokens: readonly Token[];
  /** Folded token texts. */
  folded: readonly string[];
  /** Capitalized words without digits, outside organization and place names and not among the words never in a name. */
  capitalized: readonly boolean[];
  starts: ReadonlySet<number>;
}

const SENTENCE_WORDS = new WeakMap<SentenceInput, { text: string; organizations: OrgIndex | undefined; words: SentenceWords }>();

/** The sentence's `SentenceWords`, worked out once for all passes and callers. */
function sentenceWords(input: SentenceInput, organizations: OrgIndex | undefined): SentenceWords {
  const cached = SENTENCE_WORDS.get(input);
  if (cached !== undefined && cached.text === input.text && cached.organizations === organizations) return cached.words;
  const tokens = sentenceTokens(input);
  const blocked = [
    ...(organizations ? sentenceOrganizations(input, organizations) : []),
    ...placeSpans(input.text),
  ];
  const folded = tokens.map((token) => fold(token.text));
  const capitalized = tokens.map((token, index) => {
    if (!token.word || !isCapitalized(token.text) || hasDigit(token.text)) return false;
    return !NOT_NAME.has(folded[index] ?? '') && !insideSpan(token, blocked);
  });
  const words = { tokens, folded, capitalized, starts: clauseStarts(tokens) };
  SENTENCE_WORDS.set(input, { text: input.text, organizations, words });
  return words;
}

function scan(input: SentenceInput, context: PeopleContext): SentenceScan {
  const { tokens, folded, capitalized, starts } = sentenceWords(input, context.organizations);
  const nameable = capitalized.map((name, index) => name && !(starts.has(index) && context.commonWords?.has(folded[index] ?? '')));
  return { input, tokens, nameable };
}

function isInitial(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const period = tokens[index + 1];
  return token !== undefined && /^\p{Lu}$/u.test(token.text) && period?.text === '.' && period.start === token.end;
}

/** Runs of name words: capitalized words, with particles (`von der`) and initials (`J.`) inside. */
function segments(s: SentenceScan, commonWords: ReadonlySet<string> | undefined): Segment[] {
  const { tokens, nameable } = s;
  const result: Segment[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!nameable[index]) {
      index++;
      continue;
    }
    const words = [index];
    let next = index + 1;
    for (;;) {
      if (nameable[next]) {
        words.push(next);
        next++;
      } else if (isInitial(tokens, next) && nameable[next + 2]) {
        words.push(next, next + 2);
        next += 3;
      } else if (tokens[next]?.word && PARTICLES.has(tokens[next]?.text ?? '') && nameable[next + 1]) {
        words.push(next, next + 1);
        next += 2;
      } else break;
    }
    index = next;
    // Names have at most four words; extra words on the left are the role's complement.
    while (words.length > MAX_NAME_WORDS) words.shift();
    // Beyond the two-word core, a word also used in lower case is a common word (`Merdeka`, `Nasional`).
    while (words.length > 2 && commonWords?.has(fold(tokens[words[0] ?? 0]?.text ?? ''))) words.shift();
    result.push({ words });
  }
  return result;
}

/** The role before a name: a role word, then its complement up to the name (`Presiden Prancis`, `juru bicara … Nasional`). */
function roleBefore(s: SentenceScan, first: number): { role: string | null } | null {
  const { tokens, input } = s;
  let gapEnd = first - 1;
  if (tokens[gapEnd]?.text === ',') gapEnd--;
  if (gapEnd === first - 1) {
    // A title, with or without its abbreviation period (`Mr. Smith`, `Bapak Joko`).
    const title = tokens[gapEnd]?.text === '.' ? gapEnd - 1 : gapEnd;
    if (phraseEndingAt(tokens, title, TITLE_SET) > 0) return { role: null };
  }
  let lowercase = 0;
  for (let k = gapEnd; k >= 0 && gapEnd - k < MAX_ROLE_GAP; k--) {
    const token = tokens[k];
    if (token === undefined || !token.word) return null;
    const length = phraseEndingAt(tokens, k, ROLES);
    if (length > 0) {
      let start = k - length + 1;
      start = extendRoleLeft(s, start);
      const startToken = tokens[start];
      const endToken = tokens[gapEnd];
      if (startToken === undefined || endToken === undefined) return null;
      return { role: roleText(input.text.slice(startToken.start, endToken.end), s, start) };
    }
    const folded = fold(token.text);
    if (isCapitalized(token.text) || isAcronym(token.text)) continue;
    if (GAP_BREAKERS.has(folded) || phraseAt(tokens, k, SPEECH_AFTER) > 0) return null;
    // English complements after the role word are capitalized (`Secretary of State X`); Indonesian ones may not be.
    if (input.language === 'en' && !CONNECTORS.has(folded)) return null;
    if (++lowercase > MAX_LOWERCASE_GAP) return null;
  }
  return null;
}

/** Takes in modifiers before a role (`wakil menteri`, `deputy spokesman`) and, in English, its capitalized or descriptive modifiers (`State Department spokesman`). */
function extendRoleLeft(s: SentenceScan, start: number): number {
  const { tokens, input } = s;
  let result = start;
  for (;;) {
    const previous = result - 1;
    const token = tokens[previous];
    if (token === undefined || !token.word) return result;
    const length = Math.max(phraseEndingAt(tokens, previous, MODIFIERS), phraseEndingAt(tokens, previous, ROLES));
    if (length > 0) {
      result = previous - length + 1;
      continue;
    }
    const folded = fold(token.text);
    const englishModifier =
      input.language !== 'id' &&
      !FUNCTION.has(folded) &&
      (isAcronym(token.text) || isCapitalized(token.text) || INSTITUTION.has(folded));
    if (!englishModifier) return result;
    result = previous;
  }
}

/**
 * In Indonesian a role word is capitalized only as a title right before a name
 * (`Presiden Joko Widodo`); as a role it is a common noun (`presiden`), so
 * the role is stored that way. English roles stay as printed (`Defense Secretary`).
 */
function roleText(role: string, s: SentenceScan, start: number): string {
  const startsWithRoleWord = phraseAt(s.tokens, start, ROLES) > 0 || phraseAt(s.tokens, start, MODIFIERS) > 0;
  return startsWithRoleWord && s.input.language !== 'en' ? role.charAt(0).toLowerCase() + role.slice(1) : role;
}

/** The role after a name, as an appositive: `Budi Santoso, kepala Lembaga Riset X, …`, `Jane Doe, head of …`. */
function roleAfter(s: SentenceScan, last: number): { role: string } | null {
  const { tokens, input } = s;
  let k = last + 1;
  if (tokens[k]?.text !== ',') return null;
  k++;
  k += phraseAt(tokens, k, ARTICLES);
  const start = k;
  let roleEnd = -1;
  for (let r = start; r < start + 4; r++) {
    const length = phraseAt(tokens, r, ROLES);
    if (length > 0) {
      roleEnd = r + length - 1;
      break;
    }
    const token = tokens[r];
    const folded = fold(token?.text ?? '');
    if (token === undefined || !token.word) return null;
    if (!(isCapitalized(token.text) || isAcronym(token.text) || phraseAt(tokens, r, MODIFIERS) > 0 || INSTITUTION.has(folded))) return null;
  }
  if (roleEnd < 0) return null;
  let end = roleEnd;
  for (let m = roleEnd + 1; m < tokens.length; m++) {
    const token = tokens[m];
    if (token === undefined || !token.word) break;
    if (isCapitalized(token.text) || isAcronym(token.text) || phraseAt(tokens, m, MODIFIERS) > 0) end = m;
    else if (!CONNECTORS.has(fold(token.text))) break;
  }
  const startToken = tokens[start];
  const endToken = tokens[end];
  if (startToken === undefined || endToken === undefined) return null;
  return { role: roleText(input.text.slice(startToken.start, endToken.end), s, start) };
}

/** `X mengatakan`, `X, kepala …, mengatakan`, `X juga mengatakan`, `X said`. */
function speechAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text === ',') {
    // Skip an appositive up to its closing comma.
    let m = k + 1;
    while (m < tokens.length && m - k < 20 && tokens[m]?.text !== ',' && (tokens[m]?.word || /^[-–—()]$/u.test(tokens[m]?.text ?? ''))) m++;
    if (tokens[m]?.text !== ',') return false;
    k = m + 1;
  }
  for (let length = phraseAt(tokens, k, ADVERBS); length > 0; length = phraseAt(tokens, k, ADVERBS)) k += length;
  return phraseAt(tokens, k, SPEECH_AFTER) > 0;
}

/**
 * A speech verb makes a subject a person only when the name is the whole run
 * of capitals: in `said Ukrainian Air Force spokesman X` the words before
 * `Force` are part of a longer name, not a speaker.
 */
function standsAlone(tokens: readonly Token[], first: number, last: number): boolean {
  const capital = (token: Token | undefined): boolean =>
    token !== undefined && token.word && (isCapitalized(token.text) || isAcronym(token.text)) && !FUNCTION.has(fold(token.text));
  return !capital(tokens[first - 1]) && !capital(tokens[last + 1]);
}

/** `kata Santoso`, `said Jane Doe`, `menurut X`. */
function speechBefore(tokens: readonly Token[], first: number): boolean {
  return phraseEndingAt(tokens, first - 1, SPEECH_BEFORE) > 0;
}

function candidate(s: SentenceText, words: readonly number[], evidence: PersonEvidence, role: string | null): PersonCandidate {
  const { name, start, end } = segmentText(s.input.text, s.tokens, words);
  const { input } = s;
  return {
    name,
    key: personKey(name),
    role,
    evidence,
    ref: { article: input.article, paragraph: input.paragraph, sentence: input.sentence, start: input.offset + start, end: input.offset + end },
  };
}

/** The printed words at the given token indices. */
function nameWords(tokens: readonly Token[], words: readonly number[]): string[] {
  return words.map((index) => tokens[index]?.text ?? '');
}

/**
 * Person names in one sentence. A run of 2–4 capitalized words is a name when
 * a role word or title stands before it (its complement may sit between), when
 * an appositive role follows it, when it is the subject of a speech verb, or
 * when `context.known` already knows it. A single word with such evidence is a
 * bare surname (`Santoso mengatakan`); `mergePeople` links it to a full name or
 * drops it. Country, region and listed organization names are never names.
 */
export function findPeople(input: SentenceInput, context: PeopleContext = {}): PersonCandidate[] {
  return peopleAs(input, input, context);
}

/**
 * `findPeople(input, context)`, read through `reader`, a sentence of the same text and
 * language: its words and readings, worked out once, serve every copy of the text.
 */
function peopleAs(input: SentenceInput, reader: SentenceInput, context: PeopleContext): PersonCandidate[] {
  const s: SentenceText = { input, tokens: sentenceWords(reader, context.organizations).tokens };
  const result: PersonCandidate[] = [];
  for (const reading of readings(reader, context)) {
    const { words, evidence, role } = reading;
    if (evidence !== null) result.push(candidate(s, words, evidence, role));
    else if (context.known) result.push(...knownIn(s, reading, context.known));
  }
  return result;
}

/** A run of name words and the evidence the sentence gives that it is a person, whatever names are known. */
interface Reading {
  words: readonly number[];
  evidence: PersonEvidence | null;
  role: string | null;
}

const SENTENCE_READINGS = new WeakMap<
  SentenceInput,
  { text: string; language: string; organizations: OrgIndex | undefined; commonWords: ReadonlySet<string> | undefined; readings: readonly Reading[] }
>();

/**
 * The sentence's runs of name words with their evidence. They depend on the sentence
 * (its text and language), the organizations and the common words only, so the second
 * pass over a corpus (which adds known names) reads them from the first.
 */
function readings(input: SentenceInput, context: PeopleContext): readonly Reading[] {
  const { organizations, commonWords } = context;
  const cached = SENTENCE_READINGS.get(input);
  if (
    cached !== undefined &&
    cached.text === input.text &&
    cached.language === input.language &&
    cached.organizations === organizations &&
    cached.commonWords === commonWords
  ) {
    return cached.readings;
  }
  const s = scan(input, context);
  const result: Reading[] = [];
  for (const { words } of segments(s, commonWords)) {
    const reading = readingOf(s, words);
    if (reading !== null) result.push(reading);
  }
  SENTENCE_READINGS.set(input, { text: input.text, language: input.language, organizations, commonWords, readings: result });
  return result;
}

/** The evidence the sentence gives that a run of name words is a person; null for an empty run. */
function readingOf(s: SentenceScan, words: readonly number[]): Reading | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return null;
  const before = roleBefore(s, first);
  const after = before === null ? roleAfter(s, last) : null;
  const role = before?.role ?? after?.role ?? null;
  const spoke = standsAlone(s.tokens, first, last) && (speechAfter(s.tokens, last) || speechBefore(s.tokens, first));
  const evidence: PersonEvidence | null = before !== null || after !== null ? 'role' : spoke ? 'attribution' : null;
  return { words, evidence, role };
}

/**
 * Where `findPeople(input, context)` finds people whose names overlap the text from
 * `from` to `to` (offsets in the sentence), reading the evidence of those names only.
 */
export function peopleWithin(input: SentenceInput, context: PeopleContext, from: number, to: number): { start: number; end: number }[] {
  if (context.known) {
    return findPeople(input, context)
      .map((p) => ({ start: p.ref.start - input.offset, end: p.ref.end - input.offset }))
      .filter((p) => p.start < to && p.end > from);
  }
  const s = scan(input, context);
  const result: { start: number; end: number }[] = [];
  for (const { words } of segments(s, context.commonWords)) {
    const { start, end } = segmentText(input.text, s.tokens, words);
    if (start >= to || end <= from) continue;
    if (readingOf(s, words)?.evidence != null) result.push({ start, end });
  }
  return result;
}

/** Known full names inside a run (longest first), or a run that is one known surname. */
function knownIn(s: SentenceText, reading: Reading, known: KnownPeople): PersonCandidate[] {
  return knownRuns(s.tokens, reading, known).map((words) => candidate(s, words, 'known', null));
}

/** `knownRuns` per reading (a sentence's readings serve every copy of its text) and set of known names. */
const KNOWN_RUNS = new WeakMap<Reading, { known: KnownPeople; runs: readonly (readonly number[])[] }>();

/** The words of known names inside a reading's run. */
function knownRuns(tokens: readonly Token[], reading: Reading, known: KnownPeople): readonly (readonly number[])[] {
  const cached = KNOWN_RUNS.get(reading);
  if (cached !== undefined && cached.known === known) return cached.runs;
  const { words } = reading;
  const runs: (readonly number[])[] = [];
  if (words.length === 1) {
    if (known.surnames.has(fold(tokens[words[0] ?? 0]?.text ?? ''))) runs.push(words);
  } else {
    let from = 0;
    while (from < words.length) {
      let matched = 0;
      for (let length = Math.min(MAX_NAME_WORDS, words.length - from); length >= 2; length--) {
        const key = personKey(nameWords(tokens, words.slice(from, from + length)).join(' '));
        if (key !== null && known.keys.has(key)) {
          matched = length;
          break;
        }
      }
      if (matched > 0) {
        runs.push(words.slice(from, from + matched));
        from += matched;
      } else from++;
    }
  }
  KNOWN_RUNS.set(reading, { known, runs });
  return runs;
}

interface Group {
  key: string;
  members: PersonCandidate[];
  surnames: Set<string>;
}

/** Single words a person is called by alone: the last word, and the first when a given name is hyphenated (family name first). */
function surnamesOf(forms: Iterable<string>): Set<string> {
  const result = new Set<string>();
  const list = [...forms].map((form) => form.split(/\s+/).filter(Boolean));
  const familyFirst = list.some((words) => words.slice(1).some((word) => word.includes('-')));
  for (const words of list) {
    const last = words[words.length - 1];
    if (last !== undefined) result.add(fold(last));
    if (familyFirst && words[0] !== undefined) result.add(fold(words[0]));
  }
  return result;
}

/** A name found with a role word's complement still attached (`Merdeka Budi Santoso`) is the shorter name found elsewhere. */
function trimToKnownSuffix(candidate: PersonCandidate, keys: ReadonlySet<string>): PersonCandidate {
  const words = candidate.name.split(' ');
  if (words.length < 3 || candidate.key === null) return candidate;
  for (let drop = 1; words.length - drop >= 2; drop++) {
    const suffix = words.slice(drop).join(' ');
    const key = personKey(suffix);
    if (key !== null && key !== candidate.key && keys.has(key)) {
      const start = candidate.ref.end - suffix.length;
      return { ...candidate, name: suffix, key, ref: { ...candidate.ref, start } };
    }
  }
  return candidate;
}

function refOrder(a: TextRef, b: TextRef): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  const pa = Number(a.paragraph.slice(1));
  const pb = Number(b.paragraph.slice(1));
  return pa - pb || a.start - b.start;
}

/**
 * Merges candidates from all articles into person entities. Full names merge
 * by key, so spelling variants are one person; the display name is the most
 * frequent full form. A bare surname joins the one person of its article with
 * that surname, else the one in the corpus; an unmatched or ambiguous surname
 * (`Jepang mengatakan`) is dropped. The role is the most frequent one stated.
 */
export function mergePeople(candidates: readonly PersonCandidate[]): Entity[] {
  const keys = new Set(candidates.flatMap((c) => (c.key === null ? [] : [c.key])));
  const groups = new Map<string, Group>();
  for (const raw of candidates) {
    if (raw.key === null) continue;
    const c = trimToKnownSuffix(raw, keys);
    if (c.key === null) continue;
    const group = groups.get(c.key) ?? { key: c.key, members: [], surnames: new Set<string>() };
    group.members.push(c);
    groups.set(c.key, group);
  }
  // Groups by surname, and the articles naming each group in full, so a bare surname
  // finds its candidates without a pass over every group (bare surnames joining a
  // group below never count as naming it in full).
  const bySurname = new Map<string, Group[]>();
  const fullIn = new Map<Group, Set<string>>();
  for (const group of groups.values()) {
    group.surnames = surnamesOf(group.members.map((m) => m.name));
    for (const surname of group.surnames) {
      const list = bySurname.get(surname);
      if (list) list.push(group);
      else bySurname.set(surname, [group]);
    }
    fullIn.set(group, new Set(group.members.filter((m) => m.key !== null && m.name.includes(' ')).map((m) => m.ref.article)));
  }

  for (const c of candidates) {
    if (c.key !== null) continue;
    const matching = bySurname.get(fold(c.name)) ?? [];
    const local = matching.filter((group) => fullIn.get(group)?.has(c.ref.article));
    const target = local.length === 1 ? local[0] : local.length === 0 && matching.length === 1 ? matching[0] : undefined;
    target?.members.push(c);
  }

  const entities: Entity[] = [];
  const used = new Set<string>();
  const ordered = [...groups.values()].sort((a, b) => {
    const fa = a.members[0]?.ref;
    const fb = b.members[0]?.ref;
    return fa && fb ? refOrder(fa, fb) : 0;
  });
  for (const group of ordered) {
    const fullForms = group.members.filter((m) => m.key !== null).map((m) => m.name);
    const display = mostFrequent(fullForms) ?? group.key;
    let id = `person:${slugify(display)}`;
    for (let n = 2; used.has(id); n++) id = `person:${slugify(display)}-${n}`;
    used.add(id);
    const roles = group.members.flatMap((m) => (m.role === null ? [] : [m.role]));
    const roleKey = mostFrequent(roles.map(fold));
    const role = roles.find((r) => fold(r) === roleKey);
    const mentions = dedupeMentions(
      group.members.map((m): Mention => ({ ...m.ref, entity: id, text: m.name })),
    );
    const entity: Entity = {
      id,
      type: 'person',
      names: { en: display, id: display },
      aliases: [...new Set(fullForms)].filter((form) => form !== display),
      mentions,
    };
    if (role !== undefined) entity.role = role;
    entities.push(entity);
  }
  return entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function dedupeMentions(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return [...mentions]
    .sort(refOrder)
    .filter((m) => {
      const key = `${m.article}#${m.paragraph}#${m.start}#${m.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Names of merged people for a second pass: their full-name keys and the surnames they go by. */
export function knownPeople(entities: readonly Entity[]): KnownPeople {
  const keys = new Map<string, string>();
  const surnames = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const forms = [entity.names.en, entity.names.id, ...entity.aliases];
    for (const form of forms) {
      const key = personKey(form);
      if (key !== null) keys.set(key, entity.id);
    }
    for (const surname of surnamesOf(forms)) surnames.add(surname);
  }
  return { keys, surnames };
}

/** Folded words the sentences use in lower case: common words, which a capital at a sentence start does not make a name. */
export function lowercaseWords(sentences: readonly SentenceInput[]): Set<string> {
  const result = new Set<string>();
  for (const sentence of sentences) {
    for (const token of sentenceTokens(sentence)) if (token.word && isLower(codeAt(token.text, 0))) result.add(fold(token.text));
  }
  return result;
}

/**
 * People of a corpus in two passes: the first finds names by role, title or
 * speech verb; the second also takes those names (and surnames) where they
 * stand without one (`bertemu dengan Budi Santoso`, `Santoso bertemu`).
 */
export function collectPeople(sentences: readonly SentenceInput[], context: Omit<PeopleContext, 'known' | 'commonWords'> = {}): Entity[] {
  // Copies and syndicated articles repeat sentences: each text in each language is read
  // through the first sentence that prints it.
  const first = new Map<string, Map<string, SentenceInput>>();
  const readers = sentences.map((sentence) => {
    let byText = first.get(sentence.language);
    if (byText === undefined) first.set(sentence.language, (byText = new Map()));
    let reader = byText.get(sentence.text);
    if (reader === undefined) byText.set(sentence.text, (reader = sentence));
    return reader;
  });
  const distinct = [...first.values()].flatMap((byText) => [...byText.values()]);
  const base: PeopleContext = { ...context, commonWords: lowercaseWords(distinct) };
  const found = mergePeople(sentences.flatMap((sentence, index) => peopleAs(sentence, readers[index] as SentenceInput, base)));
  const known = knownPeople(found);
  const withKnown: PeopleContext = { ...base, known };
  return mergePeople(sentences.flatMap((sentence, index) => peopleAs(sentence, readers[index] as SentenceInput, withKnown)));
}
