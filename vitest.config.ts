import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

/**
 * Three kinds of tests: the engine, scenario and command line in Node; Solid components in
 * jsdom; end-to-end tests that drive the built app in real Chromium.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['test/engine/**/*.test.ts', 'test/scenario/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/client/**/*.test.ts', 'test/report/**/*.test.ts', 'test/docs/**/*.test.ts', 'test/text/**/*.test.ts'] } },
      { extends: true, plugins: [solid()], resolve: { conditions: ['development', 'browser'] }, test: { name: 'ui', environment: 'jsdom', include: ['test/ui/**/*.test.{ts,tsx}'] } },
      { extends: true, test: { name: 'e2e', environment: 'node', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
