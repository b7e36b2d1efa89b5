// The cross-source layer over the extracted model: claims (what several sources
// state), their independent origins, and figures that disagree. What makes the
// site a briefing rather than a list of articles.
import type { OrgIndex } from '../extract/org-index.ts';
import type { Briefing } from '../model.ts';
import type { Citation, Figure } from '../types.ts';
import { claimTerms, predicateClasses } from './claim-features.ts';
import { DEFAULT_CLAIM_OPTIONS, groupClaims, type Claim, type ClaimOptions, type ClaimSentence } from './claims.ts';
import { findConflicts, type Conflict } from './conflicts.ts';
import { originOf, resolveOrigins, type ArticleOrigins, type MediaName, type Origin } from './origins.ts';

export interface LinkedClaim extends Claim {
  /** Distinct articles citing the claim. */
  sources: number;
  /** Independent origins behind those articles (syndicated copies and shared originals count once). */
  origins: Origin[];
}

export interface Linked {
  claims: LinkedClaim[];
  conflicts: Conflict[];
  origins: Map<string, ArticleOrigins>;
  /** Claims by the paragraph they cite, for the notes beside a source's paragraphs. */
  claimsByParagraph: Map<string, LinkedClaim[]>;
  /** Conflicts by the paragraph one of their values cites. */
  conflictsByParagraph: Map<string, Conflict[]>;
}

const paragraphKey = (citation: Citation) => `${citation.article}#${citation.paragraph}`;

export function mediaNames(organizations: OrgIndex): MediaName[] {
  return [...organizations.records.values()]
    .filter((record) => record.kind === 'media')
    .map((record) => ({ name: record.names.en, forms: [...new Set([record.names.en, record.names.id, ...record.aliases, record.names.en.replace(/^The\s+/, '')])] }));
}

export function linkBriefing(briefing: Briefing, organizations: OrgIndex, options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): Linked {
  // Sentences numbered in article order; a reference to one is looked up by article and
  // paragraph, then its index (a reference to no sentence finds none).
  const paragraphsOf = new Map<string, Map<string, { first: number; count: number }>>();
  let sentenceCount = 0;
  for (const article of briefing.articles) {
    const paragraphs = paragraphsOf.get(article.id) ?? new Map<string, { first: number; count: number }>();
    paragraphsOf.set(article.id, paragraphs);
    for (const paragraph of article.paragraphs) {
      paragraphs.set(paragraph.anchor, { first: sentenceCount, count: paragraph.sentences.length });
      sentenceCount += paragraph.sentences.length;
    }
  }
  // References come grouped by article: the last article's paragraphs are kept at hand.
  let lastArticle: string | undefined;
  let lastParagraphs: Map<string, { first: number; count: number }> | undefined;
  const sentenceNumber = (ref: { article: string; paragraph: string; sentence: number }): number => {
    if (ref.article !== lastArticle) {
      lastArticle = ref.article;
      lastParagraphs = paragraphsOf.get(ref.article);
    }
    const paragraph = lastParagraphs?.get(ref.paragraph);
    return paragraph !== undefined && Number.isInteger(ref.sentence) && ref.sentence >= 0 && ref.sentence < paragraph.count ? paragraph.first + ref.sentence : -1;
  };

  // What each sentence mentions and states, from the extractors' results. Entities are
  // taken in id order, so each sentence's list is sorted and without repeats as taken.
  const entitiesOf: (string[] | undefined)[] = [];
  const entitiesById = [...briefing.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entity of entitiesById) {
    for (const mention of entity.mentions) {
      const n = sentenceNumber(mention);
      if (n < 0) continue;
      const list = entitiesOf[n];
      if (list === undefined) entitiesOf[n] = [entity.id];
      else if (list[list.length - 1] !== entity.id) list.push(entity.id);
    }
  }
  const figuresOf: (Figure[] | undefined)[] = [];
  for (const figure of briefing.figures) {
    const n = sentenceNumber(figure.ref);
    if (n < 0) continue;
    const list = figuresOf[n];
    if (list) list.push(figure);
    else figuresOf[n] = [figure];
  }
  const eventDateOf: (string | undefined)[] = [];
  for (const event of briefing.events) {
    const n = sentenceNumber(event.ref);
    if (n >= 0 && eventDateOf[n] === undefined) eventDateOf[n] = event.date;
  }

  // Copies and syndicated text repeat sentences: their words are read once per text.
  const featuresOfText = new Map<string, { predicates: string[]; terms: string[] }>();
  const textFeatures = (text: string) => {
    let known = featuresOfText.get(text);
    if (!known) {
      known = { predicates: predicateClasses(text), terms: claimTerms(text) };
      featuresOfText.set(text, known);
    }
    return known;
  };
  const sentences: ClaimSentence[] = [];
  for (const article of briefing.articles) {
    const topics = briefing.articleTopics.get(article.id)?.paragraphs;
    for (const paragraph of article.paragraphs) {
      paragraph.sentences.forEach((sentence, index) => {
        const ref = { article: article.id, paragraph: paragraph.anchor, sentence: index };
        const n = sentences.length;
        const features = textFeatures(sentence.text);
        sentences.push({
          ref,
          text: sentence.text,
          language: article.language,
          entities: [...(entitiesOf[n] ?? [])],
          figures: (figuresOf[n] ?? []).filter((f) => f.unit !== 'count').map((f) => `${f.unit}:${f.value}`),
          predicates: features.predicates,
          terms: features.terms,
          topics: topics?.get(paragraph.anchor) ?? [],
        });
      });
    }
  }

  const origins = resolveOrigins(briefing.articles, mediaNames(organizations));
  const claims: LinkedClaim[] = groupClaims(sentences, options).map((claim) => {
    const byKey = new Map(claim.citations.map((citation) => {
      const origin = originOf(origins, citation);
      return [origin.key, origin] as const;
    }));
    return { ...claim, sources: new Set(claim.citations.map((c) => c.article)).size, origins: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1)) };
  });

  const published = new Map(briefing.articles.map((article) => [article.id, article.published]));
  const conflicts = findConflicts(briefing.figures, (figure) => {
    const n = sentenceNumber(figure.ref);
    return {
      entities: [...(entitiesOf[n] ?? [])],
      predicates: sentences[n]?.predicates ?? [],
      date: eventDateOf[n] ?? published.get(figure.ref.article) ?? null,
    };
  });

  const claimsByParagraph = new Map<string, LinkedClaim[]>();
  for (const claim of claims) {
    if (claim.sources < 2) continue;
    for (const citation of claim.citations) {
      const list = claimsByParagraph.get(paragraphKey(citation));
      if (list) list.push(claim);
      else claimsByParagraph.set(paragraphKey(citation), [claim]);
    }
  }
  const conflictsByParagraph = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    for (const value of conflict.values) {
      const key = paragraphKey(value.citation);
      const list = conflictsByParagraph.get(key) ?? [];
      if (!list.includes(conflict)) list.push(conflict);
      conflictsByParagraph.set(key, list);
    }
  }
  return { claims, conflicts, origins, claimsByParagraph, conflictsByParagraph };
}
