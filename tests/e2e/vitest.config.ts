import { defineConfig } from 'vitest/config';

// Browser tests load the built extension (.output/), so they run after `npm run build`
// and `npm run build:firefox`. One browser at a time: the machines have two shared cores.
export default defineConfig({
  resolve: { alias: { '@': new URL('../..', import.meta.url).pathname } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
