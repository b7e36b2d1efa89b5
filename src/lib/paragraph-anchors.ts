// A Sätteri hast plugin that gives each top-level paragraph of an article body a
// stable anchor (`p1`, `p2`, …) and a ¶ link to itself, so citations can point
// at a paragraph. Numbering follows reading order, as ingest's segmenter does.
import { defineHastPlugin } from 'satteri';

export const paragraphAnchors = defineHastPlugin({
  name: 'briefing-paragraph-anchors',
  before(_root, ctx) {
    ctx.data['paragraphCount'] = 0;
  },
  element: {
    filter: ['p'],
    visit(node, ctx) {
      if (ctx.parent(node).type !== 'root') return;
      const n = Number(ctx.data['paragraphCount'] ?? 0) + 1;
      ctx.data['paragraphCount'] = n;
      ctx.setProperty(node, 'id', `p${n}`);
      ctx.prependChild(node, {
        type: 'element',
        tagName: 'a',
        properties: { href: `#p${n}`, className: ['pilcrow'], ariaLabel: `Paragraph ${n}`, lang: 'en' },
        children: [{ type: 'text', value: '¶' }],
      });
    },
  },
});
