// Reads content/briefing.md: title and settings from the front-matter, the lead
// from the body. A missing file gives a neutral title, so any corpus builds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefingFrontmatter, type BriefingSettings } from '../schemas/briefing.ts';
import { ContentDataError, parseContentData } from '../schemas/content-data.ts';

export function loadBriefingSettings(contentDir: string): BriefingSettings {
  const path = join(contentDir, 'briefing.md');
  if (!existsSync(path)) return { ...briefingFrontmatter.parse({ title: 'Briefing' }), lead: '' };
  const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ContentDataError(path, null, 'Unexpected file without front-matter, expected `---` fences at the top');
  return { ...parseContentData(path, match[1] ?? '', briefingFrontmatter), lead: (match[2] ?? '').trim() };
}
