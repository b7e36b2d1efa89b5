// Words for what the map shows: country names, a leg's name and date range, a
// source and paragraph, in the page's interface language. UI strings come from
// src/i18n; names from the model.
import { t as english, type Translate } from '../../i18n/index.ts';
import type { AnalysisArticle, Citation } from '../../analysis/types.ts';
import { formatDate } from '../dates/format.ts';
import { sourceLabel } from '../views.ts';
import type { LegDates } from './leg-dates.ts';
import type { MapLeg, MapPlace } from './map-scope.ts';

export interface Describer {
  /** The name of an ISO 3166-1 alpha-2 code in the interface language; null for none. */
  countryName(code: string | null): string | null;
  /** A leg end as printed, with the place it resolved to when the names differ (`Mumbai (written Bombay)`). */
  endName(end: { name: string; place: MapPlace }): string;
  /** `Mumbai to Aden, by sea, grain`: the accessible name of a leg. */
  legLabel(leg: MapLeg): string;
  /** The dates of a leg no more precisely than stated; null when it has none. */
  dateRangeLabel(dates: LegDates | null): string | null;
  /** A period of the timeline strip (`September 2023`, `2023`). */
  periodLabel(key: string, unit: 'month' | 'year'): string;
  /** `Outlet, paragraph 7`. */
  citationLabel(citation: Citation, articles: ReadonlyMap<string, AnalysisArticle>): string;
  /** A place's kind in words (`port`); an unknown kind is shown as it is. */
  kindLabel(kind: string): string;
}

const KINDS = new Set(['city', 'port', 'region', 'place']);

/** The map's words with translator `t`, dates and country names in `dateLocale` (a BCP 47 tag). */
export function describer(t: Translate = english, dateLocale = 'en-GB'): Describer {
  const regions = new Intl.DisplayNames([dateLocale], { type: 'region', fallback: 'code' });
  const date = (iso: string, precision: 'day' | 'month' | 'year') => formatDate(iso, precision, dateLocale) ?? iso;
  return {
    countryName(code) {
      if (!code) return null;
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    endName(end) {
      return end.name.toLocaleLowerCase('und') === end.place.name.toLocaleLowerCase('und') ? end.place.name : t('map.printedAs', { name: end.place.name, printed: end.name });
    },
    legLabel(leg) {
      const values = { from: leg.from.place.name, to: leg.to.place.name, mode: t(`map.by.${leg.mode}`) };
      return leg.cargo ? t('map.legLabelCargo', { ...values, cargo: leg.cargo }) : t('map.legLabel', values);
    },
    dateRangeLabel(dates) {
      if (!dates) return null;
      const start = date(dates.start.date, dates.start.precision);
      const end = date(dates.end.date, dates.end.precision);
      return start === end ? start : t('map.dateRange', { start, end });
    },
    periodLabel(key, unit) {
      return date(unit === 'month' ? `${key}-01` : key, unit);
    },
    citationLabel(citation, articles) {
      const article = articles.get(citation.article);
      return t('map.sourceParagraph', { source: article ? sourceLabel(article) : citation.article, n: citation.paragraph.slice(1) });
    },
    kindLabel(kind) {
      return KINDS.has(kind) ? t(`map.kind.${kind as 'city' | 'port' | 'region' | 'place'}`) : kind;
    },
  };
}

/** An id-safe form of a model id (`place:geonames:1` → `place-geonames-1`). */
export function domId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-');
}
