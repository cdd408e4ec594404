/**
 * How each metric series moved between two revisions: the compare view's metrics table. A series is
 * the snapshots of one kind and scope (and name, for custom metrics), as in `shared/metrics/series`;
 * each row compares the latest snapshot (by `takenAt`) on either side.
 */
import type { JourneyMap, MetricKind } from '../model';
import { METRIC_KINDS } from '../model';
import type { MetricScope, MetricSeries } from '../metrics/series';
import { groupSeries, latest } from '../metrics/series';

export interface MetricSeriesRow {
  readonly key: string;
  readonly kind: MetricKind;
  /** The custom metric's name as its first snapshot in `after` (else `before`) spells it; undefined for built-in kinds. */
  readonly name: string | undefined;
  readonly scope: MetricScope;
  /** Latest value in `before`, or null when the series has no snapshot there. */
  readonly before: number | null;
  readonly after: number | null;
  /** `after − before`, or null when either side is missing. */
  readonly delta: number | null;
}

/**
 * Subtraction of decimals leaves binary noise (3.9 − 4.2 = −0.30000000000000027); twelve significant
 * digits is far beyond any metric's precision and removes it.
 */
const cleanDifference = (after: number, before: number): number => {
  const difference = Number((after - before).toPrecision(12));
  return difference === 0 ? 0 : difference;
};

const latestValue = (series: MetricSeries | undefined): number | null => {
  const snapshot = series === undefined ? undefined : latest(series);
  return snapshot === undefined ? null : snapshot.value;
};

/** Positions of ids: `after`'s order first, then ids only `before` has, in `before`'s order. */
const positions = (
  after: readonly { id: string }[],
  before: readonly { id: string }[],
): Map<string, number> => {
  const index = new Map<string, number>();
  for (const record of [...after, ...before]) if (!index.has(record.id)) index.set(record.id, index.size);
  return index;
};

/**
 * One row per series present in either version: the map's own series first, then stages in stage
 * order, then items in document order (after's order; records only `before` has follow, in its order);
 * within one scope by kind (FORMAT.md's order), custom ones by name. A scope pointing at nothing
 * (an invalid file) comes last rather than being dropped.
 */
export const diffMetricSeries = (before: JourneyMap, after: JourneyMap): MetricSeriesRow[] => {
  const beforeSeries = new Map(groupSeries(before.metrics).map((series) => [series.key, series]));
  const afterSeries = new Map(groupSeries(after.metrics).map((series) => [series.key, series]));
  const stageIndex = positions(after.stages, before.stages);
  const itemIndex = positions(after.items, before.items);
  const kindIndex = new Map<MetricKind, number>(METRIC_KINDS.map((kind, index) => [kind, index]));

  const rows: MetricSeriesRow[] = [];
  for (const key of new Set([...afterSeries.keys(), ...beforeSeries.keys()])) {
    const was = beforeSeries.get(key);
    const now = afterSeries.get(key);
    const series = (now ?? was) as MetricSeries;
    const beforeValue = latestValue(was);
    const afterValue = latestValue(now);
    rows.push({
      key,
      kind: series.kind,
      name: series.name,
      scope: series.scope,
      before: beforeValue,
      after: afterValue,
      delta: beforeValue === null || afterValue === null ? null : cleanDifference(afterValue, beforeValue),
    });
  }

  const unknownPlace = Number.MAX_SAFE_INTEGER;
  const rank = (scope: MetricScope): [number, number] => {
    switch (scope.kind) {
      case 'map':
        return [0, 0];
      case 'stage':
        return [1, stageIndex.get(scope.stageId) ?? unknownPlace];
      case 'item':
        return [2, itemIndex.get(scope.itemId) ?? unknownPlace];
    }
  };
  const byName = (a: string | undefined, b: string | undefined): number =>
    (a ?? '').localeCompare(b ?? '', 'en') || ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);
  return rows.sort((a, b) => {
    const [aTier, aPlace] = rank(a.scope);
    const [bTier, bPlace] = rank(b.scope);
    return (
      aTier - bTier ||
      aPlace - bPlace ||
      (kindIndex.get(a.kind) ?? 0) - (kindIndex.get(b.kind) ?? 0) ||
      byName(a.name, b.name) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    );
  });
};
