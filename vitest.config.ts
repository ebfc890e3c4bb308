import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'lib/**/*.test.ts'],
    // Node by default; component tests opt into a DOM with `// @vitest-environment happy-dom`.
    environment: 'node',
    restoreMocks: true,
    // No test asserts on time (benchmarks do that); a loaded CI machine must not fail them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
