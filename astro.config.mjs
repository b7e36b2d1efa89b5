// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/lib/paragraph-anchors.ts';
import { checkPages } from './src/integrations/check-pages.ts';

export default defineConfig({
  site: process.env.BRIEFING_SITE ?? 'https://example.org',
  base: process.env.BRIEFING_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.BRIEFING_OUT_DIR ?? './dist',
  cacheDir: process.env.BRIEFING_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // Article text is literal: no curly-quote or dash rewriting of what the source printed.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [paragraphAnchors] }),
  },
  integrations: [mdx(), sitemap(), checkPages()],
});
