// CI: one line per quality gate, from vitest's JSON report (`--reporter=json`).
// `node scripts/ci-summary.ts <vitest.json>` prints, for each gate, how many of its
// tests passed and failed and how long they took, then the total line
// `N passed, N failed`. A gate is a set of test files (and, inside the site build
// tests, of describe blocks); a test belongs to the first gate that claims it.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

interface AssertionResult {
  ancestorTitles: string[];
  title: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo' | 'disabled';
  duration?: number | null;
}
interface FileResult {
  name: string;
  status: string;
  message?: string;
  assertionResults: AssertionResult[];
}
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numRuntimeErrorTestSuites?: number;
  testResults: FileResult[];
}

export interface Gate {
  name: string;
  /** What the gate proves, printed after its figures. */
  what: string;
  claims(file: string, test: AssertionResult): boolean;
}

const under = (dir: string) => (file: string) => file.startsWith(`tests/${dir}/`);
const titled = (test: AssertionResult, pattern: RegExp) => pattern.test([...test.ancestorTitles, test.title].join(' > '));

export const GATES: Gate[] = [
  { name: 'accessibility', what: 'axe-core, headings, focus and keyboard on every page type, both themes and languages', claims: (file) => file === 'tests/e2e/axe.test.ts' },
  { name: 'browser', what: 'real Chromium: pages, citations, search, map, theme and language, JavaScript off, CSP enforced', claims: (file) => under('e2e')(file) },
  { name: 'html', what: 'valid HTML, no inline event handlers, a CSP on every page', claims: (file) => file === 'tests/site/html-valid.test.ts' },
  { name: 'hostile input', what: 'bad and broken seeds built end to end, nothing lost', claims: (file, test) => file === 'tests/site/hostile-corpus.test.ts' || (file === 'tests/site/build.test.ts' && titled(test, /MDX, HTML and JS syntax|broken front-matter|differ only by case|does not exist/)) },
  { name: 'reproducible', what: 'builds of the same input are byte-identical (pages rendered at once or one by one, the analysis in a worker or not)', claims: (file, test) => titled(test, /two builds of the same input|byte-identical/) && file.startsWith('tests/site/') },
  { name: 'links', what: 'every internal link, anchor and citation resolves, also under a sub-path', claims: (file, test) => file.startsWith('tests/site/') && titled(test, /link|anchor|citation|sub-path/i) },
  { name: 'site', what: 'the seeds built into a site and its pages inspected', claims: (file) => under('site')(file) },
  { name: 'unit', what: 'pipeline, extraction, linking, views, components, scripts', claims: () => true },
];

export interface GateFigures {
  gate: Gate;
  passed: number;
  failed: number;
  skipped: number;
  ms: number;
}

export function summarize(report: VitestReport, root: string): { gates: GateFigures[]; passed: number; failed: number; broken: string[] } {
  const figures = GATES.map((gate) => ({ gate, passed: 0, failed: 0, skipped: 0, ms: 0 }));
  const broken: string[] = [];
  for (const file of report.testResults) {
    const name = relative(root, file.name).split(sep).join('/');
    // A file that failed to load has no assertions: count it as a failure of its gate.
    if (file.assertionResults.length === 0 && file.status === 'failed') {
      broken.push(`${name}: ${(file.message ?? 'failed to run').split('\n')[0]}`);
      const gate = figures.find((f) => f.gate.claims(name, { ancestorTitles: [], title: '', status: 'failed' }));
      if (gate) gate.failed++;
      continue;
    }
    for (const test of file.assertionResults) {
      const gate = figures.find((f) => f.gate.claims(name, test));
      if (!gate) continue;
      if (test.status === 'passed') gate.passed++;
      else if (test.status === 'failed') gate.failed++;
      else gate.skipped++;
      gate.ms += test.duration ?? 0;
    }
  }
  return {
    gates: figures,
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    broken,
  };
}

export function formatSummary(summary: ReturnType<typeof summarize>): string[] {
  const lines = summary.gates
    .filter((f) => f.passed + f.failed + f.skipped > 0)
    .map((f) => {
      const verdict = f.failed > 0 ? 'FAIL' : 'ok  ';
      const skipped = f.skipped > 0 ? `, ${f.skipped} skipped` : '';
      return `gate ${f.gate.name.padEnd(13)} ${verdict} ${f.passed} passed, ${f.failed} failed${skipped} (${(f.ms / 1000).toFixed(1)} s in tests): ${f.gate.what}`;
    });
  for (const line of summary.broken) lines.push(`  could not run ${line}`);
  return lines;
}

if (import.meta.main) {
  const file = process.argv[2];
  let report: VitestReport;
  try {
    report = JSON.parse(readFileSync(file ?? '', 'utf8')) as VitestReport;
  } catch {
    console.log(`gate tests        FAIL no test report at ${file ?? '(none given)'}: the test command did not get to run the tests`);
    console.log('0 passed, 1 failed');
    process.exit(0);
  }
  const summary = summarize(report, process.cwd());
  for (const line of formatSummary(summary)) console.log(line);
}
