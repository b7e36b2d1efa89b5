// Words for what the map shows: country names, a leg's name and date range, a
// source and paragraph. UI strings come from src/i18n; names from the model.
import { t } from '../../i18n/index.ts';
import type { AnalysisArticle, Citation } from '../../analysis/types.ts';
import { formatDate } from '../dates/format.ts';
import { sourceLabel } from '../views.ts';
import type { LegDates } from './leg-dates.ts';
import type { MapLeg, MapPlace } from './map-scope.ts';

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The English name of an ISO 3166-1 alpha-2 code; null for none. */
export function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A leg end as printed, with the place it resolved to when the names differ (`Mumbai (written Bombay)`). */
export function endName(end: { name: string; place: MapPlace }): string {
  return end.name.toLocaleLowerCase('und') === end.place.name.toLocaleLowerCase('und') ? end.place.name : t('map.printedAs', { name: end.place.name, printed: end.name });
}

/** `Mumbai to Aden, by sea, grain`: the accessible name of a leg. */
export function legLabel(leg: MapLeg): string {
  const values = { from: leg.from.place.name, to: leg.to.place.name, mode: t(`map.by.${leg.mode}`) };
  return leg.cargo ? t('map.legLabelCargo', { ...values, cargo: leg.cargo }) : t('map.legLabel', values);
}

/** The dates of a leg no more precisely than stated; null when it has none. */
export function dateRangeLabel(dates: LegDates | null): string | null {
  if (!dates) return null;
  const start = formatDate(dates.start.date, dates.start.precision) ?? dates.start.date;
  const end = formatDate(dates.end.date, dates.end.precision) ?? dates.end.date;
  return start === end ? start : t('map.dateRange', { start, end });
}

/** A period of the timeline strip (`September 2023`, `2023`). */
export function periodLabel(key: string, unit: 'month' | 'year'): string {
  return formatDate(unit === 'month' ? `${key}-01` : key, unit) ?? key;
}

/** `Outlet, paragraph 7`. */
export function citationLabel(citation: Citation, articles: ReadonlyMap<string, AnalysisArticle>): string {
  const article = articles.get(citation.article);
  return t('map.sourceParagraph', { source: article ? sourceLabel(article) : citation.article, n: citation.paragraph.slice(1) });
}

const KINDS = new Set(['city', 'port', 'region', 'place']);

/** A place's kind in words (`port`); an unknown kind is shown as it is. */
export function kindLabel(kind: string): string {
  return KINDS.has(kind) ? t(`map.kind.${kind as 'city' | 'port' | 'region' | 'place'}`) : kind;
}

/** An id-safe form of a model id (`place:geonames:1` → `place-geonames-1`). */
export function domId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-');
}
