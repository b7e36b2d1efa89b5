// One string instance per distinct value in a deserialized value. The analysis reaches
// the site through the build cache (`v8.serialize`, then `deserialize`), and V8's value
// serializer writes every string anew: an entity id, a paragraph anchor or a sentence
// named in 10,000 places came back as 10,000 strings (a heap snapshot of a build of
// 1,000 articles held 43 MB of such copies, most of them short ids). At 4,000 articles
// the analysis takes 265 MB of heap as deserialized and 117 MB shared, for 1.0 s of
// walking 1.3M objects and 2.6M strings (deserializing it takes as long); sharing only
// strings up to 256 characters took 0.8 s for 128 MB. Written by hand: no library walks
// a structured-clone graph to share its strings.

/**
 * Replaces, in place, every string in `value` (object and array values, Map keys and
 * values, Set members, at any depth) with the first instance of an equal string, and
 * returns `value`. The result is equal to the input in every way but string identity;
 * objects reached twice (shared or cyclic) are walked once.
 */
export function internStrings<T>(value: T): T {
  const canonical = new Map<string, string>();
  const intern = (text: string): string => {
    const known = canonical.get(text);
    if (known !== undefined) return known;
    canonical.set(text, text);
    return text;
  };
  const seen = new Set<object>();
  const pending: object[] = [];
  /** The interned value, with an object queued for its own walk. */
  const visit = (item: unknown): unknown => {
    if (typeof item === 'string') return intern(item);
    if (typeof item === 'object' && item !== null && !ArrayBuffer.isView(item) && !(item instanceof ArrayBuffer) && !seen.has(item)) {
      seen.add(item);
      pending.push(item);
    }
    return item;
  };
  visit(value);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (Array.isArray(next)) {
      // Written only where a string was read: a hole of a sparse array stays a hole.
      for (let index = 0; index < next.length; index++) {
        const item: unknown = next[index];
        if (typeof item === 'string') next[index] = intern(item);
        else visit(item);
      }
    } else if (next instanceof Map) {
      // Re-inserted in their order, so the Map iterates as before.
      const entries = [...next];
      next.clear();
      for (const [key, item] of entries) next.set(visit(key), visit(item));
    } else if (next instanceof Set) {
      const members = [...next];
      next.clear();
      for (const member of members) next.add(visit(member));
    } else if (!(next instanceof Date) && !(next instanceof RegExp)) {
      const record = next as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        if (typeof item === 'string') record[key] = intern(item);
        else visit(item);
      }
    }
  }
  return value;
}
