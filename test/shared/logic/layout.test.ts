import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID_METRICS, cellContentHeight, layoutMap } from '../../../shared/logic/layout';
import type { GridMetrics, LayoutInput } from '../../../shared/logic/layout';
import type { Item, Lane, Stage } from '../../../shared/model';

const metrics: GridMetrics = {
  laneHeaderWidth: 100,
  stageHeaderHeight: 50,
  columnWidth: 200,
  cellPadding: 10,
  itemHeight: 40,
  itemGap: 5,
  minRowHeight: 80,
};

const stage = (id: string): Stage => ({ id, name: `Stage ${id}` });
const lane = (id: string): Lane => ({ id, name: `Lane ${id}`, kind: 'touchpoints' });
const item = (id: string, stageId: string, laneId: string, order: number): Item => ({
  id,
  kind: 'touchpoint',
  stageId,
  laneId,
  order,
  title: `Item ${id}`,
});

function mapOf(items: Item[], stages = ['s1', 's2', 's3'], lanes = ['l1', 'l2']): LayoutInput {
  return { stages: stages.map(stage), lanes: lanes.map(lane), items };
}

function placementOf(layout: ReturnType<typeof layoutMap>, id: string) {
  const placement = layout.items.get(id);
  if (placement === undefined) throw new Error(`item ${id} was not placed`);
  return placement;
}

describe('layoutMap', () => {
  it('puts stages in columns and lanes in rows, in array order, after the header column and row', () => {
    const layout = layoutMap(mapOf([]), metrics);

    expect(layout.columns.map((column) => [column.stageId, column.x, column.width])).toEqual([
      ['s1', metrics.laneHeaderWidth, metrics.columnWidth],
      ['s2', metrics.laneHeaderWidth + metrics.columnWidth, metrics.columnWidth],
      ['s3', metrics.laneHeaderWidth + 2 * metrics.columnWidth, metrics.columnWidth],
    ]);
    expect(layout.rows.map((row) => [row.laneId, row.y, row.height])).toEqual([
      ['l1', metrics.stageHeaderHeight, metrics.minRowHeight],
      ['l2', metrics.stageHeaderHeight + metrics.minRowHeight, metrics.minRowHeight],
    ]);
    expect(layout.width).toBe(metrics.laneHeaderWidth + 3 * metrics.columnWidth);
    expect(layout.height).toBe(metrics.stageHeaderHeight + 2 * metrics.minRowHeight);
  });

  it('places an item inside the cell of its stage and lane', () => {
    const layout = layoutMap(mapOf([item('a', 's2', 'l2', 0)]), metrics);
    const placement = placementOf(layout, 'a');
    const column = layout.columns[1];
    const row = layout.rows[1];

    expect(placement).toMatchObject({ columnIndex: 1, rowIndex: 1, slot: 0 });
    expect(placement.x).toBe((column?.x ?? Number.NaN) + metrics.cellPadding);
    expect(placement.y).toBe((row?.y ?? Number.NaN) + metrics.cellPadding);
    expect(placement.width).toBe(metrics.columnWidth - 2 * metrics.cellPadding);
    expect(placement.height).toBe(metrics.itemHeight);
  });

  it('stacks the items of one cell by order, whatever their order in the array', () => {
    const layout = layoutMap(
      mapOf([item('third', 's1', 'l1', 2), item('first', 's1', 'l1', 0), item('second', 's1', 'l1', 1)]),
      metrics,
    );
    const [first, second, third] = ['first', 'second', 'third'].map((id) => placementOf(layout, id));
    if (!first || !second || !third) throw new Error('three items were placed');

    expect([first.slot, second.slot, third.slot]).toEqual([0, 1, 2]);
    expect(second.y - first.y).toBe(metrics.itemHeight + metrics.itemGap);
    expect(third.y - second.y).toBe(metrics.itemHeight + metrics.itemGap);
    expect(new Set([first.x, second.x, third.x]).size).toBe(1);
  });

  it('breaks ties in order by array order, the same way every time', () => {
    const map = mapOf([item('b', 's1', 'l1', 1), item('x', 's1', 'l1', 0), item('a', 's1', 'l1', 1)]);
    const slotsOf = (layout: ReturnType<typeof layoutMap>) =>
      ['x', 'b', 'a'].map((id) => placementOf(layout, id).slot);

    expect(slotsOf(layoutMap(map, metrics))).toEqual([0, 1, 2]);
    expect(slotsOf(layoutMap(map, metrics))).toEqual([0, 1, 2]);
  });

  it('grows a row to fit its fullest cell and moves the rows below it down', () => {
    const crowded = Array.from({ length: 4 }, (_, order) => item(`i${order}`, 's3', 'l1', order));
    const layout = layoutMap(mapOf([...crowded, item('lonely', 's1', 'l2', 0)]), metrics);
    const expectedHeight = cellContentHeight(4, metrics);

    expect(expectedHeight).toBeGreaterThan(metrics.minRowHeight);
    expect(layout.rows[0]?.height).toBe(expectedHeight);
    expect(layout.rows[1]?.y).toBe(metrics.stageHeaderHeight + expectedHeight);
    expect(placementOf(layout, 'lonely').y).toBe(
      metrics.stageHeaderHeight + expectedHeight + metrics.cellPadding,
    );
    expect(layout.height).toBe(metrics.stageHeaderHeight + expectedHeight + metrics.minRowHeight);
  });

  it('keeps every stacked item inside its row', () => {
    const items = Array.from({ length: 7 }, (_, order) => item(`i${order}`, 's2', 'l2', order));
    const layout = layoutMap(mapOf(items), metrics);
    const row = layout.rows[1];
    if (row === undefined) throw new Error('no second row');

    for (const placement of layout.items.values()) {
      expect(placement.y).toBeGreaterThanOrEqual(row.y);
      expect(placement.y + placement.height).toBeLessThanOrEqual(row.y + row.height);
    }
  });

  it('leaves items with an unknown stage or lane out instead of crashing', () => {
    const layout = layoutMap(
      mapOf([item('ok', 's1', 'l1', 0), item('no-stage', 'gone', 'l1', 0), item('no-lane', 's1', 'gone', 1)]),
      metrics,
    );

    expect([...layout.items.keys()]).toEqual(['ok']);
    expect(layout.unplacedItemIds).toEqual(['no-stage', 'no-lane']);
  });

  it('copes with a map without stages or lanes', () => {
    const layout = layoutMap(mapOf([item('a', 's1', 'l1', 0)], [], []), metrics);

    expect(layout.columns).toEqual([]);
    expect(layout.rows).toEqual([]);
    expect(layout.unplacedItemIds).toEqual(['a']);
    expect(layout.width).toBe(metrics.laneHeaderWidth);
    expect(layout.height).toBe(metrics.stageHeaderHeight);
  });

  it('uses the default metrics when none are given', () => {
    const layout = layoutMap(mapOf([item('a', 's1', 'l1', 0)]));

    expect(layout.metrics).toBe(DEFAULT_GRID_METRICS);
    expect(placementOf(layout, 'a').x).toBe(
      DEFAULT_GRID_METRICS.laneHeaderWidth + DEFAULT_GRID_METRICS.cellPadding,
    );
  });

  it('lays out 2,000 items with no two items overlapping', () => {
    const stages = Array.from({ length: 20 }, (_, index) => `s${index}`);
    const lanes = Array.from({ length: 8 }, (_, index) => `l${index}`);
    const items = Array.from({ length: 2000 }, (_, index) =>
      item(`i${index}`, `s${index % 20}`, `l${Math.floor(index / 20) % 8}`, Math.floor(index / 160)),
    );
    const layout = layoutMap(mapOf(items, stages, lanes), metrics);

    expect(layout.items.size).toBe(2000);
    const corners = new Set([...layout.items.values()].map((placement) => `${placement.x},${placement.y}`));
    expect(corners.size).toBe(2000);
  });
});

describe('layoutMap for an emotions lane', () => {
  it('gives the lane of kind emotions room for the curve, and no other lane', () => {
    const input: LayoutInput = {
      stages: [stage('s1')],
      lanes: [lane('l1'), { id: 'l2', name: 'Feelings', kind: 'emotions' }],
      items: [],
    };
    const layout = layoutMap(input, { ...metrics, emotionRowHeight: 150 });

    expect(layout.rows.map((row) => row.height)).toEqual([metrics.minRowHeight, 150]);
  });
});
