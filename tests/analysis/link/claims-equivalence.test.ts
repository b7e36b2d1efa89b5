// groupClaims must give exactly what the reference grouping (claims-reference.ts, the
// implementation before the typed-array rewrite) gives: the same claims, ids, texts,
// evidence and scores, in the same order. Inputs are generated from a seeded generator
// so that they have what the corpora have: copies of one sentence across articles,
// variants of it, sentences of one article sharing keys, entities given twice, blocks
// larger than the blocking cap and groups larger than the claim size cap.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_OPTIONS, groupClaims, type ClaimSentence } from '../../../src/analysis/link/claims.ts';
import { createRandom, type Random } from '../../../scripts/bench/prng.ts';
import { referenceGroupClaims } from './claims-reference.ts';

const ENTITIES = [
  ...['KP', 'RU', 'UA', 'US', 'CN', 'ID'].map((code) => `country:${code}`),
  ...['ballistic-missile', 'drone', 'shell', 'kn-23'].map((name) => `weapon:${name}`),
  ...['kyiv', 'vladivostok', 'rason'].map((name) => `place:geonames:${name}`),
  ...['kim', 'park', 'doe'].map((name) => `person:${name}`),
  ...['un', 'kcna'].map((name) => `org:${name}`),
];
const PREDICATES = ['supply', 'use', 'deploy', 'meet', 'deny'];
const FIGURES = ['km:900', 'km:450', 'shells:1000000', 'usd:1700000000', 'percent:15'];
const TERMS = Array.from({ length: 40 }, (_, index) => `term${index}`);

function some<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  return random.shuffle(items).slice(0, random.int(min, max));
}

interface Template {
  entities: string[];
  predicates: string[];
  figures: string[];
  terms: string[];
}

function template(random: Random): Template {
  return {
    entities: some(random, ENTITIES, 0, 5),
    predicates: some(random, PREDICATES, 0, 2),
    figures: some(random, FIGURES, 0, 1),
    terms: some(random, TERMS, 2, 10).sort(),
  };
}

/** A corpus: most sentences copy or vary one of a few templates, the rest are random. */
function corpus(seed: number, articles: number, perArticle: number, templates: number): ClaimSentence[] {
  const random = createRandom(seed);
  const bases = Array.from({ length: templates }, () => template(random));
  const sentences: ClaimSentence[] = [];
  for (let a = 0; a < articles; a++) {
    const article = `a${String(a).padStart(4, '0')}`;
    for (let s = 0; s < perArticle; s++) {
      let features = random.chance(0.8) ? { ...random.pick(bases) } : template(random);
      if (random.chance(0.3)) {
        // A variant: a word or an entity more or less.
        features = {
          ...features,
          terms: random.chance(0.5) ? features.terms.slice(1) : [...features.terms, random.pick(TERMS)].sort(),
          entities: random.chance(0.5) ? features.entities.slice(1) : [...features.entities, random.pick(ENTITIES)],
        };
      }
      // Entities given twice, as a caller may.
      const entities = random.chance(0.05) && features.entities.length > 0 ? [...features.entities, features.entities[0] as string] : features.entities;
      const paragraph = `p${random.int(1, 9)}`;
      sentences.push({
        ref: { article, paragraph, sentence: s },
        text: `${article} ${paragraph} ${s} ${features.terms.join(' ')}`,
        language: random.chance(0.5) ? 'en' : 'id',
        entities,
        figures: features.figures,
        predicates: features.predicates,
        terms: features.terms,
        topics: random.chance(0.5) ? ['topic'] : [],
      });
    }
  }
  return sentences;
}

describe('groupClaims against the reference grouping', () => {
  const cases: [string, ClaimSentence[]][] = [
    ['small corpus, many templates', corpus(1, 40, 6, 30)],
    ['copies across many articles (claims reach the size cap)', corpus(2, 150, 4, 6)],
    ['blocks past the blocking cap', corpus(3, 220, 5, 4)],
    ['mostly random sentences', corpus(4, 120, 5, 200)],
    // As the linking step gives them: in reference order, which groupClaims then compares by index.
    [
      'sentences in reference order',
      corpus(6, 150, 4, 8).sort(
        (a, b) => (a.ref.article < b.ref.article ? -1 : a.ref.article > b.ref.article ? 1 : Number(a.ref.paragraph.slice(1)) - Number(b.ref.paragraph.slice(1)) || a.ref.sentence - b.ref.sentence),
      ),
    ],
  ];
  for (const [name, sentences] of cases) {
    it(`should give identical claims: ${name}`, () => {
      const expected = referenceGroupClaims(sentences);
      expect(expected.length).toBeGreaterThan(0);
      expect(groupClaims(sentences)).toEqual(expected);
    });
  }

  it('should give identical claims at another threshold', () => {
    const sentences = corpus(5, 80, 5, 10);
    const options = { ...DEFAULT_CLAIM_OPTIONS, threshold: 0.3 };
    expect(groupClaims(sentences, options)).toEqual(referenceGroupClaims(sentences, options));
  });

  it('should reach the caps the grouping has, so the cases above exercise them', () => {
    const sentences = corpus(2, 150, 4, 6);
    expect(Math.max(...groupClaims(sentences).map((claim) => claim.sentences.length))).toBeGreaterThanOrEqual(50);
    const keys = new Map<string, number>();
    for (const sentence of corpus(3, 220, 5, 4)) for (const id of new Set(sentence.entities)) keys.set(id, (keys.get(id) ?? 0) + 1);
    expect(Math.max(...keys.values())).toBeGreaterThan(400);
  });
});
