// A word to search for, taken from the content the seed site was built from: one that
// a single Indonesian article uses in its body (front-matter left out), so a search
// for it has one article to find. Chosen at test time, never written into a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Probe {
  word: string;
  article: string;
}

/** The words of each article's body (front-matter left out), lower-cased. */
function bodyWords(content: string): Map<string, { language: string; words: Set<string> }> {
  const articles = new Map<string, { language: string; words: Set<string> }>();
  const dir = join(content, 'articles');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${name}: no front-matter`);
    const language = /^language:\s*"?([a-z]+)"?/m.exec(match[1] ?? '')?.[1] ?? '';
    const words = new Set((match[2] ?? '').toLowerCase().match(/\p{L}+/gu) ?? []);
    articles.set(name.replace(/\.mdx$/, ''), { language, words });
  }
  return articles;
}

/** A word that only one article uses, an Indonesian one, in its body: the longest such, then the first by spelling. */
export function probeWord(content: string): Probe {
  const articles = bodyWords(content);
  const count = new Map<string, number>();
  for (const { words } of articles.values()) for (const word of words) count.set(word, (count.get(word) ?? 0) + 1);
  const candidates: Probe[] = [];
  for (const [article, { language, words }] of articles) {
    if (language !== 'id') continue;
    for (const word of words) if (count.get(word) === 1 && /^[a-z]{8,}$/.test(word)) candidates.push({ word, article });
  }
  candidates.sort((a, b) => b.word.length - a.word.length || a.word.localeCompare(b.word));
  const probe = candidates[0];
  if (!probe) throw new Error('No word of the seeds belongs to one Indonesian article only');
  return probe;
}
