import { describe, expect, it } from 'vitest';
import { localeOfPath } from '../../src/i18n/index.ts';
import { contextFor } from '../../src/lib/page-context.ts';

describe('localeOfPath', () => {
  it('takes the locale from the first segment below the base only', () => {
    expect(localeOfPath('/', '/')).toBe('en');
    expect(localeOfPath('/', '/id/')).toBe('id');
    expect(localeOfPath('/', '/id/topics/x/')).toBe('id');
    // A later segment that happens to name a locale is not the page's locale.
    expect(localeOfPath('/', '/sources/language/id/')).toBe('en');
    expect(localeOfPath('/briefing/', '/briefing/sources/language/id/')).toBe('en');
    expect(localeOfPath('/briefing/', '/briefing/id/sources/language/en/')).toBe('id');
    expect(localeOfPath('/briefing', '/briefing/id/')).toBe('id');
    expect(localeOfPath('/', '/idx/')).toBe('en');
    expect(localeOfPath('/', '/en/')).toBe('en');
  });
});

describe('contextFor', () => {
  it('roots page links in the locale and files at the site base', () => {
    const id = contextFor('id', '/briefing/');
    expect([id.base, id.assets]).toEqual(['/briefing/id/', '/briefing/']);
    const en = contextFor('en', '/briefing');
    expect([en.base, en.assets]).toEqual(['/briefing/', '/briefing/']);
  });

  it('formats dates and numbers in the interface language, no more precisely than known', () => {
    const en = contextFor('en', '/');
    const id = contextFor('id', '/');
    expect(en.date('2023-10-13', 'day')).toBe('13 October 2023');
    expect(id.date('2023-10-13', 'day')).toBe('13 Oktober 2023');
    expect(id.date('2023-10-01', 'month')).toBe('Oktober 2023');
    expect(en.date(null, 'day')).toBeNull();
    expect(en.number(2500000)).toBe('2,500,000');
    expect(id.number(2500000)).toBe('2.500.000');
    expect(id.t('nav.sources')).not.toBe(en.t('nav.sources'));
    expect(id.describe.countryName('KP')).not.toBe(en.describe.countryName('KP'));
  });
});
