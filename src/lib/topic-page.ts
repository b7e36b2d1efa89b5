// What a topic page shows, computed once per page per build for both languages, and
// used both to render it and as its incremental-build key (src/lib/page-keys.ts): the
// claims part (the whole of a further claims page), and the rest of the first page
// (conflicts, figures, latest events, sources and the locator map, each an excerpt).
import type { Conflict } from '../analysis/link/conflicts.ts';
import type { LinkedClaim } from '../analysis/link/index.ts';
import type { Citation, Figure, Topic } from '../analysis/types.ts';
import type { Site } from './briefing.ts';
import { entitiesById, type EntityLink } from './entity-page.ts';
import { entitySlugs, timeline, type TimelineYear } from './entity-views.ts';
import { conflictPage } from './index-pages.ts';
import { drawnScope, locatorScope, mapScope, type MapScope } from './map/map-scope.ts';
import { citedParagraphs, keyOnce, pageKey } from './page-keys.ts';
import { PAGE_SIZE, pageCount, pageItems } from './paging.ts';
import { briefingFacets } from './source-facets.ts';
import { claimGroups, latestEvents, onTopic, topicClaims, topicFigures } from './topic-views.ts';
import { shownCitations } from './views.ts';

export interface TopicClaimsPage {
  page: number;
  pages: number;
  /** All the topic's claims, on every page. */
  total: number;
  /** This page's claims, grouped by the entity they are about (null: the rest). */
  groups: { entity: EntityLink | null; claims: LinkedClaim[] }[];
  /** The citations each claim marks here (one per independent origin first), by claim id. */
  marks: Map<string, Citation[]>;
}

const pages = new WeakMap<Site, Map<string, TopicClaimsPage>>();

export function topicClaimsPage(site: Site, topic: Pick<Topic, 'id'>, page = 1): TopicClaimsPage {
  let perSite = pages.get(site);
  if (!perSite) pages.set(site, (perSite = new Map()));
  const cacheId = `${topic.id}\0${page}`;
  let view = perSite.get(cacheId);
  if (view) return view;
  const all = topicClaims(site.linked, topic.id);
  const size = PAGE_SIZE.topicClaims;
  const claims = pageItems(all, page, size);
  const slugs = entitySlugs(site.briefing.entities);
  const entities = entitiesById(site);
  view = {
    page,
    pages: pageCount(all.length, size),
    total: all.length,
    groups: claimGroups(claims).map((group) => {
      const entity = group.entity === null ? undefined : entities.get(group.entity);
      return {
        entity: entity ? { id: entity.id, names: entity.names, slug: entity.mentions.length > 0 ? (slugs.get(entity.id) ?? null) : null } : null,
        claims: group.claims,
      };
    }),
    marks: new Map(claims.map((claim) => [claim.id, shownCitations(claim, site.linked, PAGE_SIZE.topicClaimMarks)])),
  };
  perSite.set(cacheId, view);
  return view;
}

/** The incremental-build key of a further claims page: the topic's title, the page's view and the paragraphs it cites (src/lib/page-keys.ts). */
export function topicClaimsPageKey(site: Site, topic: Topic, page: number): string {
  return keyOnce(site, `topic-claims\0${topic.id}\0${page}`, () => {
    const view = topicClaimsPage(site, topic, page);
    return pageKey('topic-claims', topic.id, topic.title, view, citedParagraphs(site.articles, [...view.marks.values()].flat()));
  });
}

/** The rest of a topic's first page: each list an excerpt that links to its whole. */
export interface TopicPage {
  /** A few of the conflicts on the topic, each with the figures page that holds it. */
  conflicts: { conflict: Conflict; page: number }[];
  conflictCount: number;
  /** The first figures stated on the topic. */
  figures: Figure[];
  figureCount: number;
  /** The latest events, by year. */
  years: TimelineYear[];
  eventCount: number;
  /** The first sources covering it. */
  sources: { id: string; title: string; outlet: string | null; language: string }[];
  sourceCount: number;
  /** The slug of its filtered source list, when it has one. */
  sourceFacet: string | null;
  /** The places and legs of its statements, as the (static) locator map draws them. */
  locator: MapScope;
}

const firstPages = new WeakMap<Site, Map<string, TopicPage>>();

export function topicPage(site: Site, topic: Pick<Topic, 'id'>): TopicPage {
  let perSite = firstPages.get(site);
  if (!perSite) firstPages.set(site, (perSite = new Map()));
  let view = perSite.get(topic.id);
  if (view) return view;
  const { briefing } = site;
  const excerpt = PAGE_SIZE.topicExcerpt;
  const conflicts = site.linked.conflicts.filter((conflict) => conflict.values.some((value) => onTopic(briefing, topic.id, value.citation)));
  const figures = topicFigures(briefing, topic.id);
  const years = timeline(briefing, topic.id);
  const sources = briefing.articles.filter((article) => briefing.articleTopics.get(article.id)?.article.includes(topic.id));
  view = {
    conflicts: conflicts.slice(0, PAGE_SIZE.topicConflicts).map((conflict) => ({ conflict, page: conflictPage(site, conflict.id) })),
    conflictCount: conflicts.length,
    figures: figures.slice(0, excerpt),
    figureCount: figures.length,
    years: latestEvents(years, excerpt),
    eventCount: years.reduce((sum, year) => sum + year.events.length, 0),
    sources: sources.slice(0, excerpt).map((article) => ({ id: article.id, title: article.title, outlet: article.outlet, language: article.language })),
    sourceCount: sources.length,
    sourceFacet: briefingFacets(briefing).get('topic')?.find((value) => value.value === topic.id)?.slug ?? null,
    locator: drawnScope(locatorScope(mapScope(briefing, (citation) => onTopic(briefing, topic.id, citation)))),
  };
  perSite.set(topic.id, view);
  return view;
}

/**
 * The incremental-build key of a topic's first page: the topic file's fields, its
 * claims page and the rest of its view, and the paragraphs it cites with their
 * articles' metadata (src/lib/page-keys.ts).
 */
export function topicPageKey(site: Site, topic: Topic): string {
  return keyOnce(site, `topic\0${topic.id}`, () => {
    const claims = topicClaimsPage(site, topic, 1);
    const view = topicPage(site, topic);
    const cited = [
      ...[...claims.marks.values()].flat(),
      ...view.conflicts.flatMap(({ conflict }) => conflict.values.map((value) => value.citation)),
      ...view.figures.map((figure) => figure.ref),
      ...view.years.flatMap((year) => year.events.map((event) => event.ref)),
    ];
    return pageKey('topic', topic, claims, view, citedParagraphs(site.articles, cited));
  });
}
