// The benchmark's scratch folder: a snapshot of this project (so its `.astro/` folder
// is not shared with builds running in the working tree), the generated seeds, a
// content folder with the project's editable data, and the build's output and cache.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rename, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface BenchWorkspace {
  root: string;
  /** Snapshot of the project: src/, scripts/, public/ and configs, node_modules linked. */
  project: string;
  seeds: string;
  content: string;
  dist: string;
  cache: string;
}

/** What a build of this project reads besides node_modules. */
const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export async function createWorkspace(projectRoot: string, prefix: string): Promise<BenchWorkspace> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const project = join(root, 'project');
  await mkdir(project, { recursive: true });
  for (const name of PROJECT_FILES) await cp(join(projectRoot, name), join(project, name), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
  const content = join(root, 'content');
  await mkdir(join(content, 'articles'), { recursive: true });
  for (const entry of await readdir(join(projectRoot, 'content'), { withFileTypes: true })) {
    if (entry.name === 'articles') continue;
    await cp(join(projectRoot, 'content', entry.name), join(content, entry.name), { recursive: true });
  }
  const seeds = join(root, 'seeds');
  await mkdir(seeds, { recursive: true });
  return { root, project, seeds, content, dist: join(root, 'dist'), cache: join(root, 'cache') };
}

/**
 * Moves a folder out of the way, into the workspace's `trash/` (one rename), to be
 * removed with the scratch folder when the measuring is done. Removing it here would
 * slow the measured step that follows on some disks: ext4 without a journal (this
 * project's benchmark machines) passes over inodes freed in the last minute or more
 * when it allocates one, so creating N files soon after removing N costs time that
 * grows with N squared (20,000 files: 1.1 s after moving the old ones aside, 7.3 s
 * after removing them). A fresh clone has removed nothing; neither has a build into a
 * new folder.
 */
export async function discard(ws: BenchWorkspace, path: string): Promise<void> {
  if (!existsSync(path)) return;
  const trash = join(ws.root, 'trash');
  await mkdir(trash, { recursive: true });
  await rename(path, join(trash, String((await readdir(trash)).length)));
}

/** Forgets every build product, as on a fresh clone: content files, output, caches (moved aside: see discard). */
export async function resetBuild(ws: BenchWorkspace): Promise<void> {
  await discard(ws, join(ws.content, 'articles'));
  await mkdir(join(ws.content, 'articles'), { recursive: true });
  for (const dir of [ws.dist, ws.cache, join(ws.project, '.astro')]) await discard(ws, dir);
}

export interface DistStats {
  /** All files, in bytes. */
  bytes: number;
  /** HTML pages. */
  pages: number;
  files: number;
}

/** Size and page count of a built site; `exclude` names top-level folders left out (the search index). */
export async function distStats(dir: string, exclude: readonly string[] = []): Promise<DistStats> {
  const stats: DistStats = { bytes: 0, pages: 0, files: 0 };
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!exclude.includes(relative(dir, path))) await walk(path);
      } else if (entry.isFile()) {
        stats.files++;
        stats.bytes += (await stat(path)).size;
        if (entry.name.endsWith('.html')) stats.pages++;
      }
    }
  };
  await walk(dir);
  return stats;
}
