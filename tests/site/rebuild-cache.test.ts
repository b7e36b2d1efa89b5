// Rebuilds reuse the content store, the cached analysis (extraction and linking) and
// the pages of the last build (Astro's incremental build, keyed by src/lib/page-keys.ts).
// What a reader gets must not depend on it: a rebuild with nothing changed gives the
// cold build's site byte for byte, and a rebuild after an edit (an article's text, an
// article's title, a data file, an article removed) gives what a cold build of the
// edited content gives, while pages the edit does not reach are copied, not rendered.
import { existsSync } from 'node:fs';
import { appendFile, copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, plainOutput, projectRoot, relativeFilesUnder, runBuild, runIngest, type RunResult, type Workspace } from '../helpers/build-site.ts';

const TIMEOUT = 600_000;
const EDIT = 'An editor added this closing paragraph about the harbour of Valparaíso in Chile.';

async function differences(a: string, b: string): Promise<string[]> {
  const files = await relativeFilesUnder(a);
  expect(await relativeFilesUnder(b)).toEqual(files);
  const differing: string[] = [];
  for (const file of files) if (!(await readFile(join(a, file))).equals(await readFile(join(b, file)))) differing.push(file);
  return differing;
}

function expectOk(result: RunResult, what: string): void {
  expect(result.code, `${what} failed:\n${plainOutput(result)}`).toBe(0);
}

/**
 * Pages a build rendered and pages it reused from the last build. Astro logs each page
 * with `├─`, and a reused one with `(cached)` or `(restored)` right after it; pages
 * rendered at once interleave their lines, so marks are counted, not lines.
 */
function pageCounts(result: RunResult): { rendered: number; reused: number } {
  const output = plainOutput(result);
  const pages = output.match(/├─/g)?.length ?? 0;
  const reused = output.match(/ \((cached|restored)\)/g)?.length ?? 0;
  return { rendered: pages - reused, reused };
}

describe('rebuilds with a warm cache', () => {
  let ws: Workspace;
  const cache = () => join(ws.root, 'cache');
  const out = (name: string) => join(ws.root, name);
  let names: string[] = [];
  const builds = new Map<string, RunResult>();
  /** A rebuild with the warm cache and a cold build (cache of its own) of the same content. */
  // The same edits rebuilt again and again into one folder with a cache of its own, as
  // `npm run build` does: unchanged pages stay in the folder (src/integrations/clear-out-dir.ts).
  const inPlace = () => runBuild({ content: ws.content, out: out('in-place'), cache: join(ws.root, 'cache-in-place') });
  const both = async (name: string) => {
    const warm = await runBuild({ content: ws.content, out: out(`${name}-warm`), cache: cache() });
    expectOk(warm, `rebuild (${name})`);
    builds.set(name, warm);
    expectOk(await runBuild({ content: ws.content, out: out(`${name}-cold`), cache: join(ws.root, `cache-${name}`) }), `cold build (${name})`);
    const kept = await inPlace();
    expectOk(kept, `rebuild in place (${name})`);
    builds.set(`${name}-in-place`, kept);
    inPlaceDifferences.set(name, await differences(out(`${name}-cold`), out('in-place')));
  };
  const inPlaceDifferences = new Map<string, string[]>();
  const article = (index: number) => join(ws.content, 'articles', names[index] as string);

  beforeAll(async () => {
    ws = await makeWorkspace('briefing-rebuild-');
    for (const name of await readdir(join(projectRoot, 'seeds'))) await copyFile(join(projectRoot, 'seeds', name), join(ws.seeds, name));
    expectOk(await runIngest(ws, ['--no-extract']), 'ingest');
    const cold = await runBuild({ content: ws.content, out: out('cold'), cache: cache() });
    expectOk(cold, 'cold build');
    builds.set('cold', cold);
    expectOk(await inPlace(), 'cold build in place');
    const warm = await runBuild({ content: ws.content, out: out('warm'), cache: cache() });
    expectOk(warm, 'rebuild');
    builds.set('warm', warm);
    names = (await readdir(join(ws.content, 'articles'))).sort();
    // An article's text: a paragraph naming a country no source named.
    await appendFile(article(0), `\n${EDIT}\n`);
    await both('text');
    // Another article's title, which other pages print as its label.
    const text = await readFile(article(1), 'utf8');
    await writeFile(article(1), text.replace(/^title: .*$/m, 'title: "A title an editor wrote"').replace(/^outlet: .*$/m, 'outlet: "Edited Outlet"'));
    await both('title');
    // A data file: a topic's title.
    const topics = (await readdir(join(ws.content, 'topics'))).sort();
    const topic = join(ws.content, 'topics', topics[0] as string);
    await writeFile(topic, (await readFile(topic, 'utf8')).replace(/^title: .*$/m, 'title: "Topic title an editor wrote"'));
    await both('data');
    // An article removed.
    await rm(article(2));
    await both('removed');
  }, TIMEOUT);

  afterAll(async () => {
    await ws?.cleanup();
  });

  it('should keep the analysis in the cache folder', async () => {
    expect((await readdir(join(cache(), 'briefing'))).filter((name) => name.startsWith('analysis-'))).toHaveLength(1);
  });

  it('should give the cold build’s site when nothing changed, copying the pages instead of rendering them', async () => {
    expect(await differences(out('cold'), out('warm'))).toEqual([]);
    const cold = pageCounts(builds.get('cold') as RunResult);
    const warm = pageCounts(builds.get('warm') as RunResult);
    expect(cold.reused).toBe(0);
    // Only the pages without getStaticPaths (home, indexes, map…) are rendered again.
    expect(warm.reused).toBeGreaterThan(cold.rendered * 0.8);
    expect(warm.rendered + warm.reused).toBe(cold.rendered);
  });

  it('should give a cold build’s site after an article was edited, rendering only what the edit reaches', async () => {
    expect(await differences(out('text-cold'), out('text-warm'))).toEqual([]);
    const id = (names[0] as string).replace(/\.mdx$/, '');
    expect(await readFile(join(out('text-warm'), 'sources', id, 'index.html'), 'utf8')).toContain(EDIT);
    // The briefing model saw the edit too: the country the new paragraph names is an entity.
    expect(await readFile(join(out('warm'), 'data', 'entities.json'), 'utf8')).not.toContain('"country:CL"');
    expect(await readFile(join(out('text-warm'), 'data', 'entities.json'), 'utf8')).toContain('"country:CL"');
    const counts = pageCounts(builds.get('text') as RunResult);
    expect(counts.rendered).toBeGreaterThan(0);
    expect(counts.reused).toBeGreaterThan(0);
    // The other sources' pages are copied: their notes and entities did not change.
    expect(plainOutput(builds.get('text') as RunResult)).toMatch(new RegExp(`sources/${(names[3] as string).replace(/\.mdx$/, '')}/index\.html.*\((cached|restored)\)`));
    // So is the feed: no title, outlet or date changed.
    expect(plainOutput(builds.get('text') as RunResult)).toMatch(/\/rss\.xml \((cached|restored)\)/);
    // So are the entity pages that cite other paragraphs of the edited article and did
    // not change: a page's key holds the paragraphs it cites, not the whole file.
    const citing: string[] = [];
    for (const file of (await relativeFilesUnder(out('text-warm'))).filter((path) => /^entities\/[^/]+\/index\.html$/.test(path))) {
      const html = await readFile(join(out('text-warm'), file));
      if (html.includes(`sources/${id}/#p`) && existsSync(join(out('warm'), file)) && html.equals(await readFile(join(out('warm'), file)))) citing.push(file);
    }
    expect(citing.length).toBeGreaterThan(0);
    for (const file of citing) expect(plainOutput(builds.get('text') as RunResult)).toMatch(new RegExp(`/${file.replace(/[.]/g, '\\.')}.*\\((cached|restored)\\)`));
    // And the topic pages the edit did not change: a topic page's key is what it shows
    // (src/lib/topic-page.ts), not the digest of every file.
    const topicPages: string[] = [];
    for (const file of (await relativeFilesUnder(out('text-warm'))).filter((path) => /^(id\/)?topics\/[^/]+\/index\.html$/.test(path))) {
      if (existsSync(join(out('warm'), file)) && (await readFile(join(out('text-warm'), file))).equals(await readFile(join(out('warm'), file)))) topicPages.push(file);
    }
    expect(topicPages.length).toBeGreaterThan(0);
    for (const file of topicPages) expect(plainOutput(builds.get('text') as RunResult)).toMatch(new RegExp(`/${file.replace(/[.]/g, '\\.')}.*\\((cached|restored)\\)`));
  });

  it('should replace what the output folder held, leaving nothing beside it', async () => {
    // The previous output is moved aside and removed while the site renders (src/integrations/clear-out-dir.ts).
    const target = out('removed-warm');
    await writeFile(join(target, 'stray.html'), '<p>left from an older build</p>');
    expectOk(await runBuild({ content: ws.content, out: target, cache: cache() }), 'rebuild into the same folder');
    expect(await differences(out('removed-cold'), target)).toEqual([]);
    expect(existsSync(`${target}.previous`)).toBe(false);
  }, TIMEOUT);

  it('should give a cold build’s site when rebuilding into the same folder, keeping the pages that did not change where they are', () => {
    expect([...inPlaceDifferences.keys()]).toEqual(['text', 'title', 'data', 'removed']);
    for (const [name, differing] of inPlaceDifferences) expect(differing, `in place after the ${name} edit`).toEqual([]);
    for (const name of inPlaceDifferences.keys()) {
      const log = plainOutput(builds.get(`${name}-in-place`) as RunResult);
      // Left in the folder ("cached"), not copied back from the cache ("restored").
      expect(log, name).toMatch(/\(cached\)\s*$/m);
      expect(log, name).not.toMatch(/\(restored\)\s*$/m);
    }
  });

  it('should give a cold build’s site after a title, a data file and a removal', async () => {
    expect(await differences(out('title-cold'), out('title-warm'))).toEqual([]);
    // The feed and the social image are keyed by what they show: a new title and outlet
    // change the feed but not the image's title, lead and counts.
    const title = plainOutput(builds.get('title') as RunResult);
    // (Astro logs a reused page's mark right after its path, in the same tick.)
    expect(title).toContain('/rss.xml');
    expect(title).not.toMatch(/\/rss\.xml \((cached|restored)\)/);
    expect(title).toMatch(/\/social\.png \((cached|restored)\)/);
    expect(await readFile(join(out('title-warm'), 'rss.xml'), 'utf8')).toContain('A title an editor wrote');
    expect(await differences(out('data-cold'), out('data-warm'))).toEqual([]);
    expect(await differences(out('removed-cold'), out('removed-warm'))).toEqual([]);
    const removed = (names[2] as string).replace(/\.mdx$/, '');
    expect(await relativeFilesUnder(out('removed-warm'))).not.toContain(`sources/${removed}/index.html`);
  });
});
