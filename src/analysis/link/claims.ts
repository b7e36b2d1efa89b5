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
 * Weighted overlap of two entity sets, relative to the smaller: a long sentence that
 * names many things still states what a short one states. Plain Jaccard would punish it.
 */
function weightedOverlap(a: readonly string[], b: readonly string[], weight: (id: string) => number): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  let sumA = 0;
  let sumB = 0;
  for (const id of setA) {
    const w = weight(id);
    sumA += w;
    if (setB.has(id)) shared += w;
  }
  for (const id of setB) sumB += weight(id);
  const smaller = Math.min(sumA, sumB);
  return smaller === 0 ? 0 : shared / smaller;
}

/**
 * What an entity says about a claim: weapon systems and places carry the content of
 * arms-transfer statements; organizations are often only the venue or the speaker;
 * countries are in nearly every sentence.
 */
const TYPE_WEIGHT: Readonly<Record<string, number>> = { weapon: 1.5, place: 1.2, person: 1, org: 0.6, country: 0.4 };

function jaccard(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const x of setA) if (setB.has(x)) shared++;
  const union = setA.size + setB.size - shared;
  return union === 0 ? 0 : shared / union;
}

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

export function groupClaims(sentences: readonly ClaimSentence[], options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): Claim[] {
  const count = sentences.length;
  // Rarer entities say more: inverse document frequency over sentences.
  const df = new Map<string, number>();
  for (const sentence of sentences) for (const id of new Set(sentence.entities)) df.set(id, (df.get(id) ?? 0) + 1);
  const weight = (id: string) => Math.log(1 + count / (df.get(id) ?? 1)) * (TYPE_WEIGHT[id.slice(0, id.indexOf(':'))] ?? 1);

  const score = (a: ClaimSentence, b: ClaimSentence): number => {
    const { weights } = options;
    return (
      weights.entities * weightedOverlap(a.entities, b.entities, weight) +
      weights.predicate * (intersects(a.predicates, b.predicates) ? 1 : 0) +
      weights.figure * (intersects(a.figures, b.figures) ? 1 : 0) +
      weights.terms * jaccard(a.terms, b.terms)
    );
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
  const pairScores = new Map<string, number>();
  const edges: { i: number; j: number; score: number }[] = [];
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x] as number;
        const j = members[y] as number;
        const a = sentences[i] as ClaimSentence;
        const b = sentences[j] as ClaimSentence;
        if (a.ref.article === b.ref.article) continue;
        const key = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (pairScores.has(key)) continue;
        const s = score(a, b);
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
  const pair = (i: number, j: number) => pairScores.get(i < j ? `${i}:${j}` : `${j}:${i}`) ?? 0;
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
