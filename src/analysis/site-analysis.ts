// The site's analysis: extraction and cross-source linking of every article with the
// editable data in content/, read back from the build's cache when its inputs are
// unchanged (src/analysis/analysis-cache.ts). One function for the build (src/lib/briefing.ts)
// and for the worker that prepares it while the site is bundled (prewarm-worker.ts), so
// both store the same value under the same key.
import { join } from 'node:path';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { BriefingSettings } from '../schemas/briefing.ts';
import { deserialize } from 'node:v8';
import { analysisKey, cachedAnalysis, findingsKey, serializedAnalysis, storeAnalysis, withFindings, type SerializedAnalysis } from './analysis-cache.ts';
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

/** The analysis of the articles with the data in `contentDir`: its key, and how to compute it (storing the findings of its texts as it goes, or when `findings.deferred`, at `findings.store()`). */
function siteAnalysis(sources: readonly ArticleSource[], contentDir: string, store: string, findings: { deferred: boolean; store?: () => void }) {
  const settings = loadBriefingSettings(contentDir);
  const options = { ...DEFAULT_CLAIM_OPTIONS, threshold: settings.claims.threshold };
  const key = analysisKey({ articles: sources, contentDir, options });
  const compute = () => {
    const data = loadBriefingData(contentDir);
    // The sentence texts the last build read are not read again (analysis-cache.ts).
    const found = withFindings(
      store,
      findingsKey(contentDir),
      (memo) =>
        buildBriefing(
          sources.map((source) => readArticle(source.id, source.data, source.body)),
          data,
          memo,
        ),
      { deferred: findings.deferred },
    );
    findings.store = found.store;
    return { briefing: found.value, linked: linkBriefing(found.value, data.organizations, options) };
  };
  return { settings, key, compute };
}

/**
 * The site's analysis, from the cache or computed (and cached). `prepared`: the analysis
 * another thread made of the articles as it read them (prepareSiteAnalysis), used when
 * its key is this one's; then `stored` resolves once it is in the cache.
 */
export function analyseSite(sources: readonly ArticleSource[], contentDir: string, cacheDir: string, prepared?: SerializedAnalysis | null): SiteAnalysis & { stored?: Promise<void> } {
  const store = join(cacheDir, 'briefing');
  const { settings, key, compute } = siteAnalysis(sources, contentDir, store, { deferred: false });
  if (prepared && prepared.key === key) {
    let value: { briefing: Briefing; linked: Linked } | undefined;
    try {
      value = deserialize(prepared.bytes) as { briefing: Briefing; linked: Linked };
    } catch {
      // Damaged cache bytes: analysed below as if there were no cache.
    }
    if (value) return { ...value, settings, key, stored: storeAnalysis(store, prepared) };
  }
  const { value } = cachedAnalysis(store, key, compute);
  return { ...value, settings, key };
}

/**
 * The site's analysis for another thread (src/analysis/prewarm-worker.ts): serialized,
 * read from the cache or computed and not yet stored (the receiver stores it). The
 * findings of its texts are stored at `storeFindings()`, after it is handed on.
 */
export function prepareSiteAnalysis(sources: readonly ArticleSource[], contentDir: string, cacheDir: string): { analysis: SerializedAnalysis; storeFindings: () => void } {
  const store = join(cacheDir, 'briefing');
  const findings: { deferred: boolean; store?: () => void } = { deferred: true };
  const { key, compute } = siteAnalysis(sources, contentDir, store, findings);
  const analysis = serializedAnalysis(store, key, compute);
  return { analysis, storeFindings: () => findings.store?.() };
}
