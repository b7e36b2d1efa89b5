// Screenshots of the home, a topic, a source and the map page, light and dark, saved
// as PNG for CI to keep as artifacts: `<BRIEFING_ARTIFACTS_DIR>/screenshots/`, by
// default `test-artifacts/screenshots/` in the project (git-ignored).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { pageTypes, type PageUnderTest } from '../helpers/page-types.ts';
import { startSeedSite, type SeedSite } from '../helpers/seed-site.ts';

const TIMEOUT = 180_000;
const SHOTS = resolve(projectRoot, process.env['BRIEFING_ARTIFACTS_DIR'] ?? 'test-artifacts', 'screenshots');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.skipIf(!chromiumAvailable())('screenshots of the main pages', () => {
  let site: SeedSite;
  let pages: PageUnderTest[];

  beforeAll(async () => {
    site = await startSeedSite('briefing-e2e-shots-');
    pages = pageTypes(site.out).filter((page) => page.locale === 'en' && ['home', 'topic', 'source', 'map'].includes(page.type));
    // Only this run's pictures in the folder.
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
  }, TIMEOUT);

  afterAll(async () => site?.close());

  it('saves the home, a topic, a source and the map, light and dark, as PNG', async () => {
    const written: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      for (const { type, path } of pages) {
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        const file = join(SHOTS, `${type}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
        await page.close();
      }
      await context.close();
    }
    expect(written).toHaveLength(8);
    for (const file of written) expect(readFileSync(file).subarray(0, 8).equals(PNG_SIGNATURE), file).toBe(true);
    // Each page looks different in the two themes.
    for (const { type } of pages) {
      expect(readFileSync(join(SHOTS, `${type}-light.png`)).equals(readFileSync(join(SHOTS, `${type}-dark.png`))), type).toBe(false);
    }
  }, TIMEOUT);

  it('loads without console errors or failed requests', () => {
    expect(site.errors).toEqual([]);
  });
});
