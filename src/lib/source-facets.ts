// Filters of the sources index: by outlet, original source, language and topic. Each
// value is a static page (`/sources/<facet>/<value>/`), so filtering is a plain link
// and works without JavaScript. Computed once per build.
import { slugify } from '../analysis/extract/name-tokens.ts';

export const FACETS = ['outlet', 'original', 'language', 'topic'] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetSource {
  id: string;
  outlet: string | null;
  originalSource: string | null;
  language: string;
  topics: readonly string[];
}

export interface FacetValue {
  facet: Facet;
  /** URL segment, unique within the facet. */
  slug: string;
  /** The value as written (an outlet's name, a language code, a topic id). */
  value: string;
  /** Ids of the sources with this value, in the order given. */
  ids: string[];
}

const valuesOf = (source: FacetSource, facet: Facet): readonly string[] => {
  switch (facet) {
    case 'outlet':
      return source.outlet ? [source.outlet] : [];
    case 'original':
      return source.originalSource ? [source.originalSource] : [];
    case 'language':
      return [source.language];
    case 'topic':
      return source.topics;
  }
};

/** Every facet's values with their sources: most sources first, then by value. */
export function sourceFacets(sources: readonly FacetSource[]): Map<Facet, FacetValue[]> {
  const facets = new Map<Facet, FacetValue[]>();
  for (const facet of FACETS) {
    const byValue = new Map<string, string[]>();
    for (const source of sources) for (const value of new Set(valuesOf(source, facet))) byValue.set(value, [...(byValue.get(value) ?? []), source.id]);
    const ordered = [...byValue].sort(([a, idsA], [b, idsB]) => idsB.length - idsA.length || (a < b ? -1 : a > b ? 1 : 0));
    // Slugs are unique within a facet; a value whose slug is taken (or empty) gets a number.
    const taken = new Set<string>();
    const byName = [...ordered].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const slugs = new Map<string, string>();
    for (const [value] of byName) {
      const stem = slugify(value) || facet;
      let slug = stem;
      for (let n = 2; taken.has(slug); n++) slug = `${stem}-${n}`;
      taken.add(slug);
      slugs.set(value, slug);
    }
    facets.set(
      facet,
      ordered.map(([value, ids]) => ({ facet, slug: slugs.get(value) ?? facet, value, ids })),
    );
  }
  return facets;
}

const cache = new WeakMap<object, Map<Facet, FacetValue[]>>();

/** The facets of a built briefing, once per build: articles with their article-level topics. */
export function briefingFacets(briefing: {
  articles: readonly { id: string; outlet: string | null; originalSource: string | null; language: string }[];
  articleTopics: ReadonlyMap<string, { article: readonly string[] }>;
}): Map<Facet, FacetValue[]> {
  let facets = cache.get(briefing);
  if (!facets) {
    facets = sourceFacets(briefing.articles.map((article) => ({ ...article, topics: briefing.articleTopics.get(article.id)?.article ?? [] })));
    cache.set(briefing, facets);
  }
  return facets;
}
