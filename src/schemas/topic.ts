// Topic definitions (`content/topics/<id>.md`): editable titles, match terms and an
// introduction. The same schema serves the Astro collection and extraction.
import { z } from 'zod';

const terms = z.array(z.string().trim().min(2, 'expected match terms of at least two characters'));

export const topicFrontmatter = z.object({
  /** Title shown on the site, in English and Indonesian. */
  title: z.object({ en: z.string().min(1), id: z.string().min(1) }),
  /** Words and phrases that mark a paragraph as being about the topic, per language; matched case-insensitively at word starts. */
  terms: z.object({ en: terms.default([]), id: terms.default([]) }),
  /** The introduction for the Indonesian interface (/id/); the body, written for the English one, is shown when absent. */
  intro_id: z.string().trim().min(1).optional(),
  /** Order on the site; lower first. */
  order: z.number().int().default(100),
});

export type TopicFrontmatter = z.output<typeof topicFrontmatter>;
