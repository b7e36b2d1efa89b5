// One page of each type of a built site, in both interface languages, chosen from the
// built folder at test time (the first topic, source and entity by name), so the
// browser tests follow whatever the seeds produce.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PageUnderTest {
  /** The page type, e.g. `topic`. */
  type: string;
  locale: 'en' | 'id';
  /** Path from the site root: `/topics/x/`, `/id/topics/x/`. */
  path: string;
  /** Whether the page has citation marks by its nature (a statement page). */
  cites: boolean;
}

/** The first sub-folder (by name) of `dir` that holds an index.html. */
function firstPage(out: string, dir: string): string {
  const names = readdirSync(join(out, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(out, dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
  const name = names[0];
  if (name === undefined) throw new Error(`The built site has no page under /${dir}/`);
  return `/${dir}/${name}/`;
}

export function pageTypes(out: string): PageUnderTest[] {
  const english: Omit<PageUnderTest, 'locale'>[] = [
    { type: 'home', path: '/', cites: true },
    { type: 'topics index', path: '/topics/', cites: false },
    { type: 'topic', path: firstPage(out, 'topics'), cites: true },
    { type: 'sources index', path: '/sources/', cites: false },
    { type: 'source', path: firstPage(out, 'sources'), cites: false },
    { type: 'entities index', path: '/entities/', cites: false },
    { type: 'entity', path: firstPage(out, 'entities'), cites: false },
    { type: 'timeline', path: '/timeline/', cites: true },
    { type: 'figures', path: '/figures/', cites: true },
    { type: 'map', path: '/map/', cites: false },
    { type: 'about', path: '/about/', cites: false },
    { type: 'search', path: '/search/', cites: false },
    { type: '404', path: '/404.html', cites: false },
  ];
  const pages: PageUnderTest[] = [];
  for (const page of english) {
    pages.push({ ...page, locale: 'en' });
    // Static hosts serve one /404.html for every missing address: it exists once, in
    // English, and its language switch leads to the Indonesian home.
    if (page.type !== '404') pages.push({ ...page, locale: 'id', path: `/id${page.path}` });
  }
  for (const page of pages) {
    const file = page.path.endsWith('/') ? join(out, page.path, 'index.html') : join(out, page.path);
    if (!existsSync(file)) throw new Error(`The built site has no ${page.type} page in ${page.locale} at ${page.path}`);
  }
  return pages;
}
