// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/lib/paragraph-anchors.ts';
import { analysisPrewarm } from './src/integrations/analysis-prewarm.ts';
import { checkPages } from './src/integrations/check-pages.ts';
import { clearOutDir } from './src/integrations/clear-out-dir.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { seedWatch } from './src/integrations/seed-watch.ts';
import { THEME_INIT_HASH } from './src/lib/theme-init.ts';

// Pages rendered at once. Astro awaits each page's file writes (two with the
// incremental cache: the page and its cached copy) before it starts the next page;
// with four in flight the main thread renders while libuv's four threads write. A cold
// build of 1,000 articles waited 11.3 s of 45 s on writes one page at a time, 4.9 s at
// four. Output is the same either way (tests/site/build.test.ts builds at 1 and at 4).
const DEFAULT_CONCURRENCY = 4;
let concurrency = Number(process.env.BRIEFING_BUILD_CONCURRENCY ?? DEFAULT_CONCURRENCY);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.warn(`BRIEFING_BUILD_CONCURRENCY must be a whole number of pages, 1 or more; "${process.env.BRIEFING_BUILD_CONCURRENCY}" ignored, ${DEFAULT_CONCURRENCY} used.`);
  concurrency = DEFAULT_CONCURRENCY;
}

export default defineConfig({
  // Where the site is published: BRIEFING_SITE is the origin (canonical URLs, feed,
  // sitemap, social image), BRIEFING_BASE the sub-path, e.g. `/briefing/`.
  site: process.env.BRIEFING_SITE ?? 'https://example.org',
  base: process.env.BRIEFING_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.BRIEFING_OUT_DIR ?? './dist',
  cacheDir: process.env.BRIEFING_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', concurrency },
  devToolbar: { enabled: false },
  experimental: {
    // Incremental static builds (Astro ≥ 7.2): a page whose data and code are unchanged
    // since the last build is copied from the build cache instead of rendered again.
    // Every dynamic route returns a cacheKey (src/lib/page-keys.ts). BRIEFING_INCREMENTAL=off
    // renders every page.
    incrementalBuild: process.env.BRIEFING_INCREMENTAL !== 'off',
  },
  // The interface in English (unprefixed) and Indonesian (/id/); article text keeps its own language.
  i18n: {
    locales: ['en', 'id'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  security: {
    // A Content-Security-Policy meta tag on every page: scripts and styles only from
    // the site itself or hashed by Astro; WebAssembly for the search index; no objects,
    // no framing, no form posts elsewhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [THEME_INIT_HASH],
      },
    },
  },
  markdown: {
    // Articles are prose: no code highlighting (Shiki's inline styles would also break the CSP).
    syntaxHighlight: false,
    // Article text is literal: no curly-quote or dash rewriting of what the source printed.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [paragraphAnchors] }),
  },
  integrations: [
    // The last build's output: its pages stay when the last build wrote this folder, the
    // rest is moved aside and removed in the background (Astro would empty it whole).
    clearOutDir(),
    // While Astro syncs the content and bundles the site, a worker runs the analysis the pages read.
    analysisPrewarm(),
    mdx(),
    sitemap({ defaultLocale: 'en', locales: { en: 'en', id: 'id' } }),
    checkPages(),
    searchIndex(),
    // `astro dev` only: re-ingest when a file in seeds/ changes.
    seedWatch(),
  ],
});
