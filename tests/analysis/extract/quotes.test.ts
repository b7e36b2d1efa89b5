import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/extract/quotes.ts';
import type { AnalysisArticle, Quote } from '../../../src/analysis/types.ts';
import { articleFromText } from '../../helpers/seed-articles.ts';
import { englishCorpus, entityCorpus, seedCorpus } from '../../helpers/entity-seeds.ts';

function seedQuotes(key: string): Quote[] {
  const corpus = seedCorpus();
  const article = corpus.articles.get(key);
  if (!article) throw new Error(`No seed ${key}`);
  return extractQuotes(article, corpus.people, corpus.organizations);
}

const at = (quotes: readonly Quote[], paragraph: string): Quote[] => quotes.filter((q) => q.ref.paragraph === paragraph);

function textAt(article: AnalysisArticle | undefined, quote: Quote): string | undefined {
  return article?.paragraphs.find((p) => p.anchor === quote.ref.paragraph)?.text.slice(quote.ref.start, quote.ref.end);
}

describe('extractQuotes on the seeds', () => {
  it("should attribute Kirby's quotes in 001 and 003 to John Kirby, however the text names him", () => {
    const kirby001 = ['p5', 'p7', 'p15', 'p16'].flatMap((p) => at(seedQuotes('001'), p));
    const kirby003 = ['p3', 'p4', 'p5', 'p6', 'p14'].flatMap((p) => at(seedQuotes('003'), p));
    expect(kirby001).toHaveLength(4);
    expect(kirby003).toHaveLength(5);
    for (const quote of [...kirby001, ...kirby003]) expect(quote.speaker).toBe('person:john-kirby');
    expect(at(seedQuotes('001'), 'p5')[0]?.speakerName).toBe('John Kirby');
    expect(at(seedQuotes('001'), 'p7')[0]?.speakerName).toBe('Kirby');
  });

  it("should attribute Leff's quote in 000 to Jonah Leff", () => {
    const [leff] = at(seedQuotes('000'), 'p3');
    expect(leff).toMatchObject({ speaker: 'person:jonah-leff', speakerName: 'Leff' });
    expect(leff?.text).toMatch(/^Ini adalah bukti publik pertama .* bukan bertahun-tahun$/);
  });

  it('should not take scare quotes of one to three words for quotes', () => {
    const texts = ['000', '001', '002', '003', '004'].flatMap((key) => seedQuotes(key).map((q) => q.text));
    for (const scare of ['sangat efektif', 'pasukan vassal', 'sahabat', 'mengambil alih', 'Kegilaan', 'pasukan yang bermusuhan', 'kamerad terdekatnya', 'kemungkinan', 'Maia']) {
      expect(texts).not.toContain(scare);
    }
  });

  it('should keep a quote that spans sentences as one quote, cited at the sentence where it starts', () => {
    const [range] = at(seedQuotes('001'), 'p15');
    expect(range?.text).toBe('Misil balistik Korea Utara ini memiliki jangkauan sekitar 900 kilometer. Itu sekitar 550 mil');
    expect(range?.ref.sentence).toBe(0);
    expect(range?.speaker).toBe('person:john-kirby');
  });

  it('should give a pronoun tag the speaker in play: katanya to the person the paragraph names, lanjutnya and tambahnya to the last speaker', () => {
    expect(at(seedQuotes('001'), 'p10')[0]).toMatchObject({ speaker: 'person:kim-jong-un', ref: { sentence: 1 } });
    expect(at(seedQuotes('001'), 'p16')[0]?.speaker).toBe('person:john-kirby');
    expect(at(seedQuotes('003'), 'p6')[0]?.speaker).toBe('person:john-kirby');
  });

  it('should name an unnamed official as the text does, without a person', () => {
    const [official] = at(seedQuotes('000'), 'p7');
    expect(official).toMatchObject({ speaker: null, speakerName: 'pejabat tersebut', text: 'mencegah AS dan perpanjangan pengaruh jahat Barat' });
  });

  it('should give a partial quote inside a sentence to the subject of the speech verb before it', () => {
    expect(at(seedQuotes('004'), 'p6')[0]).toMatchObject({ speaker: 'person:pranay-vaddi', speakerName: 'Pranay Vaddi' });
    expect(at(seedQuotes('001'), 'p9')[0]).toMatchObject({ speaker: 'org:uk-ministry-of-defence', speakerName: 'Kementerian Pertahanan Inggris' });
    expect(at(seedQuotes('003'), 'p14')[0]?.speaker).toBe('person:john-kirby');
  });

  it('should cite every quote at the exact span of its text', () => {
    for (const key of ['000', '001', '002', '003', '004']) {
      const article = seedCorpus().articles.get(key);
      for (const quote of seedQuotes(key)) expect(textAt(article, quote)).toBe(quote.text);
    }
  });
});

describe('extractQuotes on English text', () => {
  const english = (): Quote[] => {
    const corpus = englishCorpus();
    return extractQuotes(corpus.articles.get('en') as AnalysisArticle, corpus.people, corpus.organizations);
  };

  it('should read the speaker after the quote: a role and name before a verb, or said before the name', () => {
    const quotes = english();
    expect(quotes.find((q) => q.text.startsWith('We will respond'))).toMatchObject({ speaker: 'person:lloyd-austin', speakerName: 'Lloyd Austin' });
    expect(quotes.find((q) => q.text.startsWith('Our forces'))).toMatchObject({ speaker: 'person:yuriy-ihnat', speakerName: 'Yuriy Ihnat' });
    expect(quotes.find((q) => q.text.startsWith('This is the first'))?.speaker).toBe('person:jonah-leff');
  });

  it('should read the speaker before the quote: X said: "…"', () => {
    expect(english().find((q) => q.text.startsWith('Russia will answer'))).toMatchObject({ speaker: 'person:sergei-lavrov', speakerName: 'Sergei Lavrov' });
  });

  it('should resolve "he added" to the previous speaker and keep two sentences of one quote together', () => {
    const quotes = english();
    expect(quotes.find((q) => q.text.startsWith('These systems'))).toMatchObject({
      text: 'These systems have already changed the battlefield. They will keep doing so',
      speaker: 'person:matthew-miller',
    });
    expect(quotes.find((q) => q.text.startsWith('The evidence'))?.speaker).toBe('person:matthew-miller');
  });

  it('should skip scare quotes in English too', () => {
    expect(english().map((q) => q.text)).not.toContain('deliberate terror');
    expect(english().map((q) => q.text)).not.toContain('very useful');
  });

  it('should split a quote interrupted by its tag into two quotes with one speaker', () => {
    const article = articleFromText(
      'split.txt',
      'A short report\n\nDeputy spokesman Vedant Patel spoke on Monday about the aid.\n\n"We have sent everything we promised," Patel said, "and we will send more when Congress agrees."\n',
    );
    const corpus = entityCorpus(new Map([['split', article]]));
    const quotes = extractQuotes(article, corpus.people, corpus.organizations);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We have sent everything we promised', 'person:vedant-patel'],
      ['and we will send more when Congress agrees.', 'person:vedant-patel'],
    ]);
  });
});
