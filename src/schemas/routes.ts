// `content/routes.yaml`: route legs added or removed by hand, for what the text
// states in a way extraction misses, or gets wrong.
import { z } from 'zod';

const citation = z.object({
  /** Article id (the content file name without `.mdx`). */
  article: z.string().min(1),
  /** Paragraph anchor, `p1`, `p2`, … */
  paragraph: z.string().regex(/^p[1-9]\d*$/, 'expected a paragraph anchor such as p3'),
});

export const routesFile = z.object({
  /** Legs to add. Ends are place names as the gazetteer knows them; `Name, Country` pins the country. */
  add: z
    .array(
      z.object({
        from: z.string().min(1),
        to: z.string().min(1),
        mode: z.enum(['sea', 'rail', 'road', 'air', 'unknown']).default('unknown'),
        cargo: z.string().min(1).nullable().default(null),
        /** The paragraphs that state the leg; every leg on the map is cited. */
        citations: z.array(citation).min(1, 'expected at least one citation for a hand-added leg'),
      }),
    )
    .default([]),
  /** Ids of extracted legs to leave off the map (the id is shown in /data/routes.geojson). */
  remove: z.array(z.string().regex(/^leg-[0-9a-f]{10}$/, 'expected a leg id such as leg-0123456789')).default([]),
});

export type RoutesFile = z.output<typeof routesFile>;
