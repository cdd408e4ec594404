import type { BenchResults, FrameStats, SizeResult } from './harness';

/**
 * The bench's table: one row per figure and size, ours beside the baseline where there is one, the
 * ratio (ours / baseline: below 1 is better) and the target where it sets one.
 */

export interface ReportRow {
  readonly metric: string;
  readonly size: string;
  readonly ours: number | string | null;
  readonly baseline: number | null;
  readonly ratio: number | null;
  readonly target: string;
  /** null when there is no target for this row or a figure is missing. */
  readonly met: boolean | null;
}

const ratioOf = (ours: number | null, baseline: number | null): number | null =>
  ours === null || baseline === null || baseline === 0 ? null : Math.round((ours / baseline) * 100) / 100;

const p95 = (stats: FrameStats | null): number | null =>
  stats === null ? null : Math.round(stats.p95 * 10) / 10;
const dropped = (stats: FrameStats | null): number | null => stats?.dropped ?? null;

/** `check` gets ours and the ratio; rows whose size the target is not about get no target. */
function row(
  metric: string,
  result: SizeResult,
  ours: number | null,
  baseline: number | null,
  target: {
    text: string;
    sizes?: readonly number[];
    check: (ours: number, ratio: number | null) => boolean;
  } | null,
): ReportRow {
  const ratio = ratioOf(ours, baseline);
  const applies = target !== null && (target.sizes === undefined || target.sizes.includes(result.items));
  return {
    metric,
    size: result.items.toLocaleString('en'),
    ours,
    baseline,
    ratio,
    target: applies ? target.text : '',
    met: applies && ours !== null ? target.check(ours, ratio) : null,
  };
}

const BIG = [1_000, 2_000] as const;

/** A row with no baseline and no size list: the sample map's and the load check's figures. */
function plainRow(
  metric: string,
  size: string,
  ours: number | null,
  target: { text: string; limit: number } | null = null,
): ReportRow {
  return {
    metric,
    size,
    ours,
    baseline: null,
    ratio: null,
    target: target?.text ?? '',
    met: target === null || ours === null ? null : ours <= target.limit,
  };
}

const sum = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : Math.round((a + b) * 10) / 10;

/** Issue "Export" budgets on the grocery-sized sample: storyboard PDF ≤ 3 s, PNG 2× ≤ 1.5 s. */
function sampleRows(results: BenchResults): ReportRow[] {
  const { sample } = results;
  if (sample === null) return [];
  const size = `${sample.name} (${sample.items})`;
  return [
    plainRow('Sample: Export PNG 2× → download (ms)', size, sample.pngExport2xMs, {
      text: '≤ 1500 ms',
      limit: 1_500,
    }),
    plainRow('Sample: PDF storyboard, Export → print root ready (ms)', size, sample.storyboardReadyMs),
    plainRow('Sample: PDF storyboard, page.pdf() (ms)', size, sample.storyboardPrintMs),
    plainRow(
      'Sample: PDF storyboard, ready + print (ms)',
      size,
      sum(sample.storyboardReadyMs, sample.storyboardPrintMs),
      { text: '≤ 3000 ms', limit: 3_000 },
    ),
    plainRow('Sample: PDF storyboard pages', size, sample.storyboardPages),
    plainRow('Sample: capture view 2× (ms; captureProbe)', size, sample.captureView2xMs),
  ];
}

/** Issue "Hardening" §8: opens, edits and saves without errors; figures only. */
function loadRows(results: BenchResults): ReportRow[] {
  const { load } = results;
  if (load === null) return [];
  const size = load.items.toLocaleString('en');
  const megabytes = (load.fileBytes / 2 ** 20).toFixed(2);
  return [
    plainRow(`Load check: open → painted (ms; file ${megabytes} MB)`, size, load.openMs),
    plainRow('Load check: parse + validate + load (ms)', size, load.openParseMs),
    plainRow('Load check: one inspector edit → canvas (ms)', size, load.editMs),
    plainRow('Load check: serialize (ms)', size, load.serializeMs),
    plainRow('Load check: revision write (ms)', size, load.revisionMs, {
      text: '≤ 50 ms (2 MB map)',
      limit: 50,
    }),
    plainRow('Load check: errors (page + console)', size, load.problems, { text: '0', limit: 0 }),
    {
      metric: `Load check: opening ${(load.items + 1).toLocaleString('en')} items shows the large-map notice`,
      size: (load.items + 1).toLocaleString('en'),
      ours: load.warnsAboveLimit === null ? null : load.warnsAboveLimit ? 'yes' : 'no',
      baseline: null,
      ratio: null,
      target: 'yes',
      met: load.warnsAboveLimit,
    },
  ];
}

export function reportRows(results: BenchResults): ReportRow[] {
  const largest = Math.max(...results.sizes.map((size) => size.items));
  const sizeRows = results.sizes.flatMap((result) => {
    const { ours, baseline } = result;
    const ratioAtMost = (limit: number, sizes?: readonly number[]) => ({
      text: `≤ ${limit}× baseline`,
      ...(sizes === undefined ? {} : { sizes }),
      check: (_ours: number, ratio: number | null) => ratio !== null && ratio <= limit,
    });
    const msAtMost = (limit: number, sizes?: readonly number[], text = `≤ ${limit} ms`) => ({
      text,
      ...(sizes === undefined ? {} : { sizes }),
      check: (value: number) => value <= limit,
    });
    const megabytes = (result.fileBytes / 2 ** 20).toFixed(2);
    return [
      row('Open → painted (ms; baseline: mount)', result, ours.openMs, baseline.mountMs, ratioAtMost(1)),
      row('Parse + validate + load (ms)', result, ours.openParseMs, null, null),
      row('Pan fitted, frame p95 (ms)', result, p95(ours.panFitted), p95(baseline.panFitted), {
        text: '≤ 0.33× baseline (≥ 3× faster)',
        sizes: [2_000],
        check: (_ours, ratio) => ratio !== null && ratio <= 1 / 3,
      }),
      row('Pan fitted, dropped frames', result, dropped(ours.panFitted), dropped(baseline.panFitted), null),
      row(
        `Pan at zoom ${ours.closeZoom ?? '?'}, frame p95 (ms)`,
        result,
        p95(ours.panClose),
        p95(baseline.panClose),
        ratioAtMost(1.25, BIG),
      ),
      row('Pan at zoom 1, dropped frames', result, dropped(ours.panClose), dropped(baseline.panClose), null),
      row('Zoom in/out, frame p95 (ms)', result, p95(ours.zoom), p95(baseline.zoom), null),
      row(
        'Drag at zoom 1, frame p95 (ms)',
        result,
        p95(ours.drag),
        p95(baseline.drag),
        ratioAtMost(1.25, BIG),
      ),
      row('Drag, move → painted (ms)', result, ours.dragLatencyMs, baseline.dragLatencyMs, null),
      row('Inspector edit → canvas (ms)', result, ours.editMs, null, msAtMost(50)),
      row('Undo → canvas (ms)', result, ours.undoMs, null, msAtMost(50, [2_000])),
      row('Redo → canvas (ms)', result, ours.redoMs, null, null),
      row(`Serialize (ms; file ${megabytes} MB)`, result, ours.serializeMs, null, null),
      row(
        `Revision write to IndexedDB (ms; map ${megabytes} MB)`,
        result,
        ours.revisionMs,
        null,
        msAtMost(50, [largest], '≤ 50 ms (2 MB map)'),
      ),
      row(
        'Revision save, main-thread part (ms; studio:revision-blocking)',
        result,
        ours.revisionBlockingMs,
        null,
        msAtMost(16, [largest], '≤ 16 ms'),
      ),
      row('Draft write after an edit (ms; studio:draft-write)', result, ours.draftWriteMs, null, null),
      row(
        'Draft write, main-thread part (ms; studio:draft-blocking)',
        result,
        ours.draftBlockingMs,
        null,
        msAtMost(10, [largest], '≤ 10 ms'),
      ),
      row('Export PNG 1× → download (ms)', result, ours.pngExportMs, null, null),
      row('CDP captureScreenshot, fitted (ms)', result, ours.captureScreenshotMs, null, null),
      row('Capture view 1× (ms; captureProbe)', result, ours.captureViewMs, null, null),
      row('PDF storyboard, Export → print root ready (ms)', result, ours.storyboardReadyMs, null, null),
      row('PDF storyboard, page.pdf() (ms)', result, ours.storyboardPrintMs, null, null),
      row('PDF storyboard pages', result, ours.storyboardPages, null, null),
      row('JS heap after open (MB)', result, ours.heapAfterOpenMb, null, msAtMost(150, [2_000], '≤ 150 MB')),
      row(
        'JS heap after 100 edits (MB)',
        result,
        ours.heapAfterEditsMb,
        null,
        msAtMost(150, [2_000], '≤ 150 MB'),
      ),
    ];
  });
  return [...sizeRows, ...sampleRows(results), ...loadRows(results)];
}

const cell = (value: number | string | boolean | null): string => {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : '**no**';
  return String(value);
};

export function markdownTable(results: BenchResults): string {
  const lines = [
    '| metric | size | ours | baseline | ratio | target | met? |',
    '| --- | ---: | ---: | ---: | ---: | --- | :---: |',
    ...reportRows(results).map((entry) =>
      [entry.metric, entry.size, entry.ours, entry.baseline, entry.ratio, entry.target, entry.met]
        .map(cell)
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    ),
    `| diffMaps, two 1,000-item revisions (ms, Node) | 1,000 | ${results.diff1000Ms} | — | — |  | — |`,
  ];
  return lines.join('\n');
}
