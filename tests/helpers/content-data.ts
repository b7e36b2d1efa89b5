// The project's editable data files in content/, read as the build reads them.
import { readFileSync, readdirSync } from 'node:fs';
import { parseTopic } from '../../src/analysis/load-topics.ts';
import type { Topic } from '../../src/analysis/types.ts';

export const contentRoot = new URL('../../content/', import.meta.url);

export function contentTopics(): Topic[] {
  const dir = new URL('topics/', contentRoot);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parseTopic(name, readFileSync(new URL(name, dir), 'utf8')))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}
