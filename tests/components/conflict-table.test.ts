// The figure table (ConflictTable.astro), rendered with Astro's container API for
// every conflict the cross-source layer finds in the seeds, cited the way the home
// page cites them.
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ConflictTable from '../../src/components/ConflictTable.astro';
import { translator } from '../../src/i18n/index.ts';
import { createCitationIndex } from '../../src/lib/citations.ts';
import { all, attr, classList, fragment, textOf } from '../helpers/dom.ts';
import { createContainer } from '../helpers/component-container.ts';
import { seedSite } from '../helpers/seed-briefing.ts';

const base = import.meta.env.BASE_URL;
const en = translator('en');
const site = seedSite();
const conflicts = site.linked.conflicts;
const number = new Intl.NumberFormat('en-GB');

let container: AstroContainer;
beforeAll(async () => {
  container = await createContainer();
});

async function render(conflict: (typeof conflicts)[number], headingLevel?: 3 | 4) {
  const index = createCitationIndex(site.articles, base, '/');
  const marks = index.cite(conflict.values.map((v) => v.citation), conflict.values.map((v) => v.text));
  const html = await container.renderToString(ConflictTable, { props: { conflict, marks, ...(headingLevel ? { headingLevel } : {}) } });
  return { root: fragment(html), marks };
}

describe('ConflictTable', () => {
  it('should have conflicts in the seeds to show (the missile range stated as two far-apart figures)', () => {
    expect(conflicts.filter((c) => c.kind === 'conflict').length).toBeGreaterThan(0);
    expect(conflicts.some((c) => c.unit === 'km' && new Set(c.values.map((v) => v.citation.article)).size > 1)).toBe(true);
  });

  it.each(conflicts.map((conflict) => [`${conflict.subject} (${conflict.unit})`, conflict] as const))(
    'should flag the conflict over %s and show every source’s value, wording, date and citation',
    async (_name, conflict) => {
      const { root, marks } = await render(conflict);
      const [box, ...more] = all(root, 'div', 'conflict');
      expect(more).toHaveLength(0);
      expect(attr(box!, 'id')).toBe(conflict.id);
      expect(classList(box!)).toContain(`conflict-${conflict.kind}`);
      // The flag: a badge in the heading, naming the kind, then what the figures measure.
      const [heading] = all(box!, 'h3');
      const [badge] = all(heading!, 'span', 'badge');
      expect(textOf(badge!)).toBe(en(`conflict.kind.${conflict.kind}`));
      expect(textOf(heading!)).toContain(conflict.subject);
      expect(textOf(heading!)).toContain(conflict.unit);

      const headers = all(box!, 'th').map(textOf);
      expect(headers).toEqual([en('conflict.value'), en('conflict.stated'), en('conflict.date'), en('conflict.source')]);
      const rows = all(all(box!, 'tbody')[0]!, 'tr');
      expect(rows).toHaveLength(conflict.values.length);
      rows.forEach((row, i) => {
        const value = conflict.values[i]!;
        const cells = all(row, 'td');
        expect(textOf(cells[0]!)).toBe(`${number.format(value.value)}${value.max !== undefined ? `–${number.format(value.max)}` : ''}`);
        expect(textOf(cells[1]!)).toBe(value.text);
        expect(textOf(cells[2]!)).toBe(value.date ?? '—');
        const links = all(cells[3]!, 'a');
        expect(links).toHaveLength(1);
        expect(attr(links[0]!, 'href')).toBe(`/briefing-test/sources/${value.citation.article}/#${value.citation.paragraph}`);
        expect(textOf(links[0]!)).toBe(String(marks[i]!.n));
        // The wording is the source's own: it is in the cited paragraph.
        const paragraph = site.articles.get(value.citation.article)?.paragraphs.find((p) => p.anchor === value.citation.paragraph);
        expect(paragraph?.text).toContain(value.text);
      });
      // Figures in conflict differ: the table shows at least two distinct values.
      expect(new Set(rows.map((row) => textOf(all(row, 'td')[0]!))).size).toBeGreaterThan(1);
    },
  );

  it('should take the heading level of the page section it sits in', async () => {
    const { root } = await render(conflicts[0]!, 4);
    expect(all(root, 'h4')).toHaveLength(1);
    expect(all(root, 'h3')).toHaveLength(0);
  });
});
