import type { Item, JourneyMap } from '../model/schema';
import { clampIndex } from './collections';
import type { EditError } from './errors';
import { notFound } from './errors';

/** A cell of the grid: the crossing of a stage (column) and a lane (row). */
export interface CellRef {
  readonly stageId: string;
  readonly laneId: string;
}

export const sameCell = (a: CellRef, b: CellRef): boolean => a.stageId === b.stageId && a.laneId === b.laneId;

export const cellExists = (map: JourneyMap, cell: CellRef): boolean => cellProblem(map, cell) === null;

/** Why `cell` cannot take items (its stage or lane is gone, e.g. deleted since the drag began), or null. */
export const cellProblem = (map: JourneyMap, cell: CellRef): EditError | null => {
  if (!map.stages.some((stage) => stage.id === cell.stageId)) return notFound('stage', cell.stageId);
  if (!map.lanes.some((lane) => lane.id === cell.laneId)) return notFound('lane', cell.laneId);
  return null;
};

/**
 * The items of one cell, first to last. Ties in `order` (possible in a hand-edited file) fall back to
 * document order, so the result is the same on every call.
 */
export const cellItems = (map: JourneyMap, stageId: string, laneId: string): Item[] =>
  map.items
    .filter((item) => item.stageId === stageId && item.laneId === laneId)
    .sort((a, b) => a.order - b.order);

/** Gives the items of a cell the orders 0..n-1 in their current sequence. */
export const renumberCell = (map: JourneyMap, cell: CellRef): void => {
  cellItems(map, cell.stageId, cell.laneId).forEach((item, index) => {
    if (item.order !== index) item.order = index;
  });
};

/** Every cell's items in one pass over the map, each cell first to last (ties in document order). */
const itemsByCell = (items: readonly Item[]): Item[][] => {
  const cells = new Map<string, Item[]>();
  for (const item of items) {
    // A NUL cannot be part of an id the reader accepts, so the key is unambiguous.
    const key = `${item.stageId}\u0000${item.laneId}`;
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, [item]);
    else cell.push(item);
  }
  // `sort` is stable: equal orders keep document order, as in `cellItems`.
  return [...cells.values()].map((cell) => cell.sort((a, b) => a.order - b.order));
};

/** Whether some cell's orders are not 0..n-1 (a file written by someone else may have gaps). */
export const hasItemOrderGaps = (map: JourneyMap): boolean =>
  itemsByCell(map.items).some((cell) => cell.some((item, index) => item.order !== index));

/**
 * Makes `order` dense (0..n-1) in every cell, keeping each cell's sequence. Operations keep this
 * invariant; a file written by someone else may not have it, so the store runs this once on load.
 * One pass over the items (grouping by cell), not one per cell: it runs on every open of a map of
 * thousands of items (profiled: 450 ms at 2,000 items when each cell filtered the whole list).
 * Returns whether anything changed.
 */
export const normaliseItemOrder = (map: JourneyMap): boolean => {
  let changed = false;
  for (const cell of itemsByCell(map.items)) {
    cell.forEach((member, index) => {
      if (member.order !== index) {
        member.order = index;
        changed = true;
      }
    });
  }
  return changed;
};

/**
 * Puts `items` (already in the map) into `cell` as one block at `index`, counted among the cell's
 * items that are not being placed, and renumbers the target and every cell they left.
 */
export const placeInCell = (
  map: JourneyMap,
  items: readonly Item[],
  cell: CellRef,
  index: number | undefined,
): void => {
  const placedIds = new Set(items.map((item) => item.id));
  const leftCells = items
    .filter((item) => !sameCell(item, cell))
    .map(({ stageId, laneId }) => ({ stageId, laneId }));
  const staying = cellItems(map, cell.stageId, cell.laneId).filter((item) => !placedIds.has(item.id));
  const at = clampIndex(index, staying.length);
  const sequence = [...staying.slice(0, at), ...items, ...staying.slice(at)];
  sequence.forEach((item, order) => {
    if (item.stageId !== cell.stageId) item.stageId = cell.stageId;
    if (item.laneId !== cell.laneId) item.laneId = cell.laneId;
    if (item.order !== order) item.order = order;
  });
  for (const left of leftCells) renumberCell(map, left);
};

/**
 * `items` in the order a reader meets them on the map: stage by stage, lane by lane, then by order.
 * Multi-item operations keep this order, so a moved or pasted block reads as it did.
 */
export const inReadingOrder = <T extends Item>(map: JourneyMap, items: readonly T[]): T[] => {
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
  const position = (item: Item): [number, number, number] => [
    stageIndex.get(item.stageId) ?? Number.MAX_SAFE_INTEGER,
    laneIndex.get(item.laneId) ?? Number.MAX_SAFE_INTEGER,
    item.order,
  ];
  return [...items].sort((a, b) => {
    const [aStage, aLane, aOrder] = position(a);
    const [bStage, bLane, bOrder] = position(b);
    return aStage - bStage || aLane - bLane || aOrder - bOrder;
  });
};
