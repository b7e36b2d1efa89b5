// The claims part of a topic page (the whole of a further claims page), computed
// once per page per build for both languages, and used both to render it and as a
// further page's incremental-build key (src/lib/page-keys.ts).
import type { LinkedClaim } from '../analysis/link/index.ts';
import type { Citation, Topic } from '../analysis/types.ts';
import type { Site } from './briefing.ts';
import { entitiesById, type EntityLink } from './entity-page.ts';
import { entitySlugs } from './entity-views.ts';
import { citedParagraphs, keyOnce, pageKey } from './page-keys.ts';
import { PAGE_SIZE, pageCount, pageItems } from './paging.ts';
import { claimGroups, topicClaims } from './topic-views.ts';
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
