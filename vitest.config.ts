import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A fixed clock and zone keep date inference deterministic.
    env: { TZ: 'UTC' },
    testTimeout: 20_000,
  },
});
