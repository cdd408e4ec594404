import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { useBrowser } from './app';
import { OPTIONAL_OUR_FIGURES, runBench } from '../bench/harness';
import type { FrameStats } from '../bench/harness';
import { markdownTable } from '../bench/report';
import { BASELINE_CONFIG, repoRoot, servePreview, viteBuild } from '../bench/servers';

const browser = useBrowser();

/** `npm run bench` in miniature: 100 items, one run, short pans. Checks every figure exists, not its value. */
describe('the benchmark harness', () => {
  it('produces every figure for ours and the baseline at 100 items', { timeout: 600_000 }, async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'journey-bench-smoke-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    viteBuild(folder, BASELINE_CONFIG);
    const baseline = await servePreview(folder, BASELINE_CONFIG);
    onTestFinished(() => baseline.stop());

    const results = await runBench({
      sizes: [100],
      runs: 1,
      browser: await browser(),
      appUrl: inject('baseUrl'),
      baselineUrl: baseline.url,
      panMs: 600,
      // The grocery-sized sample is small enough for `npm test`; the 5,000-item load check is not.
      samplePath: path.join(repoRoot, 'test/fixtures/maps/grocery-first-order.cxmap'),
    });

    expect(results.errors).toEqual([]);
    expect(results.sizes).toHaveLength(1);
    const [size] = results.sizes;
    const isStats = (stats: FrameStats | null): boolean =>
      stats !== null && stats.frames > 0 && Number.isFinite(stats.p50) && Number.isFinite(stats.p95);
    // Every figure of ours and the baseline is a number (or frame statistics), none missing.
    // Measures other parts supply (draft write, revision blocking, capture view) may still be absent.
    const optional = new Set<string>(OPTIONAL_OUR_FIGURES);
    const missing = Object.entries({ ...size?.ours, ...prefixed(size?.baseline) }).filter(
      ([name, value]) =>
        !optional.has(name) &&
        (value === null ||
          value === undefined ||
          (typeof value === 'number' ? !Number.isFinite(value) : !isStats(value))),
    );
    expect(missing.map(([name]) => name)).toEqual([]);
    expect(Number.isFinite(results.diff1000Ms)).toBe(true);
    // 100 items in 25-item stages: cover, four stages, summary.
    expect(size?.ours.storyboardPages).toBe(6);
    expect(results.load).toBeNull();
    // The capture path's figure, once its probe (written elsewhere) is in place.
    if (existsSync(path.join(repoRoot, 'test/bench/captureProbe.ts'))) {
      expect(size?.ours.captureViewMs).toBeGreaterThan(0);
      expect(results.sample?.captureView2xMs).toBeGreaterThan(0);
    }
    const sample = results.sample;
    expect(sample?.name).toBe('grocery-first-order');
    expect(sample?.pngExport2xMs).toBeGreaterThan(0);
    expect(sample?.storyboardReadyMs).toBeGreaterThan(0);
    expect(sample?.storyboardPrintMs).toBeGreaterThan(0);
    // Six stages: cover, one page each, summary.
    expect(sample?.storyboardPages).toBe(8);
    const table = markdownTable(results);
    expect(table).toContain('| metric | size | ours | baseline | ratio | target | met? |');
    expect(table).toContain('Inspector edit → canvas');
    expect(table).toContain('| PDF storyboard pages | 100 | 6 |');
    expect(table).toContain('| Sample: PDF storyboard pages | grocery-first-order (20) | 8 |');
    expect(table).toMatch(/\| Draft write after an edit \(ms; studio:draft-write\) \| 100 \| (—|[\d.]+) \|/);
  });
});

/** The baseline's figures under names of their own, so they sit beside ours in one list. */
function prefixed(figures: object | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(figures ?? {}).map(([name, value]) => [`baseline.${name}`, value]),
  );
}
