// Reading the editable YAML data in content/ (gazetteer, country aliases,
// organizations, routes, topic front-matter): one parser, one error that names the
// file and the field, so a bad hand edit is reported, never a stack trace.
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { parsePlainYaml } from './plain-yaml.ts';

/** A content data file that is not valid YAML or breaks its schema; names the file and the field. */
export class ContentDataError extends Error {
  readonly file: string;
  readonly field: string | null;
  constructor(file: string, field: string | null, message: string) {
    super(`${file}: ${field === null ? '' : `${field}: `}${message}`);
    this.name = 'ContentDataError';
    this.file = file;
    this.field = field;
  }
}

/** `places[2].lat`, `aliases.KP[0]`: the path of a zod issue as an editor reads it. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Parses YAML text of `file` (named in errors) and validates it; throws ContentDataError. */
export function parseContentData<T extends z.ZodType>(file: string, text: string, schema: T): z.output<T> {
  let data: unknown;
  try {
    // The plain form ingest writes is read without the parser (plain-yaml.ts). A low
    // alias limit keeps a hand-edited file from expanding into an alias bomb.
    data = parsePlainYaml(text) ?? parseYaml(text, { maxAliasCount: 50, uniqueKeys: true });
  } catch (error) {
    throw new ContentDataError(file, null, `invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    if (!issue) throw new ContentDataError(file, null, 'invalid data');
    let path = [...issue.path];
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      // Name the stray field itself: `places[0].lattitude: unexpected field`.
      path = [...path, issue.keys.join(', ')];
      message = 'unexpected field';
    } else if (issue.code === 'invalid_key') {
      // The key's own issue says what a key must be (`XX` is no country code).
      message = issue.issues[0]?.message ?? message;
    }
    const field = fieldPath(path);
    throw new ContentDataError(file, field === '' ? null : field, message);
  }
  return result.data;
}
