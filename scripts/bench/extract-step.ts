// Benchmark step: extraction and cross-source linking over a content folder, as the
// build runs them (src/lib/briefing.ts), in a process of its own so its peak memory
// is measured alone. Prints one JSON line with the timings and counts.
// Usage: node scripts/bench/extract-step.ts --content DIR
import { parseArgs } from 'node:util';
import { readContentArticles } from '../../src/analysis/extract-content.ts';
import { loadBriefingData } from '../../src/analysis/load-data.ts';
import { loadBriefingSettings } from '../../src/analysis/load-briefing.ts';
import { DEFAULT_CLAIM_OPTIONS } from '../../src/analysis/link/claims.ts';
import { linkBriefing } from '../../src/analysis/link/index.ts';
import { buildBriefing } from '../../src/analysis/model.ts';

export interface ExtractStepResult {
  articles: number;
  /** Reading and parsing the content files. */
  readMs: number;
  /** Data files, gazetteer and indexes. */
  loadMs: number;
  extractMs: number;
  linkMs: number;
  entities: number;
  claims: number;
  conflicts: number;
}

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
const contentDir = values.content;

let started = performance.now();
const articles = await readContentArticles(contentDir);
const readMs = performance.now() - started;
started = performance.now();
const data = loadBriefingData(contentDir);
const settings = loadBriefingSettings(contentDir);
const loadMs = performance.now() - started;
started = performance.now();
const briefing = buildBriefing(articles, data);
const extractMs = performance.now() - started;
started = performance.now();
const linked = linkBriefing(briefing, data.organizations, { ...DEFAULT_CLAIM_OPTIONS, threshold: settings.claims.threshold });
const linkMs = performance.now() - started;

const result: ExtractStepResult = {
  articles: articles.length,
  readMs,
  loadMs,
  extractMs,
  linkMs,
  entities: briefing.entities.length,
  claims: linked.claims.length,
  conflicts: linked.conflicts.length,
};
console.log(JSON.stringify(result));
