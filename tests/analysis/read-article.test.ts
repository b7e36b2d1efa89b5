import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../src/analysis/read-article.ts';
import { seedArticles } from '../helpers/seed-articles.ts';

describe('readArticle', () => {
  it('should read the paragraphs of every seed with anchors p1..pN and sentences', () => {
    const seeds = seedArticles();
    expect(seeds.size).toBe(5);
    for (const article of seeds.values()) {
      expect(article.paragraphs.length).toBeGreaterThan(3);
      article.paragraphs.forEach((paragraph, index) => {
        expect(paragraph.anchor).toBe(`p${index + 1}`);
        expect(paragraph.sentences.map((s) => s.text).join(' ').length).toBeGreaterThan(0);
      });
    }
  });

  it('should number only top-level paragraphs, as the page does, when an editor adds a component', () => {
    expect(bodyParagraphs('First.\n\n<Note>\n\nInside.\n\n</Note>\n\nSecond with \\{braces}.\n')).toEqual(['First.', 'Second with {braces}.']);
  });
});
