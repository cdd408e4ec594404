import type { PdfPageSize } from '../../../shared/ipc/contract';
import { actionPlan, computeInsights, diffMetricSeries, emotionCurve } from '../../../shared/logic';
import type { MetricSeriesRow, PlannedOpportunity } from '../../../shared/logic';
import { assessChange, METRIC_KIND_LABELS, roundForKind } from '../../../shared/metrics';
import type { ChangeAssessment } from '../../../shared/metrics';
import type { Item, JourneyMap } from '../../../shared/model';

/** Paper in millimetres, landscape; the margin is the same on every side (also in the `@page` rule). */
export const PAPER_MM: Readonly<Record<PdfPageSize, { width: number; height: number }>> = {
  A4: { width: 297, height: 210 },
  Letter: { width: 279.4, height: 215.9 },
};
export const PAGE_MARGIN_MM = 12;

/**
 * The printable box of one page. A hair under the real height, so rounding in Chromium's layout never
 * pushes a page's last line onto a page of its own (which would shift every page number after it).
 */
export const pageBox = (paper: PdfPageSize): { width: number; height: number } => ({
  width: PAPER_MM[paper].width - 2 * PAGE_MARGIN_MM,
  height: PAPER_MM[paper].height - 2 * PAGE_MARGIN_MM - 1,
});

/** `@page` for one print: injected while the print root is mounted, removed with it. */
export const pageRule = (size: string): string => `@page { size: ${size}; margin: ${PAGE_MARGIN_MM}mm; }`;

/** A revision to compare with: the summary's "metric changes since …". */
export interface ComparedRevision {
  readonly label: string;
  readonly map: JourneyMap;
}

export interface FrictionEntry {
  readonly item: Item;
  readonly stageName: string;
  readonly severity: number | undefined;
  readonly evidence: 'observed' | 'assumed' | 'proposed';
}

export interface MetricChange {
  readonly row: MetricSeriesRow;
  readonly label: string;
  readonly scopeName: string;
  readonly assessment: ChangeAssessment | null;
}

export interface StoryboardSummary {
  /** One point per stage; `mean` null where no touchpoint is scored. */
  readonly emotion: readonly { stageName: string; mean: number | null }[];
  readonly friction: readonly FrictionEntry[];
  readonly plan: readonly PlannedOpportunity[];
  /** Null when the user compared with nothing. */
  readonly metricChanges: readonly MetricChange[] | null;
}

/** How much one summary page holds: longer lists end in "+ n more" rather than spill onto another page. */
export const SUMMARY_LIMITS = { friction: 5, plan: 5, metrics: 6 } as const;

/** What the summary page tells: the emotion curve, the worst friction, the plan and what the metrics did. */
export function storyboardSummary(
  map: JourneyMap,
  compared: ComparedRevision | null,
  now: number,
): StoryboardSummary {
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const items = new Map(map.items.map((item) => [item.id, item]));
  const friction = computeInsights(map, now).flatMap((insight): FrictionEntry[] => {
    if (insight.kind !== 'friction-ranked') return [];
    const item = items.get(insight.itemId);
    if (item === undefined) return [];
    return [
      {
        item,
        stageName: stageNames.get(item.stageId) ?? '',
        severity: insight.severity,
        evidence: insight.evidence,
      },
    ];
  });
  const metricChanges =
    compared === null
      ? null
      : diffMetricSeries(compared.map, map)
          .filter((row) => row.delta !== 0)
          .map((row): MetricChange => {
            const scopeName =
              row.scope.kind === 'map'
                ? ''
                : row.scope.kind === 'stage'
                  ? (stageNames.get(row.scope.stageId) ?? '')
                  : (items.get(row.scope.itemId)?.title ?? '');
            return {
              row,
              label: row.kind === 'custom' && row.name ? row.name : METRIC_KIND_LABELS[row.kind],
              scopeName,
              assessment: row.delta === null ? null : assessChange(row.kind, row.delta),
            };
          });
  return {
    emotion: emotionCurve(map).map((point) => ({
      stageName: stageNames.get(point.stageId) ?? '',
      mean: point.mean,
    })),
    friction,
    plan: actionPlan(map).filter((entry) => entry.item.status !== 'done'),
    metricChanges,
  };
}

/** A metric value as the map shows it: the kind's precision, no float noise. */
export const metricValueText = (row: MetricSeriesRow, value: number | null): string =>
  value === null ? '—' : String(roundForKind(row.kind, value));

/** The emotion curve as SVG points in a `width` × `height` box (1 at the bottom, 5 at the top). */
export function curvePoints(
  means: readonly (number | null)[],
  width: number,
  height: number,
): { x: number; y: number | null }[] {
  const step = means.length <= 1 ? 0 : width / (means.length - 1);
  return means.map((mean, index) => ({
    x: means.length <= 1 ? width / 2 : index * step,
    y: mean === null ? null : height - ((mean - 1) / 4) * height,
  }));
}
