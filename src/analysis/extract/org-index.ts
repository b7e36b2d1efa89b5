// The organizations listed in content/organizations.yaml as a matcher: every name
// and alias found in text by longest match at word boundaries, case-sensitively.
import { organizationsFile, type OrganizationRecord } from '../../schemas/organizations.ts';
import { parseContentData } from '../../schemas/content-data.ts';
import { escapeRegExp } from './name-tokens.ts';
import { charClass } from './char-class.ts';
import { anyTermStarts, matchesAt, stickyOf, termIndex, termRuns, wordRuns, type TermIndex, type TermRuns } from './term-filter.ts';

export interface OrgIndex {
  records: ReadonlyMap<string, OrganizationRecord>;
  /** Printed form → record id. */
  forms: ReadonlyMap<string, string>;
  pattern: RegExp | null;
  /**
   * The pattern, sticky, and the words of each form, indexed: a match is a run of words
   * that are a form's, so the pattern is tried only where they stand. Absent (as when
   * some form does not start with a letter or digit) the pattern searches the whole text.
   */
  located?: { sticky: RegExp; forms: readonly TermRuns[]; index: TermIndex };
}

export interface OrgMatch {
  /** Record id from the YAML file (the entity id is `org:<id>`). */
  id: string;
  text: string;
  start: number;
  end: number;
}

/** Parses and validates organizations.yaml; throws ContentDataError naming the file and the field. */
export function parseOrganizations(file: string, text: string): OrganizationRecord[] {
  return parseContentData(file, text, organizationsFile).organizations;
}

export function buildOrgIndex(records: readonly OrganizationRecord[]): OrgIndex {
  const forms = new Map<string, string>();
  for (const record of records) {
    for (const form of [record.names.en, record.names.id, ...record.aliases]) forms.set(form, record.id);
  }
  // Longest first, so the alternation prefers `Komisi Pemilihan Umum Daerah` over `Komisi Pemilihan Umum`.
  const sorted = [...forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const body = sorted.map((form) => escapeRegExp(form).replace(/\s+/g, '\\s+')).join('|');
  const pattern = sorted.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu') : null;
  const located = sorted.map((form) => termRuns(form, isWordChar, { caseSensitive: true }));
  const index: OrgIndex = { records: new Map(records.map((record) => [record.id, record])), forms, pattern };
  if (pattern !== null && located.every((form) => form !== null)) index.located = { sticky: stickyOf(pattern), forms: located, index: termIndex(located) };
  return index;
}

/** Letters and digits: where the pattern finds a word edge. */
const isWordChar = charClass(/[\p{L}\p{N}]/u);

/** The pattern's matches, as `matchAll` finds them, tried only where a form's words stand when the index knows them. */
function patternMatches(text: string, index: OrgIndex, pattern: RegExp): RegExpExecArray[] {
  const { located } = index;
  if (located === undefined) return [...text.matchAll(pattern)];
  return matchesAt(located.sticky, text, anyTermStarts(wordRuns(text, isWordChar), located.forms, located.index));
}

/** Names and aliases of listed organizations in `text`, left to right, not overlapping. */
export function matchOrganizations(text: string, index: OrgIndex): OrgMatch[] {
  if (index.pattern === null) return [];
  const result: OrgMatch[] = [];
  for (const match of patternMatches(text, index, index.pattern)) {
    const id = index.forms.get(match[0]) ?? index.forms.get(match[0].replace(/\s+/g, ' '));
    if (id !== undefined) result.push({ id, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return result;
}

const SENTENCE_MATCHES = new WeakMap<object, { text: string; index: OrgIndex; matches: readonly OrgMatch[] }>();

/**
 * `matchOrganizations` of a sentence, matched once however many extractors ask (the
 * organization extractor, and the people extractor that keeps these names out). Callers
 * must not change the result.
 */
export function sentenceOrganizations(input: { readonly text: string }, index: OrgIndex): readonly OrgMatch[] {
  const cached = SENTENCE_MATCHES.get(input);
  if (cached !== undefined && cached.text === input.text && cached.index === index) return cached.matches;
  const matches = matchOrganizations(input.text, index);
  SENTENCE_MATCHES.set(input, { text: input.text, index, matches });
  return matches;
}
