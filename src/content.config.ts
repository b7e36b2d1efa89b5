// Content collections: the article files ingest writes and editors own. The schema
// is the one ingest validates with, so a hand edit that breaks it fails the build
// with the file and the field named.
import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/article-loader.ts';
import { articleFrontmatter } from './schemas/article.ts';
import { contentDir } from './lib/site-config.ts';

const articles = defineCollection({
  // The file name is the id, exactly as ingest made it (no re-slugging). Bodies with
  // no MDX syntax take the Markdown path; BRIEFING_MDX=all sends every file through
  // MDX, as Astro's glob loader would (for the equivalence tests and the benchmark).
  loader: articleLoader({
    base: `${contentDir()}/articles`,
    routing: process.env['BRIEFING_MDX'] === 'all' ? 'all' : 'auto',
  }),
  schema: articleFrontmatter,
});

export const collections = { articles };
