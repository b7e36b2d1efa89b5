import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadBriefingData } from '../../src/analysis/load-data.ts';
import { buildBriefing } from '../../src/analysis/model.ts';
import { CitationError, publishData } from '../../src/analysis/publish.ts';
import { linkBriefing } from '../../src/analysis/link/index.ts';
import { articlesFile, claimsFile, conflictsFile, entitiesFile } from '../../src/schemas/data.ts';
import { seedArticles } from '../helpers/seed-articles.ts';

const data = loadBriefingData(fileURLToPath(new URL('../../content/', import.meta.url)));
const briefing = buildBriefing([...seedArticles().values()], data);
const linked = linkBriefing(briefing, data.organizations);

describe('publishData', () => {
  const files = publishData(briefing, linked, '/briefing/');

  it('should publish every article with its page URL under the base path', () => {
    const { articles } = articlesFile.parse(files['articles.json']);
    expect(articles).toHaveLength(5);
    for (const article of articles) expect(article.url).toBe(`/briefing/sources/${article.id}/`);
  });

  it('should publish places with coordinates and country', () => {
    const { entities } = entitiesFile.parse(files['entities.json']);
    const tikhoretsk = entities.find((e) => e.type === 'place' && e.names.en === 'Tikhoretsk');
    expect(tikhoretsk?.country).toBe('RU');
    expect(tikhoretsk?.lat).toBeCloseTo(45.85, 1);
  });

  it('should be deterministic: the same input gives the same JSON', () => {
    const again = publishData(buildBriefing([...seedArticles().values()], data), linked, '/briefing/');
    expect(JSON.stringify(again)).toBe(JSON.stringify(files));
  });

  it('should fail on a dangling citation, naming the file and the citation', () => {
    const broken = { ...briefing, figures: [{ ...briefing.figures[0]!, ref: { ...briefing.figures[0]!.ref, paragraph: 'p999' } }] };
    expect(() => publishData(broken, linked, '/')).toThrow(CitationError);
    expect(() => publishData(broken, linked, '/')).toThrow(/figures\.json: .*#p999/);
  });

  it('should publish claims with sources, independent origins and grouping evidence, and conflicts with their values', () => {
    const { claims } = claimsFile.parse(files['claims.json']);
    const multi = claims.filter((claim) => claim.sources > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const claim of multi) {
      expect(claim.independent_origins.length).toBeGreaterThan(0);
      expect(claim.evidence.score).toBeGreaterThan(0);
    }
    const { conflicts } = conflictsFile.parse(files['conflicts.json']);
    expect(conflicts.some((c) => c.unit === 'km' && c.subject === 'range' && c.kind === 'conflict')).toBe(true);
  });
});
