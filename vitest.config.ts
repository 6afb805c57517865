import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // (DATELINE_STRICT: a sentence the statement rules trip over fails the test instead of yielding nothing)
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', env: { DATELINE_STRICT: '1' } } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
