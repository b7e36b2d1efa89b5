// The front-matter ingest writes, read without a YAML parser. Ingest writes every
// article's front-matter in one plain form where it can (src/pipeline/emit.ts): one
// `key: value` per line, the value `null`, `true`, `false`, `[]` or a double-quoted
// string with nothing to escape, or a list of such strings as `  - "…"` lines. yaml's
// parser took 0.2 ms a front-matter (0.86 s for 4,000 articles, most of reading the
// content folder); this reads that form only, and answers null for anything else
// (comments, other quoting, other indentation, a repeated key, …), which the caller then
// hands to yaml. Where it answers, yaml gives the same value (tests/schemas/plain-yaml.test.ts).

/**
 * A string yaml writes double-quoted as it is: nothing JSON escapes (`"`, `\\`, control
 * characters, lone surrogates; here any surrogate) and none of the characters yaml
 * writes as its own escapes (U+0085, U+00A0, U+2028, U+2029), nor other C1 controls or a
 * BOM. Read back between double quotes, such a string is itself.
 */
export const PLAIN_QUOTED = /^[^"\\\u0000-\u001f\u007f-\u00a0\u2028\u2029\ufeff\ud800-\udfff]*$/;

/** A PLAIN_QUOTED string between double quotes (its characters captured). */
const STRING = `"(${PLAIN_QUOTED.source.slice(1, -1)})"`;
const ENTRY = new RegExp(`^([a-z_][a-z0-9_]*):(?: (?:(null|true|false|\\[\\])|${STRING}))?$`);
const ITEM = new RegExp(`^  - ${STRING}$`);

/** The mapping `text` holds in the plain form, or null when it is not in that form. */
export function parsePlainYaml(text: string): Record<string, unknown> | null {
  if (text === '') return null;
  const data: Record<string, unknown> = {};
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  let list: string[] | null = null;
  for (const line of lines) {
    const item = ITEM.exec(line);
    if (item) {
      if (list === null) return null;
      list.push(item[1] as string);
      continue;
    }
    // A `key:` with no items is null to yaml: not the plain form.
    if (list !== null && list.length === 0) return null;
    list = null;
    const entry = ENTRY.exec(line);
    if (!entry) return null;
    const key = entry[1] as string;
    if (Object.hasOwn(data, key) || key === '__proto__') return null;
    const literal = entry[2];
    const quoted = entry[3];
    if (literal !== undefined) data[key] = literal === 'null' ? null : literal === 'true' ? true : literal === 'false' ? false : [];
    else if (quoted !== undefined) data[key] = quoted;
    else data[key] = list = [];
  }
  if (list !== null && list.length === 0) return null;
  return data;
}
