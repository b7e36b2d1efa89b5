// The articles loader sends plain bodies down the Markdown path and only bodies that use
// MDX through @astrojs/mdx. Proof that nothing changes for a reader: the seeds plus an
// MDX-enriched article and a Markdown-edited one, built once with that routing and once
// with every file through MDX (BRIEFING_MDX=all, Astro's glob loader behaviour), give
// byte-identical sites, and the enriched article's expression and component did render.
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, plainOutput, projectRoot, relativeFilesUnder, runBuild, runIngest, type RunResult, type Workspace } from '../helpers/build-site.ts';

const TIMEOUT = 300_000;

const ENRICHED_BODY = `This paragraph is plain text.

The answer is {6 * 7}, computed when the page is built.

<strong data-enriched="yes">Bold through a component</strong>
`;

const MARKDOWN_BODY = `An editor added *emphasis*, **strong text** and a [link](https://example.org/report).

## A heading the editor wrote

- first point
- second point

| item | value |
| - | - |
| containers | 1,000 |

Text with ~~struck~~ words, \`code\`, an escaped \\{brace\\} and &#x69;mport as a word.
`;

/** A copy of an ingested content file with another id, title and body. */
function withBody(file: string, id: string, title: string, body: string): string {
  const [, yaml = ''] = /^---\n([\s\S]*?)\n---\n/.exec(file) ?? [];
  const front = yaml.replace(/^id: .*$/m, `id: "${id}"`).replace(/^title: .*$/m, `title: "${title}"`);
  return `---\n${front}\n---\n\n${body}`;
}

function expectOk(result: RunResult, what: string): void {
  expect(result.code, `${what} failed:\n${plainOutput(result)}`).toBe(0);
}

async function buildWith(ws: Workspace, routing: 'auto' | 'all'): Promise<{ result: RunResult; out: string; cache: string }> {
  const out = join(ws.root, `out-${routing}`);
  const cache = join(ws.root, `cache-${routing}`);
  // The build child inherits this environment (tests/helpers/build-site.ts).
  if (routing === 'all') process.env['BRIEFING_MDX'] = 'all';
  else delete process.env['BRIEFING_MDX'];
  try {
    return { result: await runBuild({ content: ws.content, out, cache }), out, cache };
  } finally {
    delete process.env['BRIEFING_MDX'];
  }
}

describe('the articles loader', () => {
  let ws: Workspace;
  let auto: Awaited<ReturnType<typeof buildWith>>;
  let all: Awaited<ReturnType<typeof buildWith>>;

  beforeAll(async () => {
    ws = await makeWorkspace('briefing-loader-');
    for (const name of await readdir(join(projectRoot, 'seeds'))) await copyFile(join(projectRoot, 'seeds', name), join(ws.seeds, name));
    expectOk(await runIngest(ws, ['--no-extract']), 'ingest');
    const articles = join(ws.content, 'articles');
    const [first] = (await readdir(articles)).filter((name) => name.endsWith('.mdx')).sort();
    const template = await readFile(join(articles, first!), 'utf8');
    await writeFile(join(articles, 'enriched.mdx'), withBody(template, 'enriched', 'An article an editor enriched with MDX', ENRICHED_BODY));
    await writeFile(join(articles, 'markdown-edited.mdx'), withBody(template, 'markdown-edited', 'An article an editor formatted in Markdown', MARKDOWN_BODY));
    auto = await buildWith(ws, 'auto');
    all = await buildWith(ws, 'all');
  }, TIMEOUT);

  afterAll(async () => {
    await ws?.cleanup();
  });

  it('should build with either routing', () => {
    expectOk(auto.result, 'build with MDX where needed');
    expectOk(all.result, 'build with every file through MDX');
  });

  it('should give byte-identical sites whether plain bodies take the Markdown path or MDX', async () => {
    const files = await relativeFilesUnder(auto.out);
    expect(files.length).toBeGreaterThan(10);
    expect(await relativeFilesUnder(all.out)).toEqual(files);
    const differing: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(auto.out, file)), readFile(join(all.out, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  it('should render the enriched article through MDX: its expression and component ran', async () => {
    const html = await readFile(join(auto.out, 'sources', 'enriched', 'index.html'), 'utf8');
    expect(html).toContain('The answer is 42, computed when the page is built.');
    expect(html).toMatch(/<strong data-enriched="yes">Bold through a component<\/strong>/);
    expect(html).not.toContain('{6 * 7}');
  });

  it('should render the Markdown an editor wrote in a plain body', async () => {
    const html = await readFile(join(auto.out, 'sources', 'markdown-edited', 'index.html'), 'utf8');
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<strong>strong text</strong>');
    expect(html).toMatch(/<h2[^>]*>A heading the editor wrote<\/h2>/);
    expect(html).toMatch(/<table>[\s\S]*containers[\s\S]*<\/table>/);
    expect(html).toContain('<del>struck</del>');
    expect(html).toContain('an escaped {brace} and import as a word');
  });

  it('should hand only the enriched article to the MDX pipeline', async () => {
    // The content store records which entries are compiled as MDX modules (`deferredRender`).
    const count = async (cache: string) => (await readFile(join(cache, 'data-store.json'), 'utf8')).split('"deferredRender"').length - 1;
    expect(await count(auto.cache)).toBe(1);
    expect(await count(all.cache)).toBe((await readdir(join(ws.content, 'articles'))).length);
  });

  it('should store rendered HTML only for a body the source page does not render itself', async () => {
    // Paragraphs of text (every ingested seed) are rendered by the source page; the
    // Markdown an editor wrote is rendered by the loader; the MDX one is a module.
    const store = await readFile(join(auto.cache, 'data-store.json'), 'utf8');
    expect(store.split('"rendered":').length - 1).toBe(1);
    expect(store).toMatch(/"markdown-edited",\{[^}]*"rendered":/);
  });
});
