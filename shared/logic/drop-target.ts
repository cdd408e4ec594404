import type { MapLayout } from './layout';

/** Where a dragged card lands: a cell of the grid and its position among the cell's other cards. */
export interface DropTarget {
  readonly stageId: string;
  readonly laneId: string;
  readonly columnIndex: number;
  readonly rowIndex: number;
  /** Index among the cell's items that are not being moved (what `moveItems` expects). */
  readonly index: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The column or row whose span holds `value`; spans are sorted and touch, so a scan finds it. */
function spanIndexAt<T>(
  spans: readonly T[],
  value: number,
  start: (span: T) => number,
  size: (span: T) => number,
) {
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index];
    if (span !== undefined && value >= start(span) && value < start(span) + size(span)) return index;
  }
  return -1;
}

/**
 * The cell under `point` (in canvas coordinates) and the index the moved cards take in it: before
 * the first staying card whose middle is below the point. Null outside every cell (over a header or
 * beyond the grid), where a drop snaps back. Linear in the number of placed items, run once per drop.
 */
export function dropTargetAt(
  layout: MapLayout,
  point: Point,
  movingItemIds: ReadonlySet<string> = new Set(),
): DropTarget | null {
  const columnIndex = spanIndexAt(
    layout.columns,
    point.x,
    (column) => column.x,
    (column) => column.width,
  );
  const rowIndex = spanIndexAt(
    layout.rows,
    point.y,
    (row) => row.y,
    (row) => row.height,
  );
  const column = layout.columns[columnIndex];
  const row = layout.rows[rowIndex];
  if (column === undefined || row === undefined) return null;

  let index = 0;
  for (const placement of layout.items.values()) {
    if (placement.columnIndex !== columnIndex || placement.rowIndex !== rowIndex) continue;
    if (movingItemIds.has(placement.itemId)) continue;
    if (placement.y + placement.height / 2 < point.y) index += 1;
  }
  return { stageId: column.stageId, laneId: row.laneId, columnIndex, rowIndex, index };
}
