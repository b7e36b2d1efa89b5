// The article front-matter schema: one definition, used by ingest to validate what
// it writes and by the Astro content collection to validate what editors changed.
import { z } from 'zod';

const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Front-matter of `content/articles/<id>.mdx`. */
export const articleFrontmatter = z
  .object({
    /** Unique ASCII id; equals the file name without `.mdx`. */
    id: z.string().regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'expected lowercase ASCII letters, digits and hyphens'),
    /** Headline as printed, or derived from the lede when the article has none. */
    title: z.string().trim().min(1, 'expected a non-empty title'),
    /** True when the title was derived from the lede rather than printed. */
    title_derived: z.boolean(),
    /** Publication that printed the article (`Kompas`, `Tempo.co`), when known. */
    outlet: z.string().min(1).nullable(),
    /** The original the outlet credits (`Reuters`, `AFP`), when it credits one. */
    original_source: z.string().min(1).nullable(),
    /** Editor or writer credited, when named. */
    editor: z.string().min(1).nullable(),
    /** City of the dateline (`Washington`), when there is one. */
    dateline: z.string().min(1).nullable(),
    /** ISO 639-1 language of the article text, or `und` when undetermined. */
    language: z.enum(['id', 'en', 'und']),
    /** Publication date, as precise as the text supports: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    published: z.string().regex(isoDate, 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)').nullable(),
    /** How precise `published` is. */
    date_precision: z.enum(['day', 'month', 'year', 'none']),
    /** True when `published` was inferred (for example from a weekday) rather than printed. */
    date_inferred: z.boolean(),
    /** Seed file name this article was made from. */
    seed: z.string().min(1),
    /** SHA-256 of the seed's bytes when it was last ingested. */
    seed_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 hex digits'),
    /** SHA-256 of what ingest last wrote (this line excluded); a different file was edited by hand. */
    generated_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 hex digits'),
    /** Topic ids, pinned or removed by hand (`-id` removes). */
    topics: z.array(z.string().min(1)),
    /** Photo captions and credits printed with the article, kept out of the body. */
    captions: z.array(z.string()).default([]),
  })
  .superRefine((value, ctx) => {
    const expected = { day: 10, month: 7, year: 4, none: 0 }[value.date_precision];
    const actual = value.published?.length ?? 0;
    if (expected !== actual) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `expected a date of precision "${value.date_precision}" but got ${value.published === null ? 'null' : `"${value.published}"`}`,
      });
    }
  });

export type ArticleFrontmatter = z.output<typeof articleFrontmatter>;

/** Field order in emitted files: stable, so output is byte-identical across runs. */
export const FRONTMATTER_KEYS = [
  'id',
  'title',
  'title_derived',
  'outlet',
  'original_source',
  'editor',
  'dateline',
  'language',
  'published',
  'date_precision',
  'date_inferred',
  'seed',
  'seed_sha256',
  'generated_sha256',
  'topics',
  'captions',
] as const satisfies readonly (keyof ArticleFrontmatter)[];
