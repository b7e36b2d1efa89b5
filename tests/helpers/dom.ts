// A tiny DOM walker over parse5's tree, for HTML rendered by components and built pages.
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: Node): Node[] {
  const kids = 'childNodes' in node ? [...node.childNodes] : [];
  // <template> keeps its children in `content`.
  if (isElement(node) && node.tagName === 'template' && 'content' in node) kids.push(...(node as DefaultTreeAdapterTypes.Template).content.childNodes);
  return kids;
}

/** An HTML fragment (a component's output), parsed as the body of a page parses it. */
export function fragment(html: string): Node {
  return parseFragment(html);
}

/** Every element under `root`, in document order. */
export function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    for (const child of children(node)) {
      if (isElement(child)) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** Elements under `root` with tag `tag` (and, when given, every class in `classes`). */
export function all(root: Node, tag: string, ...classes: string[]): Element[] {
  return elements(root).filter((el) => el.tagName === tag && classes.every((name) => classList(el).includes(name)));
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function classList(el: Element): string[] {
  return (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean);
}

/** The text content of `node`, whitespace as written. */
export function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return children(node).map(textOf).join('');
}

/** The element of `root` with id `id`. */
export function byId(root: Node, id: string): Element | undefined {
  return elements(root).find((el) => attr(el, 'id') === id);
}
