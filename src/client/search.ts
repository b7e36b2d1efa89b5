// The search page's enhancement: loads the Pagefind index on first use (not with the
// page), searches as the reader types, and lists results with their excerpts. The
// query is also read from `?q=`, so a submitted form or a shared link searches too.
// Without JavaScript the page says so and links to the topic and source indexes.

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const bundle = form.dataset['bundle'] ?? '/pagefind/';
  const siteBase = form.dataset['base'] ?? '/';
  // The index holds the default locale's pages; another locale's copy of a page lives below its own base.
  const localeBase = form.dataset['localeBase'] ?? siteBase;
  const localized = (url: string) => (localeBase !== siteBase && url.startsWith(siteBase) ? `${localeBase}${url.slice(siteBase.length)}` : url);
  const text = (key: string, values: Record<string, string | number> = {}) =>
    (form.dataset[key] ?? '').replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;

  let loading: Promise<Pagefind> | undefined;
  const load = () => {
    // A plain variable, not a template: the bundler leaves this import alone (it exists
    // only after the build, and a preload wrapper here would not be resolved inline).
    const url = new URL('pagefind.js', new URL(bundle, location.href)).href;
    loading ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      await module.options({ baseUrl: siteBase, excerptLength: 24 });
      return module;
    });
    return loading;
  };

  // Pagefind's excerpt is escaped text with <mark> around matches: rebuilt as nodes,
  // never as HTML, so nothing in an article can become markup here.
  const excerpt = (html: string): Node[] => {
    const decode = (part: string) =>
      part.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
        dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[(name ?? '').toLowerCase()] ?? '',
      );
    const nodes: Node[] = [];
    let marked = false;
    for (const part of html.split(/(<\/?mark>)/)) {
      if (part === '<mark>') marked = true;
      else if (part === '</mark>') marked = false;
      else if (part) {
        const node = document.createTextNode(decode(part));
        if (marked) {
          const mark = document.createElement('mark');
          mark.append(node);
          nodes.push(mark);
        } else nodes.push(node);
      }
    }
    return nodes;
  };

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    if (!list || !status) return;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = text('loading');
    let pagefind: Pagefind;
    try {
      pagefind = await load();
    } catch {
      status.textContent = text('unavailable');
      return;
    }
    const search = await pagefind.search(query);
    const results = search ? await Promise.all(search.results.slice(0, 20).map((result) => result.data())) : [];
    if (ticket !== latest) return;
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = localized(result.url);
        link.textContent = result.meta.title ?? localized(result.url);
        const snippet = document.createElement('p');
        snippet.append(...excerpt(result.excerpt));
        item.append(link, snippet);
        return item;
      }),
    );
    status.textContent = results.length === 0 ? text('none', { query }) : text('count', { count: search?.results.length ?? 0, query });
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input?.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input) return;
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (input && initial) {
    input.value = initial;
    void run(initial);
  }
}
