// Claims: sentences from different articles that state the same thing, grouped into
// one claim across wording and across Indonesian and English. Two sentences are
// compared only when they share a blocking key (a specific entity, a figure, or a
// predicate with its countries), never all pairs. Their score mixes shared entities
// (weighted by rarity), a shared predicate class, an agreeing figure and shared
// words; every claim keeps that evidence, so the grouping can be explained.
import { hash } from 'node:crypto';
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

/** Interns strings as small integers, so features compare as numbers. */
function interner(): (value: string) => number {
  const ids = new Map<string, number>();
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  };
}

/**
 * Lists of integers, one per sentence, in one array: list `i` is
 * `values[offsets[i]]` up to `values[offsets[i + 1]]`.
 */
interface Lists {
  offsets: Int32Array;
  values: Int32Array;
}

function packLists(lists: readonly (readonly number[])[]): Lists {
  const offsets = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, index) => {
    total += list.length;
    offsets[index + 1] = total;
  });
  const values = new Int32Array(total);
  lists.forEach((list, index) => values.set(list, offsets[index] as number));
  return { offsets, values };
}

/** Whether lists `i` and `j` share a value (lists of a few items). */
function listsIntersect(lists: Lists, i: number, j: number): boolean {
  const { offsets, values } = lists;
  const bStart = offsets[j] as number;
  const bEnd = offsets[j + 1] as number;
  for (let x = offsets[i] as number, xEnd = offsets[i + 1] as number; x < xEnd; x++) {
    const value = values[x];
    for (let y = bStart; y < bEnd; y++) if (values[y] === value) return true;
  }
  return false;
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

  // What scoring reads of a sentence, as numbers: its entities without repeats, in its
  // order (the order sums are taken in), with their weights and their sum; its
  // predicates and figures; its content words without repeats, ascending. Corpora
  // repeat sentences (wire copies, syndication): sentences with equal features are one
  // kind, and scores are taken between kinds.
  const entityId = interner();
  const predicateId = interner();
  const figureId = interner();
  const termId = interner();
  const kinds = new Map<string, number>();
  const kindOf = new Int32Array(count);
  const entityLists: number[][] = [];
  const entityWeights: number[] = [];
  const entityWeightSums: number[] = [];
  const predicateLists: number[][] = [];
  const figureLists: number[][] = [];
  const termLists: number[][] = [];
  // Sentences of one text share their lists of predicates and terms (the caller reads a
  // text's words once): a list is turned into numbers once.
  const numbered = <T>(compute: (list: readonly string[]) => T) => {
    const known = new Map<readonly string[], T>();
    return (list: readonly string[]): T => {
      let value = known.get(list);
      if (value === undefined) known.set(list, (value = compute(list)));
      return value;
    };
  };
  // Equal lists get one number, which stands for the list in a kind's key.
  const predicateListId = interner();
  const termListId = interner();
  const predicateIdsOf = numbered((list) => {
    const ids = list.map(predicateId);
    return { ids, key: predicateListId(ids.join(',')) };
  });
  const termIdsOf = numbered((list) => {
    const ids = [...new Set(list)].map(termId).sort((a, b) => a - b);
    return { ids, key: termListId(ids.join(',')) };
  });
  /** Whether a sentence names an entity twice (its blocking keys then repeat it). */
  const repeatsEntity: boolean[] = [];
  sentences.forEach((sentence, index) => {
    const entities = [...new Set(sentence.entities)];
    repeatsEntity[index] = entities.length !== sentence.entities.length;
    const ids = entities.map(entityId);
    const { ids: predicateIds, key: predicateKey } = predicateIdsOf(sentence.predicates);
    const figureIds = sentence.figures.map(figureId);
    const { ids: termIds, key: termKey } = termIdsOf(sentence.terms);
    const key = `${ids.join(',')};${predicateKey};${figureIds.join(',')};${termKey}`;
    let kind = kinds.get(key);
    if (kind === undefined) {
      kind = kinds.size;
      kinds.set(key, kind);
      let entityWeight = 0;
      for (const id of entities) {
        const w = weight(id);
        entityWeight += w;
        entityWeights.push(w);
      }
      entityLists.push(ids);
      entityWeightSums.push(entityWeight);
      predicateLists.push(predicateIds);
      figureLists.push(figureIds);
      termLists.push(termIds);
    }
    kindOf[index] = kind;
  });
  const entityIds = packLists(entityLists);
  const entityWeightOf = Float64Array.from(entityWeights);
  const entityWeightSum = Float64Array.from(entityWeightSums);
  const predicates = packLists(predicateLists);
  const figures = packLists(figureLists);
  const terms = packLists(termLists);

  // The score of kind `a` against kind `b`: a weighted overlap of the entities relative
  // to the smaller set (a long sentence that names many things still states what a
  // short one states; plain Jaccard would punish it), shared predicate class and
  // figure, and the Jaccard index of the content words. Sums run in `a`'s entity order.
  const { weights: w } = options;
  const score = (a: number, b: number): number => {
    const { offsets: eo, values: ev } = entityIds;
    const bStart = eo[b] as number;
    const bEnd = eo[b + 1] as number;
    let shared = 0;
    for (let x = eo[a] as number, xEnd = eo[a + 1] as number; x < xEnd; x++) {
      const id = ev[x];
      for (let y = bStart; y < bEnd; y++) {
        if (ev[y] === id) {
          shared += entityWeightOf[x] as number;
          break;
        }
      }
    }
    const smaller = Math.min(entityWeightSum[a] as number, entityWeightSum[b] as number);
    const { offsets: to, values: tv } = terms;
    let x = to[a] as number;
    const xEnd = to[a + 1] as number;
    let y = to[b] as number;
    const yEnd = to[b + 1] as number;
    const sizes = xEnd - x + (yEnd - y);
    let sharedTerms = 0;
    while (x < xEnd && y < yEnd) {
      const u = tv[x] as number;
      const v = tv[y] as number;
      if (u === v) {
        sharedTerms++;
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
    const union = sizes - sharedTerms;
    return (
      w.entities * (smaller === 0 ? 0 : shared / smaller) +
      w.predicate * (listsIntersect(predicates, a, b) ? 1 : 0) +
      w.figure * (listsIntersect(figures, a, b) ? 1 : 0) +
      w.terms * (union === 0 ? 0 : sharedTerms / union)
    );
  };

  // Candidate pairs from blocking keys, across articles only. Keys are numbered in the
  // order they first occur. A sentence's keys depend on its entities, figures and
  // predicates, so sentences of one kind have the same keys unless one names an entity
  // twice: they are worked out once per kind.
  const blockNumbers = new Map<string, number>();
  const blocks: number[][] = [];
  const keysOfKind: (number[] | undefined)[] = [];
  const blockNumbersOf = (sentence: ClaimSentence): number[] =>
    blockingKeys(sentence).map((key) => {
      let number = blockNumbers.get(key);
      if (number === undefined) {
        number = blockNumbers.size;
        blockNumbers.set(key, number);
        blocks.push([]);
      }
      return number;
    });
  sentences.forEach((sentence, index) => {
    let keys: number[];
    if (repeatsEntity[index]) keys = blockNumbersOf(sentence);
    else {
      const kind = kindOf[index] as number;
      keys = keysOfKind[kind] ??= blockNumbersOf(sentence);
    }
    for (const key of keys) (blocks[key] as number[]).push(index);
  });
  // The blocks that suggest pairs, numbered, each an ascending list of sentences; each
  // sentence knows its blocks in ascending number and its place in each.
  const usable: number[][] = [];
  const blockOffsets = new Int32Array(count + 1);
  for (const list of blocks) {
    if (list.length < 2 || list.length > MAX_BLOCK) continue;
    // A sentence that gives a key twice is in its block twice; it pairs once.
    const distinct = list.filter((index, at) => at === 0 || list[at - 1] !== index);
    for (const index of distinct) blockOffsets[index + 1] = (blockOffsets[index + 1] as number) + 1;
    usable.push(distinct);
  }
  for (let index = 0; index < count; index++) blockOffsets[index + 1] = (blockOffsets[index + 1] as number) + (blockOffsets[index] as number);
  const blockValues = new Int32Array(blockOffsets[count] as number);
  const blockPlaces = new Int32Array(blockOffsets[count] as number);
  const nextAt = blockOffsets.slice(0, count);
  usable.forEach((list, block) => {
    list.forEach((index, place) => {
      const at = nextAt[index] as number;
      nextAt[index] = at + 1;
      blockValues[at] = block;
      blockPlaces[at] = place;
    });
  });
  // The blocks' members in one array: block `b`'s run from `blockMembers[memberOffsets[b]]`.
  const { offsets: memberOffsets, values: blockMembers } = packLists(usable);
  const sharesBlock = (i: number, j: number): boolean => {
    let x = blockOffsets[i] as number;
    const xEnd = blockOffsets[i + 1] as number;
    let y = blockOffsets[j] as number;
    const yEnd = blockOffsets[j + 1] as number;
    while (x < xEnd && y < yEnd) {
      const u = blockValues[x] as number;
      const v = blockValues[y] as number;
      if (u === v) return true;
      if (u < v) x++;
      else y++;
    }
    return false;
  };
  // Articles as numbers, so the same-article test is an integer comparison.
  const articleNumbers = new Map<string, number>();
  const articleOf = Int32Array.from(sentences, (sentence) => {
    let n = articleNumbers.get(sentence.ref.article);
    if (n === undefined) articleNumbers.set(sentence.ref.article, (n = articleNumbers.size));
    return n;
  });

  // Scores against one sentence's kind, remembered while the pairs of sentences of that
  // kind are taken (a sentence's copies are mostly of one kind): `asLow` holds
  // score(kind, other), `asHigh` score(other, kind). A pair is scored from its lower
  // sentence to its higher one.
  const kindCount = kinds.size;
  const asLowStamp = new Int32Array(kindCount);
  const asLowScore = new Float64Array(kindCount);
  /** The edge group of `asLowScore` (-1 below the threshold), as the edges are taken. */
  const asLowGroup = new Int32Array(kindCount);
  const asHighStamp = new Int32Array(kindCount);
  const asHighScore = new Float64Array(kindCount);
  let rowKind = -1;
  let stamp = 0;
  const beginRow = (i: number): void => {
    const kind = kindOf[i] as number;
    if (kind === rowKind) return;
    rowKind = kind;
    if (++stamp === 0x3fffffff) {
      asLowStamp.fill(0);
      asHighStamp.fill(0);
      stamp = 1;
    }
  };
  /** score(row, kind of `j`), for `j` after the row's sentence. */
  const scoreAfter = (j: number): number => {
    const kind = kindOf[j] as number;
    if (asLowStamp[kind] === stamp) return asLowScore[kind] as number;
    const s = score(rowKind, kind);
    asLowStamp[kind] = stamp;
    asLowScore[kind] = s;
    return s;
  };
  /** score(kind of `j`, row), for `j` before the row's sentence. */
  const scoreBefore = (j: number): number => {
    const kind = kindOf[j] as number;
    if (asHighStamp[kind] === stamp) return asHighScore[kind] as number;
    const s = score(kind, rowKind);
    asHighStamp[kind] = stamp;
    asHighScore[kind] = s;
    return s;
  };
  /** The score of a candidate pair (0 for a pair no block suggests, or of one article), after `beginRow(i)`. */
  const pair = (i: number, j: number): number => {
    if (articleOf[i] === articleOf[j]) return 0;
    if (i < j) return sharesBlock(i, j) ? scoreAfter(j) : 0;
    return sharesBlock(j, i) ? scoreBefore(j) : 0;
  };

  // Edges: candidate pairs at or above the threshold, with their score. Each sentence
  // pairs with the later sentences of its blocks, each once (`seen`). Pair keys are
  // numbers (low * count + high), so ascending keys are ascending (low, high).
  const groupOfScore = new Map<number, number>();
  const groupScores: number[] = [];
  // The edges' keys and groups, in typed arrays grown by doubling.
  let edgeKeys = new Float64Array(1 << 16);
  let edgeGroups = new Int32Array(1 << 16);
  let edges = 0;
  const threshold = options.threshold;
  const seen = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const article = articleOf[i];
    beginRow(i);
    const rowStart = edges;
    for (let b = blockOffsets[i] as number, bEnd = blockOffsets[i + 1] as number; b < bEnd; b++) {
      const block = blockValues[b] as number;
      for (let y = (memberOffsets[block] as number) + (blockPlaces[b] as number) + 1, yEnd = memberOffsets[block + 1] as number; y < yEnd; y++) {
        const j = blockMembers[y] as number;
        if (seen[j] === i) continue;
        seen[j] = i;
        if (articleOf[j] === article) continue;
        // scoreAfter(j), with the edge group of its score remembered beside it.
        const kind = kindOf[j] as number;
        let group: number;
        if (asLowStamp[kind] === stamp) group = asLowGroup[kind] as number;
        else {
          const s = score(rowKind, kind);
          asLowStamp[kind] = stamp;
          asLowScore[kind] = s;
          group = -1;
          if (s >= threshold) {
            group = groupOfScore.get(s) ?? -1;
            if (group < 0) {
              group = groupScores.length;
              groupOfScore.set(s, group);
              groupScores.push(s);
            }
          }
          asLowGroup[kind] = group;
        }
        if (group < 0) continue;
        if (edges === edgeKeys.length) {
          const keys = new Float64Array(edges * 2);
          keys.set(edgeKeys);
          edgeKeys = keys;
          const groups = new Int32Array(edges * 2);
          groups.set(edgeGroups);
          edgeGroups = groups;
        }
        edgeKeys[edges++] = i * count + j;
      }
    }
    // The row's edges in key order, so each score's edges come out in key order below;
    // their groups are the row's remembered ones.
    if (edges - rowStart > 1) edgeKeys.subarray(rowStart, edges).sort();
    for (let e = rowStart; e < edges; e++) edgeGroups[e] = asLowGroup[kindOf[(edgeKeys[e] as number) - i * count] as number] as number;
  }
  // Strongest first, then by pair key: edges placed by score, in key order (rows are
  // taken in order, and each row's edges were sorted).
  const byScore = groupScores.map((_, group) => group).sort((x, y) => (groupScores[y] as number) - (groupScores[x] as number));
  const rankOf = new Int32Array(byScore.length);
  byScore.forEach((group, rank) => (rankOf[group] = rank));
  const rankStart = new Int32Array(byScore.length + 1);
  for (let e = 0; e < edges; e++) {
    const next = (rankOf[edgeGroups[e] as number] as number) + 1;
    rankStart[next] = (rankStart[next] as number) + 1;
  }
  for (let rank = 0; rank < byScore.length; rank++) rankStart[rank + 1] = (rankStart[rank + 1] as number) + (rankStart[rank] as number);
  const sortedKeys = new Float64Array(edges);
  const fill = rankStart.slice(0, byScore.length);
  for (let e = 0; e < edges; e++) {
    const rank = rankOf[edgeGroups[e] as number] as number;
    sortedKeys[(fill[rank] as number)++] = edgeKeys[e] as number;
  }

  // Average-link merging, strongest pairs first (then by sentence order): a sentence
  // joins a claim only when it is, on average, close to all of it (missing pairs count
  // as 0), so one similar pair cannot chain two different claims together.
  const clusterOf = Int32Array.from(sentences, (_, index) => index);
  const members: (number[] | undefined)[] = sentences.map((_, index) => [index]);
  const joinScores: (number[] | undefined)[] = [];
  // A cluster's version changes when it grows; a pair of clusters refused at given
  // versions is refused again without summing their pairs anew.
  const version = new Int32Array(count);
  const sizeOf = new Int32Array(count).fill(1);
  const refused = new Map<number, number>();
  for (let rank = 0; rank < byScore.length; rank++) {
    const edgeScore = groupScores[byScore[rank] as number] as number;
    for (let e = rankStart[rank] as number, eEnd = rankStart[rank + 1] as number; e < eEnd; e++) {
      const key = sortedKeys[e] as number;
      const low = Math.floor(key / count);
      const a = clusterOf[low] as number;
      const b = clusterOf[key - low * count] as number;
      if (a === b || (sizeOf[a] as number) + (sizeOf[b] as number) > MAX_CLAIM_SIZE) continue;
      const left = members[a] as number[];
      const right = members[b] as number[];
      const clusters = a * count + b;
      const versions = (version[a] as number) * (count + 1) + (version[b] as number);
      if (refused.get(clusters) === versions) continue;
      let total = 0;
      for (const i of left) {
        beginRow(i);
        for (const j of right) total += pair(i, j);
      }
      if (total / (left.length * right.length) < options.threshold * AVERAGE_LINK) {
        refused.set(clusters, versions);
        continue;
      }
      const merged = [...left, ...right];
      for (const index of right) clusterOf[index] = a;
      members[a] = merged;
      members[b] = undefined;
      sizeOf[a] = merged.length;
      version[a] = (version[a] as number) + 1;
      joinScores[a] = [...(joinScores[a] ?? []), ...(joinScores[b] ?? []), edgeScore];
    }
  }

  // Sentences given in reference order (as the linking step gives them) compare by
  // their index; others by their references.
  let inOrder = true;
  for (let i = 1; i < count && inOrder; i++) if (compareRefs((sentences[i - 1] as ClaimSentence).ref, (sentences[i] as ClaimSentence).ref) >= 0) inOrder = false;
  const before = inOrder ? (a: number, b: number) => a - b : (a: number, b: number) => compareRefs((sentences[a] as ClaimSentence).ref, (sentences[b] as ClaimSentence).ref);

  const claims: Claim[] = [];
  /** Each claim's first sentence, for the final order. */
  const firstOf: number[] = [];
  for (let root = 0; root < count; root++) {
    const indexes = members[root];
    if (indexes === undefined) continue;
    if (indexes.length === 1) {
      // A lone sentence is a claim only when it states something: an entity beyond countries, a figure or a predicate.
      const only = sentences[root] as ClaimSentence;
      if (!only.entities.some((id) => !isCountry(id)) && only.figures.length === 0 && only.predicates.length === 0) continue;
      // It is its own representative, and shares nothing with another article.
      claims.push({
        id: `claim-${hash('sha256', refKey(only.ref), 'hex').slice(0, 10)}`,
        text: only.text,
        language: only.language,
        topics: [...new Set(only.topics)].sort(),
        entities: [...new Set(only.entities)].sort(),
        citations: [{ article: only.ref.article, paragraph: only.ref.paragraph }],
        sentences: [{ ref: only.ref, text: only.text }],
        evidence: { sharedEntities: [], sharedFigures: [], sharedPredicates: [], score: 0 },
      });
      firstOf.push(root);
      continue;
    }
    const ordered = [...indexes].sort(before);
    const group = ordered.map((index) => sentences[index] as ClaimSentence);
    const representative =
      [...indexes]
        .map((i) => {
          beginRow(i);
          return { i, total: indexes.reduce((sum, j) => sum + (i === j ? 0 : pair(i, j)), 0) };
        })
        .sort((x, y) => y.total - x.total || before(x.i, y.i))[0]?.i ?? root;
    const rep = sentences[representative] as ClaimSentence;
    const byArticle = (values: (s: ClaimSentence) => readonly string[]) => {
      const seen = new Map<string, Set<string>>();
      for (const sentence of group) for (const value of values(sentence)) seen.set(value, (seen.get(value) ?? new Set()).add(sentence.ref.article));
      return [...seen].filter(([, articles]) => articles.size > 1).map(([value]) => value).sort();
    };
    const citations = [...new Map(group.map((s) => [`${s.ref.article}#${s.ref.paragraph}`, { article: s.ref.article, paragraph: s.ref.paragraph }])).values()];
    const scores = joinScores[root] ?? [];
    claims.push({
      id: `claim-${hash('sha256', group.map((s) => refKey(s.ref)).join('|'), 'hex').slice(0, 10)}`,
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
    firstOf.push(ordered[0] as number);
  }
  return claims
    .map((_, k) => k)
    .sort((p, q) => before(firstOf[p] as number, firstOf[q] as number))
    .map((k) => claims[k] as Claim);
}
