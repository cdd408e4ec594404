import type { JourneyMap } from '../model';

/**
 * The journey grid: stages are columns, lanes are rows, and an item's cell and `order` give its
 * position (FORMAT.md: there are no free coordinates in version 1). Pure and linear in the number of
 * items (plus the sort inside each cell), so the canvas can recompute it on every edit of a large map.
 */

export interface GridMetrics {
  /** Width of the column of lane names on the left. */
  readonly laneHeaderWidth: number;
  /** Height of the row of stage names at the top. */
  readonly stageHeaderHeight: number;
  /** Width of every stage column. */
  readonly columnWidth: number;
  /** Space between a cell's border and the items inside it. */
  readonly cellPadding: number;
  readonly itemHeight: number;
  /** Vertical space between two items stacked in one cell. */
  readonly itemGap: number;
  /** A lane with no items (or few) still gets this much height, so it stays a visible target. */
  readonly minRowHeight: number;
  /**
   * Minimum height of a lane of kind `emotions`: it draws the emotion curve across its cells, which
   * needs room for five distinct levels. Absent: such a lane is sized like any other.
   */
  readonly emotionRowHeight?: number;
}

export const DEFAULT_GRID_METRICS: GridMetrics = {
  laneHeaderWidth: 200,
  stageHeaderHeight: 76,
  columnWidth: 240,
  cellPadding: 12,
  itemHeight: 76,
  itemGap: 10,
  minRowHeight: 100,
  emotionRowHeight: 180,
};

export interface ColumnLayout {
  readonly stageId: string;
  readonly index: number;
  readonly x: number;
  readonly width: number;
}

export interface RowLayout {
  readonly laneId: string;
  readonly index: number;
  readonly y: number;
  readonly height: number;
}

export interface ItemPlacement {
  readonly itemId: string;
  readonly columnIndex: number;
  readonly rowIndex: number;
  /** Position of the item inside its cell after sorting, 0 first. */
  readonly slot: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapLayout {
  readonly metrics: GridMetrics;
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowLayout[];
  /** Placed items by id. */
  readonly items: ReadonlyMap<string, ItemPlacement>;
  /**
   * Items whose stage or lane does not exist. A validated file has none, but a map in the middle of
   * an edit (a stage just deleted) may, and the canvas must keep drawing the rest.
   */
  readonly unplacedItemIds: readonly string[];
  /** Size of the whole grid, headers included. */
  readonly width: number;
  readonly height: number;
}

export type LayoutInput = Pick<JourneyMap, 'stages' | 'lanes' | 'items'>;

/** `order` is a whole number in a valid file; anything else sorts last instead of breaking the sort. */
function sortableOrder(order: number): number {
  return Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER;
}

/** First occurrence wins, so a duplicated id cannot move a column that is already placed. */
function indexById(records: readonly { readonly id: string }[]): Map<string, number> {
  const indices = new Map<string, number>();
  records.forEach((record, index) => {
    if (!indices.has(record.id)) indices.set(record.id, index);
  });
  return indices;
}

export function cellContentHeight(itemCount: number, metrics: GridMetrics): number {
  if (itemCount === 0) return 0;
  return 2 * metrics.cellPadding + itemCount * metrics.itemHeight + (itemCount - 1) * metrics.itemGap;
}

export function layoutMap(map: LayoutInput, metrics: GridMetrics = DEFAULT_GRID_METRICS): MapLayout {
  const columnOf = indexById(map.stages);
  const rowOf = indexById(map.lanes);
  const columnCount = map.stages.length;
  const rowCount = map.lanes.length;

  // One bucket of item indices per cell, filled in array order so a stable sort keeps ties in it.
  const cells: number[][] = Array.from({ length: columnCount * rowCount }, () => []);
  const unplacedItemIds: string[] = [];
  map.items.forEach((item, itemIndex) => {
    const column = columnOf.get(item.stageId);
    const row = rowOf.get(item.laneId);
    const cell = column === undefined || row === undefined ? undefined : cells[row * columnCount + column];
    if (cell === undefined) {
      unplacedItemIds.push(item.id);
      return;
    }
    cell.push(itemIndex);
  });

  const rowHeights = map.lanes.map((lane) =>
    lane.kind === 'emotions'
      ? Math.max(metrics.minRowHeight, metrics.emotionRowHeight ?? 0)
      : metrics.minRowHeight,
  );
  cells.forEach((cell, cellIndex) => {
    if (cell.length > 1) {
      cell.sort((a, b) => sortableOrder(map.items[a]?.order ?? 0) - sortableOrder(map.items[b]?.order ?? 0));
    }
    // `cells` is empty when there are no columns, so the division is safe.
    const row = Math.floor(cellIndex / columnCount);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, cellContentHeight(cell.length, metrics));
  });

  const columns: ColumnLayout[] = map.stages.map((stage, index) => ({
    stageId: stage.id,
    index,
    x: metrics.laneHeaderWidth + index * metrics.columnWidth,
    width: metrics.columnWidth,
  }));

  const rows: RowLayout[] = [];
  let nextRowY = metrics.stageHeaderHeight;
  map.lanes.forEach((lane, index) => {
    const height = rowHeights[index] ?? metrics.minRowHeight;
    rows.push({ laneId: lane.id, index, y: nextRowY, height });
    nextRowY += height;
  });

  const items = new Map<string, ItemPlacement>();
  const itemWidth = metrics.columnWidth - 2 * metrics.cellPadding;
  cells.forEach((cell, cellIndex) => {
    const rowIndex = Math.floor(cellIndex / columnCount);
    const columnIndex = cellIndex % columnCount;
    const column = columns[columnIndex];
    const row = rows[rowIndex];
    if (column === undefined || row === undefined) return;
    cell.forEach((itemIndex, slot) => {
      const item = map.items[itemIndex];
      if (item === undefined || items.has(item.id)) return;
      items.set(item.id, {
        itemId: item.id,
        columnIndex,
        rowIndex,
        slot,
        x: column.x + metrics.cellPadding,
        y: row.y + metrics.cellPadding + slot * (metrics.itemHeight + metrics.itemGap),
        width: itemWidth,
        height: metrics.itemHeight,
      });
    });
  });

  return {
    metrics,
    columns,
    rows,
    items,
    unplacedItemIds,
    width: metrics.laneHeaderWidth + columnCount * metrics.columnWidth,
    height: nextRowY,
  };
}
