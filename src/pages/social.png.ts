// The home page's social image (Open Graph / Twitter card), 1200×630 PNG: the briefing's
// title and lead from content/briefing.md and counts from the site, drawn at build time.
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/briefing.ts';
import { entityGroups } from '../lib/entity-views.ts';
import { renderSocialImage } from '../lib/social-image.ts';
import { t } from '../i18n/index.ts';

export const GET: APIRoute = async () => {
  const { briefing, settings } = await loadSite();
  const places = entityGroups(briefing.entities).find((group) => group.type === 'place')?.entities.length ?? 0;
  const png = renderSocialImage({
    kicker: t('site.title'),
    title: settings.title,
    lead: settings.lead || t('site.description'),
    figures: [
      { value: briefing.articles.length, label: t('nav.sources') },
      { value: briefing.topics.length, label: t('nav.topics') },
      { value: places, label: t('entities.type.place') },
      { value: briefing.figures.length, label: t('nav.figures') },
    ],
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
