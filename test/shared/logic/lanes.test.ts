import { describe, expect, it } from 'vitest';
import type { LaneKind } from '../../../shared/model';
import {
  addLane,
  deleteLane,
  describeDeletion,
  moveLane,
  renameLane,
  setLaneKind,
} from '../../../shared/logic';
import { edit, expectValid, richMap } from './support';

const laneNames = (map: ReturnType<typeof richMap>) => map.lanes.map((lane) => lane.name);

describe('addLane', () => {
  it('inserts an empty row at the index', () => {
    const { map, result } = edit(richMap(), (draft) =>
      addLane(draft, { id: 'l-emotions', name: 'Emotions', kind: 'emotions' }, 1),
    );
    expect(result).toEqual({ ok: true, value: { index: 1 } });
    expect(laneNames(map)).toEqual(['Touchpoints', 'Emotions', 'Friction & magic', 'Opportunities']);
    expectValid(map);
  });

  it('refuses a kind outside the vocabulary and a taken id', () => {
    const unknownKind = 'feelings' as LaneKind;
    expect(
      edit(richMap(), (draft) => addLane(draft, { id: 'l-x', name: 'X', kind: unknownKind })).result,
    ).toMatchObject({
      ok: false,
      error: { reason: 'invalid-value', field: 'kind' },
    });
    expect(
      edit(richMap(), (draft) => addLane(draft, { id: 's-order', name: 'X', kind: 'custom' })).result,
    ).toEqual({
      ok: false,
      error: { reason: 'id-taken', id: 's-order' },
    });
  });
});

describe('renameLane, setLaneKind', () => {
  it('renames a lane', () => {
    expect(laneNames(edit(richMap(), (draft) => renameLane(draft, 'l-ideas', 'Ideas')).map)).toEqual([
      'Touchpoints',
      'Friction & magic',
      'Ideas',
    ]);
  });

  it('changes the kind and keeps the items in the lane', () => {
    const before = richMap();
    const { map } = edit(before, (draft) => setLaneKind(draft, 'l-touch', 'emotions'));
    expect(map.lanes[0]?.kind).toBe('emotions');
    expect(map.items).toEqual(before.items);
    expectValid(map);
  });

  it('reports a lane that is no longer there', () => {
    expect(edit(richMap(), (draft) => setLaneKind(draft, 'l-gone', 'custom')).result).toEqual({
      ok: false,
      error: { reason: 'not-found', recordKind: 'lane', id: 'l-gone' },
    });
  });
});

describe('moveLane', () => {
  it('moves a lane so it ends at the index', () => {
    const { map } = edit(richMap(), (draft) => moveLane(draft, 'l-ideas', 0));
    expect(laneNames(map)).toEqual(['Opportunities', 'Touchpoints', 'Friction & magic']);
  });
});

describe('deleteLane', () => {
  it('takes along its items with their links, metrics and quote references', () => {
    const before = richMap();
    const { map, result } = edit(before, (draft) => deleteLane(draft, 'l-touch'));
    expect(result).toEqual({ ok: true, value: describeDeletion(before, { laneIds: ['l-touch'] }) });
    expect(result).toEqual({
      ok: true,
      value: {
        removedStageIds: [],
        removedLaneIds: ['l-touch'],
        removedItemIds: ['i-ad', 'i-landing', 'i-basket', 'i-door'],
        removedLinkIds: ['k-ad-landing', 'k-landing-basket', 'k-basket-door'],
        removedMetricIds: ['m-basket-ces'],
        unlinkedQuoteIds: ['q-slots', 'q-door'],
      },
    });
    expect(laneNames(map)).toEqual(['Friction & magic', 'Opportunities']);
    expect(map.quotes.map((quote) => quote.itemIds)).toEqual([['i-slots'], [], []]);
    expect(map.metrics.map((metric) => metric.id)).toEqual(['m-order-csat', 'm-nps']);
    expectValid(map);
  });
});
