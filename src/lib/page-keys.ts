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

/** A digest of `parts`, in order (JSON; Maps as their entries). */
export function pageKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part, (_key, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value)) ?? 'undefined').update('\0');
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
