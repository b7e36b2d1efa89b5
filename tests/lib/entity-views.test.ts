import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBriefingData } from '../../src/analysis/load-data.ts';
import { linkBriefing } from '../../src/analysis/link/index.ts';
import { buildBriefing } from '../../src/analysis/model.ts';
import type { Entity } from '../../src/analysis/types.ts';
import { emitMdx } from '../../src/pipeline/emit.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import type { ArticleId } from '../../src/pipeline/types.ts';
import {
  contentFiles,
  entityGroups,
  entitySlug,
  entitySlugs,
  eventTopics,
  figureGroups,
  mentionContexts,
  quotesBy,
  relatedEntities,
  timeline,
  timelineTopics,
} from '../../src/lib/entity-views.ts';
import { seedArticles } from '../helpers/seed-articles.ts';

const data = loadBriefingData(fileURLToPath(new URL('../../content/', import.meta.url)));
const seeds = seedArticles();
const briefing = buildBriefing([...seeds.values()], data);
const linked = linkBriefing(briefing, data.organizations);
const articles = new Map(briefing.articles.map((a) => [a.id, a]));

describe('entity slugs', () => {
  it('should make ids with colons URL-safe and deterministic', () => {
    expect(entitySlug('person:john-kirby')).toBe('person-john-kirby');
    expect(entitySlug('place:geonames:2042645')).toBe('place-geonames-2042645');
    expect(entitySlug('country:KP')).toBe('country-KP');
    expect(entitySlug('weapon:kn-23')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(entitySlug('person:josé ñ')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(entitySlug('person:john-kirby')).toBe(entitySlug('person:john-kirby'));
  });

  it('should keep slugs unique when two ids would share one', () => {
    const entity = (id: string) => ({ id }) as Entity;
    const slugs = entitySlugs([entity('a:b-c'), entity('a-b:c'), entity('a:b:c')]);
    expect(new Set(slugs.values()).size).toBe(3);
    expect(slugs.get('a-b:c')).toBe('a-b-c');
  });

  it('should give every entity of the seeds a distinct slug', () => {
    const slugs = entitySlugs(briefing.entities);
    expect(new Set(slugs.values()).size).toBe(briefing.entities.length);
    for (const slug of slugs.values()) expect(slug).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('entity views of the seeds', () => {
  it('should group entities with mentions by type, in type order, most mentioned first', () => {
    const groups = entityGroups(briefing.entities);
    expect(groups.map((g) => g.type)).toEqual(['country', 'place', 'person', 'organization', 'weapon'].filter((type) => groups.some((g) => g.type === type)));
    expect(groups.some((g) => g.type === 'country')).toBe(true);
    expect(groups.some((g) => g.type === 'person')).toBe(true);
    for (const group of groups) {
      for (const item of group.entities) expect(item.count).toBe(item.entity.mentions.length);
      for (let i = 1; i < group.entities.length; i++) expect(group.entities[i - 1]!.count).toBeGreaterThanOrEqual(group.entities[i]!.count);
    }
    const total = groups.reduce((n, g) => n + g.entities.length, 0);
    expect(total).toBe(briefing.entities.filter((e) => e.mentions.length > 0).length);
  });

  it('should mark each mention in its sentence at the mention offsets', () => {
    let checked = 0;
    for (const entity of briefing.entities) {
      const contexts = mentionContexts(articles, entity);
      expect(contexts).toHaveLength(entity.mentions.length);
      for (const [i, context] of contexts.entries()) {
        const sentence = `${context.before}${context.mark}${context.after}`;
        const paragraph = articles.get(context.article)!.paragraphs.find((p) => p.anchor === context.paragraph)!;
        expect(paragraph.text).toContain(sentence);
        expect(context.mark.length).toBeGreaterThan(0);
        expect(paragraph.sentences.some((s) => s.text === sentence || paragraph.text.slice(s.start, s.end) === sentence), `${entity.id} #${i}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const mention = briefing.entities.flatMap((e) => e.mentions)[0]!;
    const context = mentionContexts(articles, briefing.entities.find((e) => e.mentions.includes(mention))!).find((c) => c.mark === mention.text);
    expect(context).toBeDefined();
  });

  it('should relate entities by shared sentences, symmetric, at most ten, computed once', () => {
    const related = relatedEntities(briefing.entities);
    expect(relatedEntities(briefing.entities)).toBe(related);
    expect(related.size).toBeGreaterThan(0);
    for (const [id, list] of related) {
      expect(list.length).toBeLessThanOrEqual(10);
      for (const item of list) {
        expect(item.id).not.toBe(id);
        const back = relatedEntities(briefing.entities, 1000).get(item.id) ?? [];
        if (list.length < 10) expect(back.some((b) => b.id === id && b.count === item.count) || back.length >= 10).toBe(true);
      }
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.count).toBeGreaterThanOrEqual(list[i]!.count);
    }
  });

  it('should list the quotes of a speaker', () => {
    const speaker = briefing.quotes.find((q) => q.speaker !== null)?.speaker;
    expect(speaker).toBeTruthy();
    const quotes = quotesBy(briefing.quotes, speaker!);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.speaker).toBe(speaker);
  });
});

describe('timeline of the seeds', () => {
  it('should put every event in date order, grouped by year', () => {
    const years = timeline(briefing);
    const events = years.flatMap((y) => y.events);
    expect(events).toHaveLength(briefing.events.length);
    for (let i = 1; i < events.length; i++) expect(events[i - 1]!.date <= events[i]!.date).toBe(true);
    for (const year of years) for (const event of year.events) expect(event.date.startsWith(year.year)).toBe(true);
    expect(new Set(years.map((y) => y.year)).size).toBe(years.length);
  });

  it('should filter the timeline by the topics of the event paragraph', () => {
    const topics = timelineTopics(briefing);
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      const events = timeline(briefing, topic).flatMap((y) => y.events);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(eventTopics(briefing, event)).toContain(topic);
    }
  });

  it('should read the events for the timeline topics once per briefing, however many timeline pages ask', () => {
    // Every timeline page shows the topic filter; reading all events per page made the
    // timeline pages quadratic in the corpus.
    let reads = 0;
    const counted = {
      ...briefing,
      get events() {
        reads++;
        return briefing.events;
      },
    };
    const first = timelineTopics(counted);
    for (let page = 0; page < 50; page++) expect(timelineTopics(counted)).toEqual(first);
    expect(reads).toBe(1);
    expect(first).toEqual(timelineTopics(briefing));
    // A caller may change its copy without changing the next page's.
    first.push('changed');
    expect(timelineTopics(counted)).not.toContain('changed');
  });
});

describe('figures of the seeds', () => {
  it('should group every figure by subject and unit', () => {
    const groups = figureGroups(briefing.figures);
    expect(groups.flatMap((g) => g.figures)).toHaveLength(briefing.figures.length);
    for (const group of groups) for (const figure of group.figures) expect([figure.subject, figure.unit]).toEqual([group.subject, group.unit]);
    expect(new Set(groups.map((g) => `${g.subject}|${g.unit}`)).size).toBe(groups.length);
    expect(linked.conflicts.length).toBeGreaterThan(0);
  });
});

describe('content files an editor changed', () => {
  it('should list article files whose recorded digest differs from their content, and the data files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-about-'));
    try {
      mkdirSync(join(dir, 'articles'));
      mkdirSync(join(dir, 'topics'));
      const ingested = ingestSeed({ seed: 'x.txt', bytes: new TextEncoder().encode('A Title\n\nShips left the port on Monday.\n') }, '2026-11-22');
      if (!ingested.ok) throw new Error(ingested.diagnostic.message);
      const emitted = emitMdx({ id: 'x' as ArticleId, article: ingested.article });
      writeFileSync(join(dir, 'articles', 'a.mdx'), emitted);
      writeFileSync(join(dir, 'articles', 'b.mdx'), emitted.replace('A Title', 'An edited title'));
      writeFileSync(join(dir, 'briefing.md'), '---\ntitle: "x"\n---\n');
      writeFileSync(join(dir, 'gazetteer.yaml'), 'places: []\n');
      writeFileSync(join(dir, 'topics', 't.md'), '---\n---\n');
      const files = contentFiles(dir);
      expect(files.edited).toEqual(['articles/b.mdx']);
      expect(files.unedited).toBe(1);
      expect(files.data).toEqual(['briefing.md', 'gazetteer.yaml', 'topics/t.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
