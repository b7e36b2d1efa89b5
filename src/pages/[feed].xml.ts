// RSS feed of the sources, `/rss.xml`, newest first; a date is given only as precisely as
// it is known. A route with one path rather than a static file route, because only a path
// from getStaticPaths can carry an incremental-build key (src/lib/page-keys.ts): keyed by
// the feed's items, it is reused by every rebuild whose edits leave the articles' titles,
// outlets and dates as they were (an edited paragraph, a fixed gazetteer entry).
import rss, { type RSSOptions } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles } from '../lib/articles.ts';
import { loadSite } from '../lib/briefing.ts';
import { pageKey } from '../lib/page-keys.ts';
import { t } from '../i18n/index.ts';

/** The feed's title, description and items (the site URL is added when it is written). */
async function feed(): Promise<Pick<RSSOptions, 'title' | 'description' | 'items'>> {
  const [articles, site] = await Promise.all([loadArticles(), loadSite()]);
  const base = import.meta.env.BASE_URL;
  return {
    title: site.settings.title,
    description: site.settings.lead || t('site.description'),
    items: articles.map(({ id, data }) => ({
      title: data.title,
      link: `${base}sources/${id}/`,
      // A feed date is a day: only day-precise publication dates are given.
      ...(data.published && data.date_precision === 'day' ? { pubDate: new Date(`${data.published}T00:00:00Z`) } : {}),
      description: [data.outlet, data.original_source && `via ${data.original_source}`].filter(Boolean).join(', ') || undefined,
    })),
  };
}

export const getStaticPaths = (async () => [{ params: { feed: 'rss' }, cacheKey: pageKey('rss', await feed()) }]) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) =>
  rss({ ...(await feed()), site: context.site ?? 'https://example.org', trailingSlash: true });
