// The social image (Open Graph / Twitter card) of the briefing: an SVG laid out from the
// title, the lead and a few figures given as arguments, rendered to PNG by resvg with the
// DejaVu fonts of the `dejavu-fonts-ttf` package only (no system fonts), so the same input
// gives the same bytes on every machine.
//
// SVG text does not wrap by itself. Lines are broken and shortened with widths measured
// by resvg on the same fonts it renders with (`measureWithResvg`), so what is measured is
// what is drawn; the layout itself takes the measure as an argument and stays pure.
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

export interface SocialFigure {
  /** The number shown large (formatted by the caller). */
  value: string | number;
  /** What it counts, shown below it. */
  label: string;
}

export interface SocialImageInput {
  /** Small line above the title (the site's name). */
  kicker?: string;
  title: string;
  /** The briefing's lead or description; may be empty. */
  lead?: string;
  /** Up to four figures, in a row at the foot of the card. */
  figures?: readonly SocialFigure[];
}

export interface TextStyle {
  size: number;
  bold: boolean;
}

/** Width in pixels of `text` drawn in DejaVu Sans with `style`. */
export type MeasureText = (text: string, style: TextStyle) => number;

const FONT_FAMILY = 'DejaVu Sans';
const ELLIPSIS = '…';
const MARGIN = 80;
const TOP = 60;
const CONTENT_WIDTH = SOCIAL_IMAGE_WIDTH - 2 * MARGIN;
const MAX_FIGURES = 4;

// The site's light palette (src/styles/global.css).
const COLORS = { bg: '#fdfcf9', text: '#1c1b19', muted: '#55524c', rule: '#d9d5cc', accent: '#0b5cad', panel: '#f3f0e8' };

/** Title sizes tried largest first: the first that fits in TITLE_LINES lines wins; the smallest is cut with an ellipsis. */
const TITLE_SIZES = [68, 60, 52] as const;
const TITLE_LINES = 3;
const LEAD_SIZE = 28;
const KICKER_SIZE = 26;
const FIGURE_VALUE_SIZE = 48;
const FIGURE_LABEL_SIZE = 22;
const LINE_HEIGHT = 1.2;

/** Top of the figures band; the title and lead stay above it. */
const FIGURES_TOP = SOCIAL_IMAGE_HEIGHT - 130;

/** Characters XML 1.0 does not allow, and lone surrogates: dropped so any text gives a well-formed SVG. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const graphemes = (text: string): string[] => [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);

/** The longest prefix of `text` (whole graphemes) that fits in `width`; at least one grapheme so wrapping always advances. */
function fittingPrefix(text: string, width: number, style: TextStyle, measure: MeasureText, suffix = ''): string {
  const parts = graphemes(text);
  let low = 1;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(parts.slice(0, mid).join('') + suffix, style) <= width) low = mid;
    else high = mid - 1;
  }
  return parts.slice(0, low).join('');
}

/** `line` shortened until it fits in `width` with an ellipsis after it: whole words first, graphemes for a single long word. */
function ellipsize(line: string, width: number, style: TextStyle, measure: MeasureText): string {
  let words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}${ELLIPSIS}`, style) > width) words = words.slice(0, -1);
  const text = words.join(' ').replace(/[\s,;:.\-–—]+$/u, '');
  if (measure(`${text}${ELLIPSIS}`, style) <= width) return `${text}${ELLIPSIS}`;
  return `${fittingPrefix(text, width, style, measure, ELLIPSIS)}${ELLIPSIS}`;
}

export interface Wrapped {
  lines: string[];
  /** True when text was left out (the last line then ends with an ellipsis). */
  truncated: boolean;
}

/**
 * Greedy word wrap of `text` into at most `maxLines` lines of at most `width` pixels. A word
 * wider than a line is broken between graphemes; text beyond the last line is cut and the
 * last line ends with an ellipsis.
 */
export function wrapText(text: string, width: number, maxLines: number, style: TextStyle, measure: MeasureText): Wrapped {
  const words = text.split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  // One line more than allowed is enough to know the text does not fit.
  while (index < words.length && lines.length <= maxLines) {
    const word = words[index]!;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate, style) <= width) {
      current = candidate;
      index++;
    } else if (current !== '') {
      lines.push(current);
      current = '';
    } else {
      // A single word wider than the line: break it, and continue with the rest of it.
      const head = fittingPrefix(word, width, style, measure);
      lines.push(head);
      words[index] = word.slice(head.length);
    }
  }
  if (current !== '' && lines.length <= maxLines) lines.push(current);
  if (lines.length <= maxLines && index >= words.length) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1]!, width, style, measure);
  return { lines: kept, truncated: true };
}

function textElement(x: number, y: number, text: string, style: TextStyle, fill: string, anchor: 'start' | 'middle' = 'start'): string {
  const weight = style.bold ? ' font-weight="bold"' : '';
  const anchorAttr = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${style.size}"${weight}${anchorAttr} fill="${fill}">${escapeXml(text)}</text>`;
}

const clean = (text: string | undefined): string => (text ?? '').replace(XML_INVALID, '').replace(/\s+/gu, ' ').trim();

/**
 * The social image as an SVG document of SOCIAL_IMAGE_WIDTH × SOCIAL_IMAGE_HEIGHT. Pure:
 * the same input and measure give the same string.
 */
export function socialImageSvg(input: SocialImageInput, measure: MeasureText): string {
  const kicker = clean(input.kicker);
  const title = clean(input.title);
  const lead = clean(input.lead);
  const figures = (input.figures ?? []).slice(0, MAX_FIGURES).map((figure) => ({ value: clean(String(figure.value)), label: clean(figure.label) }));
  const body: string[] = [];

  let y = TOP;
  if (kicker !== '') {
    const style = { size: KICKER_SIZE, bold: true };
    y += KICKER_SIZE;
    body.push(textElement(MARGIN, y, wrapText(kicker, CONTENT_WIDTH, 1, style, measure).lines[0] ?? '', style, COLORS.accent));
    y += 24;
  }

  // The title at the largest size that shows it whole in TITLE_LINES lines.
  let titleStyle: TextStyle = { size: TITLE_SIZES[0], bold: true };
  let titleLines = wrapText(title, CONTENT_WIDTH, TITLE_LINES, titleStyle, measure);
  for (const size of TITLE_SIZES.slice(1)) {
    if (!titleLines.truncated) break;
    titleStyle = { size, bold: true };
    titleLines = wrapText(title, CONTENT_WIDTH, TITLE_LINES, titleStyle, measure);
  }
  const titleLine = Math.round(titleStyle.size * LINE_HEIGHT);
  for (const line of titleLines.lines) {
    y += titleLine;
    body.push(textElement(MARGIN, y, line, titleStyle, COLORS.text));
  }

  // The lead fills what room is left above the figures band.
  const leadStyle = { size: LEAD_SIZE, bold: false };
  const leadLine = Math.round(LEAD_SIZE * 1.35);
  const bottom = figures.length > 0 ? FIGURES_TOP - 24 : SOCIAL_IMAGE_HEIGHT - TOP;
  y += 20;
  const leadRoom = Math.floor((bottom - y) / leadLine);
  if (lead !== '' && leadRoom > 0) {
    for (const line of wrapText(lead, CONTENT_WIDTH, leadRoom, leadStyle, measure).lines) {
      y += leadLine;
      body.push(textElement(MARGIN, y, line, leadStyle, COLORS.muted));
    }
  }

  if (figures.length > 0) {
    body.push(`<rect x="0" y="${FIGURES_TOP}" width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT - FIGURES_TOP}" fill="${COLORS.panel}"/>`);
    body.push(`<rect x="0" y="${FIGURES_TOP}" width="${SOCIAL_IMAGE_WIDTH}" height="2" fill="${COLORS.rule}"/>`);
    const column = CONTENT_WIDTH / figures.length;
    const valueStyle = { size: FIGURE_VALUE_SIZE, bold: true };
    const labelStyle = { size: FIGURE_LABEL_SIZE, bold: false };
    figures.forEach((figure, i) => {
      const x = Math.round(MARGIN + i * column);
      const room = Math.floor(column - 24);
      body.push(textElement(x, FIGURES_TOP + 64, wrapText(figure.value, room, 1, valueStyle, measure).lines[0] ?? '', valueStyle, COLORS.text));
      body.push(textElement(x, FIGURES_TOP + 98, wrapText(figure.label, room, 1, labelStyle, measure).lines[0] ?? '', labelStyle, COLORS.muted));
    });
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" viewBox="0 0 ${SOCIAL_IMAGE_WIDTH} ${SOCIAL_IMAGE_HEIGHT}">`,
    `<rect width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" fill="${COLORS.bg}"/>`,
    `<rect width="16" height="${SOCIAL_IMAGE_HEIGHT}" fill="${COLORS.accent}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** The DejaVu TTF files of the `dejavu-fonts-ttf` package: regular and bold sans, the only fonts used. */
export function dejavuFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')];
}

/** resvg options that use the DejaVu files only, never a system font. */
export function resvgOptions(): ResvgRenderOptions {
  return {
    font: { loadSystemFonts: false, fontFiles: dejavuFontFiles(), defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
    background: COLORS.bg,
  };
}

/**
 * A measure backed by resvg: the width of the text's outline as resvg lays it out with the
 * same fonts (shaping and kerning included), cached per text and style.
 */
export function measureWithResvg(options: ResvgRenderOptions = resvgOptions()): MeasureText {
  const cache = new Map<string, number>();
  return (text, style) => {
    const key = `${style.size}:${style.bold ? 'b' : 'r'}:${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      // Drawn from x = 0, the right edge of the outline is the width the text takes from its start.
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${textElement(0, style.size, text, style, '#000')}</svg>`;
      const box = new Resvg(svg, { font: options.font ?? {} }).getBBox();
      width = box === undefined ? 0 : Math.max(0, box.x + box.width);
      cache.set(key, width);
    }
    return width;
  };
}

/** The social image as PNG bytes: the SVG of `input` rendered with the DejaVu fonts only. */
export function renderSocialImage(input: SocialImageInput): Uint8Array<ArrayBuffer> {
  const options = resvgOptions();
  const svg = socialImageSvg(input, measureWithResvg(options));
  return new Uint8Array(new Resvg(svg, options).render().asPng());
}
