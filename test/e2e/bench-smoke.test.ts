import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { useBrowser } from './app';
import { runBench } from '../bench/harness';
import type { FrameStats } from '../bench/harness';
import { markdownTable } from '../bench/report';
import { BASELINE_CONFIG, servePreview, viteBuild } from '../bench/servers';

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
    });

    expect(results.errors).toEqual([]);
    expect(results.sizes).toHaveLength(1);
    const [size] = results.sizes;
    const isStats = (stats: FrameStats | null): boolean =>
      stats !== null && stats.frames > 0 && Number.isFinite(stats.p50) && Number.isFinite(stats.p95);
    // Every figure of ours and the baseline is a number (or frame statistics), none missing.
    const missing = Object.entries({ ...size?.ours, ...prefixed(size?.baseline) }).filter(
      ([, value]) =>
        value === null ||
        value === undefined ||
        (typeof value === 'number' ? !Number.isFinite(value) : !isStats(value)),
    );
    expect(missing.map(([name]) => name)).toEqual([]);
    expect(Number.isFinite(results.diff1000Ms)).toBe(true);
    expect(results.pdfExport).toBe('n/a');
    const table = markdownTable(results);
    expect(table).toContain('| metric | size | ours | baseline | ratio | target | met? |');
    expect(table).toContain('Inspector edit → canvas');
  });
});

/** The baseline's figures under names of their own, so they sit beside ours in one list. */
function prefixed(figures: object | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(figures ?? {}).map(([name, value]) => [`baseline.${name}`, value]),
  );
}
