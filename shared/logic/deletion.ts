import type { JourneyMap } from '../model/schema';
import type { CellRef } from './cells';
import { renumberCell } from './cells';

/** What to delete: items themselves, or whole stages and lanes with every item in them. */
export interface DeletionTarget {
  readonly itemIds?: readonly string[];
  readonly stageIds?: readonly string[];
  readonly laneIds?: readonly string[];
}

/**
 * Everything one deletion removes or changes, each list in document order. Quotes survive the
 * deletion of the items they explain (they are evidence about the customer, not about the item);
 * they only lose those items from `itemIds`. Metrics, by contrast, measure their item or stage and
 * go with it.
 */
export interface DeletionSummary {
  readonly removedStageIds: readonly string[];
  readonly removedLaneIds: readonly string[];
  readonly removedItemIds: readonly string[];
  readonly removedLinkIds: readonly string[];
  readonly removedMetricIds: readonly string[];
  readonly unlinkedQuoteIds: readonly string[];
}

/**
 * Says what deleting `target` would take along, without touching the map, so the UI can ask
 * "Delete 3 items, 2 links and 1 metric?" before it happens. Ids that are not in the map are ignored.
 */
export const describeDeletion = (map: JourneyMap, target: DeletionTarget): DeletionSummary => {
  const stageIds = new Set(target.stageIds);
  const laneIds = new Set(target.laneIds);
  const itemIds = new Set(target.itemIds);
  const removedItemIds = map.items
    .filter((item) => itemIds.has(item.id) || stageIds.has(item.stageId) || laneIds.has(item.laneId))
    .map((item) => item.id);
  const removedItems = new Set(removedItemIds);
  return {
    removedStageIds: map.stages.filter((stage) => stageIds.has(stage.id)).map((stage) => stage.id),
    removedLaneIds: map.lanes.filter((lane) => laneIds.has(lane.id)).map((lane) => lane.id),
    removedItemIds,
    removedLinkIds: map.links
      .filter((link) => removedItems.has(link.from) || removedItems.has(link.to))
      .map((link) => link.id),
    removedMetricIds: map.metrics
      .filter(
        (metric) =>
          (metric.itemId !== undefined && removedItems.has(metric.itemId)) ||
          (metric.stageId !== undefined && stageIds.has(metric.stageId)),
      )
      .map((metric) => metric.id),
    unlinkedQuoteIds: map.quotes
      .filter((quote) => quote.itemIds.some((itemId) => removedItems.has(itemId)))
      .map((quote) => quote.id),
  };
};

/** Carries out a deletion `describeDeletion` described, and closes the gaps it leaves in cell order. */
export const applyDeletion = (map: JourneyMap, summary: DeletionSummary): void => {
  const removedItems = new Set(summary.removedItemIds);
  const touchedCells = new Map<string, CellRef>();
  for (const { id, stageId, laneId } of map.items) {
    if (removedItems.has(id)) touchedCells.set(JSON.stringify([stageId, laneId]), { stageId, laneId });
  }

  // Only reassign a collection when something leaves it, so an undo step holds no empty patches.
  const without = <T extends { readonly id: string }>(records: T[], removed: readonly string[]): T[] => {
    const gone = new Set(removed);
    return records.filter((record) => !gone.has(record.id));
  };
  if (summary.removedStageIds.length > 0) map.stages = without(map.stages, summary.removedStageIds);
  if (summary.removedLaneIds.length > 0) map.lanes = without(map.lanes, summary.removedLaneIds);
  if (summary.removedItemIds.length > 0) map.items = without(map.items, summary.removedItemIds);
  if (summary.removedLinkIds.length > 0) map.links = without(map.links, summary.removedLinkIds);
  if (summary.removedMetricIds.length > 0) map.metrics = without(map.metrics, summary.removedMetricIds);
  for (const quote of map.quotes) {
    if (quote.itemIds.some((itemId) => removedItems.has(itemId))) {
      quote.itemIds = quote.itemIds.filter((itemId) => !removedItems.has(itemId));
    }
  }
  // An opportunity outlives the friction it addressed; it only stops pointing at it.
  for (const item of map.items) {
    const addressed = item.addressesItemIds;
    if (addressed?.some((itemId) => removedItems.has(itemId)) === true) {
      const remaining = addressed.filter((itemId) => !removedItems.has(itemId));
      if (remaining.length > 0) item.addressesItemIds = remaining;
      else delete item.addressesItemIds;
    }
  }

  const removedStages = new Set(summary.removedStageIds);
  const removedLanes = new Set(summary.removedLaneIds);
  for (const cell of touchedCells.values()) {
    if (!removedStages.has(cell.stageId) && !removedLanes.has(cell.laneId)) renumberCell(map, cell);
  }
};
