/**
 * The one-line summary of a revision in the History panel ("+3 touchpoints, −1 friction, NPS 31 → 24").
 * `summarizeDiff` gives structured parts, so the renderer can localise them; `formatDiffSummary` is the
 * plain English rendering, which also keeps tests readable.
 */
import type { ItemKind, MetricKind } from '../model';
import { ITEM_KINDS } from '../model';
import { METRIC_KIND_LABELS } from '../metrics/labels';
import { roundForKind } from '../metrics/scores';
import type { MetricScope } from '../metrics/series';
import { seriesKeyOf } from '../metrics/series';
import type { CollectionDiff, MapDiff } from './diff';

/** Collections summarised by counts alone. */
export type CountedCollection = 'stages' | 'lanes' | 'links' | 'personas' | 'quotes' | 'metrics';
export type CountedChange = 'added' | 'removed' | 'changed';

export type DiffSummaryPart =
  | { readonly type: 'items-added' | 'items-removed'; readonly kind: ItemKind; readonly count: number }
  | {
      readonly type: 'metric-moved';
      readonly kind: MetricKind;
      /** The custom metric's name; undefined for the built-in kinds. */
      readonly name: string | undefined;
      readonly scope: MetricScope;
      readonly before: number;
      readonly after: number;
    }
  | { readonly type: 'items-changed'; readonly count: number }
  | { readonly type: `${CountedCollection}-${CountedChange}`; readonly count: number }
  /** Title, description or unknown properties of the map itself. */
  | { readonly type: 'map-details-changed'; readonly fields: readonly string[] };

export type DiffSummary = readonly DiffSummaryPart[];

/** More would crowd a line in a narrow panel; the compare view has the whole table. */
export const MAX_METRIC_PARTS = 2;

const COUNTED_COLLECTIONS: readonly CountedCollection[] = [
  'stages',
  'lanes',
  'links',
  'personas',
  'quotes',
  'metrics',
];

const countsByKind = (items: readonly { readonly kind: ItemKind }[]): Map<ItemKind, number> => {
  const counts = new Map<ItemKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return counts;
};

/**
 * Parts in reading order: items added then removed (by kind, in FORMAT.md's order), up to two metric
 * moves (map-level series first, as `diffMetricSeries` orders them), then counts of everything else.
 * A metric whose move rounds away at the kind's display precision is not "moved": the line would read
 * "CES 4.2 → 4.2". Snapshots of a series shown as moved are not counted again.
 */
export const summarizeDiff = (diff: MapDiff): DiffSummary => {
  const parts: DiffSummaryPart[] = [];
  for (const type of ['items-added', 'items-removed'] as const) {
    const counts = countsByKind(type === 'items-added' ? diff.items.added : diff.items.removed);
    for (const kind of ITEM_KINDS) {
      const count = counts.get(kind);
      if (count !== undefined) parts.push({ type, kind, count });
    }
  }

  const moved = diff.metricSeries
    .filter(
      (row) =>
        row.before !== null &&
        row.after !== null &&
        roundForKind(row.kind, row.before) !== roundForKind(row.kind, row.after),
    )
    .slice(0, MAX_METRIC_PARTS);
  for (const row of moved) {
    parts.push({
      type: 'metric-moved',
      kind: row.kind,
      name: row.name,
      scope: row.scope,
      before: row.before as number,
      after: row.after as number,
    });
  }
  const shownSeries = new Set(moved.map((row) => row.key));

  if (diff.items.changed.length > 0) parts.push({ type: 'items-changed', count: diff.items.changed.length });
  for (const collection of COUNTED_COLLECTIONS) {
    const records: CollectionDiff<unknown> =
      collection === 'metrics' ? withoutShownSeries(diff.metrics, shownSeries) : diff[collection];
    const counts: Record<CountedChange, number> = {
      added: records.added.length,
      removed: records.removed.length,
      changed: records.changed.length,
    };
    for (const change of ['added', 'removed', 'changed'] as const) {
      if (counts[change] > 0) parts.push({ type: `${collection}-${change}`, count: counts[change] });
    }
  }
  if (diff.map.length > 0)
    parts.push({ type: 'map-details-changed', fields: diff.map.map((change) => change.field) });
  return parts;
};

const withoutShownSeries = (metrics: MapDiff['metrics'], shown: ReadonlySet<string>): MapDiff['metrics'] => ({
  added: metrics.added.filter((metric) => !shown.has(seriesKeyOf(metric))),
  removed: metrics.removed.filter((metric) => !shown.has(seriesKeyOf(metric))),
  changed: metrics.changed.filter(
    (change) => !shown.has(seriesKeyOf(change.after)) && !shown.has(seriesKeyOf(change.before)),
  ),
});

const MINUS = '\u2212';

const ITEM_NOUNS: Readonly<Record<ItemKind, readonly [singular: string, plural: string]>> = {
  touchpoint: ['touchpoint', 'touchpoints'],
  friction: ['friction', 'frictions'],
  magic: ['magic moment', 'magic moments'],
  opportunity: ['opportunity', 'opportunities'],
  note: ['note', 'notes'],
};

const COLLECTION_NOUNS: Readonly<
  Record<CountedCollection | 'items', readonly [singular: string, plural: string]>
> = {
  items: ['item', 'items'],
  stages: ['stage', 'stages'],
  lanes: ['lane', 'lanes'],
  links: ['link', 'links'],
  personas: ['persona', 'personas'],
  quotes: ['quote', 'quotes'],
  metrics: ['metric snapshot', 'metric snapshots'],
};

const counted = (count: number, [singular, plural]: readonly [string, string]): string =>
  `${count} ${count === 1 ? singular : plural}`;

/** A metric value as the kind displays it, with a real minus sign. */
const formatValue = (kind: MetricKind, value: number): string => {
  const rounded = roundForKind(kind, value);
  return rounded < 0 ? `${MINUS}${Math.abs(rounded)}` : String(rounded);
};

const formatPart = (part: DiffSummaryPart): string => {
  switch (part.type) {
    case 'items-added':
      return `+${counted(part.count, ITEM_NOUNS[part.kind])}`;
    case 'items-removed':
      return `${MINUS}${counted(part.count, ITEM_NOUNS[part.kind])}`;
    case 'metric-moved': {
      const label = part.kind === 'custom' && part.name ? part.name : METRIC_KIND_LABELS[part.kind];
      return `${label} ${formatValue(part.kind, part.before)} → ${formatValue(part.kind, part.after)}`;
    }
    case 'items-changed':
      return `${counted(part.count, COLLECTION_NOUNS.items)} changed`;
    case 'map-details-changed':
      return part.fields.length === 1 && part.fields[0] === 'title' ? 'title changed' : 'map details changed';
    default: {
      const [collection, change] = part.type.split('-') as [CountedCollection, CountedChange];
      const text = counted(part.count, COLLECTION_NOUNS[collection]);
      if (change === 'added') return `+${text}`;
      if (change === 'removed') return `${MINUS}${text}`;
      return `${text} changed`;
    }
  }
};

export const formatDiffSummary = (summary: DiffSummary): string =>
  summary.length === 0 ? 'No changes' : summary.map(formatPart).join(', ');
