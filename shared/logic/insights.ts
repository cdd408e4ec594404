import {
  describeMissedTarget,
  describeTrend,
  findFallingSeries,
  findMissedTargets,
  groupSeries,
  latest,
  METRIC_KIND_LABELS,
} from '../metrics';
import type { FallingTrend, MetricScope, MetricSeries, MissedTarget } from '../metrics';
import { timeOf } from '../metrics/series';
import type { Item, ItemKind, JourneyMap, Metric } from '../model';
import { emotionCurve } from './emotion';

/**
 * "Evidence on the map": what backs each card, the proactive insights and the action plan. Pure and
 * deterministic (the caller passes `now`), so the canvas, the Insights panel and tests agree.
 */

export type EvidenceStatus = 'observed' | 'assumed' | 'proposed';

export interface ItemEvidence {
  readonly status: EvidenceStatus;
  /** Quotes that name the item. */
  readonly quotes: number;
  /** Metric series (not snapshots) scoped to the item. */
  readonly metricSeries: number;
}

/** The kinds whose cards make a claim about the customer, so they carry an evidence chip. */
export const EVIDENCED_KINDS: readonly ItemKind[] = ['touchpoint', 'friction', 'magic'];

export const hasEvidenceChip = (kind: ItemKind): boolean => EVIDENCED_KINDS.includes(kind);

/**
 * Every item's evidence: observed when a quote or a metric backs it, whatever the item declares
 * (FORMAT-EXTENSIONS: the data wins over the claim); else its declared `evidence`, absent = assumed.
 */
export const evidenceOf = (
  map: Pick<JourneyMap, 'items' | 'quotes' | 'metrics'>,
): Map<string, ItemEvidence> => {
  const quotes = new Map<string, number>();
  for (const quote of map.quotes) {
    // A quote naming the same item twice is still one quote.
    for (const itemId of new Set(quote.itemIds)) quotes.set(itemId, (quotes.get(itemId) ?? 0) + 1);
  }
  const series = new Map<string, number>();
  for (const one of groupSeries(map.metrics)) {
    if (one.scope.kind === 'item') series.set(one.scope.itemId, (series.get(one.scope.itemId) ?? 0) + 1);
  }
  const result = new Map<string, ItemEvidence>();
  for (const item of map.items) {
    const quoteCount = quotes.get(item.id) ?? 0;
    const seriesCount = series.get(item.id) ?? 0;
    const status: EvidenceStatus =
      quoteCount + seriesCount > 0 ? 'observed' : item.evidence === 'proposed' ? 'proposed' : 'assumed';
    result.set(item.id, { status, quotes: quoteCount, metricSeries: seriesCount });
  }
  return result;
};

export interface MetricsIndex {
  readonly byItem: ReadonlyMap<string, readonly MetricSeries[]>;
  readonly byStage: ReadonlyMap<string, readonly MetricSeries[]>;
  /** Series about the whole map. */
  readonly map: readonly MetricSeries[];
}

const EMPTY_SERIES: readonly MetricSeries[] = [];

/**
 * Series by the item or stage they are about. Built once per `map.metrics` array (the canvas memoises
 * it on that reference), so a badge can select its own list and keep it while other cards change.
 */
export const metricsIndex = (metrics: readonly Metric[]): MetricsIndex => {
  const byItem = new Map<string, MetricSeries[]>();
  const byStage = new Map<string, MetricSeries[]>();
  const whole: MetricSeries[] = [];
  const add = (index: Map<string, MetricSeries[]>, id: string, series: MetricSeries) => {
    const list = index.get(id);
    if (list) list.push(series);
    else index.set(id, [series]);
  };
  for (const series of groupSeries(metrics)) {
    if (series.scope.kind === 'item') add(byItem, series.scope.itemId, series);
    else if (series.scope.kind === 'stage') add(byStage, series.scope.stageId, series);
    else whole.push(series);
  }
  return { byItem, byStage, map: whole };
};

export const seriesOfItem = (index: MetricsIndex, itemId: string): readonly MetricSeries[] =>
  index.byItem.get(itemId) ?? EMPTY_SERIES;
export const seriesOfStage = (index: MetricsIndex, stageId: string): readonly MetricSeries[] =>
  index.byStage.get(stageId) ?? EMPTY_SERIES;

/** Where an insight points on the canvas, from a metric's scope. */
interface Target {
  readonly itemId?: string;
  readonly stageId?: string;
}

const targetOf = (scope: MetricScope): Target =>
  scope.kind === 'item' ? { itemId: scope.itemId } : scope.kind === 'stage' ? { stageId: scope.stageId } : {};

export type Insight =
  | ({
      readonly kind: 'falling-metric';
      readonly score: number;
      readonly text: string;
      readonly trend: FallingTrend;
    } & Target)
  | ({
      readonly kind: 'missed-target';
      readonly score: number;
      readonly text: string;
      readonly missed: MissedTarget;
    } & Target)
  | {
      readonly kind: 'friction-ranked';
      readonly itemId: string;
      /** Severity × evidence weight: a severe, observed friction first. */
      readonly score: number;
      readonly severity: number | undefined;
      readonly evidence: EvidenceStatus;
    }
  | {
      readonly kind: 'low-emotion-stage';
      readonly stageId: string;
      readonly score: number;
      readonly mean: number;
    }
  | { readonly kind: 'no-evidence'; readonly itemId: string; readonly score: number }
  | ({
      readonly kind: 'stale-metric';
      readonly score: number;
      readonly days: number;
      readonly label: string;
    } & Target)
  | { readonly kind: 'not-reviewed'; readonly score: number; readonly days: number }
  | { readonly kind: 'no-owner'; readonly itemId: string; readonly score: number }
  | { readonly kind: 'stage-without-action'; readonly stageId: string; readonly score: number }
  | { readonly kind: 'unaddressed-friction'; readonly itemId: string; readonly score: number };

export type InsightKind = Insight['kind'];

/** Sections in the order the panel shows them: what moved first, then what is weak, then the gaps. */
export const INSIGHT_KINDS: readonly InsightKind[] = [
  'falling-metric',
  'missed-target',
  'friction-ranked',
  'low-emotion-stage',
  'no-evidence',
  'stale-metric',
  'not-reviewed',
  'no-owner',
  'stage-without-action',
  'unaddressed-friction',
];

/** A metric with no snapshot for this long is stale, and so is a map not reviewed for as long. */
export const STALE_AFTER_DAYS = 90;
/** Below the neutral middle of the 1–5 scale a stage feels bad on average. */
const LOW_EMOTION_BELOW = 3;
/** A severity that was never set counts as the middle of the scale, neither hidden nor inflated. */
const UNKNOWN_SEVERITY = 3;
const EVIDENCE_WEIGHT: Readonly<Record<EvidenceStatus, number>> = { observed: 2, assumed: 1, proposed: 0.5 };
const DAY_MS = 24 * 60 * 60 * 1000;

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

export interface InsightOptions {
  /** When the map's last named revision was made (ms); the "not reviewed" check needs it. */
  readonly lastNamedRevisionAt?: number;
}

/** "NPS", or a custom metric's own name. */
export const seriesLabel = (series: Pick<MetricSeries, 'kind' | 'name'>): string =>
  series.kind === 'custom' && series.name ? series.name : METRIC_KIND_LABELS[series.kind];

/**
 * Everything worth a CX lead's attention, most important first: sections in `INSIGHT_KINDS` order,
 * entries within a section by score, highest first (ties keep map order).
 */
export const computeInsights = (map: JourneyMap, now: number, options: InsightOptions = {}): Insight[] => {
  const insights: Insight[] = [];
  const evidence = evidenceOf(map);

  for (const trend of findFallingSeries(map.metrics)) {
    insights.push({
      kind: 'falling-metric',
      score: trend.steps,
      text: describeTrend(trend),
      trend,
      ...targetOf(trend.scope),
    });
  }
  for (const missed of findMissedTargets(map.metrics)) {
    insights.push({
      kind: 'missed-target',
      score: missed.gap,
      text: describeMissedTarget(missed),
      missed,
      ...targetOf(missed.scope),
    });
  }
  for (const item of map.items) {
    if (item.kind !== 'friction') continue;
    const status = evidence.get(item.id)?.status ?? 'assumed';
    insights.push({
      kind: 'friction-ranked',
      itemId: item.id,
      score: (item.severity ?? UNKNOWN_SEVERITY) * EVIDENCE_WEIGHT[status],
      severity: item.severity,
      evidence: status,
    });
  }
  for (const point of emotionCurve(map)) {
    if (point.mean !== null && point.mean < LOW_EMOTION_BELOW) {
      insights.push({
        kind: 'low-emotion-stage',
        stageId: point.stageId,
        score: LOW_EMOTION_BELOW - point.mean,
        mean: Math.round(point.mean * 10) / 10,
      });
    }
  }
  for (const item of map.items) {
    if (hasEvidenceChip(item.kind) && evidence.get(item.id)?.status === 'assumed') {
      insights.push({ kind: 'no-evidence', itemId: item.id, score: item.severity ?? 0 });
    }
  }
  for (const series of groupSeries(map.metrics)) {
    const last = latest(series);
    if (last === undefined) continue;
    const days = Math.floor((now - timeOf(last)) / DAY_MS);
    if (Number.isFinite(days) && days >= STALE_AFTER_DAYS) {
      insights.push({
        kind: 'stale-metric',
        score: days,
        days,
        label: seriesLabel(series),
        ...targetOf(series.scope),
      });
    }
  }
  if (options.lastNamedRevisionAt !== undefined) {
    const days = Math.floor((now - options.lastNamedRevisionAt) / DAY_MS);
    if (days >= STALE_AFTER_DAYS) insights.push({ kind: 'not-reviewed', score: days, days });
  }
  for (const item of map.items) {
    if (item.kind !== 'note' && isBlank(item.owner))
      insights.push({ kind: 'no-owner', itemId: item.id, score: 0 });
  }
  const actionLanes = new Set(map.lanes.filter((lane) => lane.kind === 'actions').map((lane) => lane.id));
  // A map without an actions lane would flag every stage at once; that is one gap, not many.
  if (actionLanes.size > 0) {
    const withAction = new Set(
      map.items.filter((item) => actionLanes.has(item.laneId)).map((item) => item.stageId),
    );
    for (const stage of map.stages) {
      if (!withAction.has(stage.id))
        insights.push({ kind: 'stage-without-action', stageId: stage.id, score: 0 });
    }
  }
  const addressed = new Set(
    map.items.flatMap((item) => (item.kind === 'opportunity' ? (item.addressesItemIds ?? []) : [])),
  );
  for (const item of map.items) {
    if (item.kind === 'friction' && !addressed.has(item.id)) {
      insights.push({ kind: 'unaddressed-friction', itemId: item.id, score: item.severity ?? 0 });
    }
  }

  const rank = (insight: Insight) => INSIGHT_KINDS.indexOf(insight.kind);
  // Array.prototype.sort is stable, so equal scores keep map order.
  return insights.sort((a, b) => rank(a) - rank(b) || b.score - a.score);
};

export type Quadrant = 'quick-win' | 'big-bet' | 'fill-in' | 'money-pit';

export interface PlannedOpportunity {
  readonly item: Item;
  /** impact × (6 − deliveryEffort), 1…25; null until both are set. */
  readonly priority: number | null;
  readonly quadrant: Quadrant | null;
  /** The friction points (or other items) it addresses, in the order it lists them; missing ids skipped. */
  readonly addresses: readonly Item[];
}

/** 3 is the top half of a 1–5 scale here, so "medium" impact still counts and medium effort is not cheap. */
export const HIGH_SCORE_FROM = 3;

export const quadrantOf = (impact: number, deliveryEffort: number): Quadrant => {
  const highImpact = impact >= HIGH_SCORE_FROM;
  const highEffort = deliveryEffort >= HIGH_SCORE_FROM;
  if (highImpact) return highEffort ? 'big-bet' : 'quick-win';
  return highEffort ? 'money-pit' : 'fill-in';
};

/**
 * The opportunities as a plan, by priority: high impact and low effort first; unscored ones after the
 * scored, and done ones last (they need no decision). Ties: higher impact first, then map order.
 */
export const actionPlan = (map: Pick<JourneyMap, 'items'>): PlannedOpportunity[] => {
  const byId = new Map(map.items.map((item) => [item.id, item]));
  const planned = map.items
    .filter((item) => item.kind === 'opportunity')
    .map((item): PlannedOpportunity => {
      const scored = item.impact !== undefined && item.deliveryEffort !== undefined;
      return {
        item,
        priority: scored ? (item.impact as number) * (6 - (item.deliveryEffort as number)) : null,
        quadrant: scored ? quadrantOf(item.impact as number, item.deliveryEffort as number) : null,
        addresses: (item.addressesItemIds ?? []).flatMap((id) => {
          const addressed = byId.get(id);
          return addressed ? [addressed] : [];
        }),
      };
    });
  const bucket = (entry: PlannedOpportunity) =>
    entry.item.status === 'done' ? 2 : entry.priority === null ? 1 : 0;
  return planned.sort(
    (a, b) =>
      bucket(a) - bucket(b) ||
      (b.priority ?? 0) - (a.priority ?? 0) ||
      (b.item.impact ?? 0) - (a.item.impact ?? 0),
  );
};
