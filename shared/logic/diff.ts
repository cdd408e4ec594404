/**
 * What changed between two revisions of a map (issue "Living maps"): the compare view outlines added
 * records, shows removed ones as ghosts and lists each changed record's fields. Records are matched by
 * `id`, never by position or title, so a renamed stage is "renamed", not "removed and added".
 *
 * Deterministic: added and changed records come in `after`'s document order, removed ones in `before`'s.
 * Index maps keep it linear in the size of the maps (plus n log n for the order analysis), which the
 * history panel needs when it diffs neighbouring revisions of a large map.
 */
import type { Item, JourneyMap, Lane, Link, Metric, Persona, Quote, Stage } from '../model/schema';
import type { MetricSeriesRow } from './diff-metrics';
import { diffMetricSeries } from './diff-metrics';
import { movedIds } from './diff-order';
import type { FieldChange, FieldComparison } from './diff-values';
import { fieldChanges } from './diff-values';

export type { FieldChange } from './diff-values';

/** A record present in both versions with at least one field changed. */
export interface RecordChange<T> {
  readonly id: string;
  readonly before: T;
  readonly after: T;
  readonly changes: readonly FieldChange[];
}

export interface CollectionDiff<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
  readonly changed: readonly RecordChange<T>[];
}

/**
 * Field names of changes the diff derives rather than reads off one property:
 * - `cell` (items): moved to another stage or lane; `before`/`after` are `{ stageId, laneId }`.
 * - `order` (items): same cell, but its place among the cell's surviving items changed; `before`/`after`
 *   are the `order` values. Items that only shifted because a sibling came or went are not reported.
 * - `position` (stages, lanes): its place among the stages (lanes) present in both versions changed;
 *   `before`/`after` are array indexes.
 */
export const CELL_FIELD = 'cell';
export const ORDER_FIELD = 'order';
export const POSITION_FIELD = 'position';

export interface MapDiff {
  /** The map's own fields: title, description and unknown extra properties. */
  readonly map: readonly FieldChange[];
  readonly personas: CollectionDiff<Persona>;
  readonly stages: CollectionDiff<Stage>;
  readonly lanes: CollectionDiff<Lane>;
  readonly items: CollectionDiff<Item>;
  readonly links: CollectionDiff<Link>;
  /** Metric snapshots; how each series moved is `diffMetricSeries`. */
  readonly metrics: CollectionDiff<Metric>;
  readonly quotes: CollectionDiff<Quote>;
  /**
   * Every metric series of either version with its latest value on each side (`diffMetricSeries`),
   * unchanged ones included: the metrics table shows them all. Not part of `isEmptyDiff`, since equal
   * snapshots give equal rows.
   */
  readonly metricSeries: readonly MetricSeriesRow[];
}

// `updatedAt` changes on every save, so it would make every pair of revisions differ; `id` and
// `createdAt` identify the map rather than describe it. Collections are diffed on their own.
const MAP_FIELDS: FieldComparison = {
  known: ['title', 'description'],
  ignored: [
    'id',
    'createdAt',
    'updatedAt',
    'personas',
    'stages',
    'lanes',
    'items',
    'links',
    'metrics',
    'quotes',
  ],
};
const PERSONA_FIELDS: FieldComparison = {
  known: ['name', 'segment', 'goals', 'needs', 'frustrations'],
  ignored: ['id'],
};
const STAGE_FIELDS: FieldComparison = { known: ['name', 'goal', 'description'], ignored: ['id'] };
const LANE_FIELDS: FieldComparison = { known: ['name', 'kind'], ignored: ['id'] };
const ITEM_FIELDS: FieldComparison = {
  known: [
    'title',
    'description',
    'kind',
    'channel',
    'owner',
    'emotion',
    'effort',
    'success',
    'severity',
    'personaIds',
  ],
  idSets: ['personaIds'],
  ignored: ['id', 'stageId', 'laneId', 'order'],
};
const LINK_FIELDS: FieldComparison = { known: ['from', 'to', 'label'], ignored: ['id'] };
const METRIC_FIELDS: FieldComparison = {
  known: ['kind', 'name', 'value', 'unit', 'target', 'takenAt', 'itemId', 'stageId', 'sampleSize', 'source'],
  ignored: ['id'],
};
const QUOTE_FIELDS: FieldComparison = {
  known: ['text', 'source', 'capturedAt', 'sentiment', 'personaId', 'itemIds'],
  idSets: ['itemIds'],
  ignored: ['id'],
};

/** First record per id: a file with a duplicate id is invalid, but the diff must still not throw. */
const indexById = <T extends { readonly id: string }>(records: readonly T[]): Map<string, T> => {
  const index = new Map<string, T>();
  for (const record of records) if (!index.has(record.id)) index.set(record.id, record);
  return index;
};

const diffCollection = <T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
  compare: (was: T, now: T) => FieldChange[],
): CollectionDiff<T> => {
  const beforeById = indexById(before);
  const afterById = indexById(after);
  const added: T[] = [];
  const changed: RecordChange<T>[] = [];
  for (const [id, now] of afterById) {
    const was = beforeById.get(id);
    if (was === undefined) {
      added.push(now);
      continue;
    }
    const changes = compare(was, now);
    if (changes.length > 0) changed.push({ id, before: was, after: now, changes });
  }
  const removed = [...beforeById].filter(([id]) => !afterById.has(id)).map(([, was]) => was);
  return { added, removed, changed };
};

/** Diffs an ordered list (stages, lanes) whose records also report a `position` change. */
const diffOrderedCollection = <T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
  comparison: FieldComparison,
): CollectionDiff<T> => {
  const moved = new Set(
    movedIds(
      before.map((record) => record.id),
      after.map((record) => record.id),
    ),
  );
  const beforeIndex = new Map(before.map((record, index) => [record.id, index]));
  const afterIndex = new Map(after.map((record, index) => [record.id, index]));
  return diffCollection(before, after, (was, now) => {
    const changes = fieldChanges(was, now, comparison);
    if (!moved.has(now.id)) return changes;
    const position = {
      field: POSITION_FIELD,
      before: beforeIndex.get(was.id),
      after: afterIndex.get(now.id),
    };
    return [position, ...changes];
  });
};

const cellKey = (item: Item): string => JSON.stringify([item.stageId, item.laneId]);

/**
 * Ids of the items that stayed in their cell but changed place among the cell's other stayers. Items
 * that came, went or changed cell are left out on both sides, so they never make a sibling "move".
 */
const reorderedItemIds = (before: readonly Item[], after: readonly Item[]): Set<string> => {
  const beforeById = indexById(before);
  const stays = (item: Item): boolean => {
    const was = beforeById.get(item.id);
    return was !== undefined && cellKey(was) === cellKey(item);
  };
  const stayers = new Set(after.filter(stays).map((item) => item.id));
  // A cell's items first to last; ties in `order` fall back to document order, as on the canvas.
  const sequences = (items: readonly Item[]): Map<string, string[]> => {
    const byCell = new Map<string, { id: string; order: number; index: number }[]>();
    items.forEach((item, index) => {
      if (!stayers.has(item.id)) return;
      const key = cellKey(item);
      const cell = byCell.get(key) ?? [];
      if (cell.length === 0) byCell.set(key, cell);
      cell.push({ id: item.id, order: item.order, index });
    });
    const result = new Map<string, string[]>();
    for (const [key, cell] of byCell) {
      cell.sort((a, b) => a.order - b.order || a.index - b.index);
      result.set(
        key,
        cell.map((entry) => entry.id),
      );
    }
    return result;
  };
  const beforeCells = sequences(before);
  const reordered = new Set<string>();
  for (const [key, afterSequence] of sequences(after)) {
    for (const id of movedIds(beforeCells.get(key) ?? [], afterSequence)) reordered.add(id);
  }
  return reordered;
};

const diffItems = (before: readonly Item[], after: readonly Item[]): CollectionDiff<Item> => {
  const reordered = reorderedItemIds(before, after);
  return diffCollection(before, after, (was, now) => {
    const placement: FieldChange[] = [];
    if (was.stageId !== now.stageId || was.laneId !== now.laneId) {
      placement.push({
        field: CELL_FIELD,
        before: { stageId: was.stageId, laneId: was.laneId },
        after: { stageId: now.stageId, laneId: now.laneId },
      });
    } else if (reordered.has(now.id)) {
      placement.push({ field: ORDER_FIELD, before: was.order, after: now.order });
    }
    return [...placement, ...fieldChanges(was, now, ITEM_FIELDS)];
  });
};

const comparing =
  (comparison: FieldComparison) =>
  <T extends object>(was: T, now: T): FieldChange[] =>
    fieldChanges(
      was as Readonly<Record<string, unknown>>,
      now as Readonly<Record<string, unknown>>,
      comparison,
    );

export const diffMaps = (before: JourneyMap, after: JourneyMap): MapDiff => ({
  map: fieldChanges(before, after, MAP_FIELDS),
  personas: diffCollection(before.personas, after.personas, comparing(PERSONA_FIELDS)),
  stages: diffOrderedCollection(before.stages, after.stages, STAGE_FIELDS),
  lanes: diffOrderedCollection(before.lanes, after.lanes, LANE_FIELDS),
  items: diffItems(before.items, after.items),
  links: diffCollection(before.links, after.links, comparing(LINK_FIELDS)),
  metrics: diffCollection(before.metrics, after.metrics, comparing(METRIC_FIELDS)),
  quotes: diffCollection(before.quotes, after.quotes, comparing(QUOTE_FIELDS)),
  metricSeries: diffMetricSeries(before, after),
});

const COLLECTIONS = ['personas', 'stages', 'lanes', 'items', 'links', 'metrics', 'quotes'] as const;

export const isEmptyDiff = (diff: MapDiff): boolean =>
  diff.map.length === 0 &&
  COLLECTIONS.every((name) => {
    const collection: CollectionDiff<unknown> = diff[name];
    return (
      collection.added.length === 0 && collection.removed.length === 0 && collection.changed.length === 0
    );
  });
