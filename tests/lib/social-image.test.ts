import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { loadBriefingSettings } from '../../src/analysis/load-briefing.ts';
import {
  measureWithResvg,
  renderSocialImage,
  resvgOptions,
  socialImageSvg,
  SOCIAL_IMAGE_HEIGHT,
  SOCIAL_IMAGE_WIDTH,
  wrapText,
  type MeasureText,
  type SocialImageInput,
} from '../../src/lib/social-image.ts';

const measure = measureWithResvg();
const settings = loadBriefingSettings(fileURLToPath(new URL('../../content/', import.meta.url)));
const figures = [
  { value: 5, label: 'Sources' },
  { value: 8, label: 'Topics' },
  { value: 31, label: 'Places' },
];
const briefingInput: SocialImageInput = { kicker: 'Briefing', title: settings.title, lead: settings.lead, figures };

/** Every `<text>` element of an SVG, as written. */
const textElements = (svg: string): string[] => svg.match(/<text\b[^>]*>[^<]*<\/text>/g) ?? [];
const textContent = (element: string): string =>
  element.replace(/^<text[^>]*>|<\/text>$/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The box resvg draws one text element into, alone on the canvas. */
function inkBox(element: string): { x: number; y: number; width: number; height: number } {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}">${element}</svg>`;
  const box = new Resvg(svg, { font: resvgOptions().font ?? {} }).getBBox();
  if (box === undefined) throw new Error(`nothing drawn for ${element}`);
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('wrapText', () => {
  // A fake font: every grapheme is 10 px wide.
  const mono: MeasureText = (text) => [...new Intl.Segmenter('und').segment(text)].length * 10;
  const style = { size: 10, bold: false };

  it('should break between words without exceeding the width', () => {
    expect(wrapText('aaa bbb ccc ddd', 75, 5, style, mono)).toEqual({ lines: ['aaa bbb', 'ccc ddd'], truncated: false });
  });

  it('should break a word wider than a line between graphemes', () => {
    expect(wrapText('abcdefghijklmn xy', 60, 5, style, mono)).toEqual({ lines: ['abcdef', 'ghijkl', 'mn xy'], truncated: false });
  });

  it('should cut text beyond the last line and end that line with an ellipsis that fits', () => {
    const wrapped = wrapText('one two three four five six seven', 90, 2, style, mono);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toEqual(['one two', 'three…']);
    for (const line of wrapped.lines) expect(mono(line, style)).toBeLessThanOrEqual(90);
  });

  it('should give no line for empty or blank text', () => {
    expect(wrapText(' \n ', 100, 3, style, mono)).toEqual({ lines: [], truncated: false });
  });
});

describe('social image SVG', () => {
  it('should escape hostile text so the SVG stays one well-formed document', () => {
    const hostile = `<script>alert("x")</script> & Tom's <b>bold</b> ]]> \u0007`;
    const svg = socialImageSvg({ kicker: hostile, title: hostile, lead: hostile, figures: [{ value: '<1>', label: hostile }] }, measure);
    expect(svg).not.toMatch(/<script|<b>|\u0007/);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Tom&apos;s');
    expect(svg).toContain('&lt;1&gt;');
    // resvg parses the SVG as XML: a stray tag or ampersand would fail here.
    expect(() => new Resvg(svg, resvgOptions()).render()).not.toThrow();
    const title = textElements(svg).map(textContent).find((text) => text.startsWith('<script>'));
    expect(title).toBeDefined();
  });

  it('should wrap and shorten a 300-character title to at most three lines inside the canvas', () => {
    const words = ['Reports', 'on', 'shipments', 'across', 'borders', 'and', 'the', 'figures', 'the', 'sources', 'dispute,'];
    let title = '';
    for (let i = 0; title.length < 300; i++) title += `${words[i % words.length]} `;
    title = title.slice(0, 300);
    const svg = socialImageSvg({ ...briefingInput, title }, measure);
    const elements = textElements(svg);
    const titleLines = elements.filter((element) => element.includes('font-weight="bold"') && /font-size="(5\d|6\d)"/.test(element));
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.length).toBeLessThanOrEqual(3);
    expect(textContent(titleLines.at(-1)!)).toMatch(/…$/);
    // Every word shown is a word of the title, in order.
    const shown = titleLines.map(textContent).join(' ').replace(/…$/, '');
    expect(title.startsWith(shown.slice(0, -1))).toBe(true);
    for (const element of elements) {
      const box = inkBox(element);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(SOCIAL_IMAGE_WIDTH - 40);
      expect(box.y + box.height).toBeLessThanOrEqual(SOCIAL_IMAGE_HEIGHT);
    }
  });

  it('should keep a single unbreakable 300-character title inside the canvas', () => {
    const svg = socialImageSvg({ title: 'x'.repeat(150) + 'W'.repeat(150) }, measure);
    for (const element of textElements(svg)) expect(inkBox(element).x + inkBox(element).width).toBeLessThanOrEqual(SOCIAL_IMAGE_WIDTH - 40);
  });

  it('should show the briefing title of content/briefing.md whole, the lead and every figure', () => {
    const svg = socialImageSvg(briefingInput, measure);
    const texts = textElements(svg).map(textContent);
    const titleText = texts.filter((_, i) => textElements(svg)[i]!.includes('font-weight="bold"')).join(' ');
    expect(titleText).toContain(settings.title);
    expect(texts.join(' ')).toContain(settings.lead.split(/\s+/).slice(0, 5).join(' '));
    for (const figure of figures) {
      expect(texts).toContain(String(figure.value));
      expect(texts).toContain(figure.label);
    }
  });

  it('should lay out from its arguments only: another title gives another image', () => {
    expect(socialImageSvg({ ...briefingInput, title: 'Another briefing' }, measure)).not.toBe(socialImageSvg(briefingInput, measure));
    expect(socialImageSvg({ title: 'Only a title' }, measure)).not.toMatch(/Briefing|Sources/);
  });
});

describe('social image PNG', () => {
  it('should be a 1200×630 PNG', () => {
    expect(pngSize(renderSocialImage(briefingInput))).toEqual({ width: 1200, height: 630 });
  });

  it('should give identical bytes when rendered twice', () => {
    const first = renderSocialImage(briefingInput);
    const second = renderSocialImage(briefingInput);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(renderSocialImage({ ...briefingInput, title: 'Another briefing' })))).toBe(false);
  });

  it('should load the DejaVu files of the npm package and no system font', () => {
    const options = resvgOptions();
    expect(options.font?.loadSystemFonts).toBe(false);
    const files = (options.font as { fontFiles: string[] }).fontFiles;
    expect(files.map((file) => file.split(/[\\/]/).slice(-3).join('/'))).toEqual(['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf']);
    // A family that is not loaded falls back to DejaVu Sans: the same outline as asking for it.
    const draw = (family: string) => new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="0" y="30" font-family="${family}" font-size="24">Ag</text></svg>`, options).render().asPng();
    expect(Buffer.from(draw('Helvetica')).equals(Buffer.from(draw('DejaVu Sans')))).toBe(true);
  });
});
