// Organizations: names and aliases listed in content/organizations.yaml, and
// institutions named by a head word (`Kementerian Pertahanan Jepang`, `Defense Ministry`).
import { HEAD_FIRST_WORDS, HEAD_LAST_WORDS, LEADING_NON_NAME, NAME_CONNECTORS } from '../../lang/organizations.ts';
import { ROLE_WORDS } from '../../lang/people.ts';
import type { Entity, Mention, SentenceInput, TextRef } from '../types.ts';
import { fold, isAcronym, isCapitalized, mostFrequent, phraseAt, phraseSet, sentenceTokens, slugify, type Token } from './name-tokens.ts';
import { sentenceOrganizations, type OrgIndex } from './org-index.ts';
import { peopleWithin, type PersonCandidate } from './people.ts';
import { longestNonOverlapping, sentenceRef } from './spans.ts';

export interface OrganizationMention {
  /** Entity id: `org:<yaml id>` for a listed organization, `org:<slug>` for one found by its head word. */
  id: string;
  /** The name as printed. */
  text: string;
  /** True when the name is listed in organizations.yaml. */
  listed: boolean;
  ref: TextRef;
}

const HEAD_FIRST = phraseSet(HEAD_FIRST_WORDS);
const HEAD_LAST = phraseSet(HEAD_LAST_WORDS);
const ROLES = phraseSet(ROLE_WORDS);
const CONNECTORS: ReadonlySet<string> = new Set(NAME_CONNECTORS);
const LEADING: ReadonlySet<string> = new Set(LEADING_NON_NAME);

const isNameWord = (token: Token | undefined): boolean => token !== undefined && token.word && (isCapitalized(token.text) || isAcronym(token.text));

/** Runs of capitalized words and acronyms, with connectors (`of`, `untuk`) inside when a capitalized word follows. */
function capitalRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isNameWord(tokens[index])) {
      index++;
      continue;
    }
    const start = index;
    let end = index;
    let next = index + 1;
    for (;;) {
      if (isNameWord(tokens[next])) {
        end = next;
        next++;
        continue;
      }
      let skip = next;
      while (tokens[skip]?.word && CONNECTORS.has(fold(tokens[skip]?.text ?? ''))) skip++;
      if (skip > next && isNameWord(tokens[skip])) {
        end = skip;
        next = skip + 1;
        continue;
      }
      break;
    }
    runs.push([start, end]);
    index = end + 1;
  }
  return runs;
}

/** Institutions named by a head word inside a run, cut before a person's name or a role word (`… Council spokesman`). */
function headWordNames(
  input: SentenceInput,
  tokens: readonly Token[],
  peopleWithin: (from: number, to: number) => readonly { start: number; end: number }[],
): OrganizationSpan[] {
  const result: OrganizationSpan[] = [];
  for (const [runStart, runEnd] of capitalRuns(tokens)) {
    let people: readonly { start: number; end: number }[] | undefined;
    let head = -1;
    let headFirst = false;
    for (let k = runStart; k <= runEnd; k++) {
      if (!isCapitalized(tokens[k]?.text ?? '')) continue;
      if (phraseAt(tokens, k, HEAD_FIRST) > 0) {
        head = k;
        headFirst = true;
        break;
      }
      if (phraseAt(tokens, k, HEAD_LAST) > 0) {
        head = k;
        break;
      }
    }
    if (head < 0) continue;
    let start = headFirst ? head : runStart;
    while (start < head && (LEADING.has(fold(tokens[start]?.text ?? '')) || phraseAt(tokens, start, ROLES) > 0)) start++;
    let end = head;
    for (let k = head + 1; k <= runEnd; k++) {
      const token = tokens[k];
      if (token === undefined) break;
      people ??= peopleWithin(token.start, tokens[runEnd]?.end ?? token.end);
      const inPerson = people.some((p) => token.start < p.end && token.end > p.start);
      if (inPerson || phraseAt(tokens, k, ROLES) > 0) break;
      end = k;
    }
    // Connectors never end a name.
    while (end > head && CONNECTORS.has(fold(tokens[end]?.text ?? ''))) end--;
    const first = tokens[start];
    const last = tokens[end];
    if (first === undefined || last === undefined || end === start) continue;
    const text = input.text.slice(first.start, last.end);
    result.push({ start: first.start, end: last.end, text, id: `org:${slugify(text)}`, listed: false });
  }
  return result;
}

/**
 * Organizations in one sentence: names and aliases from organizations.yaml
 * (longest match, whole words, case-sensitive) and institutions named by a
 * head word. Where they overlap the longer name wins (`Komisi Pemilihan
 * Umum Daerah` over a listed `Komisi Pemilihan Umum`), the listed one on a tie.
 * `people` (this sentence's person candidates) stops a head-word name before
 * a person's name; by default they are found here.
 */
export function findOrganizations(input: SentenceInput, orgIndex: OrgIndex, people?: readonly PersonCandidate[]): OrganizationMention[] {
  return organizationMentions(input, organizationSpans(input, orgIndex, people));
}

/** An organization's name in a sentence (offsets in the sentence). */
export interface OrganizationSpan {
  start: number;
  end: number;
  text: string;
  id: string;
  listed: boolean;
}

/**
 * The organizations of a sentence as `findOrganizations` finds them, offsets in the
 * sentence: they depend on its text and language (and the listed organizations) only.
 */
export function organizationSpans(input: SentenceInput, orgIndex: OrgIndex, people?: readonly PersonCandidate[]): OrganizationSpan[] {
  const tokens = sentenceTokens(input);
  // The sentence's people are read only where a head-word name has words after its head.
  const persons = (from: number, to: number) =>
    people === undefined
      ? peopleWithin(input, { organizations: orgIndex }, from, to)
      : people
          .filter((p) => p.ref.article === input.article && p.ref.paragraph === input.paragraph && p.ref.sentence === input.sentence)
          .map((p) => ({ start: p.ref.start - input.offset, end: p.ref.end - input.offset }));
  const listed: OrganizationSpan[] = sentenceOrganizations(input, orgIndex).map((m) => ({ ...m, id: `org:${m.id}`, listed: true }));
  const spans = [...listed, ...headWordNames(input, tokens, persons)];
  // On a tie a listed name beats a head-word match.
  return longestNonOverlapping(spans, (a, b) => Number(b.listed) - Number(a.listed));
}

/** A sentence's organization mentions from its spans. */
export function organizationMentions(input: SentenceInput, spans: readonly OrganizationSpan[]): OrganizationMention[] {
  return spans.map((span) => ({
    id: span.id,
    text: span.text,
    listed: span.listed,
    ref: sentenceRef(input, span),
  }));
}

/** One entity per organization: listed ones take their names and country from the YAML; others their most frequent printed name. */
export function mergeOrganizations(mentions: readonly OrganizationMention[], orgIndex: OrgIndex): Entity[] {
  const byId = new Map<string, OrganizationMention[]>();
  for (const mention of mentions) {
    const list = byId.get(mention.id);
    if (list) list.push(mention);
    else byId.set(mention.id, [mention]);
  }
  const entities: Entity[] = [];
  for (const [id, list] of byId) {
    const record = orgIndex.records.get(id.slice('org:'.length));
    const printed = [...new Set(list.map((m) => m.text))];
    const display = mostFrequent(list.map((m) => m.text)) ?? id;
    const names = record ? { en: record.names.en, id: record.names.id } : { en: display, id: display };
    const aliases = [...new Set([...(record?.aliases ?? []), ...printed])].filter((form) => form !== names.en && form !== names.id);
    const entity: Entity = {
      id,
      type: 'organization',
      names,
      aliases,
      mentions: list.map((m): Mention => ({ ...m.ref, entity: id, text: m.text })),
    };
    if (record?.country !== undefined) entity.country = record.country;
    entities.push(entity);
  }
  return entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
