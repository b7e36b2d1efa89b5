// What happens to the last build's output folder when a build starts.
//
// Astro empties it, one synchronous rmSync per entry on the main thread (about 6 s for
// the 11,000 files and folders of a 1,000-article site on a virtual machine's disk),
// and its incremental build then copies every unchanged page back from its cache, one
// copyFile each (5,483 pages, 230 MB at 1,000 articles). But an unchanged page whose
// file is still in the output folder is kept as it is (Astro logs it "cached"). So:
//
// - When the last build wrote this same folder and finished, its pages stay where they
//   are; only `_astro/` (hashed assets, written anew) and `pagefind/` (the search index,
//   src/integrations/search-index.ts) are moved aside. Astro renders the pages whose key
//   or code changed over the old files. When the build is done, every file it did not
//   write (pages of removed articles, an older build's data files, anything else) is
//   removed, so the folder holds exactly what a build into an empty folder holds.
// - Otherwise (first build, another output folder since, a build that stopped half-way),
//   the whole folder is renamed aside (one rename on the same file system) and Astro
//   restores pages from its cache as before.
//
// Whatever is moved aside is removed on libuv's thread pool while the site renders; the
// build waits for the removal before it ends. A `.git` (a deploy checkout) is never touched.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesBelow } from './files-below.ts';

/** Where the previous output goes while it is removed: beside it, so the rename stays on its file system. */
export function asideName(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}.previous`;
}

/** Output folders written anew by every build: moved aside even when the pages stay. */
const REWRITTEN = ['_astro', 'pagefind'];

interface OutputRecord {
  outDir: string;
  complete: boolean;
}

function readRecord(file: string): OutputRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<OutputRecord>;
    return typeof record.outDir === 'string' && typeof record.complete === 'boolean' ? { outDir: record.outDir, complete: record.complete } : null;
  } catch {
    return null;
  }
}

/** Files under `dir` (relative, `/`-separated), with `.git` left out. */
async function filesIn(dir: string): Promise<string[]> {
  return (await filesBelow(dir, (folder) => folder === '.git')).filter((path) => path !== '.git');
}

/**
 * Removes from `outDir` every file that is not `kept` (relative paths), then the folders
 * that leaves empty. Returns the files removed.
 */
export async function pruneOutput(outDir: string, kept: ReadonlySet<string>): Promise<string[]> {
  const stale = (await filesIn(outDir)).filter((path) => !kept.has(path));
  const folders = new Set<string>();
  for (const path of stale) {
    await unlink(join(outDir, path));
    for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) folders.add(folder);
  }
  // Deepest first; a folder that still holds something stays.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? -1 : 1))) {
    await rmdir(join(outDir, folder)).catch(() => undefined);
  }
  return stale;
}

export function clearOutDir(): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let recordFile = '';
  let keepPages = false;
  let removal: Promise<void> | undefined;
  return {
    name: 'briefing:clear-out-dir',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The output folder is this integration's to clear (Astro would empty it whole).
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        recordFile = join(fileURLToPath(config.cacheDir), 'briefing', 'output.json');
      },
      'astro:build:start': async ({ logger }) => {
        if (!outDir) return;
        const record = readRecord(recordFile);
        keepPages = existsSync(outDir) && record !== null && record.complete && record.outDir === outDir;
        // From here until the build is done, the folder is not a finished build's.
        await mkdir(dirname(recordFile), { recursive: true });
        await writeFile(recordFile, `${JSON.stringify({ outDir, complete: false })}\n`);
        if (!existsSync(outDir)) return;
        const aside = asideName(outDir);
        const git = existsSync(join(outDir, '.git'));
        try {
          // What a build that was stopped half-way left aside.
          await rm(aside, { recursive: true, force: true });
          if (keepPages || git) {
            // Only what is moved aside goes; the rest stays in the folder.
            await mkdir(aside, { recursive: true });
            const names = keepPages ? REWRITTEN : (await readdir(outDir)).filter((name) => name !== '.git');
            for (const name of names) if (existsSync(join(outDir, name))) await rename(join(outDir, name), join(aside, name));
          } else {
            await rename(outDir, aside);
          }
        } catch (error) {
          // No permission to rename: the folder is emptied here instead (slower), since
          // Astro would keep any page file it finds whose key matches its cache.
          logger.warn(`could not move the previous output aside (${(error as Error).message}); emptying it instead`);
          for (const name of await readdir(outDir)) if (name !== '.git') await rm(join(outDir, name), { recursive: true, force: true });
          return;
        }
        removal = rm(aside, { recursive: true, force: true, maxRetries: 3 }).catch((error: Error) => logger.warn(`could not remove the previous output ${aside}: ${error.message}`));
      },
      'astro:build:done': async ({ assets, logger }) => {
        // Runs before the sitemap and search index are written (integration order).
        // Written by this build: every route's files, public/ copied over, and `_astro/`
        // (moved aside when the build started, so all of it is new).
        const written = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) written.add(relative(outDir, fileURLToPath(url)).split(sep).join('/'));
        if (existsSync(publicDir)) for (const path of await filesIn(publicDir)) written.add(path);
        const assetsDir = join(outDir, '_astro');
        if (existsSync(assetsDir)) for (const path of await filesIn(assetsDir)) written.add(`_astro/${path}`);
        const removed = await pruneOutput(outDir, written);
        if (removed.length > 0) logger.debug(`removed ${removed.length} file(s) the build did not write: ${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''}`);
        await removal;
        await writeFile(recordFile, `${JSON.stringify({ outDir, complete: true })}\n`);
      },
    },
  };
}
