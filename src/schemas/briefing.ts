// `content/briefing.md`: the briefing's title, lead paragraph (the body) and the
// settings an editor may tune.
import { z } from 'zod';

export const briefingFrontmatter = z.object({
  /** The briefing's title, on the home page and in the page titles. */
  title: z.string().trim().min(1),
  /** The title and lead for the Indonesian interface (/id/); the English ones are shown when absent. */
  id: z.object({ title: z.string().trim().min(1).optional(), lead: z.string().trim().min(1).optional() }).default({}),
  claims: z
    .object({
      /** Score (0–1) at or above which sentences of different articles are grouped as one claim. */
      threshold: z.number().min(0).max(1).default(0.42),
    })
    .default({ threshold: 0.42 }),
});

export type BriefingFrontmatter = z.output<typeof briefingFrontmatter>;

export interface BriefingSettings extends BriefingFrontmatter {
  lead: string;
}
