// What an entity page (or one of its further mention pages) shows, computed once per
// page per build for both languages, and used both to render it and as its
// incremental-build key (src/lib/page-keys.ts).
import type { Entity, Quote } from '../analysis/types.ts';
import type { Site } from './briefing.ts';
import { entitySlugs, mentionContexts, quotesBy, relatedEntities, type MentionContext } from './entity-views.ts';
import { citedParagraphs, keyOnce, pageKey } from './page-keys.ts';
import { PAGE_SIZE, pageCount, pageItems } from './paging.ts';
import { sourceLabel } from './views.ts';

/** Another entity as a page shows it: its names, and its page's slug when it has one. */
export interface EntityLink {
  id: string;
  names: { en: string; id: string };
  /** Null when the entity has no page (no mentions). */
  slug: string | null;
}

export interface EntityPage {
  slug: string;
  page: number;
  pages: number;
  /** Mentions in context on this page, each with its source's short label. */
  contexts: (MentionContext & { label: string })[];
  /** All mentions, on every page. */
  total: number;
  /** Page 1 only: the entities named with it, most shared sentences first. */
  related: (EntityLink & { count: number })[];
  /** Page 1 only: the country it belongs to. */
  country: EntityLink | null;
  /** Page 1 only: the first quotes attributed to it, with their article's language. */
  quotes: { quote: Quote; language: string }[];
  /** Page 1 only: how many quotes are attributed to it in all. */
  quotesTotal: number;
}

const pages = new WeakMap<Site, Map<string, EntityPage>>();

export function entityPage(site: Site, entity: Entity, page = 1): EntityPage {
  let perSite = pages.get(site);
  if (!perSite) pages.set(site, (perSite = new Map()));
  const cacheId = `${entity.id}\0${page}`;
  let view = perSite.get(cacheId);
  if (view) return view;
  const slugs = entitySlugs(site.briefing.entities);
  const byId = entitiesById(site);
  const link = (id: string): EntityLink | null => {
    const other = byId.get(id);
    if (!other) return null;
    return { id, names: other.names, slug: other.mentions.length > 0 ? (slugs.get(id) ?? null) : null };
  };
  const all = mentionContexts(site.articles, entity);
  const quotes = page > 1 ? [] : quotesBy(site.briefing.quotes, entity.id);
  const size = PAGE_SIZE.entityMentions;
  view = {
    slug: slugs.get(entity.id) ?? '',
    page,
    pages: pageCount(all.length, size),
    contexts: pageItems(all, page, size).map((context) => {
      const article = site.articles.get(context.article);
      return { ...context, label: article ? sourceLabel(article) : context.article };
    }),
    total: all.length,
    related:
      page > 1
        ? []
        : (relatedEntities(site.briefing.entities).get(entity.id) ?? []).map((item) => ({ ...(link(item.id) ?? { id: item.id, names: { en: item.id, id: item.id }, slug: null }), count: item.count })),
    country: page > 1 || !entity.country ? null : link(`country:${entity.country}`),
    quotes: quotes.slice(0, PAGE_SIZE.entityQuotes).map((quote) => ({ quote, language: site.articles.get(quote.ref.article)?.language ?? 'und' })),
    quotesTotal: quotes.length,
  };
  perSite.set(cacheId, view);
  return view;
}

const byIdCache = new WeakMap<Site, Map<string, Entity>>();

/** The site's entities by id, once per build. */
export function entitiesById(site: Site): Map<string, Entity> {
  let byId = byIdCache.get(site);
  if (!byId) byIdCache.set(site, (byId = new Map(site.briefing.entities.map((entity) => [entity.id, entity]))));
  return byId;
}

/**
 * The incremental-build key of an entity page: the entity (without its mention list,
 * which the page shows through `contexts`), the page's view, and the paragraphs of
 * the quotes it cites (listed at the foot).
 */
export function entityPageKey(site: Site, entity: Entity, page = 1): string {
  return keyOnce(site, `entity\0${entity.id}\0${page}`, () => {
    const view = entityPage(site, entity, page);
    const { mentions: _mentions, ...about } = entity;
    return pageKey('entity', about, view, citedParagraphs(site.articles, view.quotes.map((item) => item.quote.ref)));
  });
}
