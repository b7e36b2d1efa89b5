// The briefing model for the site: built once per build from the articles
// collection and the editable data in content/, shared by every page and endpoint.
import type { Linked } from '../analysis/link/index.ts';
import type { Briefing } from '../analysis/model.ts';
import { analyseSite } from '../analysis/site-analysis.ts';
import type { AnalysisArticle } from '../analysis/types.ts';
import type { BriefingSettings } from '../schemas/briefing.ts';
import { notePreparedAnalysis, preparedAnalysis } from '../integrations/prepared-analysis.ts';
import { loadArticles } from './articles.ts';
import { cacheDir, contentDir } from './site-config.ts';

export interface Site {
  briefing: Briefing;
  linked: Linked;
  settings: BriefingSettings;
  articles: Map<string, AnalysisArticle>;
  /** The digest of everything the analysis read (articles and content/ files): the build's data digest. */
  digest: string;
}

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  cached ??= loadArticles().then(async (entries) => {
    // The analysis prepared while the site was bundled, if the build started one
    // (src/integrations/analysis-prewarm.ts): waited for, then read back from the cache
    // when it read the same inputs, under the same key.
    const prepared = await preparedAnalysis();
    const sources = entries.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body ?? '' }));
    const { briefing, linked, settings, key } = analyseSite(sources, contentDir(), cacheDir());
    if (prepared !== undefined) notePreparedAnalysis(prepared === key);
    return { briefing, linked, settings, articles: new Map(briefing.articles.map((article) => [article.id, article])), digest: key };
  });
  return cached;
}

export async function loadBriefing(): Promise<Briefing> {
  return (await loadSite()).briefing;
}
