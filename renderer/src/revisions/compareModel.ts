import { diffMaps, emotionCurve } from '../../../shared/logic';
import type { EmotionPoint, MapDiff } from '../../../shared/logic';
import type { Item, JourneyMap } from '../../../shared/model';

/** How a record of the compared maps fared between the two sides. */
export type ChangeStatus = 'added' | 'removed' | 'changed';

/** Status of every record that differs, by id; records absent here are unchanged. */
export interface ChangeMarks {
  readonly items: ReadonlyMap<string, ChangeStatus>;
  readonly stages: ReadonlyMap<string, ChangeStatus>;
  readonly lanes: ReadonlyMap<string, ChangeStatus>;
}

export const NO_MARKS: ChangeMarks = { items: new Map(), stages: new Map(), lanes: new Map() };

export interface Comparison {
  readonly diff: MapDiff;
  /**
   * What the canvas draws: the `after` map plus ghosts of what `before` had and `after` lost. Removed
   * stages and lanes come after the surviving ones (an extra column or row), removed items at the end
   * of their old cell, so the surviving layout reads exactly as the `after` map.
   */
  readonly display: JourneyMap;
  readonly marks: ChangeMarks;
  /** Both sides' emotion curves, one point per stage of `display`. */
  readonly emotion: ComparedEmotion;
}

/**
 * The emotion curve of each side, laid on the stages of the compared canvas (in its order): a stage
 * that only one side has is a gap in the other's curve. Each side's curve is taken from its own map,
 * never from the display's ghosts, so removed cards do not count towards "after".
 */
export interface ComparedEmotion {
  readonly before: readonly EmotionPoint[];
  readonly after: readonly EmotionPoint[];
}

/** `map`'s curve, one point per stage of `stages`; a stage `map` lacks has no score. */
export function curveOnStages(map: JourneyMap, stages: readonly { readonly id: string }[]): EmotionPoint[] {
  const byStage = new Map(emotionCurve(map).map((point) => [point.stageId, point]));
  return stages.map((stage) => byStage.get(stage.id) ?? { stageId: stage.id, mean: null, count: 0 });
}

function statusesOf(collection: {
  readonly added: readonly { id: string }[];
  readonly removed: readonly { id: string }[];
  readonly changed: readonly { id: string }[];
}): Map<string, ChangeStatus> {
  const statuses = new Map<string, ChangeStatus>();
  for (const record of collection.added) statuses.set(record.id, 'added');
  for (const record of collection.removed) statuses.set(record.id, 'removed');
  for (const record of collection.changed) statuses.set(record.id, 'changed');
  return statuses;
}

/** Ids of items whose links changed: a card whose only edit is a new arrow still reads "changed". */
function itemsWithLinkChanges(diff: MapDiff): Set<string> {
  const ids = new Set<string>();
  for (const link of [...diff.links.added, ...diff.links.removed]) {
    ids.add(link.from);
    ids.add(link.to);
  }
  for (const change of diff.links.changed) {
    for (const link of [change.before, change.after]) {
      ids.add(link.from);
      ids.add(link.to);
    }
  }
  return ids;
}

function ghostItems(before: JourneyMap, removed: readonly Item[], after: JourneyMap): Item[] {
  // Past the last order of each cell, in `before`'s order, so ghosts follow what is still there.
  const lastOrder = new Map<string, number>();
  const cellKey = (item: Pick<Item, 'stageId' | 'laneId'>) => `${item.stageId}\u0000${item.laneId}`;
  for (const item of after.items) {
    const key = cellKey(item);
    lastOrder.set(key, Math.max(lastOrder.get(key) ?? -1, Number.isFinite(item.order) ? item.order : 0));
  }
  const beforeIndex = new Map(before.items.map((item, index) => [item.id, index]));
  return [...removed]
    .sort((a, b) => (beforeIndex.get(a.id) ?? 0) - (beforeIndex.get(b.id) ?? 0))
    .map((item) => {
      const key = cellKey(item);
      const order = (lastOrder.get(key) ?? -1) + 1;
      lastOrder.set(key, order);
      return { ...item, order };
    });
}

export function compareMaps(before: JourneyMap, after: JourneyMap): Comparison {
  const diff = diffMaps(before, after);
  const items = statusesOf(diff.items);
  for (const id of itemsWithLinkChanges(diff)) if (!items.has(id)) items.set(id, 'changed');
  const display: JourneyMap = {
    ...after,
    stages: [...after.stages, ...diff.stages.removed],
    lanes: [...after.lanes, ...diff.lanes.removed],
    items: [...after.items, ...ghostItems(before, diff.items.removed, after)],
    // Links of ghosts are listed in the panel; drawing them would cross the surviving map.
    links: after.links,
  };
  return {
    diff,
    display,
    marks: { items, stages: statusesOf(diff.stages), lanes: statusesOf(diff.lanes) },
    emotion: {
      before: curveOnStages(before, display.stages),
      after: curveOnStages(after, display.stages),
    },
  };
}
