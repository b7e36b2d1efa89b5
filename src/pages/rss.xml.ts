// RSS feed of the sources, newest first; a date is given only as precisely as it is known.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArticles } from '../lib/articles.ts';
import { loadSite } from '../lib/briefing.ts';
import { t } from '../i18n/index.ts';

export const GET: APIRoute = async (context) => {
  const [articles, site] = await Promise.all([loadArticles(), loadSite()]);
  const base = import.meta.env.BASE_URL;
  return rss({
    title: site.settings.title,
    description: site.settings.lead || t('site.description'),
    site: context.site ?? 'https://example.org',
    trailingSlash: true,
    items: articles.map(({ id, data }) => ({
      title: data.title,
      link: `${base}sources/${id}/`,
      // A feed date is a day: only day-precise publication dates are given.
      ...(data.published && data.date_precision === 'day' ? { pubDate: new Date(`${data.published}T00:00:00Z`) } : {}),
      description: [data.outlet, data.original_source && `via ${data.original_source}`].filter(Boolean).join(', ') || undefined,
    })),
  });
};
