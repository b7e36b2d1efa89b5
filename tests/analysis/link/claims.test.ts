import { describe, expect, it } from 'vitest';
import { claimTerms, predicateClasses } from '../../../src/analysis/link/claim-features.ts';
import { DEFAULT_CLAIM_OPTIONS, groupClaims, type ClaimSentence } from '../../../src/analysis/link/claims.ts';
import { PREDICATES } from '../../../src/lang/predicates.ts';
import { seedArticles } from '../../helpers/seed-articles.ts';

function sentence(article: string, text: string, entities: string[], figures: string[] = [], language: 'id' | 'en' = 'en'): ClaimSentence {
  return { ref: { article, paragraph: 'p1', sentence: 0 }, text, language, entities, figures, predicates: predicateClasses(text), terms: claimTerms(text), topics: [] };
}

describe('claim features', () => {
  it('should drop stop words of both languages and fold common endings', () => {
    expect(claimTerms('The missiles were supplied and rudal-rudal itu dikirimkan')).toEqual(expect.arrayContaining(['missile', 'supplied', 'rudal-rudal']));
    expect(claimTerms('yang dan the and of')).toEqual([]);
  });

  it('should read the words a word pattern finds in the lower-cased text', () => {
    // The reference: the word pattern over the text, each word folded as claimTerms folds it.
    const words = (text: string) => [...text.toLocaleLowerCase('und').matchAll(/[\p{L}][\p{L}\p{N}-]*/gu)].map((m) => m[0]);
    const texts = ['F-16 jets, 2-3 rudal-rudal; x1-2y KN-23—ready', 'İstanbul ΣΊΣΥΦΟΣ naïve 𝐀𝐁c 中文字 \uD800lone surrogate', '--dash- a-b- -c 9lives'];
    for (const text of texts) {
      const all = claimTerms(words(text).join(' '));
      expect(claimTerms(text), text).toEqual(all);
    }
  });

  it('should find the predicate classes each class pattern finds anywhere in the text', () => {
    // The reference: every class's pattern searched over the whole text.
    const patterns = Object.entries(PREDICATES).map(([name, words]) => ({
      name,
      pattern: new RegExp(`(?<![\\p{L}])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu'),
    }));
    const reference = (text: string) => patterns.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
    const texts = [
      ...[...seedArticles().values()].flatMap((article) => article.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text))),
      'SUPPLIED', 'Deployed;', 'FIRED-again', '2launched', 'launch3', 'xsent sentx', 'memasok_', '_sold',
      'Rudal-rudal DIKIRIM', 'sisa-sisa pesawat', 'Sisa-Sisa', 'tidak  mengonfirmasi', 'tidak\nmengonfirmasi', 'tidakmengonfirmasi',
      'The ſold', 'ſale', '\u212Ailled', 'pasokanNya', 'memasoknya', 'memasok-nya', 'met-up', 'ameet', 'meetéé', 'éémeet',
      'Überlieferung: supplies—used', 'sent…déployed, dead.',
    ];
    for (const text of texts) expect(predicateClasses(text), text).toEqual(reference(text));
  });

  it('should find predicate classes in both languages', () => {
    expect(predicateClasses('Korea Utara memasok Rusia')).toEqual(['supply']);
    expect(predicateClasses('North Korea supplied Russia and Russia fired them')).toEqual(['supply', 'use']);
  });
});

describe('groupClaims', () => {
  it('should group two English articles and one Indonesian article that report 6,000 and 6.000 as one claim', () => {
    const claims = groupClaims([
      sentence('en-a', 'North Korea has shipped 6,000 containers of munitions to Russia, officials said.', ['country:KP', 'country:RU'], ['containers:6000']),
      sentence('en-b', 'Pyongyang sent about 6,000 containers to Russia in recent weeks.', ['country:KP', 'country:RU'], ['containers:6000']),
      sentence('id-c', 'Korea Utara telah mengirimkan 6.000 kontainer amunisi ke Rusia.', ['country:KP', 'country:RU'], ['containers:6000'], 'id'),
      sentence('en-d', 'The weather in Seoul was mild on Tuesday.', ['place:seoul']),
    ]);
    const grouped = claims.find((claim) => claim.citations.length === 3);
    expect(grouped?.citations.map((c) => c.article).sort()).toEqual(['en-a', 'en-b', 'id-c']);
    expect(grouped?.evidence.sharedFigures).toEqual(['containers:6000']);
    expect(grouped?.evidence.sharedEntities).toEqual(['country:KP', 'country:RU']);
    expect(grouped?.evidence.score).toBeGreaterThanOrEqual(DEFAULT_CLAIM_OPTIONS.threshold);
  });

  it('should keep sentences about different things apart even when they share countries', () => {
    const claims = groupClaims([
      sentence('a', 'North Korea supplied ballistic missiles to Russia.', ['country:KP', 'country:RU', 'weapon:ballistic-missile']),
      sentence('b', 'Russia and North Korea signed a mutual defence treaty at a summit.', ['country:KP', 'country:RU']),
    ]);
    expect(claims.every((claim) => claim.citations.length === 1)).toBe(true);
  });

  it('should honour the threshold from configuration', () => {
    const input = [
      sentence('a', 'North Korea supplied ballistic missiles to Russia.', ['country:KP', 'country:RU', 'weapon:ballistic-missile']),
      sentence('b', 'Pyongyang provided Moscow with ballistic missiles and launchers.', ['country:KP', 'country:RU', 'weapon:ballistic-missile']),
    ];
    expect(groupClaims(input).some((claim) => claim.citations.length === 2)).toBe(true);
    expect(groupClaims(input, { ...DEFAULT_CLAIM_OPTIONS, threshold: 0.99 }).some((claim) => claim.citations.length === 2)).toBe(false);
  });

  it('should never group two sentences of the same article alone', () => {
    const claims = groupClaims([
      sentence('a', 'North Korea supplied missiles to Russia.', ['country:KP', 'country:RU', 'weapon:missile']),
      sentence('a', 'North Korea supplied missiles to Russia again.', ['country:KP', 'country:RU', 'weapon:missile']),
    ]);
    expect(claims.every((claim) => claim.citations.length === 1)).toBe(true);
  });
});
