// Listing an output folder, for the integrations that read or prune dist/.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file under `dir` (folders left out; a symbolic link is listed, not followed), as
 * paths relative to it with `/`, in no set order; the folders `skip` names (by their
 * path relative to `dir`) are not read. Written out rather than
 * `readdir(dir, { recursive: true })`, which took 0.36–0.47 s for the 7,145 files of a
 * 1,000-article site where this walk, one readdir per folder with the folders read
 * side by side, takes 0.05–0.1 s.
 */
export async function filesBelow(dir: string, skip: (folder: string) => boolean = () => false): Promise<string[]> {
  const files: string[] = [];
  const visit = async (folder: string, prefix: string): Promise<void> => {
    const below: Promise<void>[] = [];
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) files.push(`${prefix}${entry.name}`);
      else if (!skip(`${prefix}${entry.name}`)) below.push(visit(join(folder, entry.name), `${prefix}${entry.name}/`));
    }
    await Promise.all(below);
  };
  await visit(dir, '');
  return files;
}
