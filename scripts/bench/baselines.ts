// The two baselines the benchmark builds beside the briefing: a bare Astro site (the
// same bodies as plain `.md` entries of a content collection, one minimal layout, the
// default Markdown processor, no MDX, no extraction) and a Hugo site of the same pages.
// Together they say what our features cost over the engine and over the fastest generator.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PlainPage {
  id: string;
  title: string;
  body: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

/** Titles and bodies of the content files, as the baselines render them. */
export async function readPlainPages(articlesDir: string): Promise<PlainPage[]> {
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.mdx')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(articlesDir, name), 'utf8');
      const [, yaml = '', body = ''] = FRONTMATTER.exec(text) ?? [];
      // Ingest writes `title: "…"` as a JSON-compatible double-quoted YAML string.
      const quoted = /^title: (".*")$/m.exec(yaml)?.[1];
      return { id: name.replace(/\.mdx$/, ''), title: quoted ? (JSON.parse(quoted) as string) : name, body: body.trim() };
    }),
  );
}

const yamlString = (text: string) => JSON.stringify(text);

export interface BareAstroSite {
  root: string;
  dist: string;
  cache: string;
}

/** Writes the bare Astro project into `root` (node_modules linked to this project's). */
export async function writeBareAstro(root: string, projectRoot: string, pages: readonly PlainPage[]): Promise<BareAstroSite> {
  await rm(root, { recursive: true, force: true });
  const articles = join(root, 'articles');
  await mkdir(join(root, 'src', 'pages'), { recursive: true });
  await mkdir(articles, { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const dist = join(root, 'dist');
  const cache = join(root, 'cache');
  await writeFile(join(root, 'package.json'), `${JSON.stringify({ name: 'bench-bare-astro', private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: ${JSON.stringify(dist)}, cacheDir: ${JSON.stringify(cache)}, build: { format: 'directory' }, devToolbar: { enabled: false } });\n`,
  );
  await writeFile(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(articles)} }) }) };\n`,
  );
  await writeFile(
    join(root, 'src', 'pages', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  await writeFile(
    join(root, 'src', 'pages', 'index.astro'),
    `---
import { getCollection } from 'astro:content';
const entries = await getCollection('articles');
---
<html lang="en"><head><meta charset="utf-8"><title>Articles</title></head>
<body><main><ul>{entries.map((entry) => <li><a href={\`/\${entry.id}/\`}>{entry.data.title}</a></li>)}</ul></main></body></html>
`,
  );
  await Promise.all(pages.map((page) => writeFile(join(articles, `${page.id}.md`), `---\ntitle: ${yamlString(page.title)}\n---\n\n${page.body}\n`)));
  return { root, dist, cache };
}

export interface HugoSite {
  root: string;
  dist: string;
  cache: string;
}

/** Writes a Hugo site with the same pages: one section, a minimal base, single and list template. */
export async function writeHugo(root: string, pages: readonly PlainPage[]): Promise<HugoSite> {
  await rm(root, { recursive: true, force: true });
  const section = join(root, 'content', 'sources');
  const layouts = join(root, 'layouts', '_default');
  await mkdir(section, { recursive: true });
  await mkdir(layouts, { recursive: true });
  await writeFile(join(root, 'hugo.toml'), `baseURL = "https://example.org/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term"]\n`);
  await writeFile(
    join(layouts, 'baseof.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n`,
  );
  await writeFile(join(layouts, 'single.html'), `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n`);
  await writeFile(join(layouts, 'list.html'), `{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n`);
  await Promise.all(pages.map((page) => writeFile(join(section, `${page.id}.md`), `---\ntitle: ${yamlString(page.title)}\n---\n\n${page.body}\n`)));
  return { root, dist: join(root, 'public'), cache: join(root, 'cache') };
}

/** `hugo version`, installing Debian's package when it is missing; null when neither works. */
export function ensureHugo(log: (line: string) => void): string | null {
  const version = () => {
    const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : null;
  };
  const found = version();
  if (found) return found;
  log('bench: hugo is missing; installing the Debian package (apt-get install -y hugo)');
  let install = spawnSync('apt-get', ['install', '-y', '-q', 'hugo'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { encoding: 'utf8' });
    install = spawnSync('apt-get', ['install', '-y', '-q', 'hugo'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (install.status !== 0) {
    log(`bench: could not install hugo (${install.stderr.trim().split('\n').at(-1) ?? 'apt-get failed'}); the Hugo baseline is skipped`);
    return null;
  }
  return version();
}
