// Lookups the maps need, built once per briefing (the build has one): place
// entities and legs by article, events by paragraph. A source page's locator then
// reads its own article's entries instead of scanning the whole corpus.
import type { Briefing } from '../../analysis/model.ts';
import type { Entity, RouteLeg, TimelineEvent } from '../../analysis/types.ts';

export interface BriefingIndex {
  placesByArticle: Map<string, Entity[]>;
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
  index = { placesByArticle: new Map(), legsByArticle: new Map(), eventsByParagraph: new Map() };
  for (const entity of briefing.entities) {
    if (entity.type !== 'place') continue;
    for (const mention of entity.mentions) push(index.placesByArticle, mention.article, entity);
  }
  for (const leg of briefing.legs) for (const citation of leg.citations) push(index.legsByArticle, citation.article, leg);
  for (const event of briefing.events) push(index.eventsByParagraph, `${event.ref.article}#${event.ref.paragraph}`, event);
  cache.set(briefing, index);
  return index;
}
