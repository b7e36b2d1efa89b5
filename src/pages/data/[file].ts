// The /data/ files (see README "Data"): one static endpoint per file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishData, type DataFiles } from '../../analysis/publish.ts';
import { loadSite } from '../../lib/briefing.ts';
import { DATA_FILES } from '../../lib/entity-views.ts';

const FILES: readonly (keyof DataFiles)[] = DATA_FILES;

let published: Promise<DataFiles> | undefined;

export const getStaticPaths = (() => FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  published ??= loadSite().then((site) => publishData(site.briefing, site.linked, import.meta.env.BASE_URL));
  const files = await published;
  const body = files[params['file'] as keyof DataFiles];
  const type = params['file']?.endsWith('.geojson') ? 'application/geo+json' : 'application/json';
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': type } });
};
