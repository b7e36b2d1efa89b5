import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import id from '../../src/i18n/id.json' with { type: 'json' };
import { localeHref, switchLocaleHref, translator, type UiKey } from '../../src/i18n/index.ts';

const catalogues: Record<string, Record<string, string>> = { en, id };

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe('UI catalogues', () => {
  it('should have exactly the same keys in the same order in English and Indonesian', () => {
    expect(Object.keys(id)).toEqual(Object.keys(en));
  });

  it('should use the same placeholders per key in both catalogues', () => {
    for (const key of Object.keys(en) as UiKey[]) {
      expect({ key, placeholders: placeholders((id as Record<string, string>)[key] ?? '') }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });

  it('should have no empty or blank string', () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect({ locale, key, blank: typeof text !== 'string' || text.trim() === '' }).toEqual({ locale, key, blank: false });
      }
    }
  });

  it('should translate interface words into Indonesian, not copy the English', () => {
    // Keys whose text is the same in both languages by nature (a bare placeholder, a
    // loanword used in Indonesian newsrooms, a unit word) are the exception, not the rule.
    const same = (Object.keys(en) as UiKey[]).filter((key) => (id as Record<string, string>)[key] === en[key]);
    expect(same.length).toBeLessThan(Object.keys(en).length / 20);
  });
});

describe('translator', () => {
  it('should return Indonesian for id and fill placeholders', () => {
    const t = translator('id');
    expect(t('nav.skip')).toBe('Lewati ke konten');
    expect(t('nav.sources')).toBe('Sumber');
    expect(t('nav.topics')).toBe('Topik');
    expect(t('nav.map')).toBe('Peta');
    expect(t('nav.entities')).toBe('Entitas');
    expect(t('nav.timeline')).toBe('Linimasa');
    expect(t('nav.figures')).toBe('Angka');
    expect(t('nav.about')).toBe('Tentang');
    expect(t('cite.paragraph', { n: 3 })).toBe('paragraf 3');
    expect(t('home.datesRange', { oldest: 'a', newest: 'b' })).toBe('Dari a sampai b.');
  });

  it('should return English for en, for an unknown locale and for none', () => {
    for (const locale of ['en', 'fr', '', undefined]) {
      const t = translator(locale);
      expect(t('nav.skip')).toBe('Skip to content');
      expect(t('cite.paragraph', { n: 3 })).toBe('paragraph 3');
    }
  });

  it('should leave a placeholder without a value as written', () => {
    expect(translator('id')('cite.paragraph')).toBe('paragraf {n}');
  });
});

describe('locale hrefs', () => {
  for (const base of ['/', '/sub/path/', '/sub/path']) {
    const root = base.endsWith('/') ? base : `${base}/`;

    it(`should prefix Indonesian paths with id/ below base ${base}`, () => {
      expect(localeHref(base, 'en')).toBe(root);
      expect(localeHref(base, 'id')).toBe(`${root}id/`);
      expect(localeHref(base, 'en', 'topics/x/')).toBe(`${root}topics/x/`);
      expect(localeHref(base, 'id', 'topics/x/')).toBe(`${root}id/topics/x/`);
    });

    it(`should switch a page between English and Indonesian below base ${base}`, () => {
      expect(switchLocaleHref(base, `${root}topics/x/`, 'en', 'id')).toBe(`${root}id/topics/x/`);
      expect(switchLocaleHref(base, `${root}id/topics/x/`, 'id', 'en')).toBe(`${root}topics/x/`);
      expect(switchLocaleHref(base, `${root}id/`, 'id', 'en')).toBe(root);
      expect(switchLocaleHref(base, `${root}id`, 'id', 'en')).toBe(root);
      expect(switchLocaleHref(base, root, 'en', 'id')).toBe(`${root}id/`);
      expect(switchLocaleHref(base, `${root}sources/a/`, 'en', 'en')).toBe(`${root}sources/a/`);
    });
  }

  it('should not strip an English path that merely starts with the letters id', () => {
    expect(switchLocaleHref('/', '/identity/', 'en', 'id')).toBe('/id/identity/');
    expect(switchLocaleHref('/', '/id/identity/', 'id', 'en')).toBe('/identity/');
  });
});
