// The public JSON interface under /data/: its shapes as zod schemas. Version 1; a
// change that removes or renames a field bumps DATA_VERSION. Documented in the README.
import { z } from 'zod';

export const DATA_VERSION = 1;

export const citation = z.object({
  /** Article id: the page is `/sources/<article>/`. */
  article: z.string(),
  /** Paragraph anchor on that page: `#p3`. */
  paragraph: z.string().regex(/^p[1-9]\d*$/),
});

const version = z.literal(DATA_VERSION);

export const articleRecord = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  original_source: z.string().nullable(),
  published: z.string().nullable(),
  date_precision: z.enum(['day', 'month', 'year', 'none']),
  language: z.enum(['id', 'en', 'und']),
  topics: z.array(z.string()),
  /** Site-relative URL of the article's page. */
  url: z.string(),
});

export const entityRecord = z.object({
  id: z.string(),
  type: z.enum(['country', 'place', 'person', 'organization', 'weapon']),
  names: z.object({ en: z.string(), id: z.string() }),
  aliases: z.array(z.string()),
  role: z.string().optional(),
  country: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  mentions: z.array(citation.extend({ text: z.string() })),
});

export const figureRecord = z.object({
  value: z.number(),
  max: z.number().optional(),
  vague: z.boolean().optional(),
  qualifier: z.enum(['exact', 'approximate', 'at-least', 'at-most']),
  unit: z.string(),
  subject: z.string().nullable(),
  rate: z.enum(['day', 'week', 'month', 'year']).optional(),
  text: z.string(),
  /** The sentence that states the figure. */
  sentence: z.string(),
  citations: z.array(citation),
});

export const quoteRecord = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  speaker_name: z.string().nullable(),
  citations: z.array(citation),
});

export const eventRecord = z.object({
  date: z.string(),
  precision: z.enum(['day', 'month', 'year']),
  text: z.string(),
  sentence: z.string(),
  citations: z.array(citation),
});

export const unresolvedRecord = z.object({
  kind: z.enum(['place', 'leg']),
  name: z.string(),
  sentence: z.string(),
  hint: z.string(),
  citations: z.array(citation),
});

export const claimRecord = z.object({
  id: z.string(),
  /** The representative sentence. */
  text: z.string(),
  language: z.enum(['id', 'en', 'und']),
  topics: z.array(z.string()),
  entities: z.array(z.string()),
  citations: z.array(citation),
  /** Distinct articles citing the claim. */
  sources: z.number().int(),
  /** Independent origins behind them: syndicated copies and shared originals count once. */
  independent_origins: z.array(z.object({ key: z.string(), name: z.string() })),
  /** Why the sentences were grouped. */
  evidence: z.object({ shared_entities: z.array(z.string()), shared_figures: z.array(z.string()), shared_predicates: z.array(z.string()), score: z.number() }),
});

export const conflictRecord = z.object({
  id: z.string(),
  kind: z.enum(['conflict', 'change']),
  subject: z.string(),
  unit: z.string(),
  rate: z.string().optional(),
  values: z.array(
    z.object({
      value: z.number(),
      max: z.number().optional(),
      qualifier: z.enum(['exact', 'approximate', 'at-least', 'at-most']),
      text: z.string(),
      date: z.string().nullable(),
      citations: z.array(citation),
    }),
  ),
});

export const articlesFile = z.object({ version, articles: z.array(articleRecord) });
export const entitiesFile = z.object({ version, entities: z.array(entityRecord) });
export const figuresFile = z.object({ version, figures: z.array(figureRecord) });
export const quotesFile = z.object({ version, quotes: z.array(quoteRecord) });
export const timelineFile = z.object({ version, events: z.array(eventRecord) });
export const unresolvedFile = z.object({ version, unresolved: z.array(unresolvedRecord) });
export const claimsFile = z.object({ version, claims: z.array(claimRecord) });
export const conflictsFile = z.object({ version, conflicts: z.array(conflictRecord) });

const point = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) });
const line = z.object({ type: z.literal('LineString'), coordinates: z.array(z.tuple([z.number(), z.number()])).length(2) });

export const placesGeoJson = z.object({
  type: z.literal('FeatureCollection'),
  version,
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: point,
      properties: z.object({ name: z.string(), country: z.string().nullable(), kind: z.string(), mentions: z.array(citation.extend({ text: z.string() })) }),
    }),
  ),
});

export const routesGeoJson = z.object({
  type: z.literal('FeatureCollection'),
  version,
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: line,
      properties: z.object({
        from: z.string(),
        to: z.string(),
        from_place: z.string(),
        to_place: z.string(),
        mode: z.enum(['sea', 'rail', 'road', 'air', 'unknown']),
        cargo: z.string().nullable(),
        citations: z.array(citation),
      }),
    }),
  ),
});
