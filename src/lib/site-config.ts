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

/** Astro's cache folder (`node_modules/.astro` unless BRIEFING_CACHE_DIR says otherwise), absolute; the build's own caches go under it. */
export function cacheDir(): string {
  return resolve(process.env['BRIEFING_CACHE_DIR'] ?? 'node_modules/.astro');
}
