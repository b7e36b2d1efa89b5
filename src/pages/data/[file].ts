// The /data/ files (see README "Data"): one static endpoint per file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishData, type DataFiles } from '../../analysis/publish.ts';
import { loadSite } from '../../lib/briefing.ts';
import { DATA_FILES } from '../../lib/entity-views.ts';
import { siteKey } from '../../lib/page-keys.ts';

const FILES: readonly (keyof DataFiles)[] = DATA_FILES;

let published: Promise<DataFiles> | undefined;

// Keyed by the site's data digest: an incremental rebuild copies them when nothing changed (src/lib/page-keys.ts).
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return FILES.map((file) => ({ params: { file }, cacheKey: siteKey(site.digest, 'data', file) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  published ??= loadSite().then((site) => publishData(site.briefing, site.linked, import.meta.env.BASE_URL));
  const files = await published;
  const body = files[params['file'] as keyof DataFiles];
  const type = params['file']?.endsWith('.geojson') ? 'application/geo+json' : 'application/json';
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': type } });
};
