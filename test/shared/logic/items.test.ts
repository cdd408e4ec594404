import { describe, expect, it } from 'vitest';
import type { Channel, ItemKind } from '../../../shared/model';
import {
  addItem,
  deleteItems,
  describeDeletion,
  duplicateItems,
  moveItems,
  updateItem,
} from '../../../shared/logic';
import { cellTitles, counterIds, edit, expectValid, richMap, sparseCells } from './support';

const itemById = (map: ReturnType<typeof richMap>, id: string) => map.items.find((item) => item.id === id);
const discoverTouch = { stageId: 's-discover', laneId: 'l-touch' };
const orderPains = { stageId: 's-order', laneId: 'l-pains' };

describe('addItem', () => {
  it('inserts into the cell at the index and shifts the items after it', () => {
    const { map, result } = edit(richMap(), (draft) =>
      addItem(
        draft,
        discoverTouch,
        { id: 'i-search', kind: 'touchpoint', title: 'Search result', emotion: 3 },
        1,
      ),
    );
    expect(result.ok).toBe(true);
    expect(cellTitles(map, 's-discover', 'l-touch')).toEqual(['Social ad', 'Search result', 'Landing page']);
    expect(sparseCells(map)).toEqual([]);
    expectValid(map);
  });

  it('appends to the cell by default and into an empty cell at 0', () => {
    const appended = edit(richMap(), (draft) =>
      addItem(draft, discoverTouch, { id: 'i-x', kind: 'note', title: 'Last' }),
    ).map;
    expect(cellTitles(appended, 's-discover', 'l-touch').at(-1)).toBe('Last');
    const empty = edit(richMap(), (draft) =>
      addItem(
        draft,
        { stageId: 's-receive', laneId: 'l-pains' },
        { id: 'i-y', kind: 'magic', title: 'Tip' },
        5,
      ),
    ).map;
    expect(itemById(empty, 'i-y')?.order).toBe(0);
  });

  it('stores the given fields, clamped, and refuses severity on a touchpoint', () => {
    const { map } = edit(richMap(), (draft) =>
      addItem(draft, orderPains, {
        id: 'i-fee',
        kind: 'friction',
        title: 'Surprise fee',
        description: 'Shown only at payment',
        channel: 'web',
        owner: 'Pricing',
        personaIds: ['p-student', 'p-student'],
        severity: 9,
      }),
    );
    expect(itemById(map, 'i-fee')).toEqual({
      id: 'i-fee',
      kind: 'friction',
      stageId: 's-order',
      laneId: 'l-pains',
      order: 2,
      title: 'Surprise fee',
      description: 'Shown only at payment',
      channel: 'web',
      owner: 'Pricing',
      personaIds: ['p-student'],
      severity: 5,
    });
    expect(
      edit(richMap(), (draft) =>
        addItem(draft, orderPains, { id: 'i-z', kind: 'touchpoint', title: 'x', severity: 2 }),
      ).result,
    ).toEqual({ ok: false, error: { reason: 'severity-needs-friction' } });
  });

  it('refuses a cell, persona or id that does not fit the map, and changes nothing', () => {
    const before = richMap();
    const attempts = [
      edit(before, (draft) =>
        addItem(draft, { stageId: 's-gone', laneId: 'l-touch' }, { id: 'n', kind: 'note', title: '' }),
      ),
      edit(before, (draft) =>
        addItem(draft, { stageId: 's-order', laneId: 'l-gone' }, { id: 'n', kind: 'note', title: '' }),
      ),
      edit(before, (draft) =>
        addItem(draft, orderPains, { id: 'n', kind: 'note', title: '', personaIds: ['p-gone'] }),
      ),
      edit(before, (draft) => addItem(draft, orderPains, { id: 'i-ad', kind: 'note', title: '' })),
    ];
    expect(attempts.map(({ result }) => (result.ok ? 'ok' : result.error.reason))).toEqual([
      'not-found',
      'not-found',
      'not-found',
      'id-taken',
    ]);
    for (const attempt of attempts) expect(attempt.map).toBe(before);
  });
});

describe('updateItem', () => {
  it('changes the given fields and leaves the others', () => {
    const { map } = edit(richMap(), (draft) =>
      updateItem(draft, 'i-landing', {
        title: 'Home page',
        channel: 'app',
        effort: 3,
        personaIds: ['p-student'],
      }),
    );
    expect(itemById(map, 'i-landing')).toMatchObject({
      title: 'Home page',
      channel: 'app',
      effort: 3,
      emotion: 4,
      success: 4,
      personaIds: ['p-student'],
    });
    expectValid(map);
  });

  it('removes optional fields given null, blank text or an empty list', () => {
    const { map } = edit(richMap(), (draft) =>
      updateItem(draft, 'i-ad', { channel: null, emotion: null, personaIds: [], description: ' ' }),
    );
    const item = itemById(map, 'i-ad');
    for (const field of ['channel', 'emotion', 'personaIds', 'description'])
      expect(item).not.toHaveProperty(field);
    expectValid(map);
  });

  it('clamps and rounds scores into 1–5 and refuses values that are not numbers', () => {
    const { map } = edit(richMap(), (draft) =>
      updateItem(draft, 'i-landing', { emotion: 0, effort: 7, success: 3.6 }),
    );
    expect(itemById(map, 'i-landing')).toMatchObject({ emotion: 1, effort: 5, success: 4 });
    const before = richMap();
    const refused = edit(before, (draft) =>
      updateItem(draft, 'i-landing', { title: 'Changed', emotion: Number.NaN }),
    );
    expect(refused.result).toMatchObject({ ok: false, error: { reason: 'invalid-value', field: 'emotion' } });
    expect(refused.map).toBe(before);
  });

  it('drops the severity when a friction item becomes another kind', () => {
    const { map } = edit(richMap(), (draft) => updateItem(draft, 'i-slots', { kind: 'opportunity' }));
    expect(itemById(map, 'i-slots')?.kind).toBe('opportunity');
    expect(itemById(map, 'i-slots')).not.toHaveProperty('severity');
  });

  it('accepts a severity together with a change to friction, and refuses it on other kinds', () => {
    const turned = edit(richMap(), (draft) =>
      updateItem(draft, 'i-note', { kind: 'friction', severity: 2 }),
    ).map;
    expect(itemById(turned, 'i-note')).toMatchObject({ kind: 'friction', severity: 2 });
    expect(edit(richMap(), (draft) => updateItem(draft, 'i-note', { severity: 2 })).result).toEqual({
      ok: false,
      error: { reason: 'severity-needs-friction' },
    });
  });

  it('refuses a kind or channel outside the vocabulary', () => {
    const unknownKind = 'idea' as ItemKind;
    const unknownChannel = 'fax' as Channel;
    expect(
      edit(richMap(), (draft) => updateItem(draft, 'i-note', { kind: unknownKind })).result,
    ).toMatchObject({
      ok: false,
      error: { reason: 'invalid-value', field: 'kind' },
    });
    expect(
      edit(richMap(), (draft) => updateItem(draft, 'i-note', { channel: unknownChannel })).result,
    ).toMatchObject({
      ok: false,
      error: { reason: 'invalid-value', field: 'channel' },
    });
  });

  it('records no change when every field already has the value', () => {
    const before = richMap();
    expect(edit(before, (draft) => updateItem(draft, 'i-ad', { title: 'Social ad', emotion: 3 })).map).toBe(
      before,
    );
  });
});

describe('moveItems', () => {
  it('reorders within a cell: the index is where the item ends up', () => {
    const toEnd = edit(richMap(), (draft) => moveItems(draft, ['i-ad'], discoverTouch, 1)).map;
    expect(cellTitles(toEnd, 's-discover', 'l-touch')).toEqual(['Landing page', 'Social ad']);
    const toStart = edit(richMap(), (draft) => moveItems(draft, ['i-landing'], discoverTouch, 0)).map;
    expect(cellTitles(toStart, 's-discover', 'l-touch')).toEqual(['Landing page', 'Social ad']);
  });

  it('moves several items from different cells into one, as a block in reading order', () => {
    const { map } = edit(richMap(), (draft) =>
      moveItems(draft, ['i-substitute', 'i-door', 'i-ad'], orderPains, 1),
    );
    expect(cellTitles(map, 's-order', 'l-pains')).toEqual([
      'No delivery slots',
      'Social ad',
      'Smart substitutions',
      'Courier at the door',
    ]);
    expect(cellTitles(map, 's-discover', 'l-touch')).toEqual(['Landing page']);
    expect(sparseCells(map)).toEqual([]);
    expectValid(map);
  });

  it('keeps links, metrics and quotes of the moved items', () => {
    const before = richMap();
    const { map } = edit(before, (draft) =>
      moveItems(draft, ['i-basket'], { stageId: 's-receive', laneId: 'l-ideas' }, 0),
    );
    expect(map.links).toEqual(before.links);
    expect(map.metrics).toEqual(before.metrics);
    expect(map.quotes).toEqual(before.quotes);
    expect(cellTitles(map, 's-receive', 'l-ideas')).toEqual(['Build basket', 'Ask ops about cold chain']);
  });

  it('refuses when an item or the cell is gone, and moves nothing', () => {
    const before = richMap();
    const missingItem = edit(before, (draft) => moveItems(draft, ['i-ad', 'i-gone'], orderPains, 0));
    expect(missingItem.result).toEqual({
      ok: false,
      error: { reason: 'not-found', recordKind: 'item', id: 'i-gone' },
    });
    expect(missingItem.map).toBe(before);
    expect(
      edit(before, (draft) => moveItems(draft, ['i-ad'], { stageId: 's-order', laneId: 'l-gone' })).map,
    ).toBe(before);
  });
});

describe('duplicateItems', () => {
  it('puts each copy after the originals of its cell, with fresh ids and the links among them', () => {
    const { map, result } = edit(richMap(), (draft) =>
      duplicateItems(draft, ['i-ad', 'i-landing', 'i-slots'], counterIds('copy')),
    );
    expect(result).toEqual({
      ok: true,
      value: { itemIds: ['copy-1', 'copy-2', 'copy-3'], linkIds: ['copy-4'] },
    });
    expect(cellTitles(map, 's-discover', 'l-touch')).toEqual([
      'Social ad',
      'Landing page',
      'Social ad',
      'Landing page',
    ]);
    expect(cellTitles(map, 's-order', 'l-pains')).toEqual([
      'No delivery slots',
      'No delivery slots',
      'Smart substitutions',
    ]);
    expect(map.links.at(-1)).toEqual({ id: 'copy-4', from: 'copy-1', to: 'copy-2' });
    expect(itemById(map, 'copy-3')).toMatchObject({ kind: 'friction', severity: 5 });
    expect(sparseCells(map)).toEqual([]);
    expectValid(map);
  });

  it('does not copy evidence: metrics and quotes stay with the original', () => {
    const before = richMap();
    const { map } = edit(before, (draft) => duplicateItems(draft, ['i-basket'], counterIds('copy')));
    expect(map.metrics).toEqual(before.metrics);
    expect(map.quotes).toEqual(before.quotes);
  });

  it('refuses an id generator that hands out a taken id, and changes nothing', () => {
    const before = richMap();
    const { map, result } = edit(before, (draft) => duplicateItems(draft, ['i-ad'], () => 'i-landing'));
    expect(result).toEqual({ ok: false, error: { reason: 'id-taken', id: 'i-landing' } });
    expect(map).toBe(before);
  });
});

describe('deleteItems', () => {
  it('removes the items, links touching them and their metrics, and takes them out of quotes', () => {
    const before = richMap();
    const described = describeDeletion(before, { itemIds: ['i-basket', 'i-ad'] });
    const { map, result } = edit(before, (draft) => deleteItems(draft, ['i-basket', 'i-ad']));
    expect(result).toEqual(described);
    expect(described).toEqual({
      removedStageIds: [],
      removedLaneIds: [],
      removedItemIds: ['i-ad', 'i-basket'],
      removedLinkIds: ['k-ad-landing', 'k-landing-basket', 'k-basket-door'],
      removedMetricIds: ['m-basket-ces'],
      unlinkedQuoteIds: ['q-slots'],
    });
    expect(map.items.map((item) => item.id)).not.toContain('i-basket');
    expect(map.quotes.find((quote) => quote.id === 'q-slots')?.itemIds).toEqual(['i-slots']);
    expect(map.metrics.map((metric) => metric.id)).toEqual(['m-order-csat', 'm-nps']);
    expect(cellTitles(map, 's-discover', 'l-touch')).toEqual(['Landing page']);
    expect(sparseCells(map)).toEqual([]);
    expectValid(map);
  });

  it('describes without changing the map', () => {
    const before = richMap();
    const snapshot = structuredClone(before);
    describeDeletion(before, { itemIds: ['i-door'] });
    expect(before).toEqual(snapshot);
  });

  it('ignores ids that are already gone', () => {
    const before = richMap();
    const { map, result } = edit(before, (draft) => deleteItems(draft, ['i-gone']));
    expect(result.removedItemIds).toEqual([]);
    expect(map).toBe(before);
  });
});
