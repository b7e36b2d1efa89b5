import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadBriefingData } from '../../../src/analysis/load-data.ts';
import { linkBriefing } from '../../../src/analysis/link/index.ts';
import { buildBriefing } from '../../../src/analysis/model.ts';
import { seedArticles } from '../../helpers/seed-articles.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { readArticle } from '../../../src/analysis/read-article.ts';
import { runIngest } from '../../../src/pipeline/run-ingest.ts';
import { articleFrontmatter } from '../../../src/schemas/article.ts';
import { memoryEffects, memoryStore } from '../../helpers/memory-effects.ts';

const data = loadBriefingData(fileURLToPath(new URL('../../../content/', import.meta.url)));
const seeds = seedArticles();
const id = (key: string) => seeds.get(key)?.id ?? '';
const linked = linkBriefing(buildBriefing([...seeds.values()], data), data.organizations);

describe('the cross-source layer on the seeds', () => {
  it('should cite the claim that North Korea supplied ballistic missiles to Russia from at least four articles', () => {
    const claim = linked.claims.find((c) => c.entities.includes('weapon:ballistic-missile') && c.entities.includes('country:KP') && c.entities.includes('country:RU') && c.sources >= 4);
    expect(claim, linked.claims.map((c) => `${c.sources} ${c.text}`).join('\n')).toBeDefined();
    expect(claim?.evidence.sharedEntities).toEqual(expect.arrayContaining(['weapon:ballistic-missile']));
  });

  it('should count 002 and 004 as one origin for what they both take from The Guardian', () => {
    const both = linked.claims.filter((c) => {
      const articles = new Set(c.citations.map((x) => x.article));
      return articles.has(id('002')) && articles.has(id('004'));
    });
    expect(both.length).toBeGreaterThan(0);
    for (const claim of both) {
      const guardian = claim.origins.filter((o) => o.name === 'The Guardian');
      expect(guardian).toHaveLength(1);
      expect(claim.origins.length).toBeLessThan(claim.sources + (claim.citations.length - claim.sources) + 1);
    }
  });

  it('should find the missile-range conflict (about 900 km against about 450 km)', () => {
    const range = linked.conflicts.find((c) => c.unit === 'km' && c.subject === 'range');
    expect(range?.kind).toBe('conflict');
    expect(range?.values.map((v) => v.value)).toEqual([450, 900]);
    expect(new Set(range?.values.map((v) => v.citation.article))).toEqual(new Set([id('001'), id('002')]));
  });

  it('should find the shell-count conflict (hundreds of thousands, more than one million, more than two million)', () => {
    const shells = linked.conflicts.find((c) => c.unit === 'shells' && !c.rate);
    expect(shells?.values.map((v) => v.value)).toEqual(expect.arrayContaining([100_000, 1_000_000, 2_000_000]));
  });

  it('should change no count when a seed is duplicated under another file name', async () => {
    const seedsDir = new URL('../../../seeds/', import.meta.url);
    const files = Object.fromEntries(readdirSync(seedsDir).map((name) => [name, new Uint8Array(readFileSync(new URL(name, seedsDir)))]));
    const counts = async (seedFiles: Record<string, Uint8Array>) => {
      const store = memoryStore(seedFiles);
      await runIngest(memoryEffects(store));
      const articles = [...store.content].map(([name, text]) => {
        const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text) ?? [];
        return readArticle(name.replace(/\.mdx$/, ''), articleFrontmatter.parse(parseYaml(yaml)), body);
      });
      const result = linkBriefing(buildBriefing(articles, data), data.organizations);
      return { articles: articles.length, claims: result.claims.map((c) => `${c.sources}/${c.origins.length}`).join(' '), conflicts: result.conflicts.length };
    };
    const before = await counts(files);
    const after = await counts({ ...files, 'copy-of-003.txt': files['003_910151cac6b3dd95.txt']! });
    expect(after).toEqual(before);
    expect(before.articles).toBe(5);
  });
});
