// Benchmark step: the search index as `npm run build` makes it (src/integrations/
// search-index.ts): Pagefind over the built pages, or the last index copied from the
// build cache when the pages did not change. In a process of its own so its time and
// peak memory are measured alone. Prints one JSON line: pages indexed, whether reused.
// Usage: node scripts/bench/search-step.ts --dist DIR --cache DIR
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cachedSearchIndex } from '../../src/integrations/search-index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, cache: { type: 'string', default: 'node_modules/.astro' } } });
const result = await cachedSearchIndex(values.dist, join(values.cache, 'pagefind'));
console.log(JSON.stringify(result));
