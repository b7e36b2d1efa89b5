// The extraction report printed after ingest: what was found, what could not be
// resolved (with article and paragraph, for an editor to add to content/), and how
// long it took.
import type { Briefing } from './model.ts';

export interface ExtractionReport {
  lines: string[];
}

export function extractionReport(briefing: Briefing, timing: { loadMs: number; extractMs: number }): ExtractionReport {
  const milliseconds = timing.extractMs;
  const count = (type: string) => briefing.entities.filter((entity) => entity.type === type).length;
  const articles = briefing.articles.length;
  const perHundred = articles === 0 ? 0 : (milliseconds / articles) * 100;
  const lines = [
    `extract: ${articles} articles in ${milliseconds.toFixed(0)} ms (${perHundred.toFixed(0)} ms per 100 articles; data files and gazetteer loaded in ${timing.loadMs.toFixed(0)} ms)`,
    `extract: ${count('country')} countries, ${count('place')} places, ${count('person')} people, ${count('organization')} organizations, ${count('weapon')} weapon systems`,
    `extract: ${briefing.figures.length} figures, ${briefing.quotes.length} quotes, ${briefing.events.length} dated events, ${briefing.legs.length} route legs`,
  ];
  for (const item of briefing.unresolved) {
    lines.push(`${item.ref.article}.mdx#${item.ref.paragraph}: info Unresolved ${item.kind} \`${item.name}\`; ${item.hint} [extract:${item.kind === 'leg' ? 'routes' : 'places'}]`);
  }
  return { lines };
}
