// The figure table (FigureTable.astro): one group of figures of the same subject and
// unit, as the figures and topic pages show them, rendered with Astro's container API
// for every group the seeds give, in English and on an Indonesian page.
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import FigureTable from '../../src/components/FigureTable.astro';
import { translator } from '../../src/i18n/index.ts';
import { createCitationIndex } from '../../src/lib/citations.ts';
import { figureGroups } from '../../src/lib/entity-views.ts';
import { all, attr, fragment, textOf } from '../helpers/dom.ts';
import { createContainer, pageRequest } from '../helpers/component-container.ts';
import { seedSite } from '../helpers/seed-briefing.ts';

const base = import.meta.env.BASE_URL;
const site = seedSite();
const groups = figureGroups(site.briefing.figures);

let container: AstroContainer;
beforeAll(async () => {
  container = await createContainer();
});

async function render(group: (typeof groups)[number], page = 'figures/') {
  // Citations link within the page's locale, as the views make them.
  const index = createCitationIndex(site.articles, page.startsWith('id/') ? `${base}id/` : base, `/${page}`);
  const marks = group.figures.map((figure) => index.cite([{ article: figure.ref.article, paragraph: figure.ref.paragraph }], [figure.text]));
  const html = await container.renderToString(FigureTable, { props: { group, marks, articles: site.articles }, request: pageRequest(page) });
  return { root: fragment(html), marks };
}

describe('FigureTable', () => {
  it('has figure groups in the seeds, one with several figures', () => {
    expect(groups.length).toBeGreaterThan(2);
    expect(groups.some((group) => group.figures.length > 1)).toBe(true);
  });

  it.each(groups.map((group) => [`${group.subject ?? '(no subject)'} in ${group.unit}`, group] as const))('shows every figure of %s with its value, qualifier, wording and citation', async (_name, group) => {
    const en = translator('en');
    const number = new Intl.NumberFormat('en-GB');
    const { root, marks } = await render(group);
    const [table, ...more] = all(root, 'table', 'figures');
    expect(more).toHaveLength(0);
    expect(textOf(all(table!, 'caption')[0]!)).toBe(en('figures.group', { subject: group.subject ?? en('figures.noSubject'), unit: group.unit }));
    expect(all(table!, 'th').map((th) => attr(th, 'scope'))).toEqual(['col', 'col', 'col', 'col']);
    const rows = all(all(table!, 'tbody')[0]!, 'tr');
    expect(rows).toHaveLength(group.figures.length);
    rows.forEach((row, i) => {
      const figure = group.figures[i]!;
      const cells = all(row, 'td');
      expect(textOf(cells[0]!)).toMatch(new RegExp(`^${number.format(figure.value).replace(/[.,]/g, '\\$&')}`));
      expect(textOf(cells[1]!)).toContain(en(`figures.qualifier.${figure.qualifier}`));
      // The wording as the source printed it, marked with the source's language.
      expect(textOf(cells[2]!)).toBe(figure.text);
      const language = site.articles.get(figure.ref.article)?.language;
      expect(attr(cells[2]!, 'lang')).toBe(language === 'und' ? undefined : language);
      // The citation mark links to the figure's paragraph under the base.
      const links = all(cells[3]!, 'a');
      expect(links.map((a) => attr(a, 'href'))).toEqual([`${base}sources/${figure.ref.article}/#${figure.ref.paragraph}`]);
      expect(attr(links[0]!, 'data-cite')).toBe(String(marks[i]![0]!.n));
    });
  });

  it('writes numbers and labels in the page language on an Indonesian page, the wording unchanged', async () => {
    const id = translator('id');
    const group = groups.find((g) => g.figures.some((figure) => figure.value >= 1000)) ?? groups[0]!;
    const { root } = await render(group, 'id/figures/');
    const table = all(root, 'table', 'figures')[0]!;
    expect(all(table, 'th').map(textOf)).toEqual([id('figures.value'), id('figures.qualifier'), id('figures.stated'), id('figures.source')]);
    const big = group.figures.findIndex((figure) => figure.value >= 1000);
    if (big >= 0) {
      const cell = all(all(all(table, 'tbody')[0]!, 'tr')[big]!, 'td')[0]!;
      expect(textOf(cell)).toMatch(new RegExp(`^${new Intl.NumberFormat('id-ID').format(group.figures[big]!.value).replace(/\./g, '\\.')}`));
    }
    for (const link of all(table, 'a')) expect(attr(link, 'href')).toMatch(new RegExp(`^${base}id/sources/`));
  });
});
