// The briefing model for the site: built once per build from the articles
// collection and the editable data in content/, shared by every page and endpoint.
import { join } from 'node:path';
import { analysisKey, cachedAnalysis, findingsKey, withFindings } from '../analysis/analysis-cache.ts';
import { loadBriefingData } from '../analysis/load-data.ts';
import { loadBriefingSettings } from '../analysis/load-briefing.ts';
import { linkBriefing, type Linked } from '../analysis/link/index.ts';
import { DEFAULT_CLAIM_OPTIONS } from '../analysis/link/claims.ts';
import { buildBriefing, type Briefing } from '../analysis/model.ts';
import { readArticle } from '../analysis/read-article.ts';
import type { AnalysisArticle } from '../analysis/types.ts';
import type { BriefingSettings } from '../schemas/briefing.ts';
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
  cached ??= loadArticles().then((entries) => {
    const dir = contentDir();
    const settings = loadBriefingSettings(dir);
    const options = { ...DEFAULT_CLAIM_OPTIONS, threshold: settings.claims.threshold };
    const inputs = entries.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body ?? '' }));
    // Unchanged articles and data files: the last build's analysis is read back (src/analysis/analysis-cache.ts).
    const key = analysisKey({ articles: inputs, contentDir: dir, options });
    const store = join(cacheDir(), 'briefing');
    const { value } = cachedAnalysis(store, key, () => {
      const data = loadBriefingData(dir);
      // The sentence texts the last build read are not read again (analysis-cache.ts).
      const { value: briefing } = withFindings(store, findingsKey(dir), (memo) =>
        buildBriefing(
          entries.map((entry) => readArticle(entry.id, entry.data, entry.body ?? '')),
          data,
          memo,
        ),
      );
      return { briefing, linked: linkBriefing(briefing, data.organizations, options) };
    });
    const { briefing, linked } = value;
    return { briefing, linked, settings, articles: new Map(briefing.articles.map((article) => [article.id, article])), digest: key };
  });
  return cached;
}

export async function loadBriefing(): Promise<Briefing> {
  return (await loadSite()).briefing;
}
