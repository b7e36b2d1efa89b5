// What a source page shows besides its own content file, computed once per article
// per build (both languages' pages share it) and used both to render the page and
// as the page's incremental-build key (src/lib/page-keys.ts): the key is then the
// digest of exactly what the page reads from the rest of the briefing.
import type { MapScope } from './map/map-scope.ts';
import { drawnScope, locatorScope, mapScope } from './map/map-scope.ts';
import type { Site } from './briefing.ts';
import type { ArticleEntry } from './articles.ts';
import { articleEntities, entitySlugs } from './entity-views.ts';
import { attributionChain, paragraphNotes, type ParagraphNote } from './views.ts';
import { entryDigest, keyOnce, pageKey } from './page-keys.ts';

/** A name or title in both interface languages. */
type LocalizedText = { en: string; id: string };

export interface SourcePage {
  /** The article's topics, with their titles (null: the catch-all "other"). */
  topics: { id: string; title: LocalizedText | null }[];
  /** Notes beside paragraphs, by paragraph anchor. */
  notes: Map<string, ParagraphNote>;
  /** Outlet ← original ← credited media, then the people it quotes. */
  chain: string[];
  /** The entities it names, with how often and their page's slug. */
  named: { id: string; names: LocalizedText; count: number; slug: string }[];
  /** The places and legs it states, as its (static) locator map draws them. */
  locator: MapScope;
}

const pages = new WeakMap<Site, Map<string, SourcePage>>();

export function sourcePage(site: Site, entry: ArticleEntry): SourcePage {
  let perSite = pages.get(site);
  if (!perSite) pages.set(site, (perSite = new Map()));
  let page = perSite.get(entry.id);
  if (!page) {
    const slugs = entitySlugs(site.briefing.entities);
    page = {
      topics: (site.briefing.articleTopics.get(entry.id)?.article ?? []).map((id) => ({ id, title: site.briefing.topics.find((topic) => topic.id === id)?.title ?? null })),
      notes: paragraphNotes(site, entry.id),
      chain: attributionChain(site, entry.id),
      named: articleEntities(site.briefing.entities, entry.id).map((item) => ({ id: item.entity.id, names: item.entity.names, count: item.count, slug: slugs.get(item.entity.id) ?? '' })),
      locator: drawnScope(locatorScope(mapScope(site.briefing, (citation) => citation.article === entry.id, [entry.id]))),
    };
    perSite.set(entry.id, page);
  }
  return page;
}

/** The incremental-build key of a source page: its content file and what it shows of the rest. */
export function sourcePageKey(site: Site, entry: ArticleEntry): string {
  return keyOnce(site, `source\0${entry.id}`, () => pageKey('source', entryDigest(entry), sourcePage(site, entry)));
}
