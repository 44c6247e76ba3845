// vitest: one prepared database template for the whole run (PGlite dump, or a PostgreSQL template database).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance: Apollo's CommonJS packages and our ESM imports must share it.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    globalSetup: ['./test/support/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', SUBGRAPH_SECRET: 'test-secret' },
  },
});
