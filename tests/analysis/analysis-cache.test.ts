import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisKey, cachedAnalysis, findingsKey, withFindings, type ArticleInput } from '../../src/analysis/analysis-cache.ts';
import { linkBriefing } from '../../src/analysis/link/index.ts';
import { loadBriefingData } from '../../src/analysis/load-data.ts';
import { buildBriefing } from '../../src/analysis/model.ts';
import { publishData } from '../../src/analysis/publish.ts';
import { articleFromText, seedArticles } from '../helpers/seed-articles.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'briefing-analysis-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A content folder with the project's data files (no articles). */
function contentCopy(name: string): string {
  const dir = join(work, name);
  cpSync(join(root, 'content'), dir, { recursive: true, filter: (source) => !source.includes(`${join(root, 'content', 'articles')}`) });
  return dir;
}

const articles: ArticleInput[] = [
  { id: 'alpha', data: { title: 'Alpha', published: '2024-05-01' }, body: 'First paragraph.\n\nSecond paragraph.' },
  { id: 'beta', data: { title: 'Beta', published: null }, body: 'Only paragraph.' },
];
const options = { threshold: 0.42 };

describe('analysisKey', () => {
  const content = contentCopy('key');
  const key = analysisKey({ articles, contentDir: content, options });

  it('should not depend on the order the articles come in', () => {
    expect(analysisKey({ articles: [...articles].reverse(), contentDir: content, options })).toBe(key);
  });

  it('should change with a body, a front-matter field, an added article or the threshold', () => {
    const [alpha, beta] = articles as [ArticleInput, ArticleInput];
    const variants = [
      [{ ...alpha, body: `${alpha.body} Edited.` }, beta],
      [{ ...alpha, data: { title: 'Alpha', published: '2024-05-02' } }, beta],
      [alpha, beta, { id: 'gamma', data: {}, body: 'New.' }],
    ];
    for (const variant of variants) expect(analysisKey({ articles: variant, contentDir: content, options })).not.toBe(key);
    expect(analysisKey({ articles, contentDir: content, options: { threshold: 0.5 } })).not.toBe(key);
  });

  it('should change when an editable data file changes or appears, but not when an article file does', () => {
    const other = contentCopy('key-edited');
    expect(analysisKey({ articles, contentDir: other, options })).toBe(key);
    mkdirSync(join(other, 'articles'), { recursive: true });
    writeFileSync(join(other, 'articles', 'ignored.mdx'), 'articles come in as input, not as files');
    expect(analysisKey({ articles, contentDir: other, options })).toBe(key);
    appendFileSync(join(other, 'gazetteer.yaml'), '\n# an editor was here\n');
    const edited = analysisKey({ articles, contentDir: other, options });
    expect(edited).not.toBe(key);
    writeFileSync(join(other, 'topics', 'new-topic.md'), '---\ntitle: { en: New, id: Baru }\n---\n');
    expect(analysisKey({ articles, contentDir: other, options })).not.toBe(edited);
  });
});

describe('cachedAnalysis', () => {
  it('should compute once, then read the same value back, keeping only the latest', () => {
    const dir = join(work, 'cache');
    let computed = 0;
    const compute = () => {
      computed++;
      return { map: new Map([['a', new Set([1, 2])]]), list: [1, 2, 3] };
    };
    const first = cachedAnalysis(dir, 'one', compute);
    const second = cachedAnalysis(dir, 'one', compute);
    expect([first.hit, second.hit, computed]).toEqual([false, true, 1]);
    expect(second.value).toEqual(first.value);
    expect(second.value.map.get('a')).toBeInstanceOf(Set);
    const third = cachedAnalysis(dir, 'two', compute);
    expect([third.hit, computed]).toEqual([false, 2]);
    expect(readdirSync(dir)).toEqual(['analysis-two.bin']);
  });

  it('should compute again when the cached file is damaged', () => {
    const dir = join(work, 'damaged');
    cachedAnalysis(dir, 'k', () => ({ n: 1 }));
    writeFileSync(join(dir, 'analysis-k.bin'), 'not a serialized value');
    const again = cachedAnalysis(dir, 'k', () => ({ n: 2 }));
    expect(again).toEqual({ value: { n: 2 }, hit: false });
  });

  it('should give back the seeds’ briefing and links exactly, shared claims included', () => {
    const data = loadBriefingData(join(root, 'content'));
    const compute = () => {
      const briefing = buildBriefing([...seedArticles().values()], data);
      return { briefing, linked: linkBriefing(briefing, data.organizations) };
    };
    const dir = join(work, 'seeds');
    const fresh = cachedAnalysis(dir, 'seeds', compute).value;
    const read = cachedAnalysis(dir, 'seeds', compute);
    expect(read.hit).toBe(true);
    expect(JSON.stringify(publishData(read.value.briefing, read.value.linked, '/'))).toBe(JSON.stringify(publishData(fresh.briefing, fresh.linked, '/')));
    // The notes beside a paragraph are the claims themselves, not copies.
    const [first] = read.value.linked.claimsByParagraph.values();
    expect(first?.[0] && read.value.linked.claims.includes(first[0])).toBe(true);
  });
});

describe('withFindings', () => {
  const data = loadBriefingData(join(root, 'content'));
  const published = (articles: ReturnType<typeof seedArticles> extends Map<string, infer A> ? A[] : never, memo?: Parameters<typeof buildBriefing>[2]) => {
    const briefing = buildBriefing(articles, data, memo);
    return JSON.stringify(publishData(briefing, linkBriefing(briefing, data.organizations), '/'));
  };

  it('should give the cold analysis after an edit, reading back the findings of the texts it kept', () => {
    const seeds = [...seedArticles().values()];
    const dir = join(work, 'findings');
    const key = findingsKey(join(root, 'content'));
    // The last build read every seed but the last.
    const first = withFindings(dir, key, (memo) => published(seeds.slice(0, -1), memo));
    expect(first.reused).toBe(0);
    expect(first.value).toBe(published(seeds.slice(0, -1)));
    // This one adds it and a paragraph to the first: only their texts are read again.
    const edited = articleFromText('edited.txt', `${seeds[0]!.paragraphs.map((p) => p.text).join('\n\n')}\n\nRussia received 300 more shells from North Korea by rail on 5 March 2024.`);
    const now = [edited, ...seeds.slice(1)];
    const second = withFindings(dir, key, (memo) => published(now, memo));
    expect(second.reused).toBeGreaterThan(0);
    expect(second.value).toBe(published(now));
    expect(readdirSync(dir).filter((name) => name.startsWith('findings-'))).toEqual([`findings-${key}.bin`]);
  });

  it('should not read back findings stored under another key, and change the key with the gazetteer, not with a topic', () => {
    const content = contentCopy('findings-key');
    const key = findingsKey(content);
    writeFileSync(join(content, 'topics', 'new-topic.md'), '---\ntitle: { en: New, id: Baru }\n---\n');
    expect(findingsKey(content)).toBe(key);
    appendFileSync(join(content, 'gazetteer.yaml'), '\n# an editor was here\n');
    expect(findingsKey(content)).not.toBe(key);
    const dir = join(work, 'findings-other');
    const seeds = [...seedArticles().values()];
    withFindings(dir, key, (memo) => published(seeds, memo));
    expect(withFindings(dir, findingsKey(content), (memo) => published(seeds, memo)).reused).toBe(0);
    expect(withFindings(dir, findingsKey(content), (memo) => published(seeds, memo)).reused).toBeGreaterThan(0);
  });
});
