// What the entity, timeline, figures and about pages show, computed from the model.
// Pure functions (the about page's file listing aside), tested without Astro; the
// maps every page needs are built once per build and kept per briefing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OTHER_TOPIC } from '../analysis/extract/topics.ts';
import type { Briefing } from '../analysis/model.ts';
import type { AnalysisArticle, Entity, EntityType, Figure, Language, Mention, Quote, TimelineEvent } from '../analysis/types.ts';
import { isUnedited } from '../pipeline/emit.ts';

/** The order entity groups are shown in. */
export const ENTITY_TYPES: readonly EntityType[] = ['country', 'place', 'person', 'organization', 'weapon'];

/** A URL-safe page slug for an entity id: `person:jane-doe` → `person-jane-doe`. */
export function entitySlug(id: string): string {
  const slug = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'entity';
}

const slugCache = new WeakMap<readonly Entity[], Map<string, string>>();

/** Slugs of all entities, unique: a slug taken by an earlier id (in id order) gets `-2`, `-3`, … */
export function entitySlugs(entities: readonly Entity[]): Map<string, string> {
  let slugs = slugCache.get(entities);
  if (slugs) return slugs;
  slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of entities.map((entity) => entity.id).sort()) {
    const base = entitySlug(id);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(id, slug);
  }
  slugCache.set(entities, slugs);
  return slugs;
}

export interface EntityGroup {
  type: EntityType;
  entities: { entity: Entity; slug: string; count: number }[];
}

/** Entities with mentions, grouped by type in ENTITY_TYPES order, most mentioned first. */
export function entityGroups(entities: readonly Entity[]): EntityGroup[] {
  const slugs = entitySlugs(entities);
  return ENTITY_TYPES.map((type) => ({
    type,
    entities: entities
      .filter((entity) => entity.type === type && entity.mentions.length > 0)
      .map((entity) => ({ entity, slug: slugs.get(entity.id) ?? entitySlug(entity.id), count: entity.mentions.length }))
      .sort((a, b) => b.count - a.count || a.entity.names.en.localeCompare(b.entity.names.en, 'en') || (a.entity.id < b.entity.id ? -1 : 1)),
  })).filter((group) => group.entities.length > 0);
}

export interface MentionContext {
  article: string;
  paragraph: string;
  language: Language;
  title: string;
  /** The sentence in three pieces: before the mention, the mention, after it. */
  before: string;
  mark: string;
  after: string;
}

/** A mention in its sentence, split at the mention's offsets (relative to the paragraph). */
export function mentionContext(articles: ReadonlyMap<string, AnalysisArticle>, mention: Mention): MentionContext | null {
  const article = articles.get(mention.article);
  const paragraph = article?.paragraphs.find((p) => p.anchor === mention.paragraph);
  if (!article || !paragraph) return null;
  const sentence = paragraph.sentences[mention.sentence] ?? paragraph.sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
  const base = { article: article.id, paragraph: paragraph.anchor, language: article.language, title: article.title };
  if (!sentence) return { ...base, before: '', mark: mention.text, after: '' };
  const text = paragraph.text.slice(sentence.start, sentence.end);
  const start = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  if (start < 0 || end > text.length || start >= end) return { ...base, before: text, mark: '', after: '' };
  return { ...base, before: text.slice(0, start), mark: text.slice(start, end), after: text.slice(end) };
}

const contextCache = new WeakMap<Entity, MentionContext[]>();

/** Every mention of `entity` in context, by article, paragraph and offset; computed once per entity (its pages share it). */
export function mentionContexts(articles: ReadonlyMap<string, AnalysisArticle>, entity: Entity): MentionContext[] {
  let contexts = contextCache.get(entity);
  if (!contexts) {
    contexts = computeMentionContexts(articles, entity);
    contextCache.set(entity, contexts);
  }
  return contexts;
}

function computeMentionContexts(articles: ReadonlyMap<string, AnalysisArticle>, entity: Entity): MentionContext[] {
  const order = (m: Mention) => [m.article, Number(m.paragraph.slice(1)), m.start] as const;
  return [...entity.mentions]
    .sort((a, b) => {
      const [aa, ap, as] = order(a);
      const [ba, bp, bs] = order(b);
      return aa < ba ? -1 : aa > ba ? 1 : ap - bp || as - bs;
    })
    .flatMap((mention) => mentionContext(articles, mention) ?? []);
}

/** How many related entities an entity page lists. */
export const RELATED_LIMIT = 10;

const relatedCache = new WeakMap<readonly Entity[], Map<string, { id: string; count: number }[]>>();

/** For every entity, the entities mentioned in the same sentences, most shared sentences first (top RELATED_LIMIT). Built once per entity list. */
export function relatedEntities(entities: readonly Entity[], limit = RELATED_LIMIT): Map<string, { id: string; count: number }[]> {
  const cached = limit === RELATED_LIMIT ? relatedCache.get(entities) : undefined;
  if (cached) return cached;
  const bySentence = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const key = `${mention.article}#${mention.paragraph}.${mention.sentence}`;
      const set = bySentence.get(key) ?? new Set<string>();
      set.add(entity.id);
      bySentence.set(key, set);
    }
  }
  const counts = new Map<string, Map<string, number>>();
  for (const ids of bySentence.values()) {
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        const row = counts.get(a) ?? new Map<string, number>();
        row.set(b, (row.get(b) ?? 0) + 1);
        counts.set(a, row);
      }
    }
  }
  const related = new Map<string, { id: string; count: number }[]>();
  for (const [id, row] of counts) {
    related.set(
      id,
      [...row]
        .map(([other, count]) => ({ id: other, count }))
        .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
        .slice(0, limit),
    );
  }
  if (limit === RELATED_LIMIT) relatedCache.set(entities, related);
  return related;
}

const quotesCache = new WeakMap<readonly Quote[], Map<string, Quote[]>>();

/** Quotes whose speaker is the entity, in article and paragraph order (indexed by speaker once per build). */
export function quotesBy(quotes: readonly Quote[], entityId: string): Quote[] {
  let bySpeaker = quotesCache.get(quotes);
  if (!bySpeaker) {
    bySpeaker = new Map();
    for (const quote of quotes) {
      if (quote.speaker === null) continue;
      const list = bySpeaker.get(quote.speaker);
      if (list) list.push(quote);
      else bySpeaker.set(quote.speaker, [quote]);
    }
    for (const list of bySpeaker.values()) list.sort((a, b) => (a.ref.article < b.ref.article ? -1 : a.ref.article > b.ref.article ? 1 : Number(a.ref.paragraph.slice(1)) - Number(b.ref.paragraph.slice(1)) || a.ref.start - b.ref.start));
    quotesCache.set(quotes, bySpeaker);
  }
  return [...(bySpeaker.get(entityId) ?? [])];
}

/** Topics of the paragraph an event is stated in. */
export function eventTopics(briefing: Pick<Briefing, 'articleTopics'>, event: TimelineEvent): string[] {
  return briefing.articleTopics.get(event.ref.article)?.paragraphs.get(event.ref.paragraph) ?? [];
}

export interface TimelineYear {
  year: string;
  events: TimelineEvent[];
}

/** Dated events (of one topic, when given) in date order, grouped by year; less precise dates sort first within their period. */
export function timeline(briefing: Pick<Briefing, 'events' | 'articleTopics'>, topic?: string): TimelineYear[] {
  const events = briefing.events
    .filter((event) => topic === undefined || eventTopics(briefing, event).includes(topic))
    .sort(
      (a, b) =>
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        (a.ref.article < b.ref.article ? -1 : a.ref.article > b.ref.article ? 1 : 0) ||
        Number(a.ref.paragraph.slice(1)) - Number(b.ref.paragraph.slice(1)) ||
        a.ref.start - b.ref.start,
    );
  const years: TimelineYear[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.events.push(event);
    else years.push({ year, events: [event] });
  }
  return years;
}

const timelineTopicsMemo = new WeakMap<object, string[]>();

/**
 * Topics (in their order, `other` last) that have at least one dated event. Every
 * timeline page shows them: worked out once per briefing, not once per page.
 */
export function timelineTopics(briefing: Pick<Briefing, 'events' | 'articleTopics' | 'topics'>): string[] {
  let topics = timelineTopicsMemo.get(briefing);
  if (!topics) {
    const used = new Set<string>();
    for (const event of briefing.events) for (const topic of eventTopics(briefing, event)) used.add(topic);
    topics = [...briefing.topics.map((topic) => topic.id), OTHER_TOPIC].filter((id) => used.has(id));
    timelineTopicsMemo.set(briefing, topics);
  }
  return [...topics];
}

export interface FigureGroup {
  subject: string | null;
  unit: string;
  figures: Figure[];
}

/** Figures grouped by subject and unit (subjects alphabetically, unknown subject last), each group in source order. */
export function figureGroups(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const figure of figures) {
    const key = `${figure.subject ?? ''}\u0000${figure.unit}`;
    const group = groups.get(key) ?? { subject: figure.subject, unit: figure.unit, figures: [] };
    group.figures.push(figure);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => (a.subject === null ? 1 : 0) - (b.subject === null ? 1 : 0) || (a.subject ?? '').localeCompare(b.subject ?? '', 'en') || a.unit.localeCompare(b.unit, 'en'),
  );
}

export interface ContentFiles {
  /** Article files (`articles/<name>.mdx`) whose recorded digest differs from their content: edited by hand. */
  edited: string[];
  /** Article files ingest wrote and no one has changed. */
  unedited: number;
  /** Editable data files present in the content folder (`briefing.md`, `topics/<id>.md`, `*.yaml`). */
  data: string[];
}

/** What an editor changed in the content folder, read from the files themselves. */
export function contentFiles(dir: string): ContentFiles {
  const list = (sub: string) => {
    try {
      return readdirSync(join(dir, sub)).sort();
    } catch {
      return [];
    }
  };
  const edited: string[] = [];
  let unedited = 0;
  for (const name of list('articles').filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(join(dir, 'articles', name), 'utf8');
    // A file without a recorded digest was written by hand: edited too.
    if (isUnedited(text)) unedited++;
    else edited.push(`articles/${name}`);
  }
  const data = [
    ...list('').filter((n) => n.endsWith('.md') || n.endsWith('.yaml') || n.endsWith('.yml')),
    ...list('topics').filter((n) => n.endsWith('.md')).map((n) => `topics/${n}`),
  ];
  return { edited, unedited, data };
}

/** The files published under /data/ (README "Data"). */
export const DATA_FILES = ['articles.json', 'entities.json', 'places.geojson', 'routes.geojson', 'figures.json', 'quotes.json', 'timeline.json', 'unresolved.json', 'claims.json', 'conflicts.json'] as const;

const byArticleCache = new WeakMap<readonly Entity[], Map<string, { entity: Entity; count: number }[]>>();

/** The entities each article names, with how often, by type order then most named first; once per build. */
export function articleEntities(entities: readonly Entity[], article: string): { entity: Entity; count: number }[] {
  let byArticle = byArticleCache.get(entities);
  if (!byArticle) {
    byArticle = new Map();
    for (const entity of entities) {
      const counts = new Map<string, number>();
      for (const mention of entity.mentions) counts.set(mention.article, (counts.get(mention.article) ?? 0) + 1);
      for (const [id, count] of counts) byArticle.set(id, [...(byArticle.get(id) ?? []), { entity, count }]);
    }
    const rank = new Map(ENTITY_TYPES.map((type, index) => [type, index]));
    for (const list of byArticle.values()) list.sort((a, b) => (rank.get(a.entity.type) ?? 9) - (rank.get(b.entity.type) ?? 9) || b.count - a.count || (a.entity.id < b.entity.id ? -1 : 1));
    byArticleCache.set(entities, byArticle);
  }
  return byArticle.get(article) ?? [];
}
