// Benchmark: extraction and linking over the seeds repeated to N articles (default
// 1,000), on one core. Prints figures; it asserts nothing (targets live in the README).
// Usage: npm run bench:extract -- [--articles N] [--runs R]
import { parseArgs } from 'node:util';
import { readContentArticles } from '../src/analysis/extract-content.ts';
import { loadBriefingData } from '../src/analysis/load-data.ts';
import { buildBriefing } from '../src/analysis/model.ts';
import { linkBriefing } from '../src/analysis/link/index.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, content: { type: 'string', default: 'content' } } });
const target = Number(values.articles);
const runs = Number(values.runs);

const base = await readContentArticles(values.content);
if (base.length === 0) throw new Error(`No articles in ${values.content}/articles; run npm run ingest first`);
const articles = Array.from({ length: target }, (_, index) => {
  const source = base[index % base.length]!;
  return { ...source, id: `${source.id}-copy-${String(index).padStart(5, '0')}` };
});

let started = performance.now();
const data = loadBriefingData(values.content);
const loadMs = performance.now() - started;

const times: number[] = [];
const linkTimes: number[] = [];
let result;
let linked;
for (let run = 0; run < runs; run++) {
  started = performance.now();
  result = buildBriefing(articles, data);
  const extracted = performance.now();
  linked = linkBriefing(result, data.organizations);
  linkTimes.push(performance.now() - extracted);
  times.push(extracted - started);
}
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const median = medianOf(times);
const linkMedian = medianOf(linkTimes);
const rss = process.memoryUsage().rss / 1024 / 1024;
console.log(`extract: ${target} articles (${base.length} distinct), median of ${runs} runs`);
console.log(`  load data files and gazetteer  ${loadMs.toFixed(0)} ms`);
console.log(`  extraction                     ${median.toFixed(0)} ms  (${((median / target) * 100).toFixed(0)} ms per 100 articles; runs ${times.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`  cross-source linking           ${linkMedian.toFixed(0)} ms  (${((linkMedian / target) * 100).toFixed(0)} ms per 100 articles; runs ${linkTimes.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`  entities ${result?.entities.length}, figures ${result?.figures.length}, legs ${result?.legs.length}, claims ${linked?.claims.length}, conflicts ${linked?.conflicts.length}, rss ${rss.toFixed(0)} MB`);
