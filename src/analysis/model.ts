// The briefing model: runs every extractor over the current content files and
// collects entities, figures, quotes, events, route legs, topics and what could not
// be resolved. A pure function of the articles and the editable data in content/.
import { countryEntity, findCountries, scanCountries, type CountryIndex, type CountrySpan } from './extract/countries.ts';
import { dateSpans, eventsAt, type DateSpans } from './extract/dates.ts';
import { figureSpans, figuresAt, type FigureSpan } from './extract/figures.ts';
import { hasNameKey, lookupName } from './extract/name-matcher.ts';
import type { OrgIndex } from './extract/org-index.ts';
import { mergeOrganizations, organizationMentions, organizationSpans, type OrganizationMention, type OrganizationSpan } from './extract/organizations.ts';
import { collectPeople } from './extract/people.ts';
import { placeEntity, placeFindings, placeSpans, type Gazetteer, type PlaceSpan, type ResolvedPlace } from './extract/places.ts';
import { extractQuotes, speakerIndex } from './extract/quotes.ts';
import { extractLegs, statesMovement, type RouteResolver, type StatedLeg } from './extract/routes.ts';
import { assignTopics, createTopicMatchers, type ArticleTopics } from './extract/topics.ts';
import { mergeWeapons, weaponMentions as weaponMentionsAt, weaponSpans, type WeaponMention, type WeaponSpans } from './extract/weapons.ts';
import { mergeLegs, type PlaceGeometry } from './link/legs.ts';
import { tokenize } from './extract/tokens.ts';
import { articleSentences } from './read-article.ts';
import { PLACE_TYPES_AFTER, PLACE_TYPES_BEFORE } from '../lang/places.ts';
import type { RoutesFile } from '../schemas/routes.ts';
import type { AnalysisArticle, Entity, Figure, Mention, Quote, RouteLeg, SentenceInput, TimelineEvent, Topic, Unresolved } from './types.ts';

/** Bump when extraction changes what it produces, so cached results are not reused. */
export const EXTRACTION_VERSION = 1;

export interface BriefingData {
  topics: readonly Topic[];
  countryIndex: CountryIndex;
  gazetteer: Gazetteer;
  organizations: OrgIndex;
  routes: RoutesFile;
}

export interface Briefing {
  articles: AnalysisArticle[];
  topics: readonly Topic[];
  articleTopics: Map<string, ArticleTopics>;
  entities: Entity[];
  places: Map<string, ResolvedPlace>;
  figures: Figure[];
  quotes: Quote[];
  events: TimelineEvent[];
  legs: RouteLeg[];
  unresolved: Unresolved[];
}

/** A chained leg (`kemudian dikirim … ke Z`) continues a leg stated at most this many paragraphs earlier. */
const CHAIN_PARAGRAPHS = 1;

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const typeOrder = ['country', 'place', 'person', 'organization', 'weapon'];

function groupMentions(mentions: readonly Mention[]): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const group = groups.get(mention.entity);
    if (group) group.push(mention);
    else groups.set(mention.entity, [mention]);
  }
  return groups;
}

/** Resolves leg ends for the route extractor, keeping every place it resolves. */
function routeResolver(data: BriefingData, places: Map<string, ResolvedPlace>): RouteResolver {
  const typeWords = new Set([...PLACE_TYPES_BEFORE, ...PLACE_TYPES_AFTER].map((word) => word.toLocaleLowerCase('und')));
  const typeWordCache = new Map<string, boolean>();
  // Route phrases repeat across copies of a sentence: a name in a context is resolved once.
  const resolved = new Map<string, ResolvedPlace | null>();
  return {
    country: (name) => (hasNameKey(data.countryIndex.names, name) ? (lookupName(data.countryIndex.names, name)[0] ?? null) : null),
    place: (name, context) => {
      const key = `${name}\u0000${context.country ?? ''}\u0000${context.contextCountries.join('\u0000')}`;
      let place = resolved.get(key);
      if (place === undefined) {
        place = data.gazetteer.resolvePlace(name, { ...context, contextCountries: [...context.contextCountries] });
        resolved.set(key, place);
      }
      if (place) places.set(place.id, place);
      return place?.id ?? null;
    },
    isPlaceTypeWord: (word) => {
      // Route phrases repeat their words: each is looked up once per build.
      let known = typeWordCache.get(word);
      if (known === undefined) {
        known = typeWords.has(word.toLocaleLowerCase('und'));
        typeWordCache.set(word, known);
      }
      return known;
    },
  };
}

/** A hand-written leg end: `Name`, or `Name, Country` to pin the country. */
function handEnd(text: string, resolver: RouteResolver): { name: string; place: string | null } {
  const [name = text, qualifier] = text.split(/\s*,\s*/);
  const country = qualifier ? resolver.country(qualifier) : null;
  return { name, place: resolver.place(name, { contextCountries: [], ...(country ? { country } : {}) }) };
}

/** What a sentence's text yields for the extractors that read the text alone (and its language). */
export interface TextFindings {
  countries: readonly CountrySpan[];
  /** The countries the sentence names, each once, in order. */
  contextCountries: readonly string[];
  places: readonly PlaceSpan[];
  organizations: readonly OrganizationSpan[];
  weapons: WeaponSpans;
  figures: readonly FigureSpan[];
  dates: DateSpans;
  /** Whether a clause has a movement verb: only then can the sentence state a leg. */
  movement: boolean;
}

/**
 * The findings of texts an earlier build read with the same code and the same
 * countries, gazetteer and organizations (src/analysis/analysis-cache.ts): `previous`
 * is read; `next` receives the findings of every text this build reads. An edit then
 * reads only the texts it adds.
 */
export interface FindingsMemo {
  previous: ReadonlyMap<string, TextFindings>;
  next: Map<string, TextFindings>;
}

const findingsKey = (sentence: SentenceInput): string => `${sentence.language}\u0000${sentence.text}`;

export function buildBriefing(input: readonly AnalysisArticle[], data: BriefingData, memo?: FindingsMemo): Briefing {
  const articles = [...input].sort(byId);
  const sentencesByArticle = new Map(articles.map((article) => [article.id, articleSentences(article)]));
  const allSentences = [...sentencesByArticle.values()].flat();

  const countryMentions: Mention[] = [];
  const placeMentions: Mention[] = [];
  const places = new Map<string, ResolvedPlace>();
  const unresolved: Unresolved[] = [];
  const orgMentions: OrganizationMention[] = [];
  const weaponMentions: WeaponMention[] = [];
  const figures: Figure[] = [];
  const events: TimelineEvent[] = [];
  const stated: StatedLeg[] = [];
  const resolver = routeResolver(data, places);
  // Copies and syndicated articles repeat sentences word for word: each text (in each
  // language) is read once, through the first sentence that prints it, by the
  // extractors that read the text alone (and its language); the mentions, figures and
  // events of each sentence are made from that. Each extractor takes all the texts in
  // turn, which keeps its patterns and tables at hand.
  const readers: SentenceInput[] = [];
  const byText = { id: new Map<string, number>(), en: new Map<string, number>(), und: new Map<string, number>() };
  for (const sentence of allSentences) {
    const known = byText[sentence.language];
    if (!known.has(sentence.text)) {
      known.set(sentence.text, readers.length);
      readers.push(sentence);
    }
  }
  const findings: TextFindings[] = new Array<TextFindings>(readers.length);
  const fresh: number[] = [];
  readers.forEach((reader, n) => {
    const known = memo?.previous.get(findingsKey(reader));
    if (known) findings[n] = known;
    else fresh.push(n);
  });
  const texts = fresh.map((n) => readers[n] as SentenceInput);
  const countriesOf: CountrySpan[][] = [];
  // Countries and words are read once and shared by the place finder.
  const placesOf = texts.map(({ text }) => {
    const tokens = tokenize(text);
    const countries = scanCountries(text, data.countryIndex, tokens);
    countriesOf.push(countries);
    return placeSpans(text, data.gazetteer, data.countryIndex, { tokens, spans: countries });
  });
  const organizationsOf = texts.map((reader) => organizationSpans(reader, data.organizations));
  const weaponsOf = texts.map(({ text }) => weaponSpans(text));
  const figuresOf = texts.map(({ text, language }) => figureSpans(text, language));
  const datesOf = texts.map(({ text, language }) => dateSpans(text, language));
  texts.forEach(({ text }, i) => {
    const countries = countriesOf[i] as CountrySpan[];
    findings[fresh[i] as number] = {
      countries,
      contextCountries: [...new Set(countries.map((span) => span.code))],
      places: placesOf[i] as PlaceSpan[],
      organizations: organizationsOf[i] as OrganizationSpan[],
      weapons: weaponsOf[i] as WeaponSpans,
      figures: figuresOf[i] as FigureSpan[],
      dates: datesOf[i] as DateSpans,
      movement: statesMovement(text),
    };
  });
  if (memo) readers.forEach((reader, n) => memo.next.set(findingsKey(reader), findings[n] as TextFindings));

  for (const article of articles) {
    const sentences = sentencesByArticle.get(article.id) ?? [];
    const anchor = { published: article.published, precision: article.datePrecision };
    let previous: StatedLeg | null = null;
    for (const sentence of sentences) {
      const text = findings[byText[sentence.language].get(sentence.text) as number] as TextFindings;
      countryMentions.push(...findCountries(sentence, data.countryIndex, text.countries));
      const found = placeFindings(sentence, text.places);
      placeMentions.push(...found.mentions);
      unresolved.push(...found.unresolved);
      for (const place of found.places) places.set(place.id, place);
      orgMentions.push(...organizationMentions(sentence, text.organizations));
      weaponMentions.push(...weaponMentionsAt(sentence, text.weapons));
      figures.push(...figuresAt(sentence, text.figures));
      events.push(...eventsAt(sentence, anchor, text.dates));

      const paragraphNumber = Number(sentence.paragraph.slice(1));
      if (previous && paragraphNumber - Number(previous.citation.paragraph.slice(1)) > CHAIN_PARAGRAPHS) previous = null;
      const legs: StatedLeg[] = text.movement ? extractLegs(sentence, resolver, { previous, contextCountries: [...text.contextCountries] }) : [];
      stated.push(...legs);
      previous = legs.at(-1) ?? previous;
    }
  }

  // Hand-added legs from content/routes.yaml join the stated ones before merging.
  for (const leg of data.routes.add) {
    const from = handEnd(leg.from, resolver);
    const to = handEnd(leg.to, resolver);
    for (const citation of leg.citations) stated.push({ from, to, mode: leg.mode, cargo: leg.cargo, citation, sentence: '' });
  }
  const geometry = (id: string): PlaceGeometry | null => {
    const place = places.get(id);
    if (!place) return null;
    return place.polygon ? { lat: place.lat, lon: place.lon, polygon: [place.polygon.map(([lon, lat]) => [lon, lat] as [number, number])] } : { lat: place.lat, lon: place.lon };
  };
  const removed = new Set(data.routes.remove);
  const legs = mergeLegs(stated, geometry).filter((leg) => !removed.has(leg.id));
  for (const leg of legs) {
    if (leg.from.place && leg.to.place) continue;
    const citation = leg.citations[0];
    if (!citation) continue;
    unresolved.push({
      kind: 'leg',
      name: `${leg.from.name} → ${leg.to.name}`,
      sentence: leg.sentences[0] ?? '',
      ref: citation,
      hint: 'add the unresolved end to content/gazetteer.yaml, or the leg to content/routes.yaml',
    });
  }

  const people = collectPeople(allSentences, { organizations: data.organizations });
  const organizations = mergeOrganizations(orgMentions, data.organizations);
  const speakers = speakerIndex(people, organizations);
  const quotes = articles.flatMap((article) => extractQuotes(article, people, organizations, speakers));

  const countries = [...groupMentions(countryMentions)].map(([id, mentions]) => countryEntity(data.countryIndex, id.replace(/^country:/, ''), mentions));
  const placeEntities = [...groupMentions(placeMentions)].flatMap(([id, mentions]) => {
    const place = places.get(id);
    return place ? [placeEntity(place, mentions)] : [];
  });
  const entities = [...countries, ...placeEntities, ...people, ...organizations, ...mergeWeapons(weaponMentions)].sort(
    (a, b) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) || byId(a, b),
  );

  const matchers = createTopicMatchers(data.topics);
  const topicsOfText = new Map<string, readonly string[]>();
  const articleTopics = new Map(articles.map((article) => [article.id, assignTopics(article, matchers, topicsOfText)]));

  return { articles, topics: data.topics, articleTopics, entities, places, figures, quotes, events, legs, unresolved };
}

