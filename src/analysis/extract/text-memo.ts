// What an extractor reads from a sentence's text alone, kept per text: copies and
// syndicated articles repeat sentences word for word, and a text is then read once
// per build however many articles print it. Only pure functions of the text (and of
// data fixed for the build, such as the language's word lists) may be kept so, and
// callers must not change what they get back.

/** Texts kept at most; past it the memo starts again (bounds memory on huge corpora). */
const LIMIT = 100_000;

export interface TextMemo<T> {
  /** `compute(text)`, computed once per text. */
  get(text: string, compute: (text: string) => T): T;
}

export function textMemo<T>(limit = LIMIT): TextMemo<T> {
  const known = new Map<string, T>();
  return {
    get(text, compute) {
      let value = known.get(text);
      if (value === undefined && !known.has(text)) {
        value = compute(text);
        if (known.size >= limit) known.clear();
        known.set(text, value);
      }
      return value as T;
    },
  };
}
