// Merges the legs stated by all articles into route legs: the same movement told by
// several sources becomes one leg with all their citations, and a leg whose end is a
// region (`the Russian Far East`) corroborates a leg from the same origin that ends
// inside that region, as the less specific account of the same movement.
import { createHash } from 'node:crypto';
import type { StatedLeg } from '../extract/routes.ts';
import type { Citation, LegEnd, Mode, RouteLeg } from '../types.ts';

export interface PlaceGeometry {
  lat: number;
  lon: number;
  /** A region's outline as [lon, lat] rings; a region contains the places inside it. */
  polygon?: [number, number][][];
}

/** Key of a leg end: the resolved place, or the printed name when unresolved. */
const endKey = (end: LegEnd): string => end.place ?? `name:${end.name.toLocaleLowerCase('und').replace(/[\s-]+/g, ' ')}`;

const compareCitations = (a: Citation, b: Citation): number =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : Number(a.paragraph.slice(1)) - Number(b.paragraph.slice(1));

function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Map(citations.map((c) => [`${c.article}#${c.paragraph}`, c]));
  return [...seen.values()].sort(compareCitations);
}

/** Ray casting over the polygon's rings (even-odd rule); good enough at region scale away from the poles. */
export function insidePolygon(lon: number, lat: number, rings: [number, number][][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] ?? [0, 0];
      const [xj, yj] = ring[j] ?? [0, 0];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function legId(from: string, to: string, mode: Mode): string {
  return `leg-${createHash('sha256').update(`${from}\u0000${to}\u0000${mode}`).digest('hex').slice(0, 10)}`;
}

/** Mode agreement: an unknown mode joins a known one; two different known modes stay two legs. */
function modeKey(mode: Mode): string {
  return mode;
}

export function mergeLegs(stated: readonly StatedLeg[], geometry: (placeId: string) => PlaceGeometry | null): RouteLeg[] {
  // 1. Same ends and mode → one leg. Unknown-mode statements join the known-mode leg with the same ends.
  const groups = new Map<string, { legs: StatedLeg[]; mode: Mode }>();
  const byEnds = new Map<string, string[]>();
  for (const leg of stated) {
    const ends = `${endKey(leg.from)}→${endKey(leg.to)}`;
    const key = `${ends}|${modeKey(leg.mode)}`;
    const group = groups.get(key) ?? { legs: [], mode: leg.mode };
    group.legs.push(leg);
    groups.set(key, group);
    byEnds.set(ends, [...new Set([...(byEnds.get(ends) ?? []), key])]);
  }
  for (const keys of byEnds.values()) {
    const unknown = keys.find((key) => key.endsWith('|unknown'));
    const known = keys.filter((key) => !key.endsWith('|unknown'));
    const target = known.length === 1 ? known[0] : undefined;
    if (unknown && target) {
      groups.get(target)?.legs.push(...(groups.get(unknown)?.legs ?? []));
      groups.delete(unknown);
    }
  }

  const legs = [...groups.values()].map(({ legs: members, mode }) => {
    const first = members[0] as StatedLeg;
    return {
      id: legId(endKey(first.from), endKey(first.to), mode),
      from: first.from,
      to: first.to,
      mode,
      cargo: members.map((leg) => leg.cargo).find((cargo) => cargo !== null) ?? null,
      citations: uniqueCitations(members.map((leg) => leg.citation)),
      sentences: [...new Set(members.map((leg) => leg.sentence))],
    } satisfies RouteLeg;
  });

  // 2. A leg into a region corroborates the legs from the same origin that end inside it.
  const absorbed = new Set<string>();
  for (const regional of legs) {
    const region = regional.to.place ? geometry(regional.to.place) : null;
    if (!region?.polygon) continue;
    const specific = legs.filter((leg) => {
      if (leg === regional || !leg.to.place || endKey(leg.from) !== endKey(regional.from)) return false;
      const point = geometry(leg.to.place);
      return point !== null && !point.polygon && insidePolygon(point.lon, point.lat, region.polygon ?? []);
    });
    if (specific.length === 0) continue;
    for (const leg of specific) {
      leg.citations = uniqueCitations([...leg.citations, ...regional.citations]);
      leg.sentences = [...new Set([...leg.sentences, ...regional.sentences])];
      if (leg.mode === 'unknown') leg.mode = regional.mode;
      leg.cargo ??= regional.cargo;
    }
    absorbed.add(regional.id);
  }
  return legs.filter((leg) => !absorbed.has(leg.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
}
