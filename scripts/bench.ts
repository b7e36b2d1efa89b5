// Benchmark: builds a synthetic corpus of N articles and measures, as the median of
// several runs, ingest, extraction and linking, `astro build`, Pagefind, peak memory
// and output size, cold and for three rebuilds (nothing changed, one content file
// edited, one seed added), beside a bare Astro site and a Hugo site of the same pages.
// It asserts nothing: it prints a table and writes it as JSON (targets: README).
// Usage: npm run bench -- [--articles N] [--runs R] [--seed S] [--only ours,bare,hugo] [--no-rebuilds] [--keep] [--out FILE]
import type { ExtractStepResult } from './bench/extract-step.ts';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { astroBin, astroEnv, astroNodeArgs } from './astro.ts';
import { readPlainPages, writeBareAstro, writeHugo, ensureHugo, type PlainPage } from './bench/baselines.ts';
import { generateArticle, generateCorpus, loadCorpusInputs } from './bench/corpus.ts';
import { expectSuccess, runStep, type StepResult } from './bench/measure.ts';
import { formatMb, formatMs, round, Samples, table, type StepSummary } from './bench/report.ts';
import { INGEST_NODE_OPTIONS } from './ingest-options.ts';
import { createWorkspace, discard, distStats, resetBuild, type DistStats } from './bench/workspace.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const TODAY = '2026-11-22';
const SECTIONS = ['ours', 'bare', 'hugo'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `Usage: npm run bench -- [options]

  --articles N     articles in the synthetic corpus (default: 250)
  --runs R         runs per measurement; figures are medians (default: 3)
  --seed S         corpus seed number (default: 1)
  --only LIST      sections to run: ours, bare, hugo (default: all); with --out of an
                   earlier run of the same N, the other sections are kept from it
  --mdx all        compile every article as MDX (BRIEFING_MDX=all), for a before/after figure
  --no-rebuilds    skip the three rebuild scenarios
  --keep           keep the scratch folder and print its path
  --out FILE       JSON output (default: bench-results/bench-N.json)
  --help           show this help`;

function parse() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '250' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      only: { type: 'string', default: SECTIONS.join(',') },
      rebuilds: { type: 'boolean', default: true },
      mdx: { type: 'string', default: 'auto' },
      keep: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowNegative: true,
  });
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles expects a positive whole number, got \`${values.articles}\``);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a positive whole number, got \`${values.runs}\``);
  if (!Number.isInteger(seed)) throw new Error(`--seed expects a whole number, got \`${values.seed}\``);
  const only = values.only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`--only expects some of ${SECTIONS.join(', ')}, got \`${unknown.join(', ')}\``);
  if (values.mdx !== 'auto' && values.mdx !== 'all') throw new Error(`--mdx expects auto or all, got \`${values.mdx}\``);
  return {
    help: values.help,
    articles,
    runs,
    seed,
    only: new Set(only as Section[]),
    rebuilds: values.rebuilds,
    mdx: values.mdx,
    keep: values.keep,
    out: resolve(values.out ?? join('bench-results', `bench-${articles}.json`)),
  };
}

function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; bin?: string | Record<string, string> };
  return pkg.version;
}

/** The environment of a build child: no test or colour settings from the caller. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  delete env['FORCE_COLOR'];
  return env;
}

/** What `scripts/bench/extract-step.ts` prints as its last line. */
type ExtractFigures = Omit<ExtractStepResult, 'articles'>;

interface BenchJson {
  articles: number;
  seed: number;
  runs: number;
  mdx: string;
  environment: Record<string, string | number | null>;
  steps: Record<string, StepSummary>;
  extract: { extractMs: number; linkMs: number; entities: number; claims: number; conflicts: number } | null;
  dist: Record<string, DistStats & { searchIndexBytes?: number }>;
  ratios: Record<string, number>;
}

async function main(): Promise<number> {
  let options;
  try {
    options = parse();
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const { articles: count, runs, seed, only } = options;
  const log = (line: string) => console.error(line);
  const node = process.execPath;
  const astro = astroBin(projectRoot);
  const hugoVersion = only.has('hugo') ? ensureHugo(log) : null;

  const inputs = loadCorpusInputs({ seedsDir: join(projectRoot, 'seeds'), fixturesDir: join(projectRoot, 'tests/fixtures/bench') });
  const ws = await createWorkspace(projectRoot, `briefing-bench-${count}-`);
  log(`bench: ${count} articles, ${runs} run(s), scratch folder ${ws.root}`);
  const corpus = generateCorpus(inputs, { count, seed });
  await Promise.all(corpus.map((article) => writeFile(join(ws.seeds, article.name), article.text)));
  const extraSeed = generateArticle(inputs, seed, count);

  // Pagefind runs as a step of its own, so the build's own search-index hook is off.
  const env = buildEnv({
    BRIEFING_CONTENT_DIR: ws.content,
    BRIEFING_OUT_DIR: ws.dist,
    BRIEFING_CACHE_DIR: ws.cache,
    BRIEFING_SEARCH_INDEX: 'off',
    ...(options.mdx === 'all' ? { BRIEFING_MDX: 'all' } : {}),
  });
  const samples = new Samples();
  const dist: BenchJson['dist'] = {};
  let extract: ExtractFigures | undefined;
  const sum = (results: StepResult[], of: (r: StepResult) => number | null) => (results.every((r) => of(r) !== null) ? results.reduce((total, r) => total + (of(r) ?? 0), 0) : null);
  const cpuSum = (...results: StepResult[]) => sum(results, (r) => r.cpuMs);
  const systemSum = (...results: StepResult[]) => sum(results, (r) => r.systemMs);
  const step = async (name: string, command: string, args: string[], cwd: string, stepEnv: NodeJS.ProcessEnv = env): Promise<StepResult> => {
    const result = expectSuccess(name, await runStep(command, args, { cwd, env: stepEnv }));
    samples.add(name, result.ms, result.rssMb, result.cpuMs, result.systemMs);
    log(`  ${name}: ${formatMs(result.ms)}${result.cpuMs === null ? '' : ` (cpu ${formatMs(result.cpuMs)}${result.systemMs === null ? '' : `, kernel ${formatMs(result.systemMs)}`})`}${result.rssMb === null ? '' : `, ${result.rssMb.toFixed(0)} MB`}`);
    return result;
  };
  // As `npm run build` runs it: with the Node options package.json gives it.
  const ingestArgs = [...INGEST_NODE_OPTIONS, 'scripts/ingest.ts', '--seeds', ws.seeds, '--content', ws.content, '--today', TODAY, '--quiet', '--no-extract'];
  const ingest = (name: string) => step(name, node, ingestArgs, ws.project);
  // As `npm run build` runs it: through scripts/astro.ts, with the environment it sets.
  const astroBuild = (name: string) => step(name, node, ['scripts/astro.ts', 'build'], ws.project);
  // The search index as the build's integration makes it (reused when the pages did not change).
  const search = (name: string) => step(name, node, ['scripts/bench/search-step.ts', '--dist', ws.dist, '--cache', ws.cache], ws.project);
  /** The full build: ingest, astro build, Pagefind; the total is recorded per run. */
  const fullBuild = async (scenario: string) => {
    const a = await ingest(`${scenario}: ingest`);
    const b = await astroBuild(`${scenario}: astro build`);
    const c = await search(`${scenario}: pagefind`);
    samples.add(`${scenario}: total`, a.ms + b.ms + c.ms, Math.max(a.rssMb ?? 0, b.rssMb ?? 0, c.rssMb ?? 0) || null, cpuSum(a, b, c), systemSum(a, b, c));
  };

  let pages: PlainPage[] | undefined;
  const plainPages = async () => {
    if (pages) return pages;
    // The baselines render the bodies ingest writes; this ingest is setup, not measured.
    if ((await readdir(join(ws.content, 'articles'))).length === 0) {
      expectSuccess('setup: ingest', await runStep(node, ingestArgs, { cwd: ws.project, env }));
    }
    pages = await readPlainPages(join(ws.content, 'articles'));
    return pages;
  };
  const bare = only.has('bare') ? await writeBareAstro(join(ws.root, 'bare'), projectRoot, await plainPages()) : null;
  const hugo = only.has('hugo') && hugoVersion ? await writeHugo(join(ws.root, 'hugo'), await plainPages()) : null;

  for (let run = 1; run <= runs; run++) {
    log(`run ${run}/${runs}`);
    if (only.has('ours')) {
      await resetBuild(ws);
      await rm(join(ws.seeds, extraSeed.name), { force: true });
      const a = await ingest('cold: ingest');
      const x = await step('cold: extract + link', node, ['scripts/bench/extract-step.ts', '--content', ws.content], ws.project);
      extract = JSON.parse(x.stdout.trim().split('\n').at(-1) ?? '{}') as ExtractFigures;
      samples.add('cold: extraction', extract.extractMs, null);
      samples.add('cold: linking', extract.linkMs, null);
      const b = await astroBuild('cold: astro build');
      dist['ours'] = await distStats(ws.dist);
      const c = await search('cold: pagefind');
      dist['ours'].searchIndexBytes = (await distStats(join(ws.dist, 'pagefind'))).bytes;
      samples.add('cold: total', a.ms + b.ms + c.ms, Math.max(a.rssMb ?? 0, b.rssMb ?? 0, c.rssMb ?? 0) || null, cpuSum(a, b, c), systemSum(a, b, c));
      if (options.rebuilds) {
        await fullBuild('rebuild, nothing changed');
        // An editor adds a paragraph to one article.
        const names = (await readdir(join(ws.content, 'articles'))).filter((name) => name.endsWith('.mdx')).sort();
        const edited = join(ws.content, 'articles', names[Math.floor(names.length / 2)] as string);
        await appendFile(edited, `\nAn editor added this paragraph after reading the article again.\n`);
        await fullBuild('rebuild, one file edited');
        await writeFile(join(ws.seeds, extraSeed.name), extraSeed.text);
        await fullBuild('rebuild, one seed added');
      }
    }
    if (bare) {
      for (const dir of [bare.dist, bare.cache, join(bare.root, '.astro')]) await discard(ws, dir);
      // The engine under the same allocator and Node settings as ours (scripts/astro.ts), so the ratios are what our features cost.
      const bareEnv = astroEnv(buildEnv({}));
      const bareBuild = [...astroNodeArgs(bareEnv), astro, 'build'];
      await step('bare astro: build', node, bareBuild, bare.root, bareEnv);
      dist['bare astro'] = await distStats(bare.dist);
      if (options.rebuilds) await step('bare astro: rebuild, nothing changed', node, bareBuild, bare.root, bareEnv);
    }
    if (hugo) {
      for (const dir of [hugo.dist, hugo.cache]) await discard(ws, dir);
      await step('hugo: build', 'hugo', ['--quiet', '--cacheDir', hugo.cache, '--destination', hugo.dist], hugo.root, buildEnv({}));
      dist['hugo'] = await distStats(hugo.dist);
    }
  }

  // Earlier sections of the same N survive a partial run (--only).
  let previous: BenchJson | null = null;
  if (only.size < SECTIONS.length && existsSync(options.out)) {
    const old = JSON.parse(await readFile(options.out, 'utf8')) as BenchJson;
    if (old.articles === count) previous = old;
  }
  const steps = { ...(previous?.steps ?? {}), ...samples.summary() };
  const m = (name: string) => steps[name]?.medianMs;
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : round(a / b, 2));
  const ratios: Record<string, number | undefined> = {
    'astro build / bare astro build': ratio(m('cold: astro build'), m('bare astro: build')),
    'full build / bare astro build': ratio(m('cold: total'), m('bare astro: build')),
    'astro build / hugo build': ratio(m('cold: astro build'), m('hugo: build')),
    'full build / hugo build': ratio(m('cold: total'), m('hugo: build')),
    'bare astro build / hugo build': ratio(m('bare astro: build'), m('hugo: build')),
    'astro build peak RSS / bare astro peak RSS': ratio(steps['cold: astro build']?.peakRssMb ?? undefined, steps['bare astro: build']?.peakRssMb ?? undefined),
    'rebuild, nothing changed / cold': ratio(m('rebuild, nothing changed: total'), m('cold: total')),
    'rebuild, one file edited / cold': ratio(m('rebuild, one file edited: total'), m('cold: total')),
    'rebuild, one seed added / cold': ratio(m('rebuild, one seed added: total'), m('cold: total')),
  };
  // Medians over the runs; the counts are the same in every run.
  const extractFigures = extract
    ? { extractMs: m('cold: extraction') ?? extract.extractMs, linkMs: m('cold: linking') ?? extract.linkMs, entities: extract.entities, claims: extract.claims, conflicts: extract.conflicts }
    : (previous?.extract ?? null);
  const json: BenchJson = {
    articles: count,
    seed,
    runs,
    mdx: options.mdx,
    environment: {
      node: process.version,
      astro: packageVersion('astro'),
      pagefind: packageVersion('pagefind'),
      hugo: hugoVersion ?? (previous?.environment['hugo'] as string | null | undefined) ?? null,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? null,
    },
    steps,
    extract: extractFigures,
    dist: { ...(previous?.dist ?? {}), ...dist },
    ratios: Object.fromEntries(Object.entries(ratios).filter((entry): entry is [string, number] => entry[1] !== undefined)),
  };
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(json, null, 2)}\n`);

  const ingestMs = m('cold: ingest');
  const rows: string[][] = [['step', 'median', 'min', 'max', 'cpu', 'kernel', 'peak RSS']];
  for (const [name, summary] of Object.entries(steps)) {
    // (`== null` for kernel time: steps kept from an older JSON by a partial run lack it.)
    let label = name;
    if (name === 'cold: ingest' && ingestMs) label += ` (${Math.round(count / (ingestMs / 1000))} articles/s)`;
    if (name.endsWith(': total') && name.startsWith('rebuild') && m('cold: total')) label += ` (${Math.round((summary.medianMs / (m('cold: total') ?? 1)) * 100)}% of cold)`;
    rows.push([label, formatMs(summary.medianMs), formatMs(summary.minMs), formatMs(summary.maxMs), summary.medianCpuMs === null ? '–' : formatMs(summary.medianCpuMs), summary.medianSystemMs == null ? '–' : formatMs(summary.medianSystemMs), summary.peakRssMb === null ? '–' : `${summary.peakRssMb.toFixed(0)} MB`]);
  }
  console.log(`\nBenchmark: ${count} articles (corpus seed ${seed}), median of ${runs} run(s)${options.mdx === 'all' ? ', every article through MDX' : ''}; node ${process.version}, astro ${packageVersion('astro')}, ${json.environment['hugo'] ?? 'no hugo'}, ${cpus().length} cores\n`);
  console.log(table(rows));
  if (json.extract) {
    console.log(`\nextraction + linking: ${formatMs(json.extract.extractMs + json.extract.linkMs)} (extraction ${formatMs(json.extract.extractMs)}, linking ${formatMs(json.extract.linkMs)}); ${json.extract.entities} entities, ${json.extract.claims} claims, ${json.extract.conflicts} conflicts`);
  }
  console.log(`\n${table([['output', 'pages', 'files', 'size'], ...Object.entries(json.dist).map(([name, stats]) => [name, String(stats.pages), String(stats.files), formatMb(stats.bytes) + (stats.searchIndexBytes ? ` (+ ${formatMb(stats.searchIndexBytes)} search index)` : '')])])}`);
  console.log(`\n${table([['ratio', ''], ...Object.entries(json.ratios).map(([name, value]) => [name, `${value.toFixed(2)}×`])])}`);
  console.log(`\nwritten ${options.out}`);
  // Kept as it is, `trash/` included: removing it now would slow a benchmark started next (see discard).
  if (options.keep) console.log(`scratch folder kept: ${ws.root} (earlier runs' output in ${join(ws.root, 'trash')})`);
  else await rm(ws.root, { recursive: true, force: true });
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error && error.message.startsWith('bench:') ? error.message : `bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
