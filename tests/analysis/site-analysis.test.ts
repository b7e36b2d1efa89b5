// The analysis a worker prepares is handed over serialized and used by the site only
// under its own key; the site then stores it in the cache, once. The worker stores the
// findings of the texts only when told to (after handing the analysis over).
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleSources } from '../../src/analysis/extract-content.ts';
import { publishData } from '../../src/analysis/publish.ts';
import { analyseSite, prepareSiteAnalysis } from '../../src/analysis/site-analysis.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'briefing-site-analysis-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(root, 'content');
const published = (analysis: ReturnType<typeof analyseSite>) => JSON.stringify(publishData(analysis.briefing, analysis.linked, '/'));

describe('site analysis handed over by a worker', async () => {
  const sources = await readArticleSources(content);
  const cold = analyseSite(sources, content, join(work, 'cold'));
  const stored = (cache: string) => (existsSync(join(cache, 'briefing')) ? readdirSync(join(cache, 'briefing')).sort() : []);

  it('should be used under the same key, stored by the site once, and give the analysis it computes itself', async () => {
    const cache = join(work, 'handed');
    const { analysis, storeFindings } = prepareSiteAnalysis(sources, content, cache);
    expect(analysis).toMatchObject({ key: cold.key, stored: false });
    // Nothing written yet: neither the analysis nor the findings.
    expect(stored(cache)).toEqual([]);
    const site = analyseSite(sources, content, cache, analysis);
    expect(site.stored).toBeInstanceOf(Promise);
    expect(published(site)).toBe(published(cold));
    await site.stored;
    expect(stored(cache)).toEqual([`analysis-${cold.key}.bin`]);
    storeFindings();
    expect(stored(cache).some((name) => name.startsWith('findings-'))).toBe(true);
    // Next time the worker hands over the cached bytes, which the site does not write again.
    const again = prepareSiteAnalysis(sources, content, cache);
    expect(again.analysis.stored).toBe(true);
    const reused = analyseSite(sources, content, cache, again.analysis);
    expect(published(reused)).toBe(published(cold));
  });

  it('should not be used under another key, nor when its bytes do not read back', async () => {
    const cache = join(work, 'refused');
    const { analysis } = prepareSiteAnalysis(sources, content, cache);
    // The site read one article less than the worker.
    const fewer = analyseSite(sources.slice(1), content, cache, analysis);
    expect(fewer.stored).toBeUndefined();
    expect(fewer.key).not.toBe(analysis.key);
    expect(published(fewer)).toBe(published(analyseSite(sources.slice(1), content, join(work, 'fewer-cold'))));
    const damaged = analyseSite(sources, content, join(work, 'damaged'), { ...analysis, bytes: new Uint8Array([1, 2, 3]) });
    expect(damaged.stored).toBeUndefined();
    expect(published(damaged)).toBe(published(cold));
  });

  it('should store nothing where the cache cannot be written, and still give the analysis', async () => {
    const blocked = join(work, 'blocked');
    cpSync(join(root, 'package.json'), blocked); // a file where the cache folder would be
    const { analysis } = prepareSiteAnalysis(sources, content, blocked);
    const site = analyseSite(sources, content, blocked, analysis);
    await expect(site.stored).resolves.toBeUndefined();
    expect(published(site)).toBe(published(cold));
  });
});
