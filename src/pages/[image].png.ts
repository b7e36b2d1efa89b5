// The home page's social image (Open Graph / Twitter card), `/social.png`, 1200×630 PNG:
// the briefing's title and lead from content/briefing.md and counts from the site, drawn
// at build time. A route with one path rather than a static file route, because only a
// path from getStaticPaths can carry an incremental-build key (src/lib/page-keys.ts):
// keyed by what it draws, the image (about 0.2–0.3 s of Resvg) is reused by every
// rebuild whose edits leave the title, the lead and the four counts as they were.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type Site } from '../lib/briefing.ts';
import { entityGroups } from '../lib/entity-views.ts';
import { pageKey } from '../lib/page-keys.ts';
import { renderSocialImage, type SocialImageInput } from '../lib/social-image.ts';
import { t } from '../i18n/index.ts';

/** What the image draws. */
function socialImage({ briefing, settings }: Site): SocialImageInput {
  const places = entityGroups(briefing.entities).find((group) => group.type === 'place')?.entities.length ?? 0;
  return {
    kicker: t('site.title'),
    title: settings.title,
    lead: settings.lead || t('site.description'),
    figures: [
      { value: briefing.articles.length, label: t('nav.sources') },
      { value: briefing.topics.length, label: t('nav.topics') },
      { value: places, label: t('entities.type.place') },
      { value: briefing.figures.length, label: t('nav.figures') },
    ],
  };
}

export const getStaticPaths = (async () => {
  const input = socialImage(await loadSite());
  return [{ params: { image: 'social' }, cacheKey: pageKey('social-image', input) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const png = renderSocialImage(socialImage(await loadSite()));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
