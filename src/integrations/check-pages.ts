// A build check: every article in the content folder has its page in the output.
// Ids that collide after slugging would drop an article silently; this makes the
// build fail instead, naming what is missing.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/site-config.ts';

export function checkPages(): AstroIntegration {
  return {
    name: 'briefing:check-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const articles = (await readdir(join(contentDir(), 'articles')).catch(() => [] as string[]))
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => name.replace(/\.mdx$/, ''));
        const pagesDir = join(fileURLToPath(dir), 'sources');
        const pages = new Set(await readdir(pagesDir).catch(() => [] as string[]));
        const missing = articles.filter((id) => !pages.has(id));
        if (missing.length > 0) {
          throw new Error(`Unexpected ${articles.length - missing.length} source pages for ${articles.length} articles, expected one page per article; missing: ${missing.join(', ')}`);
        }
        logger.info(`${articles.length} articles, ${articles.length} source pages`);
      },
    },
  };
}
