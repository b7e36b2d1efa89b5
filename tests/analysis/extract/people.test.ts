import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectPeople, findPeople, knownPeople, mergePeople, peopleWithin, personKey, type PeopleContext } from '../../../src/analysis/extract/people.ts';
import type { Entity, SentenceInput } from '../../../src/analysis/types.ts';
import { englishCorpus, orgIndex, seedCorpus } from '../../helpers/entity-seeds.ts';

const sentence = (text: string, language: 'id' | 'en' = 'id', article = 'fixture', paragraph = 'p1'): SentenceInput => ({
  article,
  paragraph,
  sentence: 0,
  text,
  offset: 0,
  language,
});

const context = (): PeopleContext => ({ organizations: orgIndex() });

function person(people: readonly Entity[], display: string): Entity {
  const found = people.find((p) => p.names.en === display || p.aliases.includes(display));
  if (!found) throw new Error(`No person ${display} among ${people.map((p) => p.names.en).join(', ')}`);
  return found;
}

describe('findPeople', () => {
  it('should take the name after a role word and its complement, with the role as a common noun', () => {
    const [kirby, ...rest] = findPeople(sentence('Juru bicara Dewan Keamanan Nasional John Kirby mengatakan Rusia telah menggunakannya.'), context());
    expect(rest).toEqual([]);
    expect(kirby).toMatchObject({ name: 'John Kirby', key: 'john|kirby', role: 'juru bicara Dewan Keamanan Nasional', evidence: 'role' });
    expect(kirby?.ref).toEqual({ article: 'fixture', paragraph: 'p1', sentence: 0, start: 36, end: 46 });
  });

  it('should take a name set off by commas after its role, and hyphenated given names', () => {
    const found = findPeople(sentence('Menteri Pertahanan Korea Selatan, Kim Yong-hyun, menegaskan di depan anggota parlemen.'), context());
    expect(found.map((p) => [p.name, p.role])).toEqual([['Kim Yong-hyun', 'menteri Pertahanan Korea Selatan']]);
  });

  it('should take a role from an appositive after the name', () => {
    const found = findPeople(sentence('Jonah Leff, kepala Conflict Armament Research berbasis di Inggris, mengatakan kepada DK PBB.'), context());
    expect(found.map((p) => [p.name, p.role])).toEqual([['Jonah Leff', 'kepala Conflict Armament Research']]);
  });

  it('should take a bare surname before a speech verb as a surname candidate without a key', () => {
    const found = findPeople(sentence('Kirby mengatakan kepada wartawan bahwa pasukan Rusia telah menembakkan misil.'), context());
    expect(found).toMatchObject([{ name: 'Kirby', key: null, evidence: 'attribution' }]);
    expect(findPeople(sentence('“Itu sekitar 550 mil,” kata Leff kepada dewan.'), context())).toMatchObject([{ name: 'Leff', key: null }]);
  });

  it('should not take countries, organizations or sentence-opening words for people', () => {
    const texts = [
      'Korea Utara mengatakan aliansi itu terbukti efektif.',
      'Misil balistik Korea Utara muncul di medan perang Ukraina, kata Gedung Putih pada hari Kamis.',
      'Pasukan Ukraina mengatakan kepada FT bahwa negara itu mengambil alih roket.',
      'Pasukan Ukraina juga telah menggunakan roket, menurut Financial Times.',
      'Kementerian Pertahanan Inggris mengatakan dalam sebuah laporan intelijen.',
      'Amerika Serikat mengumumkan pada pekan lalu bahwa mereka memiliki bukti.',
    ];
    const found = texts.flatMap((text) => findPeople(sentence(text), context()));
    expect(found.filter((p) => p.key !== null)).toEqual([]);
    expect(mergePeople(found)).toEqual([]);
  });

  it('should take known names without a role or speech verb only when a first pass knows them', () => {
    const text = sentence('Sejak Putin bertemu dengan Kim Jong-un di Timur Jauh, Rusia dituduh memasok senjata.');
    expect(findPeople(text, context())).toEqual([]);
    const known = knownPeople(
      mergePeople([
        ...findPeople(sentence('Presiden Vladimir Putin hadir.'), context()),
        ...findPeople(sentence('Pemimpin Korea Utara, Kim Jong-un, hadir.'), context()),
      ]),
    );
    const found = findPeople(text, { ...context(), known });
    expect(found.map((p) => [p.name, p.evidence])).toEqual([
      ['Putin', 'known'],
      ['Kim Jong-un', 'known'],
    ]);
  });

  it('should read English roles before the name, capitalized modifiers included, and keep them as printed', () => {
    const found = [
      '"We will respond," Defense Secretary Lloyd Austin told reporters.',
      'State Department spokesman Matthew Miller said the shipments would continue.',
      'Russian President Vladimir Putin met North Korean leader Kim Jong Un in September.',
      'Secretary of State Antony Blinken said the talks were useful.',
      'Matthew Miller, a State Department spokesman, said the talks were useful.',
    ].flatMap((text) => findPeople(sentence(text, 'en'), context()));
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Lloyd Austin', 'Defense Secretary'],
      ['Matthew Miller', 'State Department spokesman'],
      ['Vladimir Putin', 'Russian President'],
      ['Kim Jong Un', 'North Korean leader'],
      ['Antony Blinken', 'Secretary of State'],
      ['Matthew Miller', 'State Department spokesman'],
    ]);
  });

  it('should not take the first words of a longer capitalized name as the speaker of a speech verb', () => {
    const found = findPeople(sentence('"We shot down two jets," said Ukrainian Air Force spokesman Yuriy Ihnat.', 'en'), context());
    expect(found.map((p) => p.name)).toEqual(['Yuriy Ihnat']);
  });
});

describe('personKey', () => {
  it('should give one key to spelling variants of a name', () => {
    expect(new Set(['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'].map(personKey))).toEqual(new Set(['kim|jongun']));
    expect(personKey('Choe Son Hui')).toBe(personKey('Choe Son-hui'));
    expect(personKey('Kirby')).toBeNull();
  });
});

describe('mergePeople', () => {
  it('should merge Kim Jong Un, Kim Jong-un and Kim Jong-Un from 001–004 (and the 001 caption) into one person', () => {
    const { sentences } = seedCorpus();
    // The only `Kim Jong-Un` spelling is in 001's photo caption, which is not a paragraph.
    const captionLine = readFileSync(new URL('../../../seeds/001_4cc6a11692715272.txt', import.meta.url), 'utf8')
      .split('\n')
      .find((line) => line.includes('Kim Jong-Un'));
    expect(captionLine).toBeDefined();
    const caption = { ...sentence(captionLine ?? ''), article: '001-4cc6a11692715272', paragraph: 'caption' };
    const people = collectPeople([...sentences, caption], { organizations: orgIndex() });
    const kims = people.filter((p) => personKey(p.names.en) === 'kim|jongun');
    expect(kims).toHaveLength(1);
    const kim = kims[0];
    expect(kim?.id).toBe('person:kim-jong-un');
    const forms = new Set(kim?.mentions.map((m) => m.text));
    expect(forms).toEqual(new Set(['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'Kim']));
    expect(new Set(kim?.mentions.map((m) => m.article.slice(0, 3)))).toEqual(new Set(['001', '002', '003', '004']));
  });

  it('should choose the most frequent full form as the display name and keep the others as aliases', () => {
    const kim = person(seedCorpus().people, 'Kim Jong-un');
    // `Kim Jong-un` is printed three times in the seeds' paragraphs, `Kim Jong Un` twice.
    expect(kim.names).toEqual({ en: 'Kim Jong-un', id: 'Kim Jong-un' });
    expect(kim.aliases).toEqual(['Kim Jong Un']);
  });

  it('should merge Choe Son-hui and Choe Son Hui into one person with her role', () => {
    const choe = seedCorpus().people.filter((p) => personKey(p.names.en) === 'choe|sonhui');
    expect(choe).toHaveLength(1);
    expect(new Set(choe[0]?.mentions.map((m) => m.text))).toEqual(new Set(['Choe Son-hui', 'Choe Son Hui']));
    expect(choe[0]?.role).toBe('menteri Luar Negeri Korea Utara');
  });

  it('should make John Kirby one person with a juru bicara role and link his bare surname in 001 and 003', () => {
    const kirbys = seedCorpus().people.filter((p) => p.names.en.includes('Kirby'));
    expect(kirbys).toHaveLength(1);
    const kirby = kirbys[0];
    expect(kirby?.id).toBe('person:john-kirby');
    expect(kirby?.role).toContain('juru bicara');
    expect(kirby?.role).toBe('juru bicara Dewan Keamanan Nasional');
    const bare = kirby?.mentions.filter((m) => m.text === 'Kirby').map((m) => `${m.article.slice(0, 3)}/${m.paragraph}`);
    expect(bare).toEqual(expect.arrayContaining(['001/p3', '001/p7', '001/p15', '003/p5', '003/p14']));
  });

  it('should find exactly the people the seeds name, and no country or organization', () => {
    const people = seedCorpus().people;
    expect(people.map((p) => p.id)).toEqual([
      'person:choe-son-hui',
      'person:john-kirby',
      'person:jonah-leff',
      'person:kim-jong-un',
      'person:kim-yong-hyun',
      'person:lim-eul-chul',
      'person:pranay-vaddi',
      'person:vladimir-putin',
    ]);
    expect(people.every((p) => p.type === 'person' && p.mentions.length > 0)).toBe(true);
  });

  it('should cite every mention at the exact span of its paragraph', () => {
    const { articles, people } = seedCorpus();
    const byId = new Map([...articles.values()].map((a) => [a.id, a]));
    for (const p of people) {
      for (const m of p.mentions) {
        const paragraph = byId.get(m.article)?.paragraphs.find((x) => x.anchor === m.paragraph);
        expect(paragraph?.text.slice(m.start, m.end)).toBe(m.text);
        expect(paragraph?.sentences[m.sentence]?.start).toBeLessThanOrEqual(m.start);
      }
    }
  });

  it('should link a bare surname to the full name in its own article before looking in the corpus', () => {
    const found = [
      sentence('Pemimpin Korea Utara Kim Jong-un tiba di Moskow.', 'id', 'a'),
      sentence('Kim mengatakan kunjungan itu bersejarah.', 'id', 'a', 'p2'),
      sentence('Menteri Pertahanan Korea Selatan Kim Yong-hyun berbicara.', 'id', 'b'),
      sentence('Kim mengatakan ancaman itu nyata.', 'id', 'b', 'p2'),
      sentence('Kim mengatakan hal yang sama.', 'id', 'c'),
    ].flatMap((s) => findPeople(s, context()));
    const people = mergePeople(found);
    const bare = (id: string): string[] => people.find((p) => p.id === id)?.mentions.filter((m) => m.text === 'Kim').map((m) => m.article) ?? [];
    expect(bare('person:kim-jong-un')).toEqual(['a']);
    expect(bare('person:kim-yong-hyun')).toEqual(['b']);
    // In article c the surname is ambiguous across the corpus, so it is left out.
    expect(people.flatMap((p) => p.mentions).some((m) => m.article === 'c')).toBe(false);
  });

  it('should find the people of an English story with their roles and bare surnames', () => {
    const people = englishCorpus().people;
    expect(people.map((p) => [p.names.en, p.role])).toEqual([
      ['Jonah Leff', 'head of Conflict Armament Research'],
      ['Kim Jong Un', 'North Korean leader'],
      ['Lloyd Austin', 'Defense Secretary'],
      ['Matthew Miller', 'State Department spokesman'],
      ['Sergei Lavrov', 'Foreign Minister'],
      ['Vladimir Putin', 'Russian President'],
      ['Yuriy Ihnat', 'Ukrainian Air Force spokesman'],
    ]);
    expect(person(people, 'Matthew Miller').mentions.map((m) => m.text)).toEqual(['Matthew Miller', 'Miller']);
  });
});

describe('peopleWithin', () => {
  it('should find where findPeople finds people overlapping a stretch of the sentence, in every seed sentence', () => {
    const ctx = context();
    let checked = 0;
    for (const input of [...seedCorpus().sentences, ...englishCorpus().sentences]) {
      const all = findPeople(input, ctx).map((p) => ({ start: p.ref.start - input.offset, end: p.ref.end - input.offset }));
      for (const [from, to] of [[0, input.text.length], [0, input.text.length >> 1], [input.text.length >> 1, input.text.length], [10, 40]] as const) {
        expect(peopleWithin(input, ctx, from, to)).toEqual(all.filter((p) => p.start < to && p.end > from));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
