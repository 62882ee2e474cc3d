import { defineConfig } from 'vitest/config';

// Two projects: pure logic runs in parallel; integration and end-to-end tests share one throwaway Neo4j server
// (started by test/global-setup.ts) and run one file at a time, each from a graph it sets up itself.
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.ts',
            'server/**/*.test.ts',
            'seed/**/*.test.ts',
            'client/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'int',
          include: ['test/int/**/*.int.test.ts', 'test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
