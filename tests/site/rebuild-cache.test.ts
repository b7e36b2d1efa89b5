// Rebuilds reuse the content store and the cached analysis (extraction and linking)
// of the last build. What a reader gets must not depend on it: a rebuild with nothing
// changed gives the cold build's site byte for byte, and a rebuild after an edit gives
// what a cold build of the edited content gives.
import { appendFile, copyFile, readdir, readFile } from 'node:fs/promises';
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

describe('rebuilds with a warm cache', () => {
  let ws: Workspace;
  const cache = () => join(ws.root, 'cache');
  const out = (name: string) => join(ws.root, name);
  let edited = '';

  beforeAll(async () => {
    ws = await makeWorkspace('briefing-rebuild-');
    for (const name of await readdir(join(projectRoot, 'seeds'))) await copyFile(join(projectRoot, 'seeds', name), join(ws.seeds, name));
    expectOk(await runIngest(ws, ['--no-extract']), 'ingest');
    expectOk(await runBuild({ content: ws.content, out: out('cold'), cache: cache() }), 'cold build');
    expectOk(await runBuild({ content: ws.content, out: out('warm'), cache: cache() }), 'rebuild');
    [edited = ''] = (await readdir(join(ws.content, 'articles'))).sort();
    await appendFile(join(ws.content, 'articles', edited), `\n${EDIT}\n`);
    expectOk(await runBuild({ content: ws.content, out: out('edited-warm'), cache: cache() }), 'rebuild after an edit');
    expectOk(await runBuild({ content: ws.content, out: out('edited-cold'), cache: join(ws.root, 'cache-cold') }), 'cold build after an edit');
  }, TIMEOUT);

  afterAll(async () => {
    await ws?.cleanup();
  });

  it('should keep the analysis in the cache folder', async () => {
    expect((await readdir(join(cache(), 'briefing'))).filter((name) => name.startsWith('analysis-'))).toHaveLength(1);
  });

  it('should give the cold build’s site when nothing changed', async () => {
    expect(await differences(out('cold'), out('warm'))).toEqual([]);
  });

  it('should give a cold build’s site after an article was edited', async () => {
    expect(await differences(out('edited-cold'), out('edited-warm'))).toEqual([]);
    const id = edited.replace(/\.mdx$/, '');
    expect(await readFile(join(out('edited-warm'), 'sources', id, 'index.html'), 'utf8')).toContain(EDIT);
    // The briefing model saw the edit too: the country the new paragraph names is an entity.
    expect(await readFile(join(out('warm'), 'data', 'entities.json'), 'utf8')).not.toContain('"country:CL"');
    expect(await readFile(join(out('edited-warm'), 'data', 'entities.json'), 'utf8')).toContain('"country:CL"');
  });
});
