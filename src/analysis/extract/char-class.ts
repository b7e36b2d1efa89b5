// Character classes tested one code point at a time, for the hand-written scanners
// (tokenizers, word runs) that stand in for `matchAll` with a class pattern: a regular
// expression pays per match for objects these loops never build.

/** A test of one code point against a one-character class pattern (`/[\p{L}\p{N}]/u`). */
export type CharClass = (code: number) => boolean;

const CLASSES = new Map<string, CharClass>();

/**
 * The class of a one-character pattern (without the `g` or `y` flag), answered from a
 * table for ASCII and remembered for the rest. Equal patterns get the same class, so
 * what is kept per class (`wordRuns`) is shared by the modules that use it.
 */
export function charClass(pattern: RegExp): CharClass {
  const id = `${pattern.source}/${pattern.flags}`;
  let known = CLASSES.get(id);
  if (known === undefined) {
    known = newClass(pattern);
    CLASSES.set(id, known);
  }
  return known;
}

function newClass(pattern: RegExp): CharClass {
  const ascii = Array.from({ length: 0x80 }, (_, code) => pattern.test(String.fromCharCode(code)));
  const others = new Map<number, boolean>();
  return (code) => {
    if (code < 0x80) return ascii[code] ?? false;
    let known = others.get(code);
    if (known === undefined) {
      known = pattern.test(String.fromCodePoint(code));
      others.set(code, known);
    }
    return known;
  };
}

/** The code point at `index`, as `u` patterns read text (a lone surrogate is one); 0 past the end. */
export function codeAt(text: string, index: number): number {
  return text.codePointAt(index) ?? 0;
}

/** How many UTF-16 units a code point takes. */
export function widthOf(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** The offset where the run of `isWord` code points starting at `from` ends. */
export function runEnd(text: string, from: number, isWord: CharClass): number {
  let end = from;
  while (end < text.length) {
    const code = text.codePointAt(end) ?? 0;
    if (!isWord(code)) break;
    end += code > 0xffff ? 2 : 1;
  }
  return end;
}

/** Whether the text is all ASCII: then it has no accents, and lower case is plain. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * `text.toLocaleLowerCase('und')`, without the locale machinery for ASCII text (where
 * the root locale lower-cases exactly as `toLowerCase` does): the locale call costs
 * microseconds a paragraph.
 */
export function rootLowerCase(text: string): string {
  return isAscii(text) ? text.toLowerCase() : text.toLocaleLowerCase('und');
}
