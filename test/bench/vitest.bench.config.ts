import { defineConfig } from 'vitest/config';

/**
 * `npm run bench`: only the benchmark, never part of `npm test` (whose projects in vitest.config.ts
 * match `*.test.ts(x)` files; this one is `bench.run.ts`). Sizes and runs: BENCH_SIZES=100,500
 * BENCH_RUNS=3.
 */
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['test/bench/bench.run.ts'],
    root: new URL('../..', import.meta.url).pathname,
    testTimeout: 60 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
