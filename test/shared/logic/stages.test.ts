import { describe, expect, it } from 'vitest';
import {
  addStage,
  deleteStage,
  describeDeletion,
  moveStage,
  renameStage,
  setStageDescription,
  setStageGoal,
} from '../../../shared/logic';
import { edit, expectValid, richMap } from './support';

const stageNames = (map: ReturnType<typeof richMap>) => map.stages.map((stage) => stage.name);

describe('addStage', () => {
  it('inserts an empty column at the index', () => {
    const { map, result } = edit(richMap(), (draft) =>
      addStage(draft, { id: 's-compare', name: 'Compare', goal: 'Pick a shop' }, 1),
    );
    expect(result).toEqual({ ok: true, value: { index: 1 } });
    expect(stageNames(map)).toEqual(['Discover', 'Compare', 'Order', 'Receive']);
    expect(map.stages[1]).toEqual({ id: 's-compare', name: 'Compare', goal: 'Pick a shop' });
    expectValid(map);
  });

  it('appends when no index is given or the index is past the end', () => {
    const appended = edit(richMap(), (draft) => addStage(draft, { id: 's-a', name: 'Return' })).map;
    expect(stageNames(appended).at(-1)).toBe('Return');
    const clamped = edit(richMap(), (draft) => addStage(draft, { id: 's-b', name: 'Return' }, 99));
    expect(clamped.result).toEqual({ ok: true, value: { index: 3 } });
  });

  it('refuses an id another record already has, and changes nothing', () => {
    const before = richMap();
    const { map, result } = edit(before, (draft) => addStage(draft, { id: 'i-ad', name: 'Clash' }));
    expect(result).toEqual({ ok: false, error: { reason: 'id-taken', id: 'i-ad' } });
    expect(map).toBe(before);
  });

  it('refuses an empty id and a name longer than the format allows', () => {
    expect(edit(richMap(), (draft) => addStage(draft, { id: '', name: 'x' })).result).toMatchObject({
      ok: false,
      error: { reason: 'invalid-value', field: 'id' },
    });
    expect(
      edit(richMap(), (draft) => addStage(draft, { id: 's-long', name: 'x'.repeat(100_001) })).result,
    ).toMatchObject({ ok: false, error: { reason: 'invalid-value', field: 'name' } });
  });
});

describe('renameStage, setStageGoal, setStageDescription', () => {
  it('renames a stage', () => {
    const { map } = edit(richMap(), (draft) => renameStage(draft, 's-order', 'Checkout'));
    expect(stageNames(map)).toEqual(['Discover', 'Checkout', 'Receive']);
  });

  it('sets and clears the goal; blank text clears it too', () => {
    const set = edit(richMap(), (draft) => setStageGoal(draft, 's-order', 'Get a slot this week')).map;
    expect(set.stages[1]?.goal).toBe('Get a slot this week');
    const cleared = edit(set, (draft) => setStageGoal(draft, 's-order', null)).map;
    expect(cleared.stages[1]).not.toHaveProperty('goal');
    const blanked = edit(set, (draft) => setStageGoal(draft, 's-order', '   ')).map;
    expect(blanked.stages[1]).not.toHaveProperty('goal');
    expectValid(cleared);
  });

  it('sets the description', () => {
    const { map } = edit(richMap(), (draft) =>
      setStageDescription(draft, 's-discover', 'Ads and word of mouth'),
    );
    expect(map.stages[0]?.description).toBe('Ads and word of mouth');
  });

  it('reports a stage that is no longer there', () => {
    expect(edit(richMap(), (draft) => renameStage(draft, 's-gone', 'x')).result).toEqual({
      ok: false,
      error: { reason: 'not-found', recordKind: 'stage', id: 's-gone' },
    });
  });

  it('records nothing when the value does not change', () => {
    const before = richMap();
    expect(edit(before, (draft) => renameStage(draft, 's-order', 'Order')).map).toBe(before);
  });
});

describe('moveStage', () => {
  it('moves a stage so it ends at the index, its items with it', () => {
    const { map, result } = edit(richMap(), (draft) => moveStage(draft, 's-receive', 0));
    expect(result).toEqual({ ok: true, value: { index: 0 } });
    expect(stageNames(map)).toEqual(['Receive', 'Discover', 'Order']);
    expect(map.items.find((item) => item.id === 'i-door')?.stageId).toBe('s-receive');
  });

  it('moves forward and clamps past the end', () => {
    expect(stageNames(edit(richMap(), (draft) => moveStage(draft, 's-discover', 1)).map)).toEqual([
      'Order',
      'Discover',
      'Receive',
    ]);
    expect(stageNames(edit(richMap(), (draft) => moveStage(draft, 's-discover', 10)).map)).toEqual([
      'Order',
      'Receive',
      'Discover',
    ]);
  });
});

describe('deleteStage', () => {
  it('takes along its items, their links and metrics, its own metrics, and unlinks quotes', () => {
    const before = richMap();
    const described = describeDeletion(before, { stageIds: ['s-order'] });
    const { map, result } = edit(before, (draft) => deleteStage(draft, 's-order'));
    expect(result).toEqual({ ok: true, value: described });
    expect(described).toEqual({
      removedStageIds: ['s-order'],
      removedLaneIds: [],
      removedItemIds: ['i-basket', 'i-slots', 'i-substitute', 'i-idea'],
      removedLinkIds: ['k-landing-basket', 'k-basket-door'],
      removedMetricIds: ['m-basket-ces', 'm-order-csat'],
      unlinkedQuoteIds: ['q-slots'],
    });
    expect(stageNames(map)).toEqual(['Discover', 'Receive']);
    expect(map.items.map((item) => item.id)).toEqual(['i-ad', 'i-landing', 'i-postcode', 'i-door', 'i-note']);
    expect(map.metrics.map((metric) => metric.id)).toEqual(['m-nps']);
    expect(map.quotes.find((quote) => quote.id === 'q-slots')?.itemIds).toEqual([]);
    expectValid(map);
  });

  it('reports a stage that is no longer there and changes nothing', () => {
    const before = richMap();
    const { map, result } = edit(before, (draft) => deleteStage(draft, 's-gone'));
    expect(result.ok).toBe(false);
    expect(map).toBe(before);
  });
});
