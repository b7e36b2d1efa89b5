// Content collections: the article files ingest writes and editors own. The schema
// is the one ingest validates with, so a hand edit that breaks it fails the build
// with the file and the field named.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatter } from './schemas/article.ts';
import { contentDir } from './lib/site-config.ts';

const articles = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${contentDir()}/articles`,
    // The file name is the id, exactly as ingest made it (no re-slugging).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: articleFrontmatter,
});

export const collections = { articles };
