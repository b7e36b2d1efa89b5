// Cache keys for Astro's incremental static build (`experimental.incrementalBuild`,
// Astro ≥ 7.2): a page returned by getStaticPaths() with a `cacheKey` is copied from
// the last build, not rendered, when its key and its code (Astro hashes the page's
// module graph, the config and the lockfile) are unchanged. A key must therefore be a
// digest of every piece of data the page shows. Two kinds:
// - `siteKey`: the digest of all the build's data (articles and content/ files); such
//   a page is reused only when nothing changed.
// - `pageKey` over a page's own view data (src/lib/source-page.ts, entity-page.ts),
//   computed by the same function the page renders from, so the key cannot miss
//   what the page shows; an edit re-renders only the pages it reaches.
// tests/site/rebuild-cache.test.ts checks that a rebuild after edits is
// byte-identical to a cold build of the same content.
import { createHash } from 'node:crypto';
import type { AnalysisArticle } from '../analysis/types.ts';
import type { ArticleEntry } from './articles.ts';

/**
 * `value` with every Map replaced by the array of its entries and every Set by the
 * array of its values, at any depth; everything else is returned as it is, and an
 * object or array is copied only when something inside it was replaced. JSON then
 * writes it as `JSON.stringify(value, replacer)` would with a replacer doing those two
 * replacements, but without calling JavaScript for each of the millions of values in a
 * build's views. Serializing the keys of a cold build of 1,000 articles (86 MB of JSON)
 * took 625–1,027 ms with the replacer, 489–588 ms so (builds alternated); all of
 * pageKey at 4,000 articles 3.24 and 3.48 s, 2.90–3.09 s so (three builds; the rest is
 * JSON's own writing and SHA-256).
 * Written by hand: JSON has no hook for Maps but `toJSON`, which would mean changing
 * Map.prototype. Objects with a `toJSON` of their own (Dates) are left to JSON.
 */
export function jsonReady(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Map) return Array.from(value, ([key, item]: [unknown, unknown]) => [jsonReady(key), jsonReady(item)]);
  if (value instanceof Set) return Array.from(value, jsonReady);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const ready = jsonReady(item);
      if (copy) copy.push(ready);
      else if (ready !== item) (copy = value.slice(0, index)).push(ready);
    }
    return copy ?? value;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let copy: Record<string, unknown> | null = null;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const item = record[key];
    const ready = jsonReady(item);
    if (!copy && ready !== item) {
      // No prototype: a `__proto__` key stays a key.
      copy = Object.create(null) as Record<string, unknown>;
      for (let before = 0; before < index; before++) copy[keys[before] as string] = record[keys[before] as string];
    }
    if (copy) copy[key] = ready;
  }
  return copy ?? value;
}

/** A digest of `parts`, in order (JSON; Maps as their entries, Sets as their values). */
export function pageKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(jsonReady(part)) ?? 'undefined').update('\0');
  return hash.digest('base64url');
}

const keysOnce = new WeakMap<object, Map<string, string>>();

/**
 * A page's key, computed once per build (`owner` is the build's site model, `id` names
 * the page within it): the English and the Indonesian route of a page each list their
 * paths, and each asked for the same keys again, hashing every view twice.
 */
export function keyOnce(owner: object, id: string, compute: () => string): string {
  let keys = keysOnce.get(owner);
  if (!keys) keysOnce.set(owner, (keys = new Map()));
  let key = keys.get(id);
  if (key === undefined) keys.set(id, (key = compute()));
  return key;
}

/** The key of a page that reads the whole briefing: `digest` is the site's data digest. */
export function siteKey(digest: string, route: string, params: unknown): string {
  return pageKey('site', digest, route, params);
}

const entryDigests = new WeakMap<ArticleEntry, string>();

/** The digest of one content file as the site reads it: id, front-matter and body. */
export function entryDigest(entry: ArticleEntry): string {
  let digest = entryDigests.get(entry);
  if (digest === undefined) {
    digest = pageKey(entry.id, entry.data, entry.body ?? '');
    entryDigests.set(entry, digest);
  }
  return digest;
}

/** A cited paragraph: the article and the paragraph's anchor. */
export interface CitedRef {
  article: string;
  paragraph: string;
}

/**
 * What a page's citation list shows of the paragraphs `refs` cites (unique, sorted):
 * each paragraph's text and its article's title, outlet, original source, date and
 * language (src/lib/citations.ts), so an edit elsewhere in a cited article (a paragraph
 * added, another one fixed) does not re-render the page.
 */
export function citedParagraphs(articles: ReadonlyMap<string, AnalysisArticle>, refs: Iterable<CitedRef>): unknown[] {
  const keys = [...new Set([...refs].map((ref) => `${ref.article}#${ref.paragraph}`))].sort();
  return keys.map((key) => {
    const [id, anchor] = key.split('#') as [string, string];
    const article = articles.get(id);
    if (!article) return [key, null];
    const { title, outlet, originalSource, published, datePrecision, language } = article;
    return [key, title, outlet, originalSource, published, datePrecision, language, article.paragraphs.find((p) => p.anchor === anchor)?.text ?? null];
  });
}
