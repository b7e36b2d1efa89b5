import { getViteConfig } from 'astro/config';
import { configDefaults, defineConfig } from 'vitest/config';

// A fixed clock and zone keep date inference deterministic.
const env = { TZ: 'UTC' };
const testTimeout = 20_000;

/** The sub-path the component tests render under, so links that ignore the configured base fail them. */
export const COMPONENT_TEST_BASE = '/briefing-test/';

export default defineConfig({
  test: {
    env,
    testTimeout,
    projects: [
      // Everything but the components runs on plain Vite: no Astro config to load.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/components/**', 'tests/e2e/**'] },
      },
      // Browser tests share one build of the seeds' site and one Chromium, started by
      // the global setup only when the run includes them.
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/helpers/e2e-setup.ts'] },
      },
      // Components render through Astro's container API, which needs Astro's Vite
      // plugins (the .astro compiler, virtual modules, the configured base).
      getViteConfig(
        // Vitest serves every project at `/` and sets import.meta.env.BASE_URL from its env:
        // the configured base goes there too.
        { test: { name: 'components', include: ['tests/components/**/*.test.ts'], env: { ...env, BASE_URL: COMPONENT_TEST_BASE }, testTimeout } },
        { base: COMPONENT_TEST_BASE, logLevel: 'warn' },
      ),
    ],
  },
});
