// Claims: sentences from different articles that state the same thing, grouped into
// one claim across wording and across Indonesian and English. Two sentences are
// compared only when they share a blocking key (a specific entity, a figure, or a
// predicate with its countries), never all pairs. Their score mixes shared entities
// (weighted by rarity), a shared predicate class, an agreeing figure and shared
// words; every claim keeps that evidence, so the grouping can be explained.
import { createHash } from 'node:crypto';
import type { Citation, Language } from '../types.ts';

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

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {
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

export function groupClaims(sentences: readonly ClaimSentence[], options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): Claim[] {
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
  // Corpora repeat sentences (wire copies, syndication): a pair of feature signatures is scored once.
  const memo = new Map<number, number>();
  const signatureCount = signatures.size;
  const score = (a: Features, b: Features): number => {
    const key = a.signature * signatureCount + b.signature;
    let s = memo.get(key);
    if (s === undefined) {
      s = computeScore(a, b);
      memo.set(key, s);
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
  // Pair keys are numbers (i * count + j, i < j): far cheaper than strings at this volume.
  const pairScores = new Map<number, number>();
  const edges: { i: number; j: number; score: number }[] = [];
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let x = 0; x < members.length; x++) {
      const i = members[x] as number;
      const a = sentences[i] as ClaimSentence;
      for (let y = x + 1; y < members.length; y++) {
        const j = members[y] as number;
        const b = sentences[j] as ClaimSentence;
        if (a.ref.article === b.ref.article) continue;
        const key = i < j ? i * count + j : j * count + i;
        if (pairScores.has(key)) continue;
        const s = score(features[i] as Features, features[j] as Features);
        pairScores.set(key, s);
        if (s >= options.threshold) edges.push({ i: Math.min(i, j), j: Math.max(i, j), score: s });
      }
    }
  }

  // Average-link merging, strongest pairs first: a sentence joins a claim only when
  // it is, on average, close to all of it (missing pairs count as 0), so one
  // similar pair cannot chain two different claims together.
  edges.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const clusterOf = sentences.map((_, index) => index);
  const members = new Map<number, number[]>(sentences.map((_, index) => [index, [index]]));
  const joinScores = new Map<number, number[]>();
  const pair = (i: number, j: number) => pairScores.get(i < j ? i * count + j : j * count + i) ?? 0;
  for (const edge of edges) {
    const a = clusterOf[edge.i] as number;
    const b = clusterOf[edge.j] as number;
    if (a === b) continue;
    const left = members.get(a) ?? [];
    const right = members.get(b) ?? [];
    if (left.length + right.length > MAX_CLAIM_SIZE) continue;
    let total = 0;
    for (const i of left) for (const j of right) total += pair(i, j);
    if (total / (left.length * right.length) < options.threshold * AVERAGE_LINK) continue;
    const merged = [...left, ...right];
    for (const index of right) clusterOf[index] = a;
    members.set(a, merged);
    members.delete(b);
    joinScores.set(a, [...(joinScores.get(a) ?? []), ...(joinScores.get(b) ?? []), edge.score]);
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
