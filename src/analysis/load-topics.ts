// Reads topic definitions from content/topics/*.md: YAML front-matter (validated
// with the topic schema) and the introduction as the body.
import { parse as parseYaml } from 'yaml';
import { topicFrontmatter } from '../schemas/topic.ts';
import type { Topic } from './types.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Parses one topic file; throws ContentError naming the file and the field. */
export function parseTopic(file: string, text: string): Topic & { order: number } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  if (!match) throw new ContentError(`${file}: Unexpected topic file without front-matter, expected \`---\` fences at the top`);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '', { maxAliasCount: 50, uniqueKeys: true });
  } catch (error) {
    throw new ContentError(`${file}: Unexpected YAML in front-matter: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const parsed = topicFrontmatter.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(`${file}: Unexpected value for \`${issue?.path.join('.') ?? '?'}\`: ${issue?.message ?? 'invalid'}`);
  }
  const id = file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
  return { id, title: parsed.data.title, terms: parsed.data.terms, intro: (match[2] ?? '').trim(), order: parsed.data.order };
}
