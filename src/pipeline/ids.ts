// Ids: one unique ASCII article id per seed, made from the seed's file name.
// Two names that differ only by case or accents slug alike; the later one gets a
// suffix from a hash of its exact name, so no article is silently dropped.
import { createHash } from 'node:crypto';
import { isArticleId, type ArticleId } from './types.ts';

const MAX_SLUG = 80;

/** `Berita Ünik (1).TXT` → `berita-unik-1`. */
export function slugFromSeed(seed: string): string {
  const base = seed.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || 'article';
}

function suffixed(slug: string, seed: string, attempt: number): string {
  const hash = createHash('sha256').update(`${seed}\u0000${attempt}`).digest('hex').slice(0, 6);
  return `${slug}-${hash}`;
}

/**
 * Assigns ids to seeds (in code-point order, so the result does not depend on the
 * order the file system lists them). `existing` maps seeds to the ids their
 * content files already have; those are kept. `taken` are ids in use by other files.
 */
export function assignArticleIds(
  seeds: readonly string[],
  existing: ReadonlyMap<string, string> = new Map(),
  taken: ReadonlySet<string> = new Set(),
): Map<string, ArticleId> {
  const used = new Set<string>(taken);
  const result = new Map<string, ArticleId>();
  const sorted = [...seeds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const seed of sorted) {
    const id = existing.get(seed);
    if (id !== undefined && isArticleId(id)) {
      result.set(seed, id);
      used.add(id);
    }
  }
  for (const seed of sorted) {
    if (result.has(seed)) continue;
    const slug = slugFromSeed(seed);
    let id = slug;
    for (let attempt = 0; used.has(id); attempt += 1) id = suffixed(slug, seed, attempt);
    if (!isArticleId(id)) throw new Error(`Invalid article id ${id} for seed ${seed}`);
    result.set(seed, id);
    used.add(id);
  }
  return result;
}
