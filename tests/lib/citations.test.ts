import { describe, expect, it } from 'vitest';
import { CitationError, createCitationIndex } from '../../src/lib/citations.ts';
import { seedArticles } from '../helpers/seed-articles.ts';

const articles = new Map([...seedArticles().values()].map((article) => [article.id, article]));
const [first, second] = [...articles.keys()];

describe('createCitationIndex', () => {
  it('should number citations by first use and reuse a number for the same paragraph', () => {
    const index = createCitationIndex(articles, '/base/', '/page/');
    const a = index.cite([{ article: first!, paragraph: 'p2' }, { article: second!, paragraph: 'p1' }]);
    const b = index.cite([{ article: second!, paragraph: 'p1' }]);
    expect(a.map((m) => m.n)).toEqual([1, 2]);
    expect(b[0]?.n).toBe(2);
    expect(a[0]?.href).toBe(`/base/sources/${first}/#p2`);
    expect(index.list().map((item) => `${item.n}:${item.article}#${item.paragraph}`)).toEqual([`1:${first}#p2`, `2:${second}#p1`]);
  });

  it('should mark the cited sentence in the paragraph and keep the whole paragraph text', () => {
    const article = articles.get(first!)!;
    const paragraph = article.paragraphs.find((p) => p.sentences.length > 1)!;
    const index = createCitationIndex(articles, '/', '/page/');
    index.cite([{ article: first!, paragraph: paragraph.anchor }], [paragraph.sentences[1]!.text]);
    const [item] = index.list();
    expect(item?.pieces.map((piece) => piece.text).join('')).toBe(paragraph.text);
    expect(item?.pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual([paragraph.sentences[1]!.text]);
  });

  it('should fail on a citation to a paragraph that does not exist, naming the page and the citation', () => {
    const index = createCitationIndex(articles, '/', '/topics/x/');
    expect(() => index.cite([{ article: first!, paragraph: 'p999' }])).toThrow(CitationError);
    expect(() => index.cite([{ article: first!, paragraph: 'p999' }])).toThrow(`/topics/x/: Unexpected citation ${first}#p999`);
    expect(() => index.cite([{ article: 'no-such-article', paragraph: 'p1' }])).toThrow(/no-such-article#p1/);
  });
});
