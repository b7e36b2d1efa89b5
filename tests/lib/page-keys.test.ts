// Incremental-build keys are computed once per build: both languages' routes list the
// same pages, and hashing each view twice cost seconds at scale. A new build (a new
// site model) computes them again from what it holds.
import { describe, expect, it } from 'vitest';
import { entityPage, entityPageKey } from '../../src/lib/entity-page.ts';
import { timelineTopics } from '../../src/lib/entity-views.ts';
import { timelinePageKey } from '../../src/lib/index-pages.ts';
import { jsonReady, keyOnce } from '../../src/lib/page-keys.ts';
import { topicClaimsPage, topicPage, topicPageKey } from '../../src/lib/topic-page.ts';
import type { AnalysisArticle } from '../../src/analysis/types.ts';
import type { Site } from '../../src/lib/briefing.ts';
import { seedSite } from '../helpers/seed-briefing.ts';

describe('page key JSON', () => {
  // What the keys wrote before jsonReady: JSON with a replacer turning Maps into their
  // entries and Sets into their values.
  const withReplacer = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item instanceof Set ? [...item] : item));
  const viaReady = (value: unknown) => JSON.stringify(jsonReady(value));

  it('should write what JSON with a Map and Set replacer writes, at any depth', () => {
    const own = JSON.parse('{"__proto__": {"x": [1]}, "after": 2}') as unknown;
    const values: unknown[] = [
      new Map<unknown, unknown>([['a', new Set([1, 2])], [{ k: new Map([[1, 2]]) }, [new Set(['x'])]]]),
      { a: 1, b: undefined, c: () => 1, d: new Date(Date.UTC(2025, 0, 2)), e: [new Map([['z', null]]), undefined, , 3], f: new Set([new Set([1])]) },
      { first: 'kept', second: new Set(['replaced']), third: { deep: [{ deeper: new Map([['m', [new Set([0])]]]) }] } },
      { __proto: 1, map: new Map(), set: new Set(), nested: own },
      [null, 'text', 1.5, true, new Map([[new Set([1]), new Map([[2, 3]])]])],
      [new Set([1]), 'between', new Set([2]), [new Map([['a', 1]])]],
      'plain string',
      42,
      null,
      undefined,
    ];
    for (const value of values) expect(viaReady(value)).toBe(withReplacer(value));
  });

  it('should return what holds no Map or Set as it is, and copy only the path to one', () => {
    const shared = { text: 'unchanged', list: [1, 2, { x: 'y' }] };
    expect(jsonReady(shared)).toBe(shared);
    const holder = { shared, replaced: new Set([1]) };
    const ready = jsonReady(holder) as { shared: unknown; replaced: unknown };
    expect(ready).not.toBe(holder);
    expect(ready.shared).toBe(shared);
    expect(ready.replaced).toEqual([1]);
    // The input is left as it was.
    expect(holder.replaced).toBeInstanceOf(Set);
  });

  it('should write the seeds’ entity and topic page views as the replacer did', () => {
    const site = seedSite();
    const views = [
      ...site.briefing.entities.map((entity) => entityPage(site, entity)),
      ...site.briefing.topics.flatMap((topic) => [topicPage(site, topic), topicClaimsPage(site, topic, 1)]),
    ];
    let maps = 0;
    for (const view of views) {
      const written = viaReady(view);
      expect(written).toBe(withReplacer(view));
      if (written !== JSON.stringify(view)) maps++;
    }
    // The views do hold Maps or Sets (else this would test nothing).
    expect(maps).toBeGreaterThan(0);
  });
});

describe('page keys once per build', () => {
  it('should compute a key once per owner and id', () => {
    const owner = {};
    let calls = 0;
    const compute = () => `key ${++calls}`;
    expect(keyOnce(owner, 'a', compute)).toBe('key 1');
    expect(keyOnce(owner, 'a', compute)).toBe('key 1');
    expect(keyOnce(owner, 'b', compute)).toBe('key 2');
    expect(keyOnce({}, 'a', compute)).toBe('key 3');
    expect(calls).toBe(3);
  });

  it('should give an entity page the same key for both routes, and a new build a key of its own data', () => {
    const site = seedSite();
    const entity = site.briefing.entities.find((item) => item.mentions.length > 1)!;
    const key = entityPageKey(site, entity);
    // The second route's call is answered from the first, whatever object it passes.
    expect(entityPageKey(site, { ...entity, names: { en: 'Renamed', id: 'Renamed' } })).toBe(key);
    // A new build of the same data gets the same key; of changed data, another.
    const rebuilt = { ...site };
    expect(entityPageKey(rebuilt, entity)).toBe(key);
    const renamed = { ...entity, names: { en: 'Renamed', id: 'Renamed' } };
    expect(entityPageKey({ ...site }, renamed)).not.toBe(key);
  });

  it('should key timeline pages by topic and page within a build', () => {
    const site = seedSite();
    const topics = timelineTopics(site.briefing);
    const whole = timelinePageKey(site, undefined, 1, topics);
    expect(timelinePageKey(site, undefined, 1, topics)).toBe(whole);
    expect(timelinePageKey(site, topics[0], 1, topics)).not.toBe(whole);
  });
});

describe('topic page keys', () => {
  /** The seeds' site with one article's title changed, as a rebuild after that edit sees it. */
  const retitled = (site: Site, id: string): Site => {
    const edit = (article: AnalysisArticle) => (article.id === id ? { ...article, title: `${article.title} (edited)` } : article);
    const articles = site.briefing.articles.map(edit);
    return { ...site, briefing: { ...site.briefing, articles }, articles: new Map(articles.map((article) => [article.id, article])) };
  };

  it('should change a topic page’s key when an article it lists or cites changes, and only then', () => {
    const site = seedSite();
    let unaffected = 0;
    let affected = 0;
    for (const topic of site.briefing.topics) {
      const key = topicPageKey({ ...site }, topic);
      const view = topicPage({ ...site }, topic);
      const claims = topicClaimsPage({ ...site }, topic, 1);
      const shown = new Set([
        ...view.sources.map((source) => source.id),
        ...[...claims.marks.values()].flat().map((citation) => citation.article),
        ...view.conflicts.flatMap(({ conflict }) => conflict.values.map((value) => value.citation.article)),
        ...view.figures.map((figure) => figure.ref.article),
        ...view.years.flatMap((year) => year.events.map((event) => event.ref.article)),
      ]);
      for (const article of site.briefing.articles) {
        const edited = topicPageKey(retitled(site, article.id), topic);
        if (shown.has(article.id)) {
          affected++;
          expect(edited, `${topic.id} shows ${article.id}`).not.toBe(key);
        } else {
          unaffected++;
          expect(edited, `${topic.id} does not show ${article.id}`).toBe(key);
        }
      }
    }
    expect(affected).toBeGreaterThan(0);
    expect(unaffected).toBeGreaterThan(0);
  });
});
