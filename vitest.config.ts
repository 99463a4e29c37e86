import { defineConfig } from 'vitest/config'

// Two projects: fast Node tests (engine, care model, worker API, app components — those that need a
// DOM say `@vitest-environment happy-dom` — CLI, conformance) and end-to-end
// tests that drive the built app in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'model/**/*.spec.ts',
            'workers/**/*.spec.ts',
            'ui/**/*.spec.ts',
            'cli/**/*.spec.ts',
            'tests/**/*.test.ts',
          ],
          exclude: ['tests/browser/**', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
