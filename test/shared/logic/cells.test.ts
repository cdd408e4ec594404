import { describe, expect, it } from 'vitest';
import { cellExists, cellItems, hasItemOrderGaps, normaliseItemOrder } from '../../../shared/logic';
import { edit, richMap, sparseCells } from './support';

describe('cellItems', () => {
  it('lists a cell first to last', () => {
    const map = richMap();
    const [first, second] = map.items.filter(
      (item) => item.stageId === 's-order' && item.laneId === 'l-pains',
    );
    if (!first || !second) throw new Error('the order/pains cell holds two items');
    [first.order, second.order] = [1, 0];
    expect(cellItems(map, 's-order', 'l-pains').map((item) => item.id)).toEqual(['i-substitute', 'i-slots']);
    expect(cellItems(map, 's-receive', 'l-pains')).toEqual([]);
  });
});

describe('cellExists', () => {
  it('needs both the stage and the lane', () => {
    expect(cellExists(richMap(), { stageId: 's-order', laneId: 'l-ideas' })).toBe(true);
    expect(cellExists(richMap(), { stageId: 's-order', laneId: 'l-gone' })).toBe(false);
  });
});

describe('normaliseItemOrder', () => {
  it('closes gaps and ties from a hand-written file, keeping each cell in sequence', () => {
    const loaded = richMap();
    for (const item of loaded.items) {
      if (item.id === 'i-ad') item.order = 4;
      if (item.id === 'i-landing') item.order = 9;
      if (item.id === 'i-slots' || item.id === 'i-substitute') item.order = 2;
    }
    const { map, result } = edit(loaded, (draft) => normaliseItemOrder(draft));
    expect(result).toBe(true);
    expect(sparseCells(map)).toEqual([]);
    expect(cellItems(map, 's-discover', 'l-touch').map((item) => item.id)).toEqual(['i-ad', 'i-landing']);
    expect(cellItems(map, 's-order', 'l-pains').map((item) => item.id)).toEqual(['i-slots', 'i-substitute']);
    expect(hasItemOrderGaps(loaded)).toBe(true);
    expect(hasItemOrderGaps(map)).toBe(false);
  });

  it('changes nothing on a map that is already dense', () => {
    const before = richMap();
    const { map, result } = edit(before, (draft) => normaliseItemOrder(draft));
    expect(result).toBe(false);
    expect(map).toBe(before);
    expect(hasItemOrderGaps(before)).toBe(false);
  });
});
