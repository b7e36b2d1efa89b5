// The site model of the seeds, as src/lib/briefing.ts builds it for a page: the
// briefing, its cross-source links and the articles by id, from the seed articles
// read back the way the build reads content files, with the editable data in content/.
import { fileURLToPath } from 'node:url';
import { loadBriefingSettings } from '../../src/analysis/load-briefing.ts';
import { loadBriefingData } from '../../src/analysis/load-data.ts';
import { DEFAULT_CLAIM_OPTIONS } from '../../src/analysis/link/claims.ts';
import { linkBriefing } from '../../src/analysis/link/index.ts';
import { buildBriefing } from '../../src/analysis/model.ts';
import type { Site } from '../../src/lib/briefing.ts';
import { seedArticles } from './seed-articles.ts';

let site: Site | undefined;

/** The seeds' site model, built once per test file. */
export function seedSite(): Site {
  if (site) return site;
  const dir = fileURLToPath(new URL('../../content/', import.meta.url));
  const data = loadBriefingData(dir);
  const settings = loadBriefingSettings(dir);
  const briefing = buildBriefing([...seedArticles().values()], data);
  const linked = linkBriefing(briefing, data.organizations, { ...DEFAULT_CLAIM_OPTIONS, threshold: settings.claims.threshold });
  // Tests read no incremental-build keys from it: a fixed digest.
  const built: Site = { briefing, linked, settings, articles: new Map(briefing.articles.map((article) => [article.id, article])), digest: 'seeds' };
  site = built;
  return built;
}
