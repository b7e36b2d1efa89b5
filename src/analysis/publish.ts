// The /data/ files: the briefing model as the documented JSON interface
// (src/schemas/data.ts). Every citation is checked against the articles' anchors:
// a dangling one is a build error naming the file and the citation.
import * as data from '../schemas/data.ts';
import type { Linked } from './link/index.ts';
import type { Briefing } from './model.ts';
import type { Citation } from './types.ts';

export class CitationError extends Error {
  override name = 'CitationError';
}

const cite = (ref: Citation): Citation => ({ article: ref.article, paragraph: ref.paragraph });

export interface DataFiles {
  'articles.json': unknown;
  'entities.json': unknown;
  'places.geojson': unknown;
  'routes.geojson': unknown;
  'figures.json': unknown;
  'quotes.json': unknown;
  'timeline.json': unknown;
  'unresolved.json': unknown;
  'claims.json': unknown;
  'conflicts.json': unknown;
}

/** Builds and validates every data file; `base` is the site's base path (`/` or `/briefing/`). */
export function publishData(briefing: Briefing, linked: Linked, base: string): DataFiles {
  const anchors = new Map(briefing.articles.map((article) => [article.id, new Set(article.paragraphs.map((p) => p.anchor))]));
  const check = (file: string, citation: Citation): Citation => {
    if (!anchors.get(citation.article)?.has(citation.paragraph)) {
      throw new CitationError(`${file}: Unexpected citation ${citation.article}#${citation.paragraph}, expected an existing paragraph of an existing article`);
    }
    return cite(citation);
  };
  const version = data.DATA_VERSION;

  const articles = briefing.articles.map((article) => ({
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    original_source: article.originalSource,
    published: article.published,
    date_precision: article.datePrecision,
    language: article.language,
    topics: briefing.articleTopics.get(article.id)?.article ?? [],
    url: `${base}sources/${article.id}/`,
  }));

  const entities = briefing.entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    names: entity.names,
    aliases: entity.aliases,
    ...(entity.role === undefined ? {} : { role: entity.role }),
    ...(entity.country === undefined ? {} : { country: entity.country }),
    ...(entity.lat === undefined ? {} : { lat: entity.lat }),
    ...(entity.lon === undefined ? {} : { lon: entity.lon }),
    mentions: entity.mentions.map((mention) => ({ ...check('entities.json', mention), text: mention.text })),
  }));

  const places = {
    type: 'FeatureCollection' as const,
    version,
    features: briefing.entities
      .filter((entity) => entity.type === 'place' && entity.lat !== undefined && entity.lon !== undefined)
      .map((entity) => ({
        type: 'Feature' as const,
        id: entity.id,
        geometry: { type: 'Point' as const, coordinates: [entity.lon ?? 0, entity.lat ?? 0] as [number, number] },
        properties: {
          name: entity.names.en,
          country: entity.country ?? null,
          kind: briefing.places.get(entity.id)?.kind ?? 'place',
          mentions: entity.mentions.map((mention) => ({ ...check('places.geojson', mention), text: mention.text })),
        },
      })),
  };

  const routes = {
    type: 'FeatureCollection' as const,
    version,
    features: briefing.legs.flatMap((leg) => {
      const from = leg.from.place ? briefing.places.get(leg.from.place) : undefined;
      const to = leg.to.place ? briefing.places.get(leg.to.place) : undefined;
      if (!from || !to) return [];
      return [
        {
          type: 'Feature' as const,
          id: leg.id,
          geometry: { type: 'LineString' as const, coordinates: [[from.lon, from.lat], [to.lon, to.lat]] as [number, number][] },
          properties: {
            from: leg.from.name,
            to: leg.to.name,
            from_place: from.id,
            to_place: to.id,
            mode: leg.mode,
            cargo: leg.cargo,
            citations: leg.citations.map((c) => check('routes.geojson', c)),
          },
        },
      ];
    }),
  };

  const paragraphs = new Map(briefing.articles.flatMap((article) => article.paragraphs.map((p) => [`${article.id}#${p.anchor}`, p] as const)));
  const sentenceOf = (ref: { article: string; paragraph: string; sentence: number }): string =>
    paragraphs.get(`${ref.article}#${ref.paragraph}`)?.sentences[ref.sentence]?.text ?? '';
  const figures = briefing.figures.map((figure) => ({
    value: figure.value,
    ...(figure.max === undefined ? {} : { max: figure.max }),
    ...(figure.vague === undefined ? {} : { vague: figure.vague }),
    qualifier: figure.qualifier,
    unit: figure.unit,
    subject: figure.subject,
    ...(figure.rate === undefined ? {} : { rate: figure.rate }),
    text: figure.text,
    sentence: sentenceOf(figure.ref),
    citations: [check('figures.json', figure.ref)],
  }));
  const quotes = briefing.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker, speaker_name: quote.speakerName, citations: [check('quotes.json', quote.ref)] }));
  const events = [...briefing.events]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((event) => ({ date: event.date, precision: event.precision, text: event.text, sentence: event.sentence, citations: [check('timeline.json', event.ref)] }));
  const unresolved = briefing.unresolved.map((item) => ({ kind: item.kind, name: item.name, sentence: item.sentence, hint: item.hint, citations: [check('unresolved.json', item.ref)] }));

  const claims = linked.claims.map((claim) => ({
    id: claim.id,
    text: claim.text,
    language: claim.language,
    topics: claim.topics,
    entities: claim.entities,
    citations: claim.citations.map((c) => check('claims.json', c)),
    sources: claim.sources,
    independent_origins: claim.origins.map((origin) => ({ key: origin.key, name: origin.name })),
    evidence: {
      shared_entities: claim.evidence.sharedEntities,
      shared_figures: claim.evidence.sharedFigures,
      shared_predicates: claim.evidence.sharedPredicates,
      score: claim.evidence.score,
    },
  }));
  const conflicts = linked.conflicts.map((conflict) => ({
    id: conflict.id,
    kind: conflict.kind,
    subject: conflict.subject,
    unit: conflict.unit,
    ...(conflict.rate === undefined ? {} : { rate: conflict.rate }),
    values: conflict.values.map((value) => ({
      value: value.value,
      ...(value.max === undefined ? {} : { max: value.max }),
      qualifier: value.qualifier,
      text: value.text,
      date: value.date,
      citations: [check('conflicts.json', value.citation)],
    })),
  }));

  return {
    'claims.json': data.claimsFile.parse({ version, claims }),
    'conflicts.json': data.conflictsFile.parse({ version, conflicts }),
    'articles.json': data.articlesFile.parse({ version, articles }),
    'entities.json': data.entitiesFile.parse({ version, entities }),
    'places.geojson': data.placesGeoJson.parse(places),
    'routes.geojson': data.routesGeoJson.parse(routes),
    'figures.json': data.figuresFile.parse({ version, figures }),
    'quotes.json': data.quotesFile.parse({ version, quotes }),
    'timeline.json': data.timelineFile.parse({ version, events }),
    'unresolved.json': data.unresolvedFile.parse({ version, unresolved }),
  };
}
