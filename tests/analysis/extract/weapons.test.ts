import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findWeapons, mergeWeapons } from '../../../src/analysis/extract/weapons.ts';
import type { Entity, SentenceInput } from '../../../src/analysis/types.ts';
import { englishCorpus, seedCorpus } from '../../helpers/entity-seeds.ts';

const sentence = (text: string, language: 'id' | 'en' = 'id'): SentenceInput => ({ article: 'fixture', paragraph: 'p1', sentence: 0, text, offset: 0, language });

const found = (text: string, language: 'id' | 'en' = 'id'): [string, string][] => findWeapons(sentence(text, language)).map((w) => [w.id, w.text]);

function seedWeapons(): Entity[] {
  return mergeWeapons(seedCorpus().sentences.flatMap((s) => findWeapons(s)));
}

function weapon(entities: readonly Entity[], id: string): Entity {
  const result = entities.find((e) => e.id === id);
  if (!result) throw new Error(`No weapon ${id} among ${entities.map((e) => e.id).join(', ')}`);
  return result;
}

describe('findWeapons', () => {
  it('should find designators: letters, a hyphen, and a number or a letter suffix', () => {
    expect(found('Rudal KN-23 dibandingkan dengan rudal Iskander-M milik Rusia.')).toEqual([
      ['weapon:missile', 'Rudal'],
      ['weapon:kn-23', 'KN-23'],
      ['weapon:missile', 'rudal'],
      ['weapon:iskander-m', 'Iskander-M'],
    ]);
    expect(found('Russia launched Shahed-136 drones while F-16 jets, Su-35 fighters and an S-400 battery stood by.', 'en').map(([id]) => id)).toEqual([
      'weapon:shahed-136',
      'weapon:drone',
      'weapon:f-16',
      'weapon:su-35',
      'weapon:s-400',
    ]);
  });

  it('should not take years, scores, dates, diseases, summits or hyphenated names for designators', () => {
    expect(
      found('Pada 2023-24 skor 2-1, H-1 Lebaran, COVID-19, KTT G-20, perang Rusia-Ukraina, Kim Jong-Un dan Choe Son-hui bertemu di Asia-Pasifik.'),
    ).toEqual([]);
  });

  it('should map Indonesian and English terms to one canonical class, preferring the longest term', () => {
    expect(found('Korea Utara memasok misil balistik, rudal balistik dan peluru artileri.').map(([id]) => id)).toEqual([
      'weapon:ballistic-missile',
      'weapon:ballistic-missile',
      'weapon:artillery-shell',
    ]);
    expect(found('Rusia mendapat peluncur misil balistik dan beberapa lusin misil balistik.')).toEqual([
      ['weapon:ballistic-missile-launcher', 'peluncur misil balistik'],
      ['weapon:ballistic-missile', 'misil balistik'],
    ]);
    expect(found('Pyongyang mencari pesawat tempur, rudal permukaan-ke-udara, kendaraan lapis baja dan hulu ledak.').map(([id]) => id)).toEqual([
      'weapon:fighter-aircraft',
      'weapon:sam',
      'weapon:armoured-vehicle',
      'weapon:warhead',
    ]);
    expect(found('Kyiv asked for fighter jets, surface-to-air missiles, armored vehicles and artillery shells.', 'en').map(([id]) => id)).toEqual([
      'weapon:fighter-aircraft',
      'weapon:sam',
      'weapon:armoured-vehicle',
      'weapon:artillery-shell',
    ]);
  });

  it('should accept plurals: English -s and Indonesian repeated words', () => {
    expect(found('roket-roket Korea Utara', 'id')).toEqual([['weapon:rocket', 'roket-roket']]);
    expect(found('ATACMS and Storm Shadow missiles', 'en')).toEqual([
      ['weapon:atacms', 'ATACMS'],
      ['weapon:storm-shadow', 'Storm Shadow'],
      ['weapon:missile', 'missiles'],
    ]);
  });

  it('should cite the span in the paragraph, offset by the sentence start', () => {
    const [kn] = findWeapons({ ...sentence('rudal KN-23'), offset: 100 });
    expect(kn?.ref).toMatchObject({ start: 100, end: 105 });
  });
});

describe('weapons in the seeds', () => {
  it('should find KN-23, KN-24 and Iskander-M as weapons named by their designators', () => {
    const entities = seedWeapons();
    for (const [id, name] of [
      ['weapon:kn-23', 'KN-23'],
      ['weapon:kn-24', 'KN-24'],
      ['weapon:iskander-m', 'Iskander-M'],
    ] as const) {
      expect(weapon(entities, id).names).toEqual({ en: name, id: name });
    }
    expect(new Set(weapon(entities, 'weapon:kn-23').mentions.map((m) => m.article.slice(0, 3)))).toEqual(new Set(['002', '004']));
  });

  it('should not find F-16, which only appears in a teaser line cleaning removed', () => {
    const raw = readFileSync(new URL('../../../seeds/001_4cc6a11692715272.txt', import.meta.url), 'utf8');
    expect(raw).toContain('F-16');
    expect(seedWeapons().map((e) => e.id)).not.toContain('weapon:f-16');
  });

  it('should make rudal balistik and misil balistik one class, ballistic-missile', () => {
    const ballistic = weapon(seedWeapons(), 'weapon:ballistic-missile');
    expect(ballistic.names).toEqual({ en: 'ballistic missile', id: 'rudal balistik' });
    const forms = new Set(ballistic.mentions.map((m) => m.text.toLowerCase()));
    expect(forms).toContain('rudal balistik');
    expect(forms).toContain('misil balistik');
    expect(ballistic.aliases).toContain('misil balistik');
  });

  it('should read peluru artileri as artillery-shell and the launcher as its own class', () => {
    const entities = seedWeapons();
    expect(weapon(entities, 'weapon:artillery-shell').mentions.map((m) => m.text)).toEqual(['peluru artileri', 'peluru artileri']);
    expect(weapon(entities, 'weapon:ballistic-missile-launcher').mentions.map((m) => m.text)).toEqual(['peluncur misil balistik']);
  });

  it('should cite every mention at the exact span of its paragraph', () => {
    const byId = new Map([...seedCorpus().articles.values()].map((a) => [a.id, a]));
    for (const m of seedWeapons().flatMap((e) => e.mentions)) {
      expect(byId.get(m.article)?.paragraphs.find((p) => p.anchor === m.paragraph)?.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('weapons in an English story', () => {
  it('should find designators, named systems and classes', () => {
    const ids = mergeWeapons(englishCorpus().sentences.flatMap((s) => findWeapons(s))).map((e) => e.id);
    expect(ids).toEqual([
      'weapon:atacms',
      'weapon:ballistic-missile',
      'weapon:drone',
      'weapon:iskander-m',
      'weapon:kn-23',
      'weapon:missile',
      'weapon:s-400',
      'weapon:shahed-136',
      'weapon:storm-shadow',
      'weapon:su-35',
    ]);
  });
});
