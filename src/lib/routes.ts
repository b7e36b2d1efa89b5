// The dynamic routes of the site, shared by the English pages (src/pages/) and their
// Indonesian copies (src/pages/id/): each route file only names the view it renders.
// Every path carries a `cacheKey` for Astro's incremental build (src/lib/page-keys.ts):
// every page by what it shows (of the articles it cites, only the cited paragraphs and
// their articles' metadata). The data files (src/pages/data/) are keyed by the site's
// data digest.
import { loadArticles, type ArticleEntry } from './articles.ts';
import { loadSite } from './briefing.ts';
import { entityPageKey } from './entity-page.ts';
import { entityGroups, mentionContexts, timelineTopics } from './entity-views.ts';
import { figuresLayout, figuresPageKey, timelineLayout, timelinePageKey } from './index-pages.ts';
import { keyOnce, pageKey } from './page-keys.ts';
import { briefingFacets } from './source-facets.ts';
import { sourcePageKey } from './source-page.ts';
import { topicClaimsPageKey, topicPageKey } from './topic-page.ts';
import { furtherPages, PAGE_SIZE } from './paging.ts';
import { topicClaims } from './topic-views.ts';

export async function sourcePaths() {
  const [site, articles] = await Promise.all([loadSite(), loadArticles()]);
  return articles.map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: sourcePageKey(site, entry) }));
}

export async function topicPaths() {
  const site = await loadSite();
  return site.briefing.topics.map((topic) => ({ params: { id: topic.id }, props: { topic }, cacheKey: topicPageKey(site, topic) }));
}

async function entriesById(): Promise<Map<string, ArticleEntry>> {
  return new Map((await loadArticles()).map((entry) => [entry.id, entry]));
}

export async function entityPaths() {
  const site = await loadSite();
  return entityGroups(site.briefing.entities).flatMap((group) =>
    group.entities.map((item) => ({ params: { slug: item.slug }, props: { entity: item.entity }, cacheKey: entityPageKey(site, item.entity) })),
  );
}

/**
 * The timelines below /timeline/ (`[...path]`): each topic's (`<topic>/`), and the
 * further pages of the whole one (`<n>/`) and of each topic's (`<topic>/<n>/`), n ≥ 2.
 * Topic ids are never whole numbers (src/analysis/load-topics.ts), so the two cannot meet.
 */
export async function timelinePaths() {
  const site = await loadSite();
  const topics = timelineTopics(site.briefing);
  const paths: { params: { path: string }; props: { topic?: string; page: number }; cacheKey: string }[] = [];
  const add = (topic: string | undefined, page: number) =>
    paths.push({ params: { path: [topic, page > 1 ? String(page) : undefined].filter(Boolean).join('/') }, props: { ...(topic && { topic }), page }, cacheKey: timelinePageKey(site, topic, page, topics) });
  for (let page = 2; page <= timelineLayout(site.briefing).pages.length; page++) add(undefined, page);
  for (const topic of topics) {
    for (let page = 1; page <= timelineLayout(site.briefing, topic).pages.length; page++) add(topic, page);
  }
  return paths;
}

/** Further pages of /figures/ (`/figures/<n>/`, n ≥ 2). */
export async function figurePaths() {
  const site = await loadSite();
  return Array.from({ length: figuresLayout(site).pages.length - 1 }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 }, cacheKey: figuresPageKey(site, i + 2) }));
}

/**
 * A filtered source list shows the filters (every value with its count), the topics'
 * titles, and the front-matter of the sources it lists: its key is their digest (an
 * edit to an article's text re-renders none of them).
 */
export async function sourceFacetPaths() {
  const [site, entries] = await Promise.all([loadSite(), entriesById()]);
  const facets = briefingFacets(site.briefing);
  const filters = [...facets.values()].flat().map((value) => [value.facet, value.value, value.slug, value.ids.length]);
  const topics = site.briefing.topics.map((topic) => [topic.id, topic.title]);
  return [...facets.values()].flatMap((values) =>
    values.map((value) => ({
      params: { facet: value.facet, value: value.slug },
      props: { filter: value },
      cacheKey: keyOnce(site, `sources\0${value.facet}\0${value.slug}`, () => pageKey('sources', value, filters, topics, entries.size, value.ids.map((id) => [id, entries.get(id)?.data ?? null]))),
    })),
  );
}

/** Further pages of a topic's claims (`/topics/<id>/claims/<n>/`, n ≥ 2), for topics with more than a page of them. */
export async function topicClaimPaths() {
  const site = await loadSite();
  return site.briefing.topics.flatMap((topic) =>
    furtherPages(topicClaims(site.linked, topic.id).length, PAGE_SIZE.topicClaims).map((page) => ({
      params: { id: topic.id, page: String(page) },
      props: { topic, page },
      cacheKey: topicClaimsPageKey(site, topic, page),
    })),
  );
}

/** Further pages of an entity's mentions (`/entities/<slug>/mentions/<n>/`, n ≥ 2). */
export async function entityMentionPaths() {
  const site = await loadSite();
  return entityGroups(site.briefing.entities).flatMap((group) =>
    group.entities.flatMap((item) =>
      furtherPages(mentionContexts(site.articles, item.entity).length, PAGE_SIZE.entityMentions).map((page) => ({
        params: { slug: item.slug, page: String(page) },
        props: { entity: item.entity, page },
        cacheKey: entityPageKey(site, item.entity, page),
      })),
    ),
  );
}
