// Build settings read from the environment, so tests and benchmarks can build
// another corpus into another folder without editing files.
import { resolve } from 'node:path';

/** The content folder (`content/` unless BRIEFING_CONTENT_DIR says otherwise), absolute. */
export function contentDir(): string {
  return resolve(process.env['BRIEFING_CONTENT_DIR'] ?? 'content');
}

/** The seeds folder (`seeds/` unless BRIEFING_SEEDS_DIR says otherwise), absolute; `npm run dev` watches it. */
export function seedsDir(): string {
  return resolve(process.env['BRIEFING_SEEDS_DIR'] ?? 'seeds');
}
