// Full-text search: after `astro build`, Pagefind indexes the built pages into
// `<outDir>/pagefind/`, a static index the search page loads on first use (no server).
// Pagefind keeps one index per page language (`<html lang>`): the chrome of /id/ pages
// is Indonesian, of the others English, and article text is indexed inside either as
// marked (`lang` on its element), so a search on either finds every article.
// Set BRIEFING_SEARCH_INDEX=off to skip it (the benchmark times it separately).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

export interface SearchIndexResult {
  pages: number;
  ms: number;
}

/** Indexes the HTML under `dir` into `dir/pagefind/`; throws with Pagefind's errors. */
export async function buildSearchIndex(dir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'briefing:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['BRIEFING_SEARCH_INDEX'] === 'off') {
          logger.info('search index skipped (BRIEFING_SEARCH_INDEX=off)');
          return;
        }
        const result = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${result.pages} pages in ${Math.round(result.ms)} ms`);
      },
    },
  };
}
