// The articles collection, loaded once per build and sorted explicitly
// (getCollection's order is not guaranteed): newest first, undated last, then by id.
import { getCollection, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;

let cached: Promise<ArticleEntry[]> | undefined;

export function compareArticles(a: ArticleEntry, b: ArticleEntry): number {
  const da = a.data.published ?? '';
  const db = b.data.published ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function loadArticles(): Promise<ArticleEntry[]> {
  cached ??= getCollection('articles').then((entries) => entries.sort(compareArticles));
  return cached;
}
