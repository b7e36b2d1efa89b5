// The one module of the pipeline that touches the file system and the clock:
// the Node implementation of IngestEffects.
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestConfigError, type IngestEffects } from './run-ingest.ts';

export interface NodeEffectsOptions {
  seedsDir: string;
  contentDir: string;
  /** `YYYY-MM-DD`; defaults to today's date in UTC. */
  today?: string;
  progress?: (done: number, total: number) => void;
}

/** Write to a temporary file beside the target, then rename: rename is atomic on one file system. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flush: true });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export function nodeEffects(options: NodeEffectsOptions): IngestEffects {
  const articlesDir = join(options.contentDir, 'articles');
  return {
    async listSeeds() {
      let entries;
      try {
        entries = await readdir(options.seedsDir, { withFileTypes: true });
      } catch {
        throw new IngestConfigError(`Cannot read the seeds folder \`${options.seedsDir}\`: it does not exist or is not a folder`);
      }
      return entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name);
    },
    async seedSize(seed) {
      return (await stat(join(options.seedsDir, seed))).size;
    },
    async readSeed(seed) {
      return new Uint8Array(await readFile(join(options.seedsDir, seed)));
    },
    async listContent() {
      try {
        const entries = await readdir(articlesDir, { withFileTypes: true });
        return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx')).map((entry) => entry.name);
      } catch {
        return [];
      }
    },
    async readContent(name) {
      return readFile(join(articlesDir, name), 'utf8');
    },
    async writeContent(name, text) {
      await mkdir(articlesDir, { recursive: true });
      await writeFileAtomic(join(articlesDir, name), text);
    },
    today() {
      return options.today ?? new Date().toISOString().slice(0, 10);
    },
    progress: options.progress ?? (() => undefined),
  };
}
