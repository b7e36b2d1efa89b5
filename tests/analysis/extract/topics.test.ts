import { describe, expect, it } from 'vitest';
import { assignTopics, createTopicMatchers, OTHER_TOPIC, scoreParagraph } from '../../../src/analysis/extract/topics.ts';
import { parseTopic } from '../../../src/analysis/load-topics.ts';
import { ContentDataError } from '../../../src/schemas/content-data.ts';
import { articleFromText, seedArticles } from '../../helpers/seed-articles.ts';
import { contentTopics } from '../../helpers/content-data.ts';

const topics = contentTopics();
const matchers = createTopicMatchers(topics);

describe('topics', () => {
  it('should ship the default arms-transfer topics, each with terms in both languages', () => {
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['ballistic-missiles', 'artillery-ammunition', 'shipments-logistics', 'troops-personnel', 'sanctions-un', 'diplomacy-alliances', 'technology-transfer']));
    for (const topic of topics) {
      expect(topic.terms.en.length).toBeGreaterThan(0);
      expect(topic.terms.id.length).toBeGreaterThan(0);
      expect(topic.intro.length).toBeGreaterThan(0);
    }
  });

  it('should put the seed 003 shipping paragraph under shipments and logistics', () => {
    const article = seedArticles().get('003');
    const paragraph = article?.paragraphs.find((p) => p.text.includes('kereta api'));
    expect(paragraph).toBeDefined();
    const result = assignTopics(article!, matchers);
    expect(result.paragraphs.get(paragraph!.anchor)).toContain('shipments-logistics');
    expect(result.article).toContain('shipments-logistics');
  });

  it('should give every seed the ballistic-missile topic, and no paragraph an empty list', () => {
    for (const article of seedArticles().values()) {
      const result = assignTopics(article, matchers);
      expect(result.article).toContain('ballistic-missiles');
      for (const ids of result.paragraphs.values()) expect(ids.length).toBeGreaterThan(0);
    }
  });

  it('should match English text with the English terms', () => {
    const article = articleFromText('en.txt', 'Ships Moved Shells\n\nThe vessels carried thousands of artillery shells to the port.\n\nThe weather was fine that day.');
    const result = assignTopics(article, matchers);
    expect(result.paragraphs.get('p1')).toEqual(expect.arrayContaining(['shipments-logistics', 'artillery-ammunition']));
    expect(result.paragraphs.get('p2')).toEqual([OTHER_TOPIC]);
  });

  it('should match an acronym term only in capitals, so `UN` never matches `until` or `un`', () => {
    const [sanctions] = createTopicMatchers(topics.filter((t) => t.id === 'sanctions-un'));
    expect(scoreParagraph('They waited until the unit left.', sanctions!)).toBe(0);
    expect(scoreParagraph('The UN said so.', sanctions!)).toBe(1);
  });

  it('should let the article front-matter pin and remove topics', () => {
    const article = { ...articleFromText('en.txt', 'Title Here\n\nThe vessels carried artillery shells to the port.'), topics: ['technology-transfer', '-artillery-ammunition'] };
    const result = assignTopics(article, matchers);
    expect(result.article).toContain('technology-transfer');
    expect(result.article).not.toContain('artillery-ammunition');
    expect(result.article).toContain('shipments-logistics');
  });

  it('should reject a topic file with a bad field, naming the file and the field', () => {
    expect(() => parseTopic('bad.md', '---\ntitle:\n  en: "X"\nterms: {}\n---\nIntro')).toThrow(ContentDataError);
    expect(() => parseTopic('bad.md', '---\ntitle:\n  en: "X"\nterms: {}\n---\nIntro')).toThrow(/bad\.md.*title\.id/);
  });
});
