// The site's analysis: extraction and cross-source linking of every article with the
// editable data in content/, read back from the build's cache when its inputs are
// unchanged (src/analysis/analysis-cache.ts). One function for the build (src/lib/briefing.ts)
// and for the worker that prepares it while the site is bundled (prewarm-worker.ts), so
// both store the same value under the same key.
import { join } from 'node:path';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { BriefingSettings } from '../schemas/briefing.ts';
import { analysisKey, cachedAnalysis, findingsKey, withFindings } from './analysis-cache.ts';
import { DEFAULT_CLAIM_OPTIONS } from './link/claims.ts';
import { linkBriefing, type Linked } from './link/index.ts';
import { loadBriefingData } from './load-data.ts';
import { loadBriefingSettings } from './load-briefing.ts';
import { buildBriefing, type Briefing } from './model.ts';
import { readArticle } from './read-article.ts';

/** An article as the articles collection gives it: id, validated front-matter, body. */
export interface ArticleSource {
  id: string;
  data: ArticleFrontmatter;
  body: string;
}

export interface SiteAnalysis {
  briefing: Briefing;
  linked: Linked;
  settings: BriefingSettings;
  /** The digest of everything the analysis read. */
  key: string;
}

export function analyseSite(sources: readonly ArticleSource[], contentDir: string, cacheDir: string): SiteAnalysis {
  const settings = loadBriefingSettings(contentDir);
  const options = { ...DEFAULT_CLAIM_OPTIONS, threshold: settings.claims.threshold };
  const key = analysisKey({ articles: sources, contentDir, options });
  const store = join(cacheDir, 'briefing');
  const { value } = cachedAnalysis(store, key, () => {
    const data = loadBriefingData(contentDir);
    // The sentence texts the last build read are not read again (analysis-cache.ts).
    const { value: briefing } = withFindings(store, findingsKey(contentDir), (memo) =>
      buildBriefing(
        sources.map((source) => readArticle(source.id, source.data, source.body)),
        data,
        memo,
      ),
    );
    return { briefing, linked: linkBriefing(briefing, data.organizations, options) };
  });
  return { ...value, settings, key };
}
