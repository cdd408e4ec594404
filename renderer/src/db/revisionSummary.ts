import type { JourneyMap, MetricKind } from '../../../shared/model';
import type { RevisionSummary } from './studioDb';

/** A summary with nothing in it, for a revision whose map could not be read when it was summarized. */
export const EMPTY_REVISION_SUMMARY: RevisionSummary = {
  itemsByKind: {},
  stages: 0,
  lanes: 0,
  links: 0,
  quotes: 0,
  personas: 0,
  metrics: 0,
  latestMetrics: {},
};

/** Unparseable dates sort first, so any real date beats them. */
const timeOf = (takenAt: string): number => {
  const time = Date.parse(takenAt);
  return Number.isNaN(time) ? -Infinity : time;
};

/**
 * The counts stored beside a revision so that the history panel can say "+3 touchpoints, NPS 12 → 18"
 * between neighbours without decoding either map. Only map-level metrics (no item, no stage) count
 * towards `latestMetrics`: they are the map's headline numbers; on equal dates the later one wins.
 */
export function summarizeMap(map: JourneyMap): RevisionSummary {
  const itemsByKind: Partial<Record<JourneyMap['items'][number]['kind'], number>> = {};
  for (const item of map.items) itemsByKind[item.kind] = (itemsByKind[item.kind] ?? 0) + 1;

  const latest = new Map<MetricKind, { time: number; value: number }>();
  for (const metric of map.metrics) {
    if (metric.itemId !== undefined || metric.stageId !== undefined) continue;
    const time = timeOf(metric.takenAt);
    const current = latest.get(metric.kind);
    if (current === undefined || time >= current.time) latest.set(metric.kind, { time, value: metric.value });
  }
  const latestMetrics: Partial<Record<MetricKind, number>> = {};
  for (const [kind, { value }] of latest) latestMetrics[kind] = value;

  return {
    itemsByKind,
    stages: map.stages.length,
    lanes: map.lanes.length,
    links: map.links.length,
    quotes: map.quotes.length,
    personas: map.personas.length,
    metrics: map.metrics.length,
    latestMetrics,
  };
}
