import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { launchBrowser } from '../e2e/browser';
import { runBench } from './harness';
import { markdownTable } from './report';
import { BASELINE_CONFIG, repoRoot, servePreview, viteBuild } from './servers';
import type { Served } from './servers';

/**
 * `npm run bench`: builds the renderer and the baseline into a temporary folder, serves both, runs the
 * harness and writes test/bench/results/latest.json plus a Markdown table on stdout.
 *
 *   BENCH_SIZES=100,500,1000,2000   map sizes (items)
 *   BENCH_RUNS=3                    runs per figure (the median is reported; 3 keeps a full run under 10 minutes here)
 *   BENCH_LOAD=5000                 items of the load check (open, one edit, save; figures only); 0 skips it
 *
 * Also measured once per run: the export budgets on the grocery sample (test/fixtures/maps).
 */

const DEFAULT_SIZES = [100, 500, 1_000, 2_000];
const sizes = (process.env['BENCH_SIZES'] ?? '')
  .split(',')
  .map((value) => Number(value.trim()))
  .filter((value) => Number.isInteger(value) && value > 0);
const runs = Number(process.env['BENCH_RUNS'] ?? '3');
const loadItems = Number(process.env['BENCH_LOAD'] ?? '5000');
const SAMPLE = 'test/fixtures/maps/grocery-first-order.cxmap';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

it('measures Journey Studio beside bare React Flow', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'journey-bench-'));
  cleanup.push(() => rm(folder, { recursive: true, force: true }));
  const appDir = path.join(folder, 'app');
  const baselineDir = path.join(folder, 'baseline');
  viteBuild(appDir, null);
  viteBuild(baselineDir, BASELINE_CONFIG);
  const app: Served = await servePreview(appDir, null);
  cleanup.push(() => app.stop());
  const baseline: Served = await servePreview(baselineDir, BASELINE_CONFIG);
  cleanup.push(() => baseline.stop());
  const browser: Browser = await launchBrowser();
  cleanup.push(() => browser.close());

  const results = await runBench({
    sizes: sizes.length > 0 ? sizes : DEFAULT_SIZES,
    runs: Number.isInteger(runs) && runs > 0 ? runs : 3,
    browser,
    appUrl: app.url,
    baselineUrl: baseline.url,
    loadItems: Number.isInteger(loadItems) && loadItems > 0 ? loadItems : null,
    samplePath: path.join(repoRoot, SAMPLE),
    log: (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
  });

  const resultsDir = path.join(repoRoot, 'test/bench/results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${markdownTable(results)}\n`);
  if (results.errors.length > 0) console.log(`Steps that failed:\n- ${results.errors.join('\n- ')}`);
  console.log(
    `Written to test/bench/results/latest.json (${results.machine.cpus} cores, ${results.runs} runs).`,
  );
  expect(results.sizes.length).toBeGreaterThan(0);
});
