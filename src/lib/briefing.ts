// The briefing model for the site: built once per build from the articles
// collection and the editable data in content/, shared by every page and endpoint.
import { loadBriefingData } from '../analysis/load-data.ts';
import { buildBriefing, type Briefing } from '../analysis/model.ts';
import { readArticle } from '../analysis/read-article.ts';
import { loadArticles } from './articles.ts';
import { contentDir } from './site-config.ts';

let cached: Promise<Briefing> | undefined;

export function loadBriefing(): Promise<Briefing> {
  cached ??= loadArticles().then((entries) =>
    buildBriefing(
      entries.map((entry) => readArticle(entry.id, entry.data, entry.body ?? '')),
      loadBriefingData(contentDir()),
    ),
  );
  return cached;
}
