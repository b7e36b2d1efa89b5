// The claim grouping as it was before it scored kinds of sentences with typed arrays
// (commit a6597d5), kept as a reference: tests/analysis/link/claims-equivalence.test.ts
// checks that groupClaims gives exactly what this gives, on generated inputs.
// Claims: sentences from different articles that state the same thing, grouped into
// one claim across wording and across Indonesian and English. Two sentences are
// compared only when they share a blocking key (a specific entity, a figure, or a
// predicate with its countries), never all pairs. Their score mixes shared entities
// (weighted by rarity), a shared predicate class, an agreeing figure and shared
// words; every claim keeps that evidence, so the grouping can be explained.
import { createHash } from 'node:crypto';
import type { Citation, Language } from '../../../src/analysis/types.ts';

export interface ClaimSentence {
  ref: Citation & { sentence: number };
  text: string;
  language: Language;
  /** Entity ids mentioned in the sentence. */
  entities: readonly string[];
  /** Figures as `unit:value` keys. */
  figures: readonly string[];
  /** Predicate classes (`supply`, `use`, …). */
  predicates: readonly string[];
  /** Content words, stop words removed. */
  terms: readonly string[];
  topics: readonly string[];
}

export interface ClaimWeights {
  entities: number;
  predicate: number;
  figure: number;
  terms: number;
}

export interface ClaimOptions {
  /** Pairs scoring at least this are grouped (0–1). */
  threshold: number;
  weights: ClaimWeights;
}

const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {
  threshold: 0.42,
  weights: { entities: 0.45, predicate: 0.2, figure: 0.15, terms: 0.2 },
};

/** Blocking keys held by more sentences than this are too common to suggest a pair. */
const MAX_BLOCK = 400;
/** A sentence joins a claim when its mean score against all of the claim's sentences reaches this share of the threshold. */
const AVERAGE_LINK = 0.8;
/** A claim never grows past this many sentences: beyond it, grouping is chaining. */
const MAX_CLAIM_SIZE = 60;

export interface ClaimEvidence {
  /** Entities stated by at least two of the claim's articles. */
  sharedEntities: string[];
  sharedFigures: string[];
  sharedPredicates: string[];
  /** Mean score of the pairs that joined the claim, 0 for a single sentence. */
  score: number;
}

export interface Claim {
  id: string;
  /** The representative sentence. */
  text: string;
  language: Language;
  topics: string[];
  entities: string[];
  citations: Citation[];
  sentences: { ref: Citation & { sentence: number }; text: string }[];
  evidence: ClaimEvidence;
}

const isCountry = (id: string) => id.startsWith('country:');

/**
 * What an entity says about a claim: weapon systems and places carry the content of
 * arms-transfer statements; organizations are often only the venue or the speaker;
 * countries are in nearly every sentence.
 */
const TYPE_WEIGHT: Readonly<Record<string, number>> = { weapon: 1.5, place: 1.2, person: 1, org: 0.6, country: 0.4 };

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

function blockingKeys(sentence: ClaimSentence): string[] {
  const specific = sentence.entities.filter((id) => !isCountry(id));
  const countries = [...sentence.entities.filter(isCountry)].sort().join('+');
  return [
    ...specific.map((id) => `e:${id}`),
    ...sentence.figures.map((key) => `f:${key}`),
    ...(countries ? sentence.predicates.map((p) => `p:${p}:${countries}`) : []),
  ];
}

const refKey = (ref: Citation & { sentence: number }) => `${ref.article}#${ref.paragraph}.${ref.sentence}`;
const compareRefs = (a: Citation & { sentence: number }, b: Citation & { sentence: number }) =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : Number(a.paragraph.slice(1)) - Number(b.paragraph.slice(1)) || a.sentence - b.sentence;

/** A sentence's features as scoring reads them, computed once per sentence. */
interface Features {
  /** Entities without repeats, in the sentence's order (the order sums are taken in). */
  entities: string[];
  entitySet: Set<string>;
  /** Sum of the entities' weights, accumulated in `entities` order. */
  entityWeight: number;
  predicates: readonly string[];
  figures: readonly string[];
  termSet: Set<string>;
  /** Sentences with equal features score alike: scores are memoized by this id. */
  signature: number;
}

export function referenceGroupClaims(sentences: readonly ClaimSentence[], options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): Claim[] {
  const count = sentences.length;
  // Rarer entities say more: inverse document frequency over sentences.
  const df = new Map<string, number>();
  for (const sentence of sentences) for (const id of new Set(sentence.entities)) df.set(id, (df.get(id) ?? 0) + 1);
  const weights = new Map<string, number>();
  const weight = (id: string) => {
    let w = weights.get(id);
    if (w === undefined) {
      w = Math.log(1 + count / (df.get(id) ?? 1)) * (TYPE_WEIGHT[id.slice(0, id.indexOf(':'))] ?? 1);
      weights.set(id, w);
    }
    return w;
  };

  const signatures = new Map<string, number>();
  const features: Features[] = sentences.map((sentence) => {
    const entities = [...new Set(sentence.entities)];
    let entityWeight = 0;
    for (const id of entities) entityWeight += weight(id);
    const key = JSON.stringify([entities, sentence.predicates, sentence.figures, sentence.terms]);
    let signature = signatures.get(key);
    if (signature === undefined) {
      signature = signatures.size;
      signatures.set(key, signature);
    }
    return { entities, entitySet: new Set(entities), entityWeight, predicates: sentence.predicates, figures: sentence.figures, termSet: new Set(sentence.terms), signature };
  });

  // The score: a weighted overlap of the entities relative to the smaller set (a long
  // sentence that names many things still states what a short one states; plain
  // Jaccard would punish it), shared predicate class and figure, and the Jaccard
  // index of the content words. Sums run in the sentences' entity order.
  const computeScore = (a: Features, b: Features): number => {
    const { weights: w } = options;
    let shared = 0;
    for (const id of a.entities) if (b.entitySet.has(id)) shared += weight(id);
    const smaller = Math.min(a.entityWeight, b.entityWeight);
    let sharedTerms = 0;
    for (const term of a.termSet) if (b.termSet.has(term)) sharedTerms++;
    const union = a.termSet.size + b.termSet.size - sharedTerms;
    return (
      w.entities * (smaller === 0 ? 0 : shared / smaller) +
      w.predicate * (intersects(a.predicates, b.predicates) ? 1 : 0) +
      w.figure * (intersects(a.figures, b.figures) ? 1 : 0) +
      w.terms * (union === 0 ? 0 : sharedTerms / union)
    );
  };
  // Corpora repeat sentences (wire copies, syndication): a pair of feature signatures
  // is scored once (one small map per signature keeps the keys small integers).
  const memo: (Map<number, number> | undefined)[] = [];
  const score = (a: Features, b: Features): number => {
    let row = memo[a.signature];
    if (!row) memo[a.signature] = row = new Map();
    let s = row.get(b.signature);
    if (s === undefined) {
      s = computeScore(a, b);
      row.set(b.signature, s);
    }
    return s;
  };

  // Candidate pairs from blocking keys, across articles only.
  const blocks = new Map<string, number[]>();
  sentences.forEach((sentence, index) => {
    for (const key of blockingKeys(sentence)) {
      const list = blocks.get(key);
      if (list) list.push(index);
      else blocks.set(key, [index]);
    }
  });
  // The blocks that suggest pairs, numbered; each sentence knows its blocks in
  // ascending number. A pair is scored in the first block the two share, so no set of
  // seen pairs is kept (millions of entries at a few thousand articles).
  const usable: number[][] = [];
  const blocksOf: number[][] = sentences.map(() => []);
  for (const list of blocks.values()) {
    if (list.length < 2 || list.length > MAX_BLOCK) continue;
    // A sentence that gives a key twice is in its block twice; it pairs once.
    const distinct = list.filter((index, at) => at === 0 || list[at - 1] !== index);
    for (const index of distinct) (blocksOf[index] as number[]).push(usable.length);
    usable.push(distinct);
  }
  const firstSharedBlock = (i: number, j: number): number => {
    const a = blocksOf[i] as number[];
    const b = blocksOf[j] as number[];
    for (let x = 0, y = 0; x < a.length && y < b.length; ) {
      const u = a[x] as number;
      const v = b[y] as number;
      if (u === v) return u;
      if (u < v) x++;
      else y++;
    }
    return -1;
  };
  // Articles as numbers, so the same-article test is an integer comparison.
  const articleNumbers = new Map<string, number>();
  const articleOf = Int32Array.from(sentences, (sentence) => {
    let n = articleNumbers.get(sentence.ref.article);
    if (n === undefined) articleNumbers.set(sentence.ref.article, (n = articleNumbers.size));
    return n;
  });
  /** The score of a candidate pair (0 for a pair no block suggests, or of one article). */
  const pair = (i: number, j: number): number => {
    const low = i < j ? i : j;
    const high = i < j ? j : i;
    if (articleOf[low] === articleOf[high] || firstSharedBlock(low, high) < 0) return 0;
    return score(features[low] as Features, features[high] as Features);
  };

  // Edges: candidate pairs at or above the threshold, grouped by score. Pair keys are
  // numbers (low * count + high), so ascending keys are ascending (low, high).
  const edgesByScore = new Map<number, number[]>();
  usable.forEach((list, block) => {
    for (let x = 0; x < list.length; x++) {
      const i = list[x] as number;
      const article = articleOf[i];
      const fi = features[i] as Features;
      // A sentence in one block only shares no earlier block with anyone.
      const single = (blocksOf[i] as number[]).length === 1;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y] as number;
        if (articleOf[j] === article || (!single && firstSharedBlock(i, j) !== block)) continue;
        const s = score(fi, features[j] as Features);
        if (s < options.threshold) continue;
        const group = edgesByScore.get(s);
        if (group) group.push(i * count + j);
        else edgesByScore.set(s, [i * count + j]);
      }
    }
  });

  // Average-link merging, strongest pairs first (then by sentence order): a sentence
  // joins a claim only when it is, on average, close to all of it (missing pairs count
  // as 0), so one similar pair cannot chain two different claims together.
  const clusterOf = sentences.map((_, index) => index);
  const members = new Map<number, number[]>(sentences.map((_, index) => [index, [index]]));
  const joinScores = new Map<number, number[]>();
  // A cluster's version changes when it grows; a pair of clusters refused at given
  // versions is refused again without summing their pairs anew.
  const version = new Int32Array(count);
  const refused = new Map<number, number>();
  const scores = Float64Array.from(edgesByScore.keys()).sort().reverse();
  for (const edgeScore of scores) {
    const keys = Float64Array.from(edgesByScore.get(edgeScore) as number[]).sort();
    for (const key of keys) {
      const a = clusterOf[Math.floor(key / count)] as number;
      const b = clusterOf[key % count] as number;
      if (a === b) continue;
      const left = members.get(a) ?? [];
      const right = members.get(b) ?? [];
      if (left.length + right.length > MAX_CLAIM_SIZE) continue;
      const clusters = a * count + b;
      const versions = (version[a] as number) * (count + 1) + (version[b] as number);
      if (refused.get(clusters) === versions) continue;
      let total = 0;
      for (const i of left) for (const j of right) total += pair(i, j);
      if (total / (left.length * right.length) < options.threshold * AVERAGE_LINK) {
        refused.set(clusters, versions);
        continue;
      }
      const merged = [...left, ...right];
      for (const index of right) clusterOf[index] = a;
      members.set(a, merged);
      members.delete(b);
      version[a] = (version[a] as number) + 1;
      joinScores.set(a, [...(joinScores.get(a) ?? []), ...(joinScores.get(b) ?? []), edgeScore]);
    }
  }

  const claims: Claim[] = [];
  for (const [root, indexes] of members) {
    const group = indexes.map((index) => sentences[index] as ClaimSentence).sort((a, b) => compareRefs(a.ref, b.ref));
    // A lone sentence is a claim only when it states something: an entity beyond countries, a figure or a predicate.
    if (group.length === 1) {
      const only = group[0] as ClaimSentence;
      if (!only.entities.some((id) => !isCountry(id)) && only.figures.length === 0 && only.predicates.length === 0) continue;
    }
    const representative =
      [...indexes]
        .map((i) => ({ i, total: indexes.reduce((sum, j) => sum + (i === j ? 0 : pair(i, j)), 0) }))
        .sort((x, y) => y.total - x.total || compareRefs((sentences[x.i] as ClaimSentence).ref, (sentences[y.i] as ClaimSentence).ref))[0]?.i ?? root;
    const rep = sentences[representative] as ClaimSentence;
    const byArticle = (values: (s: ClaimSentence) => readonly string[]) => {
      const seen = new Map<string, Set<string>>();
      for (const sentence of group) for (const value of values(sentence)) seen.set(value, (seen.get(value) ?? new Set()).add(sentence.ref.article));
      return [...seen].filter(([, articles]) => articles.size > 1).map(([value]) => value).sort();
    };
    const citations = [...new Map(group.map((s) => [`${s.ref.article}#${s.ref.paragraph}`, { article: s.ref.article, paragraph: s.ref.paragraph }])).values()];
    const scores = joinScores.get(root) ?? [];
    claims.push({
      id: `claim-${createHash('sha256').update(group.map((s) => refKey(s.ref)).join('|')).digest('hex').slice(0, 10)}`,
      text: rep.text,
      language: rep.language,
      topics: [...new Set(group.flatMap((s) => s.topics))].sort(),
      entities: [...new Set(group.flatMap((s) => s.entities))].sort(),
      citations,
      sentences: group.map((s) => ({ ref: s.ref, text: s.text })),
      evidence: {
        sharedEntities: byArticle((s) => s.entities),
        sharedFigures: byArticle((s) => s.figures),
        sharedPredicates: byArticle((s) => s.predicates),
        score: scores.length === 0 ? 0 : Math.round((scores.reduce((x, y) => x + y, 0) / scores.length) * 1000) / 1000,
      },
    });
  }
  return claims.sort((a, b) => compareRefs(a.sentences[0]!.ref, b.sentences[0]!.ref));
}
