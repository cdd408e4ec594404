import type { Metric, MetricKind } from '../model';
import { DECIMALS_BY_KIND } from './scores';

/** What a metric is about: one item, one stage, or the whole map (FORMAT.md). */
export type MetricScope =
  | { readonly kind: 'item'; readonly itemId: string }
  | { readonly kind: 'stage'; readonly stageId: string }
  | { readonly kind: 'map' };

/** Snapshots of one kind and scope (and, for custom metrics, one name), oldest first: a trend. */
export interface MetricSeries {
  readonly key: string;
  readonly kind: MetricKind;
  readonly scope: MetricScope;
  /** The custom metric's name; undefined for the built-in kinds. */
  readonly name: string | undefined;
  readonly snapshots: readonly Metric[];
}

/** Which way is good for a metric. */
export type GoodDirection = 'higher' | 'lower';
export type ChangeAssessment = 'better' | 'worse' | 'same';

export const scopeOf = (metric: Metric): MetricScope => {
  if (metric.itemId !== undefined) return { kind: 'item', itemId: metric.itemId };
  if (metric.stageId !== undefined) return { kind: 'stage', stageId: metric.stageId };
  return { kind: 'map' };
};

const scopeKey = (scope: MetricScope): string => {
  switch (scope.kind) {
    case 'item':
      return `item:${scope.itemId}`;
    case 'stage':
      return `stage:${scope.stageId}`;
    case 'map':
      return 'map';
  }
};

/**
 * Custom names are compared trimmed and case-insensitively, so "Repeat rate" and "repeat rate " typed
 * months apart continue one trend.
 */
const customNameKey = (metric: Metric): string =>
  metric.kind === 'custom' ? (metric.name ?? '').trim().toLowerCase() : '';

export const seriesKeyOf = (metric: Metric): string =>
  JSON.stringify([metric.kind, scopeKey(scopeOf(metric)), customNameKey(metric)]);

/** `takenAt` as a time; unparseable dates (the schema only checks the shape) sort first. */
export const timeOf = (metric: Metric): number => {
  const time = Date.parse(metric.takenAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

/**
 * Groups snapshots into series, each sorted by `takenAt` (stable, so two snapshots of the same moment
 * keep document order). Series come in the order their first snapshot appears in the map.
 */
export const groupSeries = (metrics: readonly Metric[]): MetricSeries[] => {
  const groups = new Map<string, Metric[]>();
  for (const metric of metrics) {
    const key = seriesKeyOf(metric);
    const group = groups.get(key);
    if (group) group.push(metric);
    else groups.set(key, [metric]);
  }
  return [...groups].map(([key, snapshots]) => {
    const first = snapshots[0] as Metric;
    return {
      key,
      kind: first.kind,
      scope: scopeOf(first),
      name: first.kind === 'custom' ? first.name?.trim() : undefined,
      snapshots: snapshots.slice().sort((a, b) => timeOf(a) - timeOf(b)),
    };
  });
};

export const latest = (series: MetricSeries): Metric | undefined => series.snapshots.at(-1);
export const previous = (series: MetricSeries): Metric | undefined => series.snapshots.at(-2);

/** Latest minus previous value; null when there is no previous snapshot to compare with. */
export const delta = (series: MetricSeries): number | null => {
  const last = latest(series);
  const before = previous(series);
  return last && before ? last.value - before.value : null;
};

/**
 * Which way is good for a kind. NPS and CSAT: higher. Churn and resolution time: lower. CES: higher,
 * because FORMAT.md defines it as "mean on a 1–7 agreement scale" — agreement with "the company made it
 * easy", so 7 is the least effort (the CES 2.0 wording). Custom KPIs say so themselves; a custom
 * metric that does not is taken as higher-is-better, the common case for a KPI.
 */
export const direction = (kind: MetricKind, customDirection?: GoodDirection): GoodDirection => {
  switch (kind) {
    case 'nps':
    case 'csat':
    case 'ces':
      return 'higher';
    case 'churn':
    case 'resolution_time':
      return 'lower';
    case 'custom':
      return customDirection ?? 'higher';
  }
};

/**
 * The direction a custom metric records for itself. FORMAT.md v1 has no field for it, so the editor
 * stores it as an extra `direction` property, which readers keep (forward compatibility in v1).
 */
export const customDirectionOf = (metric: Metric | undefined): GoodDirection | undefined => {
  const value: unknown = metric?.['direction'];
  return value === 'higher' || value === 'lower' ? value : undefined;
};

export const directionOfSeries = (series: MetricSeries): GoodDirection =>
  direction(series.kind, customDirectionOf(latest(series)));

/**
 * Whether a change is good news. A change smaller than the kind's display precision is 'same': a badge
 * must not colour a move the user cannot see in the number.
 */
export const assessChange = (
  kind: MetricKind,
  change: number,
  goodDirection: GoodDirection = direction(kind),
): ChangeAssessment => {
  if (!Number.isFinite(change) || Math.abs(change) < 0.5 * 10 ** -DECIMALS_BY_KIND[kind]) return 'same';
  const rose = change > 0;
  return rose === (goodDirection === 'higher') ? 'better' : 'worse';
};

/**
 * Points of an SVG polyline for a series' values: x by date (so gaps between surveys show), y with the
 * best-scaled range, SVG's y axis pointing down. A flat series, or one at a single date, sits in the
 * middle. Rounded to 0.1 px to keep the attribute short.
 */
export const sparklinePoints = (series: MetricSeries, width: number, height: number): [number, number][] => {
  const snapshots = series.snapshots;
  if (snapshots.length === 0) return [];
  const times = snapshots.map(timeOf);
  const values = snapshots.map((snapshot) => snapshot.value);
  const firstTime = times[0] as number;
  const lastTime = times.at(-1) as number;
  const timeSpan = Number.isFinite(firstTime) ? lastTime - firstTime : 0;
  const minValue = Math.min(...values);
  const valueSpan = Math.max(...values) - minValue;
  const tenth = (value: number): number => Math.round(value * 10) / 10;
  return snapshots.map((_, index) => {
    const time = times[index] as number;
    const fraction =
      snapshots.length === 1
        ? 0.5
        : timeSpan > 0 && Number.isFinite(time)
          ? (time - firstTime) / timeSpan
          : index / (snapshots.length - 1);
    const level = valueSpan > 0 ? ((values[index] as number) - minValue) / valueSpan : 0.5;
    return [tenth(fraction * width), tenth((1 - level) * height)];
  });
};
