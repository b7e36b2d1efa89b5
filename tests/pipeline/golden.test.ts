// Golden tests: each seed's emitted content file, compared byte for byte with
// tests/fixtures/golden/<seed>.mdx. `UPDATE=1 npx vitest run tests/pipeline/golden.test.ts`
// rewrites the expectations locally; CI never does.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { emitMdx } from '../../src/pipeline/emit.ts';
import { slugFromSeed } from '../../src/pipeline/ids.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import type { ArticleId } from '../../src/pipeline/types.ts';

const seedsDir = new URL('../../seeds/', import.meta.url);
const goldenDir = new URL('../fixtures/golden/', import.meta.url);
const update = process.env['UPDATE'] === '1' && !process.env['CI'];

describe('golden content files of the seeds', () => {
  for (const seed of readdirSync(seedsDir).sort()) {
    it(`should emit ${seed} exactly as its golden file`, () => {
      const result = ingestSeed({ seed, bytes: new Uint8Array(readFileSync(new URL(seed, seedsDir))) }, '2026-11-22');
      if (!result.ok) throw new Error(result.diagnostic.message);
      const id = slugFromSeed(seed) as ArticleId;
      const actual = emitMdx({ id, article: result.article });
      const golden = new URL(`${id}.mdx`, goldenDir);
      if (update || !existsSync(golden)) {
        if (!update) throw new Error(`Missing golden file ${golden.pathname}; run UPDATE=1 npx vitest run tests/pipeline/golden.test.ts`);
        writeFileSync(golden, actual);
      }
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
