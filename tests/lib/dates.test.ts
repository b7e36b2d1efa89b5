// Tests for publication-date finding and the calendar data behind it.
import { describe, expect, it } from 'vitest';
import { monthNames, monthNumber, weekdayNumber } from '../../src/lang/calendar.ts';
import { findPublicationDate, isValidDate, resolveWeekdayYear } from '../../src/lib/dates/publication-date.ts';

const TODAY = '2026-11-22';

const EGINDO_LEDE =
  'Washington | EGINDO.co – Korea Utara telah mengirimkan lebih dari 1.000 kontainer peralatan militer ' +
  'dan amunisi ke Rusia dalam beberapa pekan terakhir untuk digunakan di Ukraina, kata Gedung Putih pada Jumat (13 Oktober).';

describe('calendar data', () => {
  it('looks up Indonesian and English month names and abbreviations case-insensitively', () => {
    expect(monthNumber('Januari')).toBe(1);
    expect(monthNumber('MEI')).toBe(5);
    expect(monthNumber('Agt')).toBe(8);
    expect(monthNumber('Agus', 'id')).toBe(8);
    expect(monthNumber('Okt')).toBe(10);
    expect(monthNumber('Des')).toBe(12);
    expect(monthNumber('Oct.')).toBe(10);
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('may', 'en')).toBe(5);
    expect(monthNumber('Mei', 'en')).toBeNull();
    expect(monthNumber('Kamis')).toBeNull();
  });

  it('numbers weekdays from Sunday as 0, like Date#getUTCDay, with any apostrophe in Jum’at', () => {
    expect(weekdayNumber('Minggu')).toBe(0);
    expect(weekdayNumber('Ahad')).toBe(0);
    expect(weekdayNumber('senin')).toBe(1);
    expect(weekdayNumber("Jum'at")).toBe(5);
    expect(weekdayNumber('Jum\u2019at')).toBe(5);
    expect(weekdayNumber('Thurs.')).toBe(4);
    expect(weekdayNumber('SATURDAY')).toBe(6);
    expect(weekdayNumber('Oktober')).toBeNull();
  });
});

describe('isValidDate', () => {
  it('accepts real days and rejects 31 February, 31 April and 29 February outside leap years', () => {
    expect(isValidDate(2024, 1, 22)).toBe(true);
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(2024, 2, 31)).toBe(false);
    expect(isValidDate(2024, 4, 31)).toBe(false);
    expect(isValidDate(2024, 13, 1)).toBe(false);
    expect(isValidDate(2024, 0, 1)).toBe(false);
    expect(isValidDate(2024, 1, 0)).toBe(false);
  });
});

describe('resolveWeekdayYear', () => {
  it('picks the latest year, not after today, in which the day falls on that weekday', () => {
    // 13 October was a Friday in 2023 and 2017, not in 2024–2026.
    expect(resolveWeekdayYear(10, 13, 5, '2026-11-22')).toBe(2023);
    expect(resolveWeekdayYear(10, 13, 5, '2023-10-13')).toBe(2023);
    expect(resolveWeekdayYear(10, 13, 5, '2023-10-12')).toBe(2017);
  });

  it('finds 29 February only in leap years and gives up beyond 28 years back', () => {
    // 29 February 2024 was a Thursday; the one before on a Thursday was 1996.
    expect(resolveWeekdayYear(2, 29, 4, '2026-11-22')).toBe(2024);
    expect(resolveWeekdayYear(2, 29, 4, '2024-02-28')).toBe(1996);
    expect(resolveWeekdayYear(2, 29, 4, '2025-02-28')).toBe(2024);
    expect(resolveWeekdayYear(2, 31, 4, '2026-11-22')).toBeNull();
  });

  it('throws on a malformed today, which is a caller bug', () => {
    expect(() => resolveWeekdayYear(10, 13, 5, '22/11/2026')).toThrow(RangeError);
  });
});

describe('findPublicationDate', () => {
  it('pins the year of “pada Jumat (13 Oktober)” to 2023, the last year 13 October was a Friday', () => {
    const lines = ['Korut Kirim Senjata Ke Rusia Untuk Digunakan Di Ukraina', EGINDO_LEDE];
    expect(findPublicationDate(lines, TODAY)).toEqual({
      published: '2023-10-13',
      precision: 'day',
      inferred: true,
      line: 1,
    });
  });

  it('never pins a weekday date after today, so before 13 October 2023 it goes back to 2017', () => {
    const result = findPublicationDate([EGINDO_LEDE], '2023-10-12');
    expect(result.published).not.toBe('2023-10-13');
    expect(result).toEqual({ published: '2017-10-13', precision: 'day', inferred: true, line: 0 });
  });

  it('reads “Senin, 22 Januari 2024” as an explicit day', () => {
    expect(findPublicationDate(['Senin, 22 Januari 2024'], TODAY)).toEqual({
      published: '2024-01-22',
      precision: 'day',
      inferred: false,
      line: 0,
    });
  });

  it('reads a numeric dateline “JAKARTA, 22/01/2024 -” as day/month/year', () => {
    const result = findPublicationDate(['Judul berita', 'JAKARTA, 22/01/2024 - Pemerintah mengumumkan ...'], TODAY);
    expect(result).toEqual({ published: '2024-01-22', precision: 'day', inferred: false, line: 1 });
  });

  it('does not read a US-style month/day/year such as 01/22/2024', () => {
    expect(findPublicationDate(['JAKARTA, 01/22/2024 -'], TODAY).precision).toBe('none');
  });

  it('reads ISO dates and other explicit forms', () => {
    expect(findPublicationDate(['Published 2024-01-22T08:00'], TODAY).published).toBe('2024-01-22');
    expect(findPublicationDate(['Jan. 22, 2024'], TODAY).published).toBe('2024-01-22');
    expect(findPublicationDate(['22 January 2024'], TODAY).published).toBe('2024-01-22');
    expect(findPublicationDate(['Jumat (13/10/2023)'], TODAY)).toMatchObject({
      published: '2023-10-13',
      inferred: false,
    });
  });

  it('infers the year of an English “on Friday (Oct. 13)”', () => {
    const lines = ['WASHINGTON (Reuters) - North Korea has delivered more than 1,000 containers, the White House said on Friday (Oct. 13).'];
    expect(findPublicationDate(lines, TODAY)).toEqual({
      published: '2023-10-13',
      precision: 'day',
      inferred: true,
      line: 0,
    });
  });

  it('infers the year of “Friday, October 13”, “Jumat, 13 Oktober” and “Jumat (13/10)”', () => {
    for (const text of ['Friday, October 13', 'Jumat, 13 Oktober', 'Jumat (13/10)', 'Jum’at (13 Okt)']) {
      expect(findPublicationDate([text], TODAY), text).toMatchObject({ published: '2023-10-13', inferred: true });
    }
  });

  it('reads “January 22, 2024” as an explicit day', () => {
    expect(findPublicationDate(['January 22, 2024'], TODAY)).toEqual({
      published: '2024-01-22',
      precision: 'day',
      inferred: false,
      line: 0,
    });
  });

  it('reads “Januari 2024” as month precision when no day is given', () => {
    expect(findPublicationDate(['Laporan Januari 2024'], TODAY)).toEqual({
      published: '2024-01',
      precision: 'month',
      inferred: false,
      line: 0,
    });
  });

  it('prefers a day, even an inferred one on a later line, over a month and year', () => {
    const lines = ['Laporan Januari 2024', 'kata Gedung Putih pada Jumat (13 Oktober).'];
    expect(findPublicationDate(lines, TODAY)).toMatchObject({ published: '2023-10-13', line: 1 });
  });

  it('gives nothing for “pada tanggal 30 Desember dan 2 Januari”: no year is invented', () => {
    expect(findPublicationDate(['pada tanggal 30 Desember dan 2 Januari'], TODAY)).toEqual({
      published: null,
      precision: 'none',
      inferred: false,
    });
  });

  it('gives nothing for a bare weekday like “pada hari Kamis”', () => {
    expect(findPublicationDate(['kata Gedung Putih pada hari Kamis.'], TODAY).precision).toBe('none');
  });

  it('rejects “31 Februari 2024” without falling back to its month', () => {
    expect(findPublicationDate(['31 Februari 2024'], TODAY)).toEqual({
      published: null,
      precision: 'none',
      inferred: false,
    });
  });

  it('rejects a printed date after today, such as a deadline', () => {
    expect(findPublicationDate(['target selesai 31 Desember 2030'], TODAY).precision).toBe('none');
  });

  it('prefers an explicit date over an inferred one that appears earlier', () => {
    const lines = ['kata Gedung Putih pada Jumat (13 Oktober).', 'Diperbarui 22 Januari 2024'];
    expect(findPublicationDate(lines, TODAY)).toEqual({
      published: '2024-01-22',
      precision: 'day',
      inferred: false,
      line: 1,
    });
  });

  it('takes the first of two explicit dates in reading order, within a line too', () => {
    expect(findPublicationDate(['2 Januari 2024 dan 2023-12-30'], TODAY).published).toBe('2024-01-02');
    expect(findPublicationDate(['x', '5 Mei 2024', '6 Mei 2024'], TODAY)).toMatchObject({ line: 1 });
  });

  it('does not read a weekday-and-day with its year as inferred', () => {
    expect(findPublicationDate(['Friday, October 13, 2017'], TODAY)).toMatchObject({
      published: '2017-10-13',
      inferred: false,
    });
  });

  it('reads every month name in any case, in each rule that names a month (a line is searched only when it names one)', () => {
    for (const name of monthNames()) {
      const month = String(monthNumber(name)).padStart(2, '0');
      for (const form of [name, name.toUpperCase(), name[0]!.toUpperCase() + name.slice(1)]) {
        expect(findPublicationDate([`JAKARTA, 12 ${form} 2024 - text`], TODAY).published, form).toBe(`2024-${month}-12`);
        expect(findPublicationDate([`Posted ${form}. 12, 2024 by staff`], TODAY).published, form).toBe(`2024-${month}-12`);
        expect(findPublicationDate([`Diperbarui ${form} 2024`], TODAY).published, form).toBe(`2024-${month}`);
      }
    }
  });
});
