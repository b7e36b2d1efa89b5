// Reads topic definitions from content/topics/*.md: YAML front-matter (validated
// with the topic schema) and the introduction as the body.
import { ContentDataError, parseContentData } from '../schemas/content-data.ts';
import { topicFrontmatter } from '../schemas/topic.ts';
import type { Topic } from './types.ts';

/** Parses one topic file; throws ContentDataError naming the file and the field. */
export function parseTopic(file: string, text: string): Topic & { order: number } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  if (!match) throw new ContentDataError(file, null, 'Unexpected topic file without front-matter, expected `---` fences at the top');
  const data = parseContentData(file, match[1] ?? '', topicFrontmatter);
  const id = file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
  // A topic's timeline lives at /timeline/<id>/ beside the further pages /timeline/<n>/.
  if (/^\d+$/.test(id)) throw new ContentDataError(file, null, `Unexpected topic file name \`${id}.md\`, expected a name with a letter (a number is a page of the timeline)`);
  return { id, title: data.title, terms: data.terms, intro: (match[2] ?? '').trim(), introId: data.intro_id ?? null, order: data.order };
}
