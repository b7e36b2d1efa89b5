// Metadata: reads title, outlet, original source, editor, dateline, language and
// publication date from a clean article, and takes the lines that only carried
// metadata out of the body. Conventions are data in src/lang/credits.ts.
import { AGENCIES, EDITOR_LINE, LEDE_MARKERS, ORIGINAL_LINE, OUTLET_LINE, OUTLET_LINE_WINDOW, SOURCE_LINE, TRAILING_CREDIT } from '../lang/credits.ts';
import { dateReadings, publicationDateOf } from '../lib/dates/publication-date.ts';
import { detectTinyld } from './language.ts';
import { segmentSentences } from './segment.ts';
import type { ArticleMeta, ArticleWithMeta, CleanArticle, Language, SourceLine } from './types.ts';

export interface MetadataOptions {
  /** Today's date, `YYYY-MM-DD`: a weekday-pinned date is never later than this. */
  today: string;
}

/** A printed title: short, one line, not a sentence. */
const TITLE_MAX_CHARS = 200;
const TITLE_MAX_WORDS = 30;
/** A derived title is the lede's first sentence, cut at a word near this length. */
const DERIVED_TITLE_MAX_CHARS = 110;
/** Publication dates are looked for in the article's first lines only. */
const DATE_WINDOW = 6;

const agencySet = new Set(AGENCIES.map((name) => name.toLowerCase()));
const isAgency = (name: string): boolean => agencySet.has(name.trim().toLowerCase());

function looksLikeTitle(text: string): boolean {
  return (
    text.length <= TITLE_MAX_CHARS &&
    text.split(/\s+/).length <= TITLE_MAX_WORDS &&
    !/[.!…:;,]["”’')\]]*$/.test(text) &&
    !/^[“"‘']/.test(text)
  );
}

/** `TEMPO.CO.ID` is the dateline's capitals, not the brand: `Tempo`; `Tempo.co` is kept as printed. */
export function outletName(marker: string): string {
  const name = marker.trim();
  if (name.includes('.') && name === name.toUpperCase()) {
    const label = name.split('.')[0] ?? name;
    return titleCase(label);
  }
  return name;
}

/** `JAKARTA` → `Jakarta`, `NEW YORK` → `New York`; mixed case is kept. */
export function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** tinyld's language of a text (see language.ts), mapped to the languages the pipeline has data for. */
export function detectLanguage(text: string): Language {
  const code = detectTinyld(text);
  return code === 'id' || code === 'en' ? code : 'und';
}

export function deriveTitle(lede: string, language: Language = 'und'): string {
  // The segmenter's first sentence, so an abbreviation (`The U.S. said …`) does not end it.
  const sentence = segmentSentences(lede, language)[0]?.text ?? lede;
  const first = sentence.replace(/[.!?]+(?=["”’')\]]*$)/u, '').trim();
  if (first.length <= DERIVED_TITLE_MAX_CHARS) return first;
  const cut = first.slice(0, DERIVED_TITLE_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

export function extractMetadata(article: CleanArticle, options: MetadataOptions): ArticleWithMeta {
  const lines = article.lines.map((line) => ({ ...line }));
  const consumed: SourceLine[] = [];
  let originalSource: string | null = null;
  let editor: string | null = null;
  let outlet: string | null = null;
  let dateline: string | null = null;

  const take = (index: number): void => {
    const line = lines[index];
    if (!line) return;
    consumed.push({ ...line });
    lines[index] = { line: line.line, text: '' };
  };
  const nonBlank = (): number[] => lines.flatMap((line, index) => (line.text ? [index] : []));
  /** The first `count` indexes of `nonBlank()`, found without walking every line. */
  const firstNonBlank = (count: number): number[] => {
    const found: number[] = [];
    for (let index = 0; index < lines.length && found.length < count; index++) if (lines[index]?.text) found.push(index);
    return found;
  };
  /** `nonBlank().at(-1)`, from the end. */
  const lastNonBlank = (): number | undefined => {
    for (let index = lines.length - 1; index >= 0; index--) if (lines[index]?.text) return index;
    return undefined;
  };

  // The date is read before anything is taken out: a dateline line may carry it.
  const readings = dateReadings(firstNonBlank(DATE_WINDOW).map((index) => lines[index]?.text ?? ''));
  const date = publicationDateOf(readings, options.today);

  // Credit lines: anywhere, they carry only metadata.
  for (const index of nonBlank()) {
    const text = lines[index]?.text ?? '';
    const source = SOURCE_LINE.exec(text)?.groups;
    const original = ORIGINAL_LINE.exec(text)?.groups;
    const editorLine = EDITOR_LINE.exec(text)?.groups;
    if (source?.['source']) {
      // `CNA/SL`: the agency, then the initials of whoever rewrote it.
      const [name, initials] = source['source'].split('/').map((part) => part.trim());
      originalSource ??= name || null;
      editor ??= source['editor']?.trim() || initials || null;
      take(index);
    } else if (original?.['source']) {
      originalSource ??= original['source'];
      take(index);
    } else if (editorLine?.['editor'] && editorLine['editor'].split(/\s+/).length <= 6) {
      editor ??= editorLine['editor'];
      take(index);
    }
  }

  // Title: a short first line that is not a sentence.
  let title: string | null = null;
  const [firstIndex, secondIndex] = firstNonBlank(2);
  const firstText = firstIndex === undefined ? '' : (lines[firstIndex]?.text ?? '');
  const hasMore = secondIndex !== undefined;
  if (firstIndex !== undefined && hasMore && looksLikeTitle(firstText) && !LEDE_MARKERS.some((marker) => marker.test(firstText))) {
    title = firstText;
    take(firstIndex);
  }

  // A lone outlet line just after the title (`AFP`).
  for (const index of firstNonBlank(OUTLET_LINE_WINDOW)) {
    const text = lines[index]?.text ?? '';
    if (OUTLET_LINE.test(text)) {
      if (isAgency(text)) originalSource ??= text;
      else outlet ??= text;
      take(index);
      break;
    }
  }

  // Dateline and outlet markers at the head of the lede.
  const ledeIndex = firstNonBlank(1)[0];
  const lede = ledeIndex === undefined ? undefined : lines[ledeIndex];
  if (lede && ledeIndex !== undefined) {
    for (const marker of LEDE_MARKERS) {
      const match = marker.exec(lede.text);
      if (!match?.groups) continue;
      const groups = match.groups;
      if (groups['outlet']) outlet ??= outletName(groups['outlet']);
      if (groups['dateline']) dateline = titleCase(groups['dateline'].trim());
      if (groups['agency']) originalSource ??= groups['agency'].trim();
      const rest = lede.text.slice(match[0].length);
      if (rest.trim()) {
        consumed.push({ line: lede.line, text: match[0].trim() });
        lines[ledeIndex] = { line: lede.line, text: rest };
      }
      break;
    }
  }

  // `(Hui)` closing the last paragraph credits the writer, or the agency.
  const lastIndex = lastNonBlank();
  const last = lastIndex === undefined ? undefined : lines[lastIndex];
  if (last && lastIndex !== undefined && firstNonBlank(1)[0] !== lastIndex) {
    const match = TRAILING_CREDIT.exec(last.text);
    const credit = match?.groups?.['credit'];
    if (match && credit) {
      if (isAgency(credit)) originalSource ??= credit;
      else editor ??= credit;
      consumed.push({ line: last.line, text: match[0].trim() });
      lines[lastIndex] = { line: last.line, text: last.text.slice(0, match.index).trimEnd() };
    }
  }

  const body = lines.filter((line) => line.text).map((line) => line.text).join('\n');
  const language = detectLanguage(body || title || '');
  const ledeText = lines.find((line) => line.text)?.text ?? '';
  const meta: ArticleMeta = {
    title: title ?? deriveTitle(ledeText || article.seed, language),
    titleDerived: title === null,
    outlet,
    originalSource,
    editor,
    dateline,
    language,
    published: date.published,
    datePrecision: date.precision,
    dateInferred: date.inferred,
  };
  return { ...article, lines, consumed, meta, dateReadings: readings };
}
