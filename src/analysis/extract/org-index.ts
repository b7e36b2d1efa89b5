// The organizations listed in content/organizations.yaml as a matcher: every name
// and alias found in text by longest match at word boundaries, case-sensitively.
import { organizationsFile, type OrganizationRecord } from '../../schemas/organizations.ts';
import { parseContentData } from '../../schemas/content-data.ts';
import { escapeRegExp } from './name-tokens.ts';

export interface OrgIndex {
  records: ReadonlyMap<string, OrganizationRecord>;
  /** Printed form → record id. */
  forms: ReadonlyMap<string, string>;
  pattern: RegExp | null;
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
  return {
    records: new Map(records.map((record) => [record.id, record])),
    forms,
    pattern: sorted.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu') : null,
  };
}

/** Names and aliases of listed organizations in `text`, left to right, not overlapping. */
export function matchOrganizations(text: string, index: OrgIndex): OrgMatch[] {
  if (index.pattern === null) return [];
  const result: OrgMatch[] = [];
  for (const match of text.matchAll(index.pattern)) {
    const id = index.forms.get(match[0]) ?? index.forms.get(match[0].replace(/\s+/g, ' '));
    if (id !== undefined) result.push({ id, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return result;
}
