// Incremental-build keys are computed once per build: both languages' routes list the
// same pages, and hashing each view twice cost seconds at scale. A new build (a new
// site model) computes them again from what it holds.
import { describe, expect, it } from 'vitest';
import { entityPageKey } from '../../src/lib/entity-page.ts';
import { timelineTopics } from '../../src/lib/entity-views.ts';
import { timelinePageKey } from '../../src/lib/index-pages.ts';
import { keyOnce } from '../../src/lib/page-keys.ts';
import { seedSite } from '../helpers/seed-briefing.ts';

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
