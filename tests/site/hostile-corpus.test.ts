// Hostile and broken input, end to end: a corpus of bad seeds generated here (MDX, JSX,
// HTML and ESM syntax, fake front-matter, javascript: links, pathological brackets, huge
// paragraphs, every encoding the decoder reads, invalid UTF-8, binary files, a 10 MB file,
// empty files, duplicates, hostile file names) next to content files an editor has edited
// or broken, run through the real ingest CLI and `astro build`:
// - ingest refuses what it cannot read with one line naming the file, and exit codes as
//   the README documents (0, or 1 with --strict);
// - no content file that existed before is lost or changed unless ingest wrote it and no
//   one edited it since;
// - the build fails on the broken front-matter, naming the file and the field;
// - without that file the site builds, every line of every seed is text on its page,
//   and no script runs but the site's own (no injected <script>, on* attribute or
//   javascript: URL; every inline script hashed in the page's CSP).
// Two builds in all (the failing one stops early), shared by the tests in beforeAll.
// build.test.ts covers one hostile article and each kind of broken front-matter alone.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import iconv from 'iconv-lite';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnedited } from '../../src/pipeline/emit.ts';
import { FRONTMATTER_KEYS } from '../../src/schemas/article.ts';
import { THEME_INIT_SCRIPT, THEME_STORAGE_KEY } from '../../src/lib/theme-init.ts';
import { makeWorkspace, plainOutput, projectRoot, runBuild, runIngest, type RunResult, type Workspace } from '../helpers/build-site.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type Document = DefaultTreeAdapterTypes.Document;

const TIMEOUT = 600_000;
const MiB = 1024 * 1024;

// ---------- the corpus ----------

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const withBom = (bom: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(bom), body]);
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** A seed that must become an article: its title and paragraphs as the page must show them. */
interface UsableSeed {
  name: string;
  bytes: Buffer;
  /** Expected h1 and paragraphs, when the split is known; otherwise only "every line is text". */
  title?: string;
  paragraphs?: string[];
  /** Every line of the seed's text, decoded: each must be text on the page. */
  lines: string[];
}

/** A seed ingest must refuse, with the message it must print. */
interface RefusedSeed {
  name: string;
  bytes: Buffer;
  message: RegExp;
}

function usable(name: string, title: string, paragraphs: string[], encode: (text: string) => Buffer = utf8, eol = '\n'): UsableSeed {
  const lines = [title, ...paragraphs];
  return { name, bytes: encode(`${lines.join(eol)}${eol}`), title, paragraphs, lines };
}

/** Base-26 letters for a number, so generated sentences carry no figures. */
function letters(n: number): string {
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}

/** Deterministic bytes 1..255 (no NUL): not text, and no signature a decoder knows. */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = 1 + ((state >>> 16) % 255);
  }
  return bytes;
}

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const HUGE_LINE = Array.from({ length: 4000 }, (_, i) => `Sentence ${letters(i)} of the single long line says nothing new.`).join(' ');
const WRAPPED_TEXT = Array.from({ length: 2500 }, (_, i) => `Wrapped sentence ${letters(i)} of the long block goes on`).join(' and ');
/** WRAPPED_TEXT broken into lines of at most 72 characters, none ending a sentence. */
const WRAPPED_LINES = WRAPPED_TEXT.replace(/(.{1,72})(?: |$)/g, '$1\n').trimEnd().split('\n');
const FENCE_LINES = ['---', 'title: "Injected title"', 'layout: ../layouts/Evil.astro', 'draft: true', '---', 'A paragraph written after a fake front-matter block.'];
const HOSTILE_NAME = '<img src=x onerror=alert(1)>.txt';
const QUOTED_NAME = `"quoted" & 'apostrophe' name.md`;
const DUPLICATE_TEXT = 'Duplicate story\nThe same story arrived three times, once in UTF-16.\n';

const USABLE: UsableSeed[] = [
  usable('mdx-jsx.txt', '<Alert client:load onClick={() => alert(1)}>Hi</Alert>', [
    'Body with {props.secret}, {/* comment */} and {1+1} expressions.',
    '<svg onload=alert(1)><script>alert(2)</script></svg>',
    '<iframe src="javascript:alert(3)"></iframe><object data="x.swf"></object><embed src="x.swf">',
    '<style>body { display: none }</style><link rel="stylesheet" href="//evil.example/x.css">',
    `<div dangerouslySetInnerHTML={{ __html: '<b>bold</b>' }} /> and <>fragment</>`,
    '<meta http-equiv="refresh" content="0;url=javascript:alert(4)"><base href="//evil.example/">',
  ]),
  usable('esm-lines.md', `export const title = 'not the title'`, [
    "import Evil from './evil.astro'",
    'export default function Layout() { return null }',
    "import { readFileSync } from 'node:fs'; readFileSync('/etc/passwd')",
    "export { x as default } from './x.js'",
    '<Evil />',
  ]),
  usable('links.md', 'Links that must stay text', [
    '[click me](javascript:alert(1))',
    '<a href="javascript:alert(2)">a</a> and <javascript:alert(3)>',
    '![pixel](javascript:alert(4)) then [ref]: javascript:alert(5)',
    'JaVaScRiPt:alert(6) www.example.com foo@example.com https://example.org/?q=<script>alert(7)</script>',
  ]),
  usable('brackets.txt', 'Brackets by the thousand', ['[a]('.repeat(5000), '[^1]: not a footnote definition', '[x]: https://example.org "not a link definition"']),
  usable('punctuation.txt', 'Punctuation stays as printed', [`"Straight double" and 'single' quotes -- two hyphens --- three ... dots, 1/2 and +- signs, <- arrows ->`]),
  usable('huge-line.txt', 'A huge paragraph on one line', [HUGE_LINE]),
  { name: 'huge-wrapped.txt', bytes: utf8(`A huge hard-wrapped paragraph\n${WRAPPED_LINES.join('\n')}\n`), title: 'A huge hard-wrapped paragraph', paragraphs: [WRAPPED_TEXT], lines: ['A huge hard-wrapped paragraph', WRAPPED_TEXT] },
  { name: 'fences.md', bytes: utf8(`${FENCE_LINES.join('\n')}\n`), lines: FENCE_LINES },
  // Every encoding the decoder reads (src/pipeline/decode.ts), each with text only it can carry.
  usable('enc-utf8.txt', 'Encoding UTF-8 without BOM', ['Berita dari Jakarta: harga cabai naik 5 % — “kata pedagang” … naïve 🇮🇩 𝄞 ok.']),
  usable('enc-utf8-bom.txt', 'Encoding UTF-8 with BOM', ['Grüße aus Köln, ¿qué tal? Ελληνικά и кириллица, 中文 too.'], (text) => withBom(UTF8_BOM, utf8(text))),
  usable('enc-utf16le.txt', 'Encoding UTF-16 LE with BOM', ['Ünïcödé in little-endian: 日本語, emoji 😀 and a surrogate pair 𝄞.'], (text) => withBom(UTF16LE_BOM, iconv.encode(text, 'utf16le'))),
  usable('enc-utf16be.txt', 'Encoding UTF-16 BE with BOM', ['Big-endian text: Señor Núñez pagó 3 € por el café, 한국어 as well.'], (text) => withBom(UTF16BE_BOM, iconv.encode(text, 'utf16be'))),
  usable('enc-windows-1252.txt', 'Encoding Windows-1252', ['Smart “quotes” – en dash — em dash … 5 € œuvre Šibenik ™ naïve café.'], (text) => iconv.encode(text, 'windows-1252'), '\r\n'),
  usable('enc-latin1.txt', 'Encoding ISO-8859-1', ['Latin-1 bytes: Señor Muñoz « naïf » 25 °C ± 3 ½ ¼ ß Ø æ ÿ.'], (text) => iconv.encode(text, 'latin1')),
  // Not UTF-8 and no BOM: read as Windows-1252, as the README documents.
  {
    name: 'invalid-utf8.txt',
    bytes: Buffer.concat([utf8('Invalid UTF-8 reads as Windows-1252\nThe bytes '), Buffer.from([0xc3, 0x28]), utf8(' and '), Buffer.from([0xff]), utf8(' are not UTF-8.\n')]),
    title: 'Invalid UTF-8 reads as Windows-1252',
    paragraphs: ['The bytes Ã( and ÿ are not UTF-8.'],
    lines: ['Invalid UTF-8 reads as Windows-1252', 'The bytes Ã( and ÿ are not UTF-8.'],
  },
  usable(HOSTILE_NAME, 'A seed whose file name is markup', ['Its name must show as text on its page.']),
  usable(QUOTED_NAME, 'A seed whose file name has quotes', ['Its name must show as text too.']),
  { name: 'dup-a.txt', bytes: utf8(DUPLICATE_TEXT), title: 'Duplicate story', paragraphs: ['The same story arrived three times, once in UTF-16.'], lines: DUPLICATE_TEXT.trim().split('\n') },
];

/** Same text as dup-a.txt: ingested once. */
const DUPLICATES: { name: string; bytes: Buffer }[] = [
  { name: 'dup-b.txt', bytes: utf8(DUPLICATE_TEXT) },
  { name: 'dup-c-utf16.txt', bytes: withBom(UTF16LE_BOM, iconv.encode(DUPLICATE_TEXT.replace(/\n/g, '\r\n'), 'utf16le')) },
];

const esc = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const REFUSED: RefusedSeed[] = [
  // Plain text, but twice the default --max-bytes (5 MiB).
  { name: 'ten-megabytes.txt', bytes: Buffer.alloc(10 * MiB, 'An ordinary sentence in a file far too large to be an article.\n'), message: /Unexpected file size of 10485760 bytes in `ten-megabytes\.txt`, expected at most 5242880 bytes/ },
  { name: 'photo.png', bytes: PNG, message: /Unexpected PNG image signature at the start of `photo\.png`/ },
  { name: 'photo-renamed.txt', bytes: PNG, message: /Unexpected PNG image signature at the start of `photo-renamed\.txt`/ },
  { name: 'nul-laden.txt', bytes: utf8('A title\nSome text\u0000with\u0000NUL\u0000bytes\n'), message: /^nul-laden\.txt:2: warning Unexpected NUL byte at offset 17 in `nul-laden\.txt`/ },
  { name: 'noise.bin', bytes: noise(4096), message: /Unexpected \d+ control characters .* in `noise\.bin`/ },
  { name: 'invalid-after-bom.txt', bytes: withBom(UTF8_BOM, Buffer.concat([utf8('Title\nBroken '), Buffer.from([0xc3, 0x28]), utf8('\n')])), message: /Unexpected invalid UTF-8 byte sequence in `invalid-after-bom\.txt`/ },
  { name: 'odd-utf16.txt', bytes: withBom(UTF16LE_BOM, Buffer.from([0x41, 0x00, 0x42])), message: /Unexpected invalid UTF-16 LE byte sequence in `odd-utf16\.txt`/ },
  { name: 'empty.txt', bytes: Buffer.alloc(0), message: /Unexpected empty file `empty\.txt` \(0 bytes\)/ },
  { name: 'bom-only.txt', bytes: Buffer.from(UTF8_BOM), message: /Unexpected empty file `bom-only\.txt` \(only a byte order mark\)/ },
  { name: 'whitespace.txt', bytes: utf8('  \n\t\n \r\n'), message: /Unexpected whitespace-only file `whitespace\.txt`/ },
];

// Seeds ingested before the corpus arrives, and what happens to their content files.
const FIRST = {
  edited: usable('edited.txt', 'Harbour reopens after the storm', ['The harbour reopened on Monday after a storm closed it for three days.']),
  stable: usable('stable.txt', 'Bridge works finish early', ['The new bridge opened two weeks ahead of schedule.']),
  changed: usable('changed-seed.txt', 'Rail line survey begins', ['Surveyors began work on the northern rail line.']),
  orphan: usable('removed-seed.txt', 'Market prices steady', ['Rice prices held steady at the central market this week.']),
  refusedLater: usable('becomes-binary.txt', 'Library extends its hours', ['The city library will open until nine in the evening.']),
  broken: usable('broken.txt', 'Ferry timetable changes', ['The morning ferry leaves half an hour earlier from next month.']),
  mangled: usable('mangled.txt', 'School year starts', ['Pupils returned to classrooms across the province on Monday.']),
};
const CHANGED_PARAGRAPH = 'Surveyors finished the first section of the northern rail line.';
const EDITED_TITLE = 'Harbour reopens (edited by hand)';

// ---------- a tiny DOM walker over parse5's tree ----------

function childrenOf(node: Node): Node[] {
  const kids = 'childNodes' in node ? [...node.childNodes] : [];
  if ('tagName' in node && node.tagName === 'template') kids.push(...(node as DefaultTreeAdapterTypes.Template).content.childNodes);
  return kids;
}

function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    for (const child of childrenOf(node)) {
      if ('tagName' in child) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

const byTag = (root: Node, tag: string) => elements(root).filter((el) => el.tagName === tag);
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return childrenOf(node).map(textOf).join('');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The theme pair every page carries: the inline line applying a pinned theme, and the toggle module. */
function isThemeScript(script: Element): boolean {
  const text = textOf(script);
  if (attr(script, 'type') === undefined) return text === THEME_INIT_SCRIPT;
  return attr(script, 'type') === 'module' && text.includes(THEME_STORAGE_KEY) && text.includes('data-theme-toggle');
}

/** Paragraph texts of a source page's article, without their ¶ links. */
function articleParagraphs(doc: Document): string[] {
  const [article] = byTag(doc, 'article').filter((el) => hasClass(el, 'article-body'));
  if (!article) return [];
  return elements(article)
    .filter((el) => el.tagName === 'p' && /^p\d+$/.test(attr(el, 'id') ?? ''))
    .map((p) => p.childNodes.filter((child) => !('tagName' in child && hasClass(child, 'pilcrow'))).map(textOf).join(''));
}

// ---------- the run ----------

type Snapshot = Map<string, { bytes: Buffer; mtimeMs: number }>;

async function snapshot(dir: string): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out.set(relative(dir, file).split(sep).join('/'), { bytes: await readFile(file), mtimeMs: (await stat(file)).mtimeMs });
  }
  return out;
}

/** Content files by the seed their front-matter names. */
async function idsBySeed(content: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of (await readdir(join(content, 'articles'))).filter((n) => n.endsWith('.mdx'))) {
    const text = await readFile(join(content, 'articles', name), 'utf8');
    const seed = /^seed: "((?:[^"\\]|\\.)*)"$/m.exec(text)?.[1];
    if (seed !== undefined) ids.set(JSON.parse(`"${seed}"`) as string, name.replace(/\.mdx$/, ''));
  }
  return ids;
}

let ws: Workspace;
let out: string;
let before: Snapshot;
let afterIngest: Snapshot;
let afterStrict: Snapshot;
let ingest: RunResult;
let strict: RunResult;
let brokenBuild: RunResult;
let build: RunResult;
let seedIds: Map<string, string>;
const timings: string[] = [];

beforeAll(async () => {
  ws = await makeWorkspace('briefing-hostile-');
  out = join(ws.root, 'out');
  const seed = (name: string, bytes: Buffer | string) => writeFile(join(ws.seeds, name), bytes);
  const article = (id: string) => join(ws.content, 'articles', `${id}.mdx`);

  // 1. A first ingest writes the content files an editor then works on.
  for (const s of Object.values(FIRST)) await seed(s.name, s.bytes);
  const first = await runIngest(ws, ['--no-extract', '--quiet']);
  if (first.code !== 0) throw new Error(`first ingest failed:\n${plainOutput(first)}`);
  const firstIds = await idsBySeed(ws.content);
  const idOf = (s: UsableSeed) => firstIds.get(s.name) ?? '';

  // 2. The editor retitles one article and rewrites its paragraph, gives another a
  //    front-matter field the schema refuses, and leaves a third with YAML that does not parse.
  const editedFile = article(idOf(FIRST.edited));
  await writeFile(editedFile, (await readFile(editedFile, 'utf8')).replace(/^title: .*$/m, `title: "${EDITED_TITLE}"`).replace('three days.', 'three days, the port authority said.'));
  const brokenFile = article(idOf(FIRST.broken));
  await writeFile(brokenFile, (await readFile(brokenFile, 'utf8')).replace(/^date_precision: .*$/m, 'date_precision: "sometimes"'));
  const mangledFile = article(idOf(FIRST.mangled));
  await writeFile(mangledFile, (await readFile(mangledFile, 'utf8')).replace(/^title: .*$/m, 'title: "School year starts'));

  // 3. The corpus arrives; one seed changes, one disappears, one turns into a binary file.
  for (const s of [...USABLE, ...DUPLICATES, ...REFUSED]) await seed(s.name, s.bytes);
  await seed(FIRST.changed.name, `${FIRST.changed.title}\n${CHANGED_PARAGRAPH}\n`);
  await rm(join(ws.seeds, FIRST.orphan.name));
  await seed(FIRST.refusedLater.name, PNG);

  before = await snapshot(ws.content);
  ingest = await runIngest(ws);
  afterIngest = await snapshot(ws.content);
  strict = await runIngest(ws, ['--strict', '--no-extract']);
  afterStrict = await snapshot(ws.content);
  seedIds = await idsBySeed(ws.content);
  timings.push(`ingest ${ingest.ms} ms, ingest --strict ${strict.ms} ms`);

  // 4. The build with the broken front-matter must fail (the unparsable file is set aside
  //    first, so the failure is the schema's); then, with it set aside too, succeed.
  const aside = join(ws.root, 'aside');
  await mkdir(aside);
  await rename(mangledFile, join(aside, 'mangled.mdx'));
  brokenBuild = await runBuild({ content: ws.content, out: join(ws.root, 'out-broken'), cache: join(ws.root, 'cache-broken') });
  await rename(brokenFile, join(aside, 'broken.mdx'));
  build = await runBuild({ content: ws.content, out, cache: join(ws.root, 'cache') });
  timings.push(`failing build ${brokenBuild.ms} ms (exit ${brokenBuild.code}), build ${build.ms} ms (exit ${build.code})`);
}, TIMEOUT);

afterAll(async () => {
  await ws?.cleanup();
  if (timings.length > 0) console.info(`hostile corpus: ${timings.join('; ')}`);
});

const idOf = (name: string): string => {
  const id = seedIds.get(name);
  expect(id, `content file for seed ${name}`).toBeDefined();
  return id!;
};

async function sourcePage(name: string): Promise<Document> {
  return parse(await readFile(join(out, 'sources', idOf(name), 'index.html'), 'utf8'));
}

async function builtPages(): Promise<{ path: string; html: string }[]> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name)).sort();
  return Promise.all(files.map(async (file) => ({ path: relative(out, file).split(sep).join('/'), html: await readFile(file, 'utf8') })));
}

// ---------- ingest ----------

describe('ingest of the hostile corpus', () => {
  it('counts every seed in its summary, and exits 1 naming the content files the build could not load', () => {
    // The schema-broken and the unparsable files would stop `astro build` with a stack
    // trace; ingest stops `npm run build` first, naming them.
    expect(ingest.code, plainOutput(ingest)).toBe(1);
    expect(ingest.stderr).toMatch(new RegExp(`^ingest: 2 content files the site cannot be built from \\(.*${idOf(FIRST.broken.name)}\\.mdx.*\\)`, 'm'));
    expect(ingest.stderr).toMatch(new RegExp(`^${idOf(FIRST.broken.name)}\\.mdx:\\d+: error Unexpected \`date_precision\` in `, 'm'));
    const summary = ingest.stdout.split('\n').find((line) => line.startsWith('ingest: '));
    // Created: the usable seeds; updated: the changed seed; unchanged: the stable one;
    // kept-edited: the retitled, the schema-broken and the unparsable files; skipped:
    // the refused seeds and the seed that became binary; orphaned: the removed seed.
    expect(summary).toMatch(
      new RegExp(`^ingest: ${USABLE.length} created, 1 updated, 1 unchanged, 3 kept-edited, ${DUPLICATES.length} duplicates, ${REFUSED.length + 1} skipped, 1 orphaned `),
    );
  });

  it('refuses each unusable seed with one line naming it, and prints no stack trace', () => {
    const lines = ingest.stderr.split('\n').filter(Boolean);
    for (const { name, message } of [...REFUSED, { name: FIRST.refusedLater.name, message: /Unexpected PNG image signature at the start of `becomes-binary\.txt`/ }]) {
      const own = lines.filter((line) => line.startsWith(`${name}:`));
      expect(own, `messages for ${name}`).toHaveLength(1);
      expect(own[0]).toMatch(message);
      expect(own[0]).toMatch(new RegExp(`^${esc(name)}(?::\\d+)?: warning Unexpected .*\`${esc(name)}\`.* \\[ingest:decode\\]$`));
    }
    expect(plainOutput(ingest)).not.toMatch(/^\s+at \S/m);
    expect(plainOutput(ingest)).not.toMatch(/\b(?:TypeError|RangeError|SyntaxError|Error):/);
  });

  it('ingests the duplicates once and names them and the seed they repeat', () => {
    for (const { name } of DUPLICATES) {
      expect(seedIds.has(name), `${name} has no content file`).toBe(false);
      expect(ingest.stderr).toContain(`${name}: info Unexpected duplicate: \`${name}\` has the same text as \`dup-a.txt\``);
    }
    expect(seedIds.has('dup-a.txt')).toBe(true);
  });

  it('writes one content file per usable seed, whose front-matter has only the schema fields', async () => {
    for (const s of USABLE) {
      const text = await readFile(join(ws.content, 'articles', `${idOf(s.name)}.mdx`), 'utf8');
      const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;
      expect(Object.keys(frontmatter), s.name).toEqual([...FRONTMATTER_KEYS]);
      expect(frontmatter['seed'], s.name).toBe(s.name);
    }
    for (const s of REFUSED) expect(seedIds.has(s.name), `${s.name} has no content file`).toBe(false);
  });

  it('keeps the edited, broken and unparsable files byte for byte, and says why', () => {
    for (const s of [FIRST.edited, FIRST.broken, FIRST.mangled]) {
      const name = `articles/${idOf(s.name)}.mdx`;
      expect(afterIngest.get(name)?.bytes.equals(before.get(name)!.bytes), name).toBe(true);
      expect(ingest.stderr, name).toContain(`Kept \`${idOf(s.name)}.mdx\`: it was edited after ingest wrote it`);
    }
    expect(ingest.stderr).toMatch(new RegExp(`^${idOf(FIRST.mangled.name)}\\.mdx:\\d+: error Unexpected front-matter in \`${idOf(FIRST.mangled.name)}\\.mdx\`: .*; kept as it is, fix it \\(the build cannot load it\\) \\[ingest:frontmatter\\]$`, 'm'));
  });

  it('loses or changes no content file that existed before, unless ingest wrote it and no one edited it since', () => {
    expect(before.size).toBeGreaterThan(Object.keys(FIRST).length);
    const changed: string[] = [];
    for (const [name, { bytes }] of before) {
      const now = afterIngest.get(name);
      expect(now, `${name} still exists`).toBeDefined();
      if (now!.bytes.equals(bytes)) continue;
      changed.push(name);
      expect(name.startsWith('articles/') && isUnedited(bytes.toString('utf8')), `${name} changed but was edited or not generated`).toBe(true);
    }
    // Exactly the unedited file whose seed changed was rewritten, with the new text.
    expect(changed).toEqual([`articles/${idOf(FIRST.changed.name)}.mdx`]);
    expect(afterIngest.get(changed[0]!)!.bytes.toString('utf8')).toContain(CHANGED_PARAGRAPH);
    // The file whose seed is gone, and the one whose seed turned binary, stay as they were.
    expect(ingest.stderr).toContain(`Kept \`${idOf(FIRST.orphan.name)}.mdx\`: its seed \`${FIRST.orphan.name}\` is no longer in the seeds folder`);
    const stable = `articles/${idOf(FIRST.stable.name)}.mdx`;
    expect(afterIngest.get(stable)?.mtimeMs, 'the unchanged file was not rewritten').toBe(before.get(stable)?.mtimeMs);
  });

  it('exits 1 with --strict when seeds were skipped, and a second run writes nothing', () => {
    expect(strict.code, plainOutput(strict)).toBe(1);
    expect(strict.stdout).toMatch(/^ingest: 0 created, 0 updated, \d+ unchanged, 3 kept-edited, 2 duplicates, \d+ skipped, 1 orphaned /m);
    expect([...afterStrict.keys()]).toEqual([...afterIngest.keys()]);
    for (const [name, { bytes, mtimeMs }] of afterIngest) {
      expect(afterStrict.get(name)?.bytes.equals(bytes), name).toBe(true);
      expect(afterStrict.get(name)?.mtimeMs, name).toBe(mtimeMs);
    }
  });
});

// ---------- the build ----------

describe('the build of the hostile corpus', () => {
  it('fails on the broken front-matter, naming the file and the field', () => {
    const output = plainOutput(brokenBuild);
    expect(brokenBuild.code, output).not.toBe(0);
    expect(output).toContain(`${idOf(FIRST.broken.name)}.mdx`);
    expect(output).toMatch(/\bdate_precision\b/);
  });

  it('builds every other content file into a source page', async () => {
    expect(build.code, plainOutput(build)).toBe(0);
    const articles = (await readdir(join(ws.content, 'articles'))).filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, '')).sort();
    const pages = (await readdir(join(out, 'sources'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const id of articles) expect(pages, id).toContain(id);
    expect(articles).toEqual(expect.arrayContaining([...USABLE.map((s) => idOf(s.name))]));
  });

  it('shows each seed’s title and paragraphs as literal text, exactly', async () => {
    for (const s of USABLE.filter((u) => u.title !== undefined)) {
      const doc = await sourcePage(s.name);
      expect(byTag(doc, 'h1').map(textOf), `${s.name}: h1`).toEqual([s.title]);
      expect(textOf(byTag(doc, 'title')[0]!), `${s.name}: <title>`).toMatch(new RegExp(`^${esc(s.title!)} · `));
      expect(articleParagraphs(doc), `${s.name}: paragraphs`).toEqual(s.paragraphs);
    }
  });

  it('shows every line of every usable seed as text on its page, fake front-matter included', async () => {
    for (const s of USABLE) {
      const text = squash(textOf(await sourcePage(s.name)));
      for (const line of s.lines) expect(text.includes(squash(line)), `${s.name}: ${line.slice(0, 80)}`).toBe(true);
    }
    const fences = await sourcePage('fences.md');
    expect(byTag(fences, 'hr'), 'fences.md: no rule').toEqual([]);
  });

  it('shows the hostile file names as text', async () => {
    for (const name of [HOSTILE_NAME, QUOTED_NAME]) expect(textOf(await sourcePage(name))).toContain(name);
  });

  it('shows the editor’s title and text, and the updated seed’s new text', async () => {
    const edited = await sourcePage(FIRST.edited.name);
    expect(byTag(edited, 'h1').map(textOf)).toEqual([EDITED_TITLE]);
    expect(articleParagraphs(edited)).toEqual(['The harbour reopened on Monday after a storm closed it for three days, the port authority said.']);
    expect(articleParagraphs(await sourcePage(FIRST.changed.name))).toEqual([CHANGED_PARAGRAPH]);
    expect(articleParagraphs(await sourcePage(FIRST.orphan.name))).toEqual(FIRST.orphan.paragraphs);
  });

  it('runs no script but the site’s own: no injected element, on* attribute or javascript: URL on any page', async () => {
    const pages = await builtPages();
    expect(pages.length).toBeGreaterThan(USABLE.length);
    const problems: string[] = [];
    const hostileIds = new Set(USABLE.map((s) => idOf(s.name)));
    for (const { path, html } of pages) {
      const doc = parse(html);
      const all = elements(doc);
      const scripts = byTag(doc, 'script');
      if (scripts.filter(isThemeScript).length !== 2) problems.push(`${path}: not exactly the theme pair of scripts`);
      const policy = all.find((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      const scriptSrc = (attr(policy ?? all[0]!, 'content') ?? '').split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
      for (const script of scripts) {
        const src = attr(script, 'src');
        const text = textOf(script);
        if (/alert\(|props\.secret|evil/i.test(`${src ?? ''}${text}`)) problems.push(`${path}: script with article text: ${text.slice(0, 80)}`);
        if (src !== undefined && !src.startsWith('/_astro/')) problems.push(`${path}: script from ${src}`);
        if (src === undefined && !scriptSrc.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`)) problems.push(`${path}: inline script not hashed in the CSP`);
      }
      const source = /^(?:id\/)?sources\/([^/]+)\/index\.html$/.exec(path)?.[1];
      if (source !== undefined && hostileIds.has(source) && scripts.some((script) => !isThemeScript(script))) problems.push(`${path}: a script on a source page`);
      for (const el of all) {
        for (const a of el.attrs) {
          if (/^on/i.test(a.name)) problems.push(`${path}: <${el.tagName} ${a.name}>`);
          if (/^\s*(?:javascript|vbscript|data):/i.test(a.value) && ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset'].includes(a.name)) problems.push(`${path}: <${el.tagName} ${a.name}="${a.value}">`);
        }
        if (['iframe', 'object', 'embed', 'base', 'alert', 'evil', 'foo'].includes(el.tagName)) problems.push(`${path}: <${el.tagName}>`);
        if (el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'refresh') problems.push(`${path}: <meta http-equiv=refresh>`);
        if (el.tagName === 'style' && !all.some((head) => head.tagName === 'head' && elements(head).includes(el))) problems.push(`${path}: <style> outside the head`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('escapes the hostile titles in the feed', async () => {
    const rss = await readFile(join(out, 'rss.xml'), 'utf8');
    expect(rss).toContain('&lt;Alert client:load onClick={() =&gt; alert(1)}&gt;Hi&lt;/Alert&gt;');
    expect(rss).not.toMatch(/<(?:Alert|script|img|iframe)\b/i);
  });

  it('keeps every page valid HTML by the project’s html-validate configuration', async () => {
    const config = JSON.parse(await readFile(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
    const violations: string[] = [];
    for (const { path, html } of await builtPages()) {
      const report = await validator.validateString(html, path);
      for (const message of report.results.flatMap((result) => result.messages)) violations.push(`${path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(violations).toEqual([]);
  });
});
