import type { Metric, MetricKind } from '../model';
import { METRIC_KIND_LABELS } from './labels';
import { roundForKind } from './scores';
import {
  assessChange,
  directionOfSeries,
  groupSeries,
  latest,
  timeOf,
  type MetricScope,
  type MetricSeries,
} from './series';

/** A series whose latest snapshots each got worse than the one before. */
export interface FallingTrend {
  readonly seriesKey: string;
  readonly kind: MetricKind;
  readonly scope: MetricScope;
  readonly name: string | undefined;
  readonly unit: string | undefined;
  /** Value where the run of worsening began, and the latest value. */
  readonly from: number;
  readonly to: number;
  readonly fromDate: string;
  readonly toDate: string;
  /** How much worse, always positive (for churn, how much it rose). */
  readonly drop: number;
  /** Consecutive worsening changes in the run. */
  readonly steps: number;
  /** Whole months between the two dates, rounded. */
  readonly months: number;
  /** Days between the two dates, for runs shorter than a month. */
  readonly days: number;
}

/** A series whose latest value is on the wrong side of its target. */
export interface MissedTarget {
  readonly seriesKey: string;
  readonly kind: MetricKind;
  readonly scope: MetricScope;
  readonly name: string | undefined;
  readonly unit: string | undefined;
  readonly value: number;
  readonly target: number;
  readonly takenAt: string;
  /** How far from the target, always positive. */
  readonly gap: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Mean Gregorian month, so 6 calendar months of any lengths count as 6. */
const MONTH_DAYS = 365.2425 / 12;

/**
 * When a run of snapshots begins. Survey tools date a monthly figure on the month's last day
 * (2026-05-31 is May's NPS), so a snapshot taken on a month's last day reports that whole month and
 * six such snapshots, May to October, cover six months, not five.
 */
const coveredFrom = (metric: Metric): number => {
  const time = timeOf(metric);
  const date = new Date(time);
  if (!Number.isFinite(time)) return time;
  const nextDay = new Date(time + DAY_MS);
  return nextDay.getUTCDate() === 1 ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) : time;
};

const daysBetween = (from: Metric, to: Metric): number => {
  const span = timeOf(to) - coveredFrom(from);
  return Number.isFinite(span) ? Math.round(span / DAY_MS) : 0;
};

/**
 * The run of worsening that ends at the latest snapshot, when it is at least `minConsecutive` changes
 * long. Only the current run counts: a fall that has since recovered is history, not an insight.
 * "Worse" follows the kind's direction, and a change too small to show (`assessChange`) breaks the run.
 */
const fallingRun = (series: MetricSeries, minConsecutive: number): FallingTrend | null => {
  const snapshots = series.snapshots;
  const goodDirection = directionOfSeries(series);
  let start = snapshots.length - 1;
  while (start > 0) {
    const before = snapshots[start - 1] as Metric;
    const after = snapshots[start] as Metric;
    if (assessChange(series.kind, after.value - before.value, goodDirection) !== 'worse') break;
    start -= 1;
  }
  const steps = snapshots.length - 1 - start;
  if (steps < Math.max(1, minConsecutive)) return null;
  const first = snapshots[start] as Metric;
  const last = snapshots.at(-1) as Metric;
  const days = daysBetween(first, last);
  return {
    seriesKey: series.key,
    kind: series.kind,
    scope: series.scope,
    name: series.name,
    unit: last.unit,
    from: first.value,
    to: last.value,
    fromDate: first.takenAt,
    toDate: last.takenAt,
    drop: roundForKind(series.kind, Math.abs(last.value - first.value)),
    steps,
    months: Math.round(days / MONTH_DAYS),
    days,
  };
};

/** Series that got worse for at least `minConsecutive` snapshots in a row, up to the latest one. */
export const findFallingSeries = (
  metrics: readonly Metric[],
  { minConsecutive = 2 }: { readonly minConsecutive?: number } = {},
): FallingTrend[] =>
  groupSeries(metrics).flatMap((series) => {
    const run = fallingRun(series, minConsecutive);
    return run ? [run] : [];
  });

/**
 * Series whose latest snapshot misses its target. The target is the latest snapshot's own, so a target
 * that was changed or dropped later is what counts.
 */
export const findMissedTargets = (metrics: readonly Metric[]): MissedTarget[] =>
  groupSeries(metrics).flatMap((series) => {
    const last = latest(series);
    if (last?.target === undefined) return [];
    const shortfall = last.value - last.target;
    if (assessChange(series.kind, shortfall, directionOfSeries(series)) !== 'worse') return [];
    return [
      {
        seriesKey: series.key,
        kind: series.kind,
        scope: series.scope,
        name: series.name,
        unit: last.unit,
        value: last.value,
        target: last.target,
        takenAt: last.takenAt,
        gap: roundForKind(series.kind, Math.abs(shortfall)),
      },
    ];
  });

const labelOf = (kind: MetricKind, name: string | undefined): string =>
  kind === 'custom' && name ? name : METRIC_KIND_LABELS[kind];

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "17 points", "5.2 percentage points", "2.5 hours", "0.4" — the size of a change in the kind's unit. */
const amountOf = (kind: MetricKind, amount: number, unit: string | undefined): string => {
  switch (kind) {
    case 'nps':
      return plural(amount, 'point', 'points');
    case 'csat':
    case 'churn':
      // Percentage *points*: CSAT going 40 % → 35 % fell 5 points, not 12.5 %.
      return plural(amount, 'percentage point', 'percentage points');
    default:
      return unit?.trim() ? `${amount} ${unit.trim()}` : String(amount);
  }
};

const spanOf = (trend: FallingTrend): string =>
  trend.months >= 1 ? plural(trend.months, 'month', 'months') : plural(trend.days, 'day', 'days');

/**
 * "NPS fell 17 points over 6 months". Worse is said as the metric moves: churn "rose", NPS "fell". The
 * UI adds where (item or stage name), which it knows and we do not.
 */
export const describeTrend = (trend: FallingTrend): string => {
  const verb = trend.to < trend.from ? 'fell' : 'rose';
  return `${labelOf(trend.kind, trend.name)} ${verb} ${amountOf(trend.kind, trend.drop, trend.unit)} over ${spanOf(trend)}`;
};

/** "CSAT is 4.5 percentage points below its target of 60". */
export const describeMissedTarget = (missed: MissedTarget): string => {
  const side = missed.value < missed.target ? 'below' : 'above';
  return `${labelOf(missed.kind, missed.name)} is ${amountOf(missed.kind, missed.gap, missed.unit)} ${side} its target of ${missed.target}`;
};
