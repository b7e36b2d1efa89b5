import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadBriefingData } from '../../src/analysis/load-data.ts';
import { buildBriefing, type Briefing } from '../../src/analysis/model.ts';
import { findCountries } from '../../src/analysis/extract/countries.ts';
import { extractEvents } from '../../src/analysis/extract/dates.ts';
import { extractFigures } from '../../src/analysis/extract/figures.ts';
import { findOrganizations } from '../../src/analysis/extract/organizations.ts';
import { findPlaces } from '../../src/analysis/extract/places.ts';
import { findWeapons } from '../../src/analysis/extract/weapons.ts';
import { statesMovement } from '../../src/analysis/extract/routes.ts';
import { articleSentences } from '../../src/analysis/read-article.ts';
import type { SentenceInput } from '../../src/analysis/types.ts';
import { articleFromText, seedArticles } from '../helpers/seed-articles.ts';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const data = loadBriefingData(contentDir);
const seeds = seedArticles();
const briefing = buildBriefing([...seeds.values()], data);
const idOf = (key: string): string => seeds.get(key)?.id ?? '';
const near = (a: number, b: number, km: number) => Math.abs(a - b) * 111 < km;

function legBetween(b: Briefing, from: RegExp, to: RegExp) {
  return b.legs.find((leg) => from.test(leg.from.name) && to.test(leg.to.name));
}

describe('the briefing model of the seeds', () => {
  it('should find the 003 route: Najin (Rajin, North Korea) to Dunay (Russia) by sea', () => {
    const leg = legBetween(briefing, /^Najin$/, /^Dunay$/);
    expect(leg?.mode).toBe('sea');
    const from = briefing.places.get(leg?.from.place ?? '');
    const to = briefing.places.get(leg?.to.place ?? '');
    expect(from?.country).toBe('KP');
    expect(near(from?.lat ?? 0, 42.256, 5) && near(from?.lon ?? 0, 130.283, 5)).toBe(true);
    expect(to?.country).toBe('RU');
    expect(near(to?.lat ?? 0, 42.879, 5) && near(to?.lon ?? 0, 132.335, 5)).toBe(true);
    expect(leg?.cargo).toBe('containers');
  });

  it('should chain the 003 rail leg to the previous destination: Dunay to Tikhoretsk by rail', () => {
    const leg = legBetween(briefing, /^Dunay$/, /^Tikhoretsk$/);
    expect(leg?.mode).toBe('rail');
    const to = briefing.places.get(leg?.to.place ?? '');
    expect(to?.country).toBe('RU');
    expect(near(to?.lat ?? 0, 45.855, 5) && near(to?.lon ?? 0, 40.125, 5)).toBe(true);
    expect(leg?.citations.map((c) => c.article)).toEqual([idOf('003')]);
  });

  it('should merge 004’s Rajin leg into the Far East with 003’s first leg', () => {
    const leg = legBetween(briefing, /^Najin$/, /^Dunay$/);
    const articles = new Set(leg?.citations.map((c) => c.article));
    expect(articles).toEqual(new Set([idOf('003'), idOf('004')]));
    // The regional account no longer stands as a leg of its own.
    expect(briefing.legs.filter((l) => l.from.place === leg?.from.place)).toHaveLength(1);
  });

  it('should give every route citation an existing paragraph anchor', () => {
    for (const leg of briefing.legs) {
      for (const citation of leg.citations) {
        const article = briefing.articles.find((a) => a.id === citation.article);
        expect(article?.paragraphs.some((p) => p.anchor === citation.paragraph)).toBe(true);
      }
    }
  });

  it('should attribute Kirby’s quotes to John Kirby', () => {
    const kirby = briefing.entities.find((e) => e.type === 'person' && e.names.en === 'John Kirby');
    expect(kirby).toBeDefined();
    const quotes = briefing.quotes.filter((q) => q.speaker === kirby?.id);
    expect(new Set(quotes.map((q) => q.ref.article))).toEqual(new Set([idOf('001'), idOf('003')]));
  });

  it('should make Kim Jong Un, Kim Jong-un and Kim Jong-Un one person', () => {
    // In the seeds `Kim Jong-Un` is printed only in 001's photo caption, which extraction does not read.
    const extra = articleFromText('extra.txt', 'Judul Berita\n\nPemimpin Korea Utara Kim Jong-Un mengatakan bahwa ia akan datang.');
    const result = buildBriefing([...seeds.values(), extra], data);
    const kims = result.entities.filter((e) => e.type === 'person' && /^Kim Jong/.test(e.names.en));
    expect(kims).toHaveLength(1);
    const forms = new Set(kims[0]?.mentions.map((m) => m.text));
    for (const form of ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un']) expect(forms.has(form)).toBe(true);
    expect(new Set(kims[0]?.mentions.map((m) => m.article))).toEqual(new Set([idOf('001'), idOf('002'), idOf('003'), idOf('004'), extra.id]));
  });

  it('should read the issue’s figures: 10.000 troops, 2,5 juta, more than two million shells, 900 km and 450 km ranges', () => {
    const values = briefing.figures.map((f) => [f.value, f.unit, f.qualifier, f.subject]);
    expect(values).toContainEqual([10000, 'troops', 'at-least', 'troops']);
    expect(briefing.figures.some((f) => f.value === 2_500_000)).toBe(true);
    expect(values).toContainEqual([2_000_000, 'shells', 'at-least', 'shells']);
    expect(briefing.figures.some((f) => f.value === 900 && f.unit === 'km' && f.subject === 'range')).toBe(true);
    expect(briefing.figures.some((f) => f.value === 450 && f.unit === 'km' && f.subject === 'range')).toBe(true);
  });

  it('should extract nothing from the removed teasers', () => {
    const text = JSON.stringify({ entities: briefing.entities, figures: briefing.figures, legs: briefing.legs, events: briefing.events, quotes: briefing.quotes });
    for (const teaser of ['Asam Urat', 'Kolesterol', 'Kanada', 'Selat Taiwan', 'F-16', 'Belanda', 'US$2,1']) expect(text).not.toContain(teaser);
  });

  it('should list unresolved places with the article and paragraph, and nothing resolved as unresolved', () => {
    for (const item of briefing.unresolved) {
      expect(item.ref.article).toMatch(/^\d{3}-/);
      expect(item.ref.paragraph).toMatch(/^p\d+$/);
      expect(item.hint).toContain('content/');
    }
  });

  it('should give each article topics and each paragraph at least one topic', () => {
    for (const article of briefing.articles) {
      const topics = briefing.articleTopics.get(article.id);
      expect(topics?.article.length).toBeGreaterThan(0);
      expect(topics?.paragraphs.size).toBe(article.paragraphs.length);
    }
  });

  it('should follow an edit: an article’s changed text changes what is extracted', () => {
    const edited = articleFromText('003_910151cac6b3dd95.txt', 'Judul\n\nSejumlah kontainer dikirim melalui laut dari Najin, Korea Utara, ke Vladivostok, Rusia.');
    const result = buildBriefing([edited], data);
    expect(result.legs.map((leg) => `${leg.from.name}→${leg.to.name}:${leg.mode}`)).toEqual(['Najin→Vladivostok:sea']);
  });

  it('should read an English route with a chained rail leg and keep a leg with an unresolved end as unresolved', () => {
    const article = articleFromText('en-route.txt', 'Caspian Route\n\nDrones were shipped across the Caspian Sea from Amirabad, Iran, to Makhachkala, Russia, then moved by rail to Kazan.');
    const result = buildBriefing([article], data);
    const legs = result.legs.map((leg) => `${leg.from.name}→${leg.to.name}:${leg.mode}:${leg.from.place ? 'r' : 'u'}${leg.to.place ? 'r' : 'u'}`);
    expect(legs).toEqual(expect.arrayContaining(['Amirabad→Makhachkala:sea:ur', 'Makhachkala→Kazan:rail:rr']));
    expect(result.unresolved.some((u) => u.kind === 'leg' && u.name === 'Amirabad → Makhachkala')).toBe(true);
  });

  it('should add a leg from content/routes.yaml, cited, and remove an extracted leg by its id', () => {
    const rail = legBetween(briefing, /^Dunay$/, /^Tikhoretsk$/)!;
    const routes = {
      add: [{ from: 'Tikhoretsk', to: 'Krasnodar, Rusia', mode: 'rail' as const, cargo: 'containers', citations: [{ article: idOf('003'), paragraph: 'p8' }] }],
      remove: [rail.id],
    };
    const edited = buildBriefing([...seeds.values()], { ...data, routes });
    expect(edited.legs.some((leg) => leg.id === rail.id)).toBe(false);
    const added = legBetween(edited, /^Tikhoretsk$/, /^Krasnodar$/);
    expect(added?.mode).toBe('rail');
    expect(edited.places.get(added?.to.place ?? '')?.country).toBe('RU');
    expect(added?.citations).toEqual([{ article: idOf('003'), paragraph: 'p8' }]);
  });
});

describe('sentences repeated across articles', () => {
  // Copies of two seeds under other ids, one with another publication date: the model
  // reads each text once, and every copy must still get what reading it alone gives.
  const base = [...seeds.values()];
  const copy = (key: string, id: string, published?: string) => {
    const article = seeds.get(key);
    if (!article) throw new Error(`no seed ${key}`);
    return { ...article, id, ...(published === undefined ? {} : { published }) };
  };
  const input = [...base, copy('002', 'zz-copy-of-002'), copy('003', 'zz-copy-of-003', '2020-01-15')];
  const model = buildBriefing(input, data);
  const sentences = model.articles.flatMap((article) => articleSentences(article).map((sentence) => ({ article, sentence })));
  const at = (ref: { article: string; paragraph: string; sentence: number }, sentence: SentenceInput) =>
    ref.article === sentence.article && ref.paragraph === sentence.paragraph && ref.sentence === sentence.sentence;
  const mentionsOf = (type: string, sentence: SentenceInput) =>
    model.entities
      .filter((entity) => entity.type === type)
      .flatMap((entity) => entity.mentions.filter((mention) => at(mention, sentence)).map((m) => `${m.entity} ${m.start}-${m.end} ${m.text}`))
      .sort();

  it('should give every sentence of every copy the figures and events its extractors give it alone', () => {
    expect(sentences.length).toBeGreaterThan(100);
    for (const { article, sentence } of sentences) {
      expect(model.figures.filter((figure) => at(figure.ref, sentence))).toEqual(extractFigures(sentence));
      const anchor = { published: article.published, precision: article.datePrecision };
      expect(model.events.filter((event) => at(event.ref, sentence))).toEqual(extractEvents(sentence, anchor));
    }
    // The dated copy resolves its dates against its own publication date.
    const dated = model.events.filter((event) => event.ref.article === 'zz-copy-of-003').map((event) => event.date);
    const original = model.events.filter((event) => event.ref.article === idOf('003')).map((event) => event.date);
    expect(dated).not.toEqual(original);
  });

  it('should give every sentence of every copy the countries, places, organizations and weapons its extractors give it alone', () => {
    const named = (mentions: readonly { entity?: string; id?: string; ref?: { start: number; end: number }; start?: number; end?: number; text: string }[]) =>
      mentions.map((m) => `${m.entity ?? m.id} ${m.ref?.start ?? m.start}-${m.ref?.end ?? m.end} ${m.text}`).sort();
    for (const { sentence } of sentences) {
      expect(mentionsOf('country', sentence)).toEqual(named(findCountries(sentence, data.countryIndex)));
      expect(mentionsOf('place', sentence)).toEqual(named(findPlaces(sentence, data.gazetteer, data.countryIndex).mentions));
      expect(mentionsOf('organization', sentence)).toEqual(named(findOrganizations(sentence, data.organizations)));
      expect(mentionsOf('weapon', sentence)).toEqual(named(findWeapons(sentence)));
    }
    const count = (id: string) => model.entities.reduce((sum, entity) => sum + entity.mentions.filter((m) => m.article === id).length, 0);
    expect(count('zz-copy-of-002')).toBe(count(idOf('002')));
  });
});

describe('statesMovement', () => {
  it('should hold for every sentence the seeds state a leg in, and not for a sentence without a movement verb', () => {
    const sentencesWithLegs = briefing.legs.flatMap((leg) => leg.sentences).filter((text) => text !== '');
    expect(sentencesWithLegs.length).toBeGreaterThan(0);
    for (const text of sentencesWithLegs) expect(statesMovement(text), text).toBe(true);
    expect(statesMovement('Korea Utara dan Rusia bertemu di Moskow pada hari Rabu.')).toBe(false);
    expect(statesMovement('The containers were loaded at Rajin, then moved by rail to Tikhoretsk.')).toBe(true);
    expect(statesMovement('Kontainer itu kemudian dikirim dengan kereta api ke Tikhoretsk.')).toBe(true);
  });
});
