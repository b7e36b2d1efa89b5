// The citation mark (Cite.astro) and the cited-paragraph list (CitationList.astro),
// rendered with Astro's container API from the seeds' key findings, the way the home
// page cites them. The project renders under a sub-path (vitest.config.ts), so a link
// that ignores the configured base fails here.
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import CitationList from '../../src/components/CitationList.astro';
import { translator } from '../../src/i18n/index.ts';
import { createCitationIndex, type CitationMark } from '../../src/lib/citations.ts';
import { keyFindings } from '../../src/lib/views.ts';
import { all, attr, byId, fragment, textOf } from '../helpers/dom.ts';
import { createContainer, pageRequest, TEST_SITE } from '../helpers/component-container.ts';
import { seedSite } from '../helpers/seed-briefing.ts';

const base = import.meta.env.BASE_URL;
const en = translator('en');
const site = seedSite();
const findings = keyFindings(site.linked.claims);

let container: AstroContainer;
beforeAll(async () => {
  container = await createContainer();
});

/** The home page's citations: each key finding cited with its sentences marked. */
function citeFindings(pageBase = base) {
  const index = createCitationIndex(site.articles, pageBase, '/');
  const marks = findings.map((claim) => index.cite(claim.citations, claim.sentences.map((s) => s.text)));
  return { index, marks };
}

describe('Cite', () => {
  it('should render under a sub-path, so that links ignoring the base would show', () => {
    expect(base).toBe('/briefing-test/');
  });

  it('should link each mark of a finding to its source paragraph under the base, numbered, with an accessible name', async () => {
    const { marks } = citeFindings();
    const claimMarks = marks[0]!;
    expect(claimMarks.length).toBeGreaterThan(1);
    const html = await container.renderToString(Cite, { props: { marks: claimMarks } });
    const [sup, ...more] = all(fragment(html), 'sup', 'cite');
    expect(more).toHaveLength(0);
    const links = all(sup!, 'a');
    expect(links).toHaveLength(claimMarks.length);
    links.forEach((link, i) => {
      const mark = claimMarks[i]!;
      expect(attr(link, 'href')).toBe(`/briefing-test/sources/${mark.article}/#${mark.paragraph}`);
      expect(attr(link, 'href')).toMatch(/^\/briefing-test\/sources\/[^/]+\/#p\d+$/);
      // The paragraph exists in the article the mark links to.
      expect(site.articles.get(mark.article)?.paragraphs.map((p) => p.anchor)).toContain(mark.paragraph);
      expect(textOf(link)).toBe(String(mark.n));
      expect(attr(link, 'aria-label')).toBe(en('cite.mark', { n: mark.n }));
      expect(attr(link, 'aria-describedby')).toBe(`cite-${mark.n}`);
    });
    // Marks are told apart in text too: `1,2,3`.
    expect(textOf(sup!)).toBe(claimMarks.map((mark) => mark.n).join(','));
  });

  it('should render nothing to click when a statement has no marks', async () => {
    const html = await container.renderToString(Cite, { props: { marks: [] satisfies CitationMark[] } });
    expect(all(fragment(html), 'a')).toHaveLength(0);
  });
});

describe('CitationList', () => {
  it('should list every cited paragraph once, numbered, linked under the base, with its source, and the cited sentence marked', async () => {
    const { index } = citeFindings();
    const items = index.list();
    const html = await container.renderToString(CitationList, { props: { items } });
    const root = fragment(html);
    const [section] = all(root, 'section', 'citations');
    const heading = byId(root, attr(section!, 'aria-labelledby') ?? '');
    expect(heading?.tagName).toBe('h2');
    expect(textOf(heading!)).toBe(en('cite.heading'));
    const entries = all(section!, 'li');
    expect(entries).toHaveLength(items.length);
    expect(new Set(items.map((item) => `${item.article}#${item.paragraph}`)).size).toBe(items.length);
    entries.forEach((li, i) => {
      const item = items[i]!;
      const article = site.articles.get(item.article)!;
      const paragraph = article.paragraphs.find((p) => p.anchor === item.paragraph)!;
      expect(attr(li, 'id')).toBe(`cite-${item.n}`);
      expect(attr(li, 'value')).toBe(String(item.n));
      const [link] = all(li, 'a');
      expect(attr(link!, 'href')).toBe(`/briefing-test/sources/${item.article}/#${item.paragraph}`);
      // On paper the link is printed as an absolute URL of the published site.
      const [source] = all(li, 'p', 'cite-source');
      expect(attr(source!, 'data-print-url')).toBe(`${TEST_SITE}/briefing-test/sources/${item.article}/#${item.paragraph}`);
      expect(textOf(link!)).toContain(article.title);
      if (article.outlet) expect(textOf(link!)).toContain(article.outlet);
      const [quote] = all(li, 'blockquote');
      expect(textOf(quote!)).toBe(paragraph.text);
      if (article.language !== 'und') expect(attr(quote!, 'lang')).toBe(article.language);
    });
  });

  it('should mark the sentence each finding states in its cited paragraph', async () => {
    const { index } = citeFindings();
    const items = index.list();
    const root = fragment(await container.renderToString(CitationList, { props: { items } }));
    let checked = 0;
    for (const claim of findings) {
      for (const sentence of claim.sentences) {
        const item = items.find((it) => it.article === sentence.ref.article && it.paragraph === sentence.ref.paragraph)!;
        const marked = all(byId(root, `cite-${item.n}`)!, 'mark').map(textOf);
        expect(marked.some((text) => text.includes(sentence.text) || sentence.text.includes(text))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(findings.length);
  });

  it('should give every mark of the page a list entry it describes and links to', async () => {
    const { index, marks } = citeFindings();
    const html = (await Promise.all(marks.map((claimMarks) => container.renderToString(Cite, { props: { marks: claimMarks } })))).join('')
      + (await container.renderToString(CitationList, { props: { items: index.list() } }));
    const root = fragment(html);
    const links = all(root, 'sup', 'cite').flatMap((sup) => all(sup, 'a'));
    expect(links.length).toBe(marks.flat().length);
    for (const link of links) {
      const entry = byId(root, attr(link, 'aria-describedby')!);
      expect(entry?.tagName).toBe('li');
      expect(attr(all(entry!, 'a')[0]!, 'href')).toBe(attr(link, 'href'));
    }
  });

  it('should render nothing when the page cites nothing', async () => {
    const html = await container.renderToString(CitationList, { props: { items: [] } });
    expect(html.trim()).toBe('');
  });

  it('should speak the page’s language on an Indonesian page and keep its links in that locale', async () => {
    const id = translator('id');
    const { index, marks } = citeFindings(`${base}id/`);
    const request = pageRequest('id/');
    const root = fragment((await container.renderToString(Cite, { props: { marks: marks[0] }, request })) + (await container.renderToString(CitationList, { props: { items: index.list() }, request })));
    const mark = all(all(root, 'sup', 'cite')[0]!, 'a')[0]!;
    expect(attr(mark, 'aria-label')).toBe(id('cite.mark', { n: 1 }));
    expect(attr(mark, 'href')).toMatch(/^\/briefing-test\/id\/sources\/[^/]+\/#p\d+$/);
    expect(textOf(all(root, 'h2')[0]!)).toBe(id('cite.heading'));
    const entry = byId(root, attr(mark, 'aria-describedby')!)!;
    expect(attr(all(entry, 'a')[0]!, 'href')).toBe(attr(mark, 'href'));
    // Article text keeps its own language whatever the interface's.
    for (const quote of all(root, 'blockquote')) expect(attr(quote, 'lang')).toMatch(/^(id|en)$/);
  });
});
