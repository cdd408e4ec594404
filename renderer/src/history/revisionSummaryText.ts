import { METRIC_KIND_LABELS, roundForKind } from '../../../shared/metrics';
import { ITEM_KINDS } from '../../../shared/model';
import type { MetricKind } from '../../../shared/model';
import type { RevisionSummary } from '../db';
import { t, tCount } from '../i18n';

const MINUS = '\u2212';

/** A metric value as its kind displays it, with a real minus sign. */
const formatValue = (kind: MetricKind, value: number): string => {
  const rounded = roundForKind(kind, value);
  return rounded < 0 ? `${MINUS}${Math.abs(rounded)}` : String(rounded);
};

/** "+3 touchpoints" or "−1 friction" from a change in a count; nothing when it did not change. */
function countPart(change: number, counted: (count: number) => string): string[] {
  if (change === 0) return [];
  const part = counted(Math.abs(change));
  return [change > 0 ? t('history.summary.added', { part }) : t('history.summary.removed', { part })];
}

/**
 * The one-line "what changed" of a revision against the one before it ("+3 touchpoints, −1 friction,
 * NPS 31 → 24"), from the counts stored beside each revision: listing never decodes a map. Counts
 * only see net changes (an item replaced by another reads as no change); the compare view has detail.
 */
export function describeRevisionChanges(summary: RevisionSummary, previous: RevisionSummary | null): string {
  if (previous === null) return t('history.firstRevision');
  const parts: string[] = [];
  for (const kind of ITEM_KINDS) {
    const change = (summary.itemsByKind[kind] ?? 0) - (previous.itemsByKind[kind] ?? 0);
    parts.push(...countPart(change, (count) => tCount(`history.summary.${kind}`, count)));
  }
  const metricKinds = new Set([
    ...(Object.keys(summary.latestMetrics) as MetricKind[]),
    ...(Object.keys(previous.latestMetrics) as MetricKind[]),
  ]);
  for (const kind of metricKinds) {
    const before = previous.latestMetrics[kind];
    const after = summary.latestMetrics[kind];
    if (before === undefined || after === undefined) continue;
    if (roundForKind(kind, before) === roundForKind(kind, after)) continue;
    parts.push(
      t('history.summary.metric', {
        label: METRIC_KIND_LABELS[kind],
        before: formatValue(kind, before),
        after: formatValue(kind, after),
      }),
    );
  }
  parts.push(...countPart(summary.stages - previous.stages, (count) => tCount('count.stages', count)));
  parts.push(...countPart(summary.lanes - previous.lanes, (count) => tCount('count.lanes', count)));
  parts.push(...countPart(summary.links - previous.links, (count) => tCount('count.links', count)));
  parts.push(
    ...countPart(summary.personas - previous.personas, (count) => tCount('history.summary.persona', count)),
  );
  parts.push(...countPart(summary.quotes - previous.quotes, (count) => tCount('count.quotes', count)));
  parts.push(
    ...countPart(summary.metrics - previous.metrics, (count) => tCount('history.summary.snapshot', count)),
  );
  return parts.length === 0 ? t('history.noChanges') : parts.join(', ');
}

/** "1.2 MB", "0.6 kB": storage in the units people read (never "512 byte", which reads oddly). */
export function formatBytes(bytes: number): string {
  const units = ['kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat('en', {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
