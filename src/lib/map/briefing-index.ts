// Lookups the maps need, built once per briefing (the build has one): place
// entities, their mentions and legs by article, events by paragraph. A source page's
// locator then reads its own article's entries instead of scanning the whole corpus
// (a place named by most articles has thousands of mentions).
import type { Briefing } from '../../analysis/model.ts';
import type { Entity, Mention, RouteLeg, TimelineEvent } from '../../analysis/types.ts';

export interface BriefingIndex {
  placesByArticle: Map<string, Entity[]>;
  /** Place entity id → article → its mentions there, in the entity's order. */
  placeMentions: Map<string, Map<string, Mention[]>>;
  legsByArticle: Map<string, RouteLeg[]>;
  /** Keyed `article#paragraph`. */
  eventsByParagraph: Map<string, TimelineEvent[]>;
}

const cache = new WeakMap<Briefing, BriefingIndex>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

export function briefingIndex(briefing: Briefing): BriefingIndex {
  let index = cache.get(briefing);
  if (index) return index;
  index = { placesByArticle: new Map(), placeMentions: new Map(), legsByArticle: new Map(), eventsByParagraph: new Map() };
  for (const entity of briefing.entities) {
    if (entity.type !== 'place') continue;
    const byArticle = new Map<string, Mention[]>();
    for (const mention of entity.mentions) {
      push(index.placesByArticle, mention.article, entity);
      const list = byArticle.get(mention.article);
      if (list) list.push(mention);
      else byArticle.set(mention.article, [mention]);
    }
    index.placeMentions.set(entity.id, byArticle);
  }
  for (const leg of briefing.legs) for (const citation of leg.citations) push(index.legsByArticle, citation.article, leg);
  for (const event of briefing.events) push(index.eventsByParagraph, `${event.ref.article}#${event.ref.paragraph}`, event);
  cache.set(briefing, index);
  return index;
}
