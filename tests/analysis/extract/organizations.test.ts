import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOrgIndex, matchOrganizations, parseOrganizations } from '../../../src/analysis/extract/org-index.ts';
import { findOrganizations, mergeOrganizations } from '../../../src/analysis/extract/organizations.ts';
import { ContentDataError } from '../../../src/schemas/content-data.ts';
import type { Entity, SentenceInput } from '../../../src/analysis/types.ts';
import { englishCorpus, orgIndex, seedCorpus } from '../../helpers/entity-seeds.ts';

const sentence = (text: string, language: 'id' | 'en' = 'id'): SentenceInput => ({ article: 'fixture', paragraph: 'p1', sentence: 0, text, offset: 0, language });

const names = (text: string, language: 'id' | 'en' = 'id'): [string, string][] =>
  findOrganizations(sentence(text, language), orgIndex()).map((o) => [o.id, o.text]);

function org(organizations: readonly Entity[], id: string): Entity {
  const found = organizations.find((o) => o.id === id);
  if (!found) throw new Error(`No organization ${id} among ${organizations.map((o) => o.id).join(', ')}`);
  return found;
}

describe('content/organizations.yaml', () => {
  it('should validate against the organizations schema', () => {
    const records = parseOrganizations('content/organizations.yaml', readFileSync(new URL('../../../content/organizations.yaml', import.meta.url), 'utf8'));
    expect(records.length).toBeGreaterThan(10);
    expect(records.find((r) => r.id === 'un-security-council')?.aliases).toContain('DK PBB');
  });

  it('should reject a name that two organizations share, and name the file and field', () => {
    const yaml = 'organizations:\n  - id: a\n    names: { en: A Org, id: A Org }\n    aliases: [AO]\n  - id: b\n    names: { en: B Org, id: B Org }\n    aliases: [AO]\n';
    expect(() => parseOrganizations('orgs.yaml', yaml)).toThrow(ContentDataError);
    expect(() => parseOrganizations('orgs.yaml', yaml)).toThrow(/orgs\.yaml: organizations\[1\]\.aliases: .*"AO"/);
  });

  it('should reject an id that is not a slug and a country that is not ISO alpha-2', () => {
    expect(() => parseOrganizations('o.yaml', 'organizations:\n  - id: Not Slug\n    names: { en: X, id: X }\n')).toThrow(/o\.yaml: organizations\[0\]\.id: /);
    expect(() => parseOrganizations('o.yaml', 'organizations:\n  - id: x\n    names: { en: X, id: X }\n    country: GBR\n')).toThrow(/o\.yaml: organizations\[0\]\.country: /);
  });
});

describe('matchOrganizations', () => {
  it('should prefer the longest listed name and match whole words in their printed case only', () => {
    const index = buildOrgIndex([
      { id: 'un', names: { en: 'United Nations', id: 'PBB' }, aliases: [] },
      { id: 'unsc', names: { en: 'UN Security Council', id: 'Dewan Keamanan PBB' }, aliases: ['DK PBB'] },
    ]);
    expect(matchOrganizations('resolusi Dewan Keamanan PBB dan PBB, bukan PBBX atau pbb', index).map((m) => [m.id, m.text])).toEqual([
      ['unsc', 'Dewan Keamanan PBB'],
      ['un', 'PBB'],
    ]);
  });
});

describe('findOrganizations', () => {
  it('should find institutions by an Indonesian head word and stop before a person named after them', () => {
    expect(names('Juru bicara Dewan Keamanan Nasional John Kirby mengatakan Rusia telah menggunakannya.')).toEqual([
      ['org:dewan-keamanan-nasional', 'Dewan Keamanan Nasional'],
    ]);
    expect(names('Lim Eul-chul, seorang profesor di Institut Studi Timur Jauh di Seoul, mengatakan.')).toEqual([
      ['org:institut-studi-timur-jauh', 'Institut Studi Timur Jauh'],
    ]);
    expect(names('Perwakilan dari Kementerian Pertahanan Jepang tidak segera merespons.')).toEqual([
      ['org:kementerian-pertahanan-jepang', 'Kementerian Pertahanan Jepang'],
    ]);
  });

  it('should find English institutions by a head word at either end, without a leading article or a trailing role', () => {
    expect(names('The Ministry of Defence said Russia fired drones.', 'en')).toEqual([['org:uk-ministry-of-defence', 'Ministry of Defence']]);
    expect(names('The Japanese Defense Ministry spokesman declined to comment.', 'en')).toEqual([
      ['org:japanese-defense-ministry', 'Japanese Defense Ministry'],
    ]);
    expect(names('Analysts at the Institute for the Study of War disagreed.', 'en')).toEqual([['org:institute-for-the-study-of-war', 'Institute for the Study of War']]);
  });

  it('should not read role titles, countries or people as organizations', () => {
    expect(names('Menteri Pertahanan Korea Selatan, Kim Yong-hyun, menegaskan di depan anggota parlemen.')).toEqual([]);
    expect(names('Defense Secretary Lloyd Austin told reporters.', 'en')).toEqual([]);
  });
});

describe('organizations in the seeds', () => {
  it('should make Dewan Keamanan PBB and DK PBB one organization, the UN Security Council', () => {
    const unsc = org(seedCorpus().organizations, 'org:un-security-council');
    expect(unsc.names).toEqual({ en: 'UN Security Council', id: 'Dewan Keamanan PBB' });
    expect(new Set(unsc.mentions.map((m) => m.text))).toEqual(new Set(['Dewan Keamanan PBB', 'DK PBB']));
    expect(unsc.mentions.filter((m) => m.article.startsWith('000')).map((m) => m.text)).toEqual(['Dewan Keamanan PBB', 'DK PBB', 'DK PBB', 'DK PBB']);
  });

  it('should read Gedung Putih as the White House', () => {
    const whiteHouse = org(seedCorpus().organizations, 'org:white-house');
    expect(whiteHouse.names.en).toBe('White House');
    expect(whiteHouse.country).toBe('US');
    expect(new Set(whiteHouse.mentions.map((m) => m.article.slice(0, 3)))).toEqual(new Set(['001', '003', '004']));
    expect(whiteHouse.mentions.every((m) => m.text === 'Gedung Putih')).toBe(true);
  });

  it('should keep PBB (the United Nations) apart from its Security Council', () => {
    const un = org(seedCorpus().organizations, 'org:united-nations');
    expect(new Set(un.mentions.map((m) => m.text))).toEqual(new Set(['PBB', 'Perserikatan Bangsa-Bangsa']));
  });

  it('should find the listed research group, news agency and ministries the seeds name', () => {
    const ids = seedCorpus().organizations.map((o) => o.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'org:conflict-armament-research',
        'org:kcna',
        'org:uk-ministry-of-defence',
        'org:russian-ministry-of-defence',
        'org:kp-ministry-of-foreign-affairs',
        'org:financial-times',
        'org:the-guardian',
        'org:kremlin',
        'org:dewan-keamanan-nasional',
        'org:institut-studi-timur-jauh',
      ]),
    );
    expect(org(seedCorpus().organizations, 'org:financial-times').mentions.map((m) => m.text)).toEqual(['Financial Times', 'FT']);
  });

  it('should never take a person or a country for an organization', () => {
    const texts = seedCorpus().organizations.flatMap((o) => o.mentions.map((m) => m.text));
    expect(texts.some((text) => text.includes('Kirby'))).toBe(false);
    for (const name of ['Korea Utara', 'Rusia', 'Amerika Serikat', 'Korea Selatan']) expect(texts).not.toContain(name);
  });

  it('should cite every mention at the exact span of its paragraph', () => {
    const { articles, organizations } = seedCorpus();
    const byId = new Map([...articles.values()].map((a) => [a.id, a]));
    for (const m of organizations.flatMap((o) => o.mentions)) {
      expect(byId.get(m.article)?.paragraphs.find((p) => p.anchor === m.paragraph)?.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('organizations in an English story', () => {
  it('should find listed and head-word organizations', () => {
    expect(englishCorpus().organizations.map((o) => [o.id, o.mentions.map((m) => m.text)])).toEqual([
      ['org:conflict-armament-research', ['Conflict Armament Research']],
      ['org:national-security-council', ['National Security Council']],
      ['org:pentagon', ['Pentagon']],
      ['org:uk-ministry-of-defence', ['Ministry of Defence']],
      ['org:us-state-department', ['State Department']],
    ]);
  });
});

describe('mergeOrganizations', () => {
  it('should name a listed organization from the YAML and an unlisted one by its most frequent printed form', () => {
    const index = orgIndex();
    const mentions = ['Kementerian Pertahanan Jepang menolak.', 'Kementerian Pertahanan Jepang setuju.', 'Gedung Putih menolak.'].flatMap((text) =>
      findOrganizations(sentence(text), index),
    );
    const entities = mergeOrganizations(mentions, index);
    expect(entities.map((e) => [e.id, e.names.en, e.names.id, e.mentions.length])).toEqual([
      ['org:kementerian-pertahanan-jepang', 'Kementerian Pertahanan Jepang', 'Kementerian Pertahanan Jepang', 2],
      ['org:white-house', 'White House', 'Gedung Putih', 1],
    ]);
  });
});
