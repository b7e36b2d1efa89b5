// What the pages show, computed once per build from the model: key findings,
// the coverage matrix, the dates covered. Pure functions, tested without Astro.
import type { LinkedClaim } from '../analysis/link/index.ts';
import type { Briefing } from '../analysis/model.ts';
import type { AnalysisArticle, Citation, DatePrecision } from '../analysis/types.ts';
import { OTHER_TOPIC } from '../analysis/extract/topics.ts';
import { briefingFacets } from './source-facets.ts';

/** A short name for a source: its outlet, else the original it credits, else its title, shortened. */
export function sourceLabel(article: Pick<AnalysisArticle, 'outlet' | 'originalSource' | 'title'>): string {
  const name = article.outlet ?? article.originalSource ?? article.title;
  return name.length > 40 ? `${name.slice(0, 39).trimEnd()}…` : name;
}

/** How many claims the home page leads with. */
export const KEY_FINDINGS = 8;

/** Claims stated by the most independent origins, then by the most sources. */
export function keyFindings(claims: readonly LinkedClaim[], limit = KEY_FINDINGS): LinkedClaim[] {
  return [...claims]
    .filter((claim) => claim.sources > 1)
    .sort((a, b) => b.origins.length - a.origins.length || b.sources - a.sources || b.citations.length - a.citations.length || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

export interface CoverageColumn {
  /** `source`: one article; `outlet`: the articles of one outlet; `rest`: all the others. */
  kind: 'source' | 'outlet' | 'rest';
  label: string;
  /** The source's title, or the outlet's name in full. */
  title: string;
  /** Below the site's base: the source, the outlet's filtered list, or the sources index. */
  href: string;
  /** Articles in the column. */
  articles: number;
}

export interface Coverage {
  columns: CoverageColumn[];
  rows: { topic: string; counts: number[] }[];
}

/** Sources shown one per column on the home page; past this, columns are outlets. */
export const COVERAGE_COLUMNS = 12;

/**
 * Paragraphs per topic per source; topics in their order, `other` last when used.
 * Past `limit` sources the columns are the outlets with the most sources (each
 * linked to its filtered source list) and one for all the rest, so the table stays
 * as wide at 4,000 articles as at 12.
 */
export function coverage(briefing: Briefing, limit = COVERAGE_COLUMNS): Coverage {
  const articles = briefing.articles;
  const ids = [...briefing.topics.map((topic) => topic.id), OTHER_TOPIC];
  const perArticle = articles.map((article) => {
    const counts = new Map<string, number>();
    for (const topics of briefing.articleTopics.get(article.id)?.paragraphs.values() ?? []) for (const topic of new Set(topics)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    return counts;
  });
  let columns: CoverageColumn[];
  let members: number[][];
  if (articles.length <= limit) {
    columns = articles.map((article) => ({ kind: 'source', label: sourceLabel(article), title: article.title, href: `sources/${article.id}/`, articles: 1 }));
    members = articles.map((_, index) => [index]);
  } else {
    const position = new Map(articles.map((article, index) => [article.id, index]));
    const outlets = (briefingFacets(briefing).get('outlet') ?? []).slice(0, Math.max(0, limit - 1));
    const shown = new Set(outlets.flatMap((outlet) => outlet.ids));
    const rest = articles.flatMap((article, index) => (shown.has(article.id) ? [] : [index]));
    columns = outlets.map((outlet) => ({ kind: 'outlet', label: sourceLabel({ outlet: outlet.value, originalSource: null, title: outlet.value }), title: outlet.value, href: `sources/outlet/${outlet.slug}/`, articles: outlet.ids.length }));
    members = outlets.map((outlet) => outlet.ids.map((id) => position.get(id) ?? -1).filter((index) => index >= 0));
    if (rest.length > 0) {
      columns.push({ kind: 'rest', label: '', title: '', href: 'sources/', articles: rest.length });
      members.push(rest);
    }
  }
  const rows = ids.map((topic) => ({ topic, counts: members.map((indexes) => indexes.reduce((sum, index) => sum + (perArticle[index]?.get(topic) ?? 0), 0)) }));
  return { columns, rows: rows.filter((row) => row.topic !== OTHER_TOPIC || row.counts.some((count) => count > 0)) };
}

export interface DatePoint {
  date: string;
  precision: Exclude<DatePrecision, 'none'>;
}

/** The oldest and newest dates the sources speak of: their events and publication dates. */
export function datesCovered(briefing: Briefing): { oldest: DatePoint; newest: DatePoint } | null {
  const points: DatePoint[] = [
    ...briefing.events.map((event) => ({ date: event.date, precision: event.precision })),
    ...briefing.articles.flatMap((article) => (article.published && article.datePrecision !== 'none' ? [{ date: article.published, precision: article.datePrecision }] : [])),
  ];
  if (points.length === 0) return null;
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { oldest: points[0] as DatePoint, newest: points[points.length - 1] as DatePoint };
}

export interface ParagraphNote {
  /** The first other sources' paragraphs that state the same claim (at most `NOTE_LINKS`). */
  corroborating: { article: string; paragraph: string; label: string }[];
  /** How many other sources' paragraphs state it in all. */
  corroboratingTotal: number;
  /** The first other paragraphs whose figures disagree with this paragraph's (at most `NOTE_LINKS`). */
  disputing: { article: string; paragraph: string; label: string }[];
  disputingTotal: number;
}

/** How many other paragraphs a note beside a paragraph links; the rest are counted. */
export const NOTE_LINKS = 6;

/** A claim's or conflict's citations, one per paragraph, with how many paragraphs each article has among them. */
interface CitationSet {
  unique: Citation[];
  perArticle: Map<string, number>;
}

const citationSets = new WeakMap<object, CitationSet>();

/** Computed once per claim or conflict per build: a claim many sources state is shared by all their pages. */
function citationSet(owner: object, citations: () => readonly Citation[]): CitationSet {
  let set = citationSets.get(owner);
  if (!set) {
    set = collectSet(citations());
    citationSets.set(owner, set);
  }
  return set;
}

/** `citations` one per paragraph, in order, with how many paragraphs each article has among them. */
function collectSet(citations: Iterable<Citation>): CitationSet {
  const seen = new Set<string>();
  const unique: Citation[] = [];
  const perArticle = new Map<string, number>();
  for (const citation of citations) {
    const key = `${citation.article}#${citation.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(citation);
    perArticle.set(citation.article, (perArticle.get(citation.article) ?? 0) + 1);
  }
  return { unique, perArticle };
}

/** Serial numbers of citation sets, to name a combination of them. */
const setSerials = new WeakMap<CitationSet, number>();
let nextSerial = 0;
/** Unions of several sets, by their serials in order: copies of a paragraph share its claims. */
const unions = new WeakMap<object, Map<string, CitationSet>>();

/** The union of `sets` in order (each paragraph once), computed once per combination per build. */
function unionSet(sets: readonly CitationSet[], scope: object): CitationSet {
  let byKey = unions.get(scope);
  if (!byKey) unions.set(scope, (byKey = new Map()));
  const key = sets
    .map((set) => {
      let serial = setSerials.get(set);
      if (serial === undefined) setSerials.set(set, (serial = nextSerial++));
      return serial;
    })
    .join(',');
  let union = byKey.get(key);
  if (!union) {
    union = collectSet(sets.flatMap((set) => set.unique));
    byKey.set(key, union);
  }
  return union;
}

/**
 * The other articles' paragraphs among `sets` (deduplicated): the first `limit` and the
 * total. It costs `limit` steps, not the size of the claims: several sets are joined
 * once per combination (`unionSet`), since every copy of a paragraph has the same ones.
 */
function otherParagraphs(sets: readonly CitationSet[], articleId: string, limit: number, scope: object): { first: Citation[]; total: number } {
  if (sets.length === 0) return { first: [], total: 0 };
  const set = sets.length === 1 ? (sets[0] as CitationSet) : unionSet(sets, scope);
  const first: Citation[] = [];
  for (const citation of set.unique) {
    if (first.length === limit) break;
    if (citation.article !== articleId) first.push(citation);
  }
  return { first, total: set.unique.length - (set.perArticle.get(articleId) ?? 0) };
}

/** Notes beside each paragraph of an article that takes part in a multi-source claim or a conflict. */
export function paragraphNotes(site: { linked: import('../analysis/link/index.ts').Linked; articles: ReadonlyMap<string, AnalysisArticle> }, articleId: string, limit = NOTE_LINKS): Map<string, ParagraphNote> {
  const labelled = (citations: Citation[]) =>
    citations.map((c) => {
      const source = site.articles.get(c.article);
      return { article: c.article, paragraph: c.paragraph, label: `${source ? sourceLabel(source) : c.article} ¶${c.paragraph.slice(1)}` };
    });
  const notes = new Map<string, ParagraphNote>();
  const article = site.articles.get(articleId);
  for (const paragraph of article?.paragraphs ?? []) {
    const key = `${articleId}#${paragraph.anchor}`;
    const claims = (site.linked.claimsByParagraph.get(key) ?? []).map((claim) => citationSet(claim, () => claim.citations));
    const conflicts = (site.linked.conflictsByParagraph.get(key) ?? [])
      .filter((conflict) => conflict.kind === 'conflict')
      .map((conflict) => citationSet(conflict, () => conflict.values.map((value) => value.citation)));
    const corroborating = otherParagraphs(claims, articleId, limit, site.linked);
    const disputing = otherParagraphs(conflicts, articleId, limit, site.linked);
    if (corroborating.total > 0 || disputing.total > 0) {
      notes.set(paragraph.anchor, { corroborating: labelled(corroborating.first), corroboratingTotal: corroborating.total, disputing: labelled(disputing.first), disputingTotal: disputing.total });
    }
  }
  return notes;
}

/**
 * A source's attribution chain: outlet ← original source ← organizations it credits,
 * then the people and bodies it quotes (`quoted: Jane Smith`).
 */
export function attributionChain(site: { briefing: Briefing; linked: import('../analysis/link/index.ts').Linked }, articleId: string): string[] {
  const chain = [...(site.linked.origins.get(articleId)?.chain ?? [])];
  const quoted = quotedByArticle(site.briefing).get(articleId) ?? [];
  return quoted.length > 0 ? [...chain, `quoted: ${quoted.join(', ')}`] : chain;
}

const quotedCache = new WeakMap<Briefing, Map<string, string[]>>();

/** Names of the speakers each article quotes, computed once per build (not once per page). */
function quotedByArticle(briefing: Briefing): Map<string, string[]> {
  let index = quotedCache.get(briefing);
  if (!index) {
    const names = new Map(briefing.entities.map((entity) => [entity.id, entity.names.en]));
    const sets = new Map<string, Set<string>>();
    for (const quote of briefing.quotes) {
      if (quote.speaker === null) continue;
      const name = names.get(quote.speaker) ?? quote.speakerName ?? '';
      if (!name) continue;
      const set = sets.get(quote.ref.article) ?? new Set<string>();
      set.add(name);
      sets.set(quote.ref.article, set);
    }
    index = new Map([...sets].map(([article, set]) => [article, [...set]]));
    quotedCache.set(briefing, index);
  }
  return index;
}

/** How many of a claim's citations are marked where it is listed; its source and origin counts still count them all. */
export const CLAIM_MARKS = 8;

/**
 * The citations to mark for a claim: first one for each independent origin (so the
 * marks show the breadth of the evidence), then the rest in order, at most `limit`.
 */
export function shownCitations(claim: Pick<LinkedClaim, 'citations'>, linked: Pick<import('../analysis/link/index.ts').Linked, 'origins'>, limit = CLAIM_MARKS): LinkedClaim['citations'] {
  if (claim.citations.length <= limit) return claim.citations;
  const originOf = (citation: LinkedClaim['citations'][number]) => {
    const origins = linked.origins.get(citation.article);
    return (origins?.paragraphs.get(citation.paragraph) ?? origins?.article)?.key ?? citation.article;
  };
  const seen = new Set<string>();
  const first: LinkedClaim['citations'] = [];
  const rest: LinkedClaim['citations'] = [];
  for (const citation of claim.citations) {
    const origin = originOf(citation);
    if (seen.has(origin)) rest.push(citation);
    else {
      seen.add(origin);
      first.push(citation);
    }
  }
  const chosen = new Set([...first, ...rest].slice(0, limit));
  return claim.citations.filter((citation) => chosen.has(citation));
}
