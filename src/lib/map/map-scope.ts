// What a map shows, read from the briefing model: the legs whose two ends are
// resolved places, those places, and (as a second layer) the other places the
// text mentions. A filter on citations narrows it to a topic or a source.
import type { Briefing } from '../../analysis/model.ts';
import type { Citation, Entity, Mention, Mode, RouteLeg, TimelineEvent } from '../../analysis/types.ts';
import { briefingIndex } from './briefing-index.ts';
import { legDates, type LegDates } from './leg-dates.ts';

export interface MapPlace {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, or null for a region across borders. */
  country: string | null;
  kind: string;
  lon: number;
  lat: number;
  /** True for an end of a leg on this map; false for a place only mentioned. */
  onRoute: boolean;
  /** Paragraphs that mention the place (for a place only in hand-added legs, the legs' citations). */
  citations: Citation[];
  /** The place's names as the text prints them there, to mark the sentences. */
  printed: string[];
}

export interface MapLeg {
  id: string;
  /** The ends as printed, with the place each resolves to. */
  from: { name: string; place: MapPlace };
  to: { name: string; place: MapPlace };
  mode: Mode;
  cargo: string | null;
  citations: Citation[];
  sentences: string[];
  dates: LegDates | null;
}

export interface MapScope {
  legs: MapLeg[];
  /** Leg ends first, then the places only mentioned; each in name order. */
  places: MapPlace[];
}

const citationKey = (c: Citation) => `${c.article}#${c.paragraph}`;

function unique(citations: readonly Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of citations) if (!seen.has(citationKey(c))) seen.set(citationKey(c), { article: c.article, paragraph: c.paragraph });
  return [...seen.values()];
}

const legDetails = new WeakMap<RouteLeg, { citations: Citation[]; dates: LegDates | null }>();

/**
 * A leg's citations (each paragraph once) and dates, whatever scope shows it: once per
 * leg and build, since every source page that states a leg many sources state shows it.
 * Shared between scopes, so never changed in place.
 */
function legDetail(leg: RouteLeg, eventsByParagraph: ReadonlyMap<string, readonly TimelineEvent[]>): { citations: Citation[]; dates: LegDates | null } {
  let detail = legDetails.get(leg);
  if (!detail) {
    detail = { citations: unique(leg.citations), dates: legDates(leg, leg.citations.flatMap((c) => eventsByParagraph.get(`${c.article}#${c.paragraph}`) ?? [])) };
    legDetails.set(leg, detail);
  }
  return detail;
}

const byName = (a: MapPlace, b: MapPlace) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The map of `briefing`, or of the part of it whose citations pass `include`.
 * `articles`, when given, are the only articles `include` can accept: only their
 * places and legs are read (a source page's locator is then O(its article)).
 */
export function mapScope(briefing: Briefing, include: (citation: Citation) => boolean = () => true, articles?: readonly string[]): MapScope {
  const index = briefingIndex(briefing);
  const candidates = <T>(all: readonly T[], byArticle: Map<string, T[]>): readonly T[] =>
    articles ? [...new Set(articles.flatMap((article) => byArticle.get(article) ?? []))] : all;
  const mentions = new Map<string, Citation[]>();
  const printed = new Map<string, string[]>();
  const wanted = articles && new Set(articles);
  /** The mentions `include` can accept: with one article, its own from the index. */
  const pool = (entity: Entity): readonly Mention[] => {
    if (!wanted) return entity.mentions;
    if (articles?.length === 1) return index.placeMentions.get(entity.id)?.get(articles[0] as string) ?? [];
    return entity.mentions.filter((mention) => wanted.has(mention.article));
  };
  for (const entity of candidates<Entity>(briefing.entities, index.placesByArticle)) {
    if (entity.type !== 'place') continue;
    const included = pool(entity).filter(include);
    if (included.length === 0) continue;
    mentions.set(entity.id, unique(included));
    printed.set(entity.id, [...new Set(included.map((mention) => mention.text))].sort());
  }
  const places = new Map<string, MapPlace>();
  const placeOf = (id: string, onRoute: boolean, fallback: readonly Citation[]): MapPlace | null => {
    const resolved = briefing.places.get(id);
    if (!resolved || !Number.isFinite(resolved.lat) || !Number.isFinite(resolved.lon)) return null;
    let place = places.get(id);
    if (!place) {
      place = { id, name: resolved.name, country: resolved.country, kind: resolved.kind, lon: resolved.lon, lat: resolved.lat, onRoute, citations: mentions.get(id) ?? [], printed: printed.get(id) ?? [] };
      places.set(id, place);
    }
    place.onRoute ||= onRoute;
    if (!mentions.has(id)) place.citations = unique([...place.citations, ...fallback]);
    return place;
  };

  const legs: MapLeg[] = [];
  for (const leg of candidates<RouteLeg>(briefing.legs, index.legsByArticle)) {
    if (!leg.from.place || !leg.to.place || !leg.citations.some(include)) continue;
    const from = placeOf(leg.from.place, true, leg.citations);
    const to = placeOf(leg.to.place, true, leg.citations);
    if (!from || !to) continue;
    const { citations, dates } = legDetail(leg, index.eventsByParagraph);
    legs.push({
      id: leg.id,
      from: { name: leg.from.name, place: from },
      to: { name: leg.to.name, place: to },
      mode: leg.mode,
      cargo: leg.cargo,
      citations,
      sentences: leg.sentences,
      dates,
    });
  }
  for (const id of mentions.keys()) placeOf(id, false, []);
  const all = [...places.values()];
  return { legs, places: [...all.filter((p) => p.onRoute).sort(byName), ...all.filter((p) => !p.onRoute).sort(byName)] };
}

/** How much a locator map draws: a topic's can span hundreds of legs at scale. */
export const LOCATOR_LIMITS = { legs: 10, places: 16 } as const;

/**
 * How much /map/ draws and lists: the most-cited legs and places, so the page stays
 * within its budget at thousands of articles (every leg and place is in the data files).
 */
export const MAP_LIMITS = { legs: 15, places: 22 } as const;

/**
 * A locator's part of a scope: the most-cited legs (at most `limits.legs`), their ends,
 * then the most-mentioned other places up to `limits.places` in all; orders kept. The
 * data files keep everything.
 */
export function locatorScope(scope: MapScope, limits: { legs: number; places: number } = LOCATOR_LIMITS): MapScope {
  if (scope.legs.length <= limits.legs && scope.places.length <= limits.places) return scope;
  const top = <T extends { citations: readonly Citation[] }>(items: readonly T[], count: number): Set<T> =>
    new Set(
      items
        .map((item, index) => ({ item, index }))
        .sort((a, b) => b.item.citations.length - a.item.citations.length || a.index - b.index)
        .slice(0, Math.max(0, count))
        .map(({ item }) => item),
    );
  const keptLegs = top(scope.legs, limits.legs);
  const legs = scope.legs.filter((leg) => keptLegs.has(leg));
  const ends = new Set(legs.flatMap((leg) => [leg.from.place.id, leg.to.place.id]));
  const others = top(
    scope.places.filter((place) => !ends.has(place.id)),
    limits.places - ends.size,
  );
  // A place that is an end of a dropped leg only is now just a mentioned place.
  const places = scope.places.filter((place) => ends.has(place.id) || others.has(place)).map((place) => (ends.has(place.id) || !place.onRoute ? place : { ...place, onRoute: false }));
  return { legs, places: [...places.filter((p) => p.onRoute), ...places.filter((p) => !p.onRoute).sort(byName)] };
}

/**
 * What a static map draws of a scope (src/components/RouteMap.astro in `static` mode
 * has no panels): the same legs and places without their citations, sentences, dates
 * and printed names. A source page keeps its locator so, and with it its
 * incremental-build key, which would otherwise carry every citation of every leg
 * many sources state. tests/components/route-map.test.ts renders both alike.
 */
export function drawnScope(scope: MapScope): MapScope {
  const places = new Map(scope.places.map((place) => [place.id, { ...place, citations: [], printed: [] }]));
  const drawn = (place: MapPlace): MapPlace => places.get(place.id) ?? { ...place, citations: [], printed: [] };
  return {
    legs: scope.legs.map((leg) => ({ ...leg, from: { name: leg.from.name, place: drawn(leg.from.place) }, to: { name: leg.to.name, place: drawn(leg.to.place) }, citations: [], sentences: [], dates: null })),
    places: scope.places.map((place) => places.get(place.id) as MapPlace),
  };
}
