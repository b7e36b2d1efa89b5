// The seeds' site, built once, checked page by page: valid HTML by html-validate with the
// project's `.htmlvalidate.json` (the same file `npx html-validate dist` reads), no inline
// event-handler attribute anywhere, and a Content-Security-Policy meta tag on every page.
// Every `.html` file under the output is checked, English and Indonesian alike.
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, plainOutput, projectRoot, runBuild, runIngest, type Workspace } from '../helpers/build-site.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const TIMEOUT = 300_000;

/** Every element under `root`, `<template>` contents and inline SVG included. */
function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    const kids = 'childNodes' in node ? [...node.childNodes] : [];
    if ('tagName' in node && node.tagName === 'template') kids.push(...(node as DefaultTreeAdapterTypes.Template).content.childNodes);
    for (const child of kids) {
      if ('tagName' in child) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

interface Page {
  /** Path under the output folder, with `/` separators (`id/sources/x/index.html`). */
  path: string;
  html: string;
}

let ws: Workspace;
let pages: Page[] = [];
const timings: string[] = [];

beforeAll(async () => {
  ws = await makeWorkspace('briefing-html-');
  for (const name of await readdir(join(projectRoot, 'seeds'))) await copyFile(join(projectRoot, 'seeds', name), join(ws.seeds, name));
  const ingest = await runIngest(ws, ['--no-extract', '--quiet']);
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${plainOutput(ingest)}`);
  const out = join(ws.root, 'out');
  const build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache') });
  if (build.code !== 0) throw new Error(`build failed:\n${plainOutput(build)}`);
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
  pages = await Promise.all(files.sort().map(async (file) => ({ path: relative(out, file).split(sep).join('/'), html: await readFile(file, 'utf8') })));
  timings.push(`seed site: ingest ${ingest.ms} ms, build ${build.ms} ms, ${pages.length} pages`);
}, TIMEOUT);

afterAll(async () => {
  await ws?.cleanup();
  if (timings.length > 0) console.info(`html-valid: ${timings.join('; ')}`);
});

describe('the built pages of the seeds', () => {
  it('include pages of both interface languages', () => {
    const indonesian = pages.filter((page) => page.path.startsWith('id/'));
    expect(pages.length - indonesian.length, 'English pages').toBeGreaterThan(10);
    expect(indonesian.length, 'Indonesian pages').toBeGreaterThan(10);
    for (const kind of ['index.html', 'sources/index.html', 'map/index.html', 'search/index.html']) {
      expect(pages.map((page) => page.path), kind).toEqual(expect.arrayContaining([kind, `id/${kind}`]));
    }
  });

  it('are valid HTML by html-validate with the project configuration', async () => {
    const config = JSON.parse(await readFile(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
    const started = Date.now();
    const violations: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.path);
      for (const result of report.results) {
        for (const message of result.messages) violations.push(`${page.path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    timings.push(`validated ${pages.length} pages in ${Date.now() - started} ms`);
    expect(pages.length).toBeGreaterThan(20);
    expect(violations, `html-validate found ${violations.length} violations`).toEqual([]);
  }, TIMEOUT);

  it('carry no inline event-handler attribute (on*) on any element', () => {
    const handlers = pages.flatMap((page) =>
      elements(parse(page.html)).flatMap((el) => el.attrs.filter((a) => /^on/i.test(a.name)).map((a) => `${page.path}: <${el.tagName} ${a.name}="${a.value}">`)),
    );
    expect(handlers).toEqual([]);
  });

  it('each carry one Content-Security-Policy meta tag in the head that allows no inline script by default', () => {
    for (const page of pages) {
      const doc = parse(page.html);
      const head = elements(doc).find((el) => el.tagName === 'head');
      expect(head, `${page.path}: <head>`).toBeDefined();
      const policies = elements(head!).filter((el) => el.tagName === 'meta' && el.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'));
      expect(policies, `${page.path}: CSP meta tags`).toHaveLength(1);
      const policy = policies[0]!.attrs.find((a) => a.name === 'content')?.value ?? '';
      const directives = new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d] as const));
      expect(directives.get('default-src'), `${page.path}: default-src`).toBe("default-src 'self'");
      expect(directives.get('script-src'), `${page.path}: script-src`).toMatch(/^script-src 'self'/);
      expect(directives.get('script-src'), `${page.path}: script-src`).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      expect(directives.get('object-src'), `${page.path}: object-src`).toBe("object-src 'none'");
    }
  });
});
