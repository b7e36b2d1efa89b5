// Ingest runs with the same Node options wherever it is started as a command: the npm
// scripts and the benchmark (which imports the constant) use INGEST_NODE_OPTIONS.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INGEST_NODE_OPTIONS } from '../../scripts/ingest-options.ts';

const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('ingest Node options', () => {
  it.each(['ingest', 'build', 'dev'])('should start ingest with them in the %s script', (name) => {
    const command = scripts[name] ?? '';
    const started = /(?:^|&&\s*)node\s+((?:--\S+\s+)*)scripts\/ingest\.ts\b/.exec(command);
    expect(started, command).not.toBeNull();
    expect((started?.[1] ?? '').trim().split(/\s+/).filter(Boolean)).toEqual([...INGEST_NODE_OPTIONS]);
  });

  it('should hold the young generation to two 16 MB semi-spaces (Node 24 grows them to 64 MB each without)', () => {
    const script = [
      "const { getHeapSpaceStatistics } = require('node:v8');",
      'const keep = [];',
      'for (let i = 0; i < 2e6; i++) keep.push({ i });',
      "console.log(getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20);",
    ].join('\n');
    const young = (options: readonly string[]) => Number(execFileSync(process.execPath, [...options, '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).trim());
    expect(young(INGEST_NODE_OPTIONS)).toBeLessThanOrEqual(32);
    expect(young([])).toBeGreaterThan(32);
  });
});
