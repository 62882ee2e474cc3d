import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS (main) and ESM (module) builds without an exports map: Vite would pick the ESM one for our
// code while Node loads the CommonJS one for @apollo/server, and graphql refuses a schema "from another realm".
const graphql = createRequire(import.meta.url).resolve('graphql');

// Two projects: pure logic runs in parallel; integration and end-to-end tests share one throwaway Neo4j server
// (started by test/global-setup.ts) and run one file at a time, each from a graph it sets up itself.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.ts',
            'db/**/*.test.ts',
            'server/**/*.test.ts',
            'seed/**/*.test.ts',
            'client/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
          environment: 'node',
          // Loading the 2,400-tool taxonomy and reading the corpus take seconds on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
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
