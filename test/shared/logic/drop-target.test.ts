import { describe, expect, it } from 'vitest';
import { dropTargetAt } from '../../../shared/logic/drop-target';
import { layoutMap } from '../../../shared/logic/layout';
import type { GridMetrics } from '../../../shared/logic/layout';
import type { Item } from '../../../shared/model';

const metrics: GridMetrics = {
  laneHeaderWidth: 100,
  stageHeaderHeight: 50,
  columnWidth: 200,
  cellPadding: 10,
  itemHeight: 40,
  itemGap: 10,
  minRowHeight: 100,
};

const item = (id: string, stageId: string, laneId: string, order: number): Item => ({
  id,
  kind: 'touchpoint',
  stageId,
  laneId,
  order,
  title: id,
});

// Column s1: x 100–300, s2: 300–500. Lane l1: y 50–, l2 below it. Cell (s1, l1) holds a, b, c.
const layout = layoutMap(
  {
    stages: [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' },
    ],
    lanes: [
      { id: 'l1', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'l2', name: 'Pains', kind: 'pains' },
    ],
    items: [item('a', 's1', 'l1', 0), item('b', 's1', 'l1', 1), item('c', 's1', 'l1', 2)],
  },
  metrics,
);

describe('dropTargetAt', () => {
  it('finds the cell under the point by stage and lane', () => {
    const l2 = layout.rows[1];
    if (l2 === undefined) throw new Error('no second row');
    expect(dropTargetAt(layout, { x: 350, y: l2.y + 5 })).toEqual({
      stageId: 's2',
      laneId: 'l2',
      columnIndex: 1,
      rowIndex: 1,
      index: 0,
    });
  });

  it('counts the cards whose middle is above the point to find the index', () => {
    // a: y 60–100 (middle 80), b: 110–150 (130), c: 160–200 (180).
    expect(dropTargetAt(layout, { x: 150, y: 55 })?.index).toBe(0);
    expect(dropTargetAt(layout, { x: 150, y: 120 })?.index).toBe(1);
    expect(dropTargetAt(layout, { x: 150, y: 170 })?.index).toBe(2);
    expect(dropTargetAt(layout, { x: 150, y: 205 })?.index).toBe(3);
  });

  it('does not count the cards being moved, so reordering within a cell lands where dropped', () => {
    // Dragging a below c: among the staying b and c, it goes last.
    expect(dropTargetAt(layout, { x: 150, y: 205 }, new Set(['a']))?.index).toBe(2);
    expect(dropTargetAt(layout, { x: 150, y: 140 }, new Set(['a']))?.index).toBe(1);
  });

  it('returns null over the headers and outside the grid, where a drop snaps back', () => {
    expect(dropTargetAt(layout, { x: 50, y: 120 })).toBeNull();
    expect(dropTargetAt(layout, { x: 150, y: 20 })).toBeNull();
    expect(dropTargetAt(layout, { x: 550, y: 120 })).toBeNull();
    expect(dropTargetAt(layout, { x: 150, y: layout.height + 1 })).toBeNull();
  });
});
