import { describe, expect, it } from 'vitest';
import { formatSummary, summarize, type VitestReport } from '../../scripts/ci-summary.ts';

const root = '/repo';
const test = (title: string, status: 'passed' | 'failed' | 'skipped', ancestorTitles: string[] = [], duration = 10) => ({ title, status, ancestorTitles, duration });

const report: VitestReport = {
  numPassedTests: 6,
  numFailedTests: 2,
  numRuntimeErrorTestSuites: 1,
  testResults: [
    { name: '/repo/tests/pipeline/decode.test.ts', status: 'passed', assertionResults: [test('decodes', 'passed'), test('skips', 'passed')] },
    { name: '/repo/tests/e2e/axe.test.ts', status: 'failed', assertionResults: [test('home passes axe', 'failed', ['axe'], 2000)] },
    { name: '/repo/tests/e2e/search.test.ts', status: 'passed', assertionResults: [test('finds a word', 'passed', [], 1500)] },
    { name: '/repo/tests/site/build.test.ts', status: 'failed', assertionResults: [test('are byte-identical', 'failed', ['two builds of the same input']), test('resolves every internal link and anchor of every page', 'passed', ['the seeds in seeds/']), test('builds one source page per article file', 'passed', ['the seeds in seeds/'])] },
    { name: '/repo/tests/site/html-valid.test.ts', status: 'failed', message: 'Error: Cannot find module html-validate\n    at …', assertionResults: [] },
    { name: '/repo/tests/site/hostile-corpus.test.ts', status: 'passed', assertionResults: [test('keeps an edited file', 'passed'), test('names the file', 'skipped')] },
  ],
};

describe('summarize', () => {
  const summary = summarize(report, root);
  const figures = Object.fromEntries(summary.gates.map((g) => [g.gate.name, [g.passed, g.failed, g.skipped]]));

  it('puts each test in the first gate that claims it', () => {
    expect(figures).toEqual({
      accessibility: [0, 1, 0],
      browser: [1, 0, 0],
      html: [0, 1, 0],
      'hostile input': [1, 0, 1],
      reproducible: [0, 1, 0],
      links: [1, 0, 0],
      site: [1, 0, 0],
      unit: [2, 0, 0],
    });
  });

  it('counts a file that could not run as a failure, with its first error line, and keeps the totals', () => {
    expect(summary.broken).toEqual(['tests/site/html-valid.test.ts: Error: Cannot find module html-validate']);
    expect([summary.passed, summary.failed]).toEqual([6, 3]);
  });

  it('prints one line per gate that ran, marking failing gates', () => {
    const lines = formatSummary(summary);
    expect(lines.filter((line) => line.startsWith('gate '))).toHaveLength(8);
    expect(lines.find((line) => line.startsWith('gate accessibility'))).toMatch(/FAIL 0 passed, 1 failed \(2\.0 s in tests\)/);
    expect(lines.find((line) => line.startsWith('gate unit'))).toMatch(/ok +2 passed, 0 failed/);
    expect(lines.at(-1)).toMatch(/could not run tests\/site\/html-valid/);
  });
});
