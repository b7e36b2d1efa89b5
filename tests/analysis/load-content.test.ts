import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/temp-dir.ts';
import { loadBriefingSettings } from '../../src/analysis/load-briefing.ts';
import { parseTopic } from '../../src/analysis/load-topics.ts';
import { ContentDataError } from '../../src/schemas/content-data.ts';

const topic = (extra: string) => `---\ntitle:\n  en: "Fuel"\n  id: "Bahan bakar"\n${extra}terms:\n  en: ["fuel"]\n---\n\nFuel shipped by sea.\n`;

const tempDir = tempDirs('briefing-settings-');

describe('topic files', () => {
  it('reads the Indonesian introduction from intro_id, the English one from the body', () => {
    const parsed = parseTopic('content/topics/fuel.md', topic('intro_id: "Bahan bakar yang dikirim lewat laut."\n'));
    expect([parsed.intro, parsed.introId]).toEqual(['Fuel shipped by sea.', 'Bahan bakar yang dikirim lewat laut.']);
    expect(parseTopic('content/topics/fuel.md', topic('')).introId).toBeNull();
  });

  it('names the file and the field when intro_id is not text', () => {
    expect(() => parseTopic('content/topics/fuel.md', topic('intro_id: 12\n'))).toThrow(ContentDataError);
    expect(() => parseTopic('content/topics/fuel.md', topic('intro_id: 12\n'))).toThrow(/fuel\.md.*intro_id/s);
  });

  it('refuses a topic file named by a number, naming the file (its timeline would be a page of the whole one)', () => {
    expect(() => parseTopic('content/topics/2.md', topic(''))).toThrow(/topics\/2\.md.*a number is a page of the timeline/s);
    expect(parseTopic('content/topics/2024-fuel.md', topic('')).id).toBe('2024-fuel');
  });
});

describe('content/briefing.md', () => {
  const write = (text: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'briefing.md'), text);
    return dir;
  };

  it('gives the Indonesian title and lead when present, and leaves them out otherwise', () => {
    const both = loadBriefingSettings(write('---\ntitle: "Fuel"\nid:\n  title: "Bahan bakar"\n  lead: "Ringkasan."\n---\n\nSummary.\n'));
    expect([both.title, both.lead, both.id.title, both.id.lead]).toEqual(['Fuel', 'Summary.', 'Bahan bakar', 'Ringkasan.']);
    const english = loadBriefingSettings(write('---\ntitle: "Fuel"\n---\n\nSummary.\n'));
    expect(english.id).toEqual({});
  });
});
