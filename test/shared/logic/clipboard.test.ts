import { describe, expect, it } from 'vitest';
import { copyItems, createBlankMap, parseClipboardFragment, pasteFragment } from '../../../shared/logic';
import { NOW, cellTitles, counterIds, edit, expectValid, richMap, sparseCells } from './support';

const receiveTouch = { stageId: 's-receive', laneId: 'l-touch' };

describe('copyItems', () => {
  it('copies the items in reading order with only the links among them', () => {
    const fragment = copyItems(richMap(), ['i-basket', 'i-ad', 'i-landing']);
    expect(fragment.items.map((item) => item.id)).toEqual(['i-ad', 'i-landing', 'i-basket']);
    expect(fragment.links.map((link) => link.id)).toEqual(['k-ad-landing', 'k-landing-basket']);
  });

  it('gives plain data that outlives the draft it was copied from and survives JSON', () => {
    const { result: fragment } = edit(richMap(), (draft) => copyItems(draft, ['i-ad', 'i-landing']));
    expect(fragment.items[0]?.title).toBe('Social ad');
    expect(JSON.parse(JSON.stringify(fragment))).toEqual(fragment);
  });

  it('ignores ids that are not in the map', () => {
    expect(copyItems(richMap(), ['i-gone'])).toEqual({ items: [], links: [] });
  });
});

describe('pasteFragment', () => {
  it('pastes into a cell at the index with fresh ids, keeping the links among the pasted items', () => {
    const source = richMap();
    const fragment = copyItems(source, ['i-ad', 'i-landing', 'i-basket']);
    const { map, result } = edit(source, (draft) =>
      pasteFragment(draft, fragment, receiveTouch, 0, counterIds('new')),
    );
    expect(result).toEqual({
      ok: true,
      value: { itemIds: ['new-1', 'new-2', 'new-3'], linkIds: ['new-4', 'new-5'] },
    });
    expect(cellTitles(map, 's-receive', 'l-touch')).toEqual([
      'Social ad',
      'Landing page',
      'Build basket',
      'Courier at the door',
    ]);
    expect(map.links.slice(-2)).toEqual([
      { id: 'new-4', from: 'new-1', to: 'new-2' },
      { id: 'new-5', from: 'new-2', to: 'new-3', label: 'postcode ok' },
    ]);
    expect(map.items.filter((item) => item.title === 'Social ad')).toHaveLength(2);
    expect(sparseCells(map)).toEqual([]);
    expectValid(map);
  });

  it('drops persona tags the target map does not have when pasting into another map', () => {
    const fragment = copyItems(richMap(), ['i-postcode', 'i-ad']);
    const blank = createBlankMap({ id: 'map-blank', now: NOW, title: 'Blank' });
    const { map } = edit(blank, (draft) =>
      pasteFragment(
        draft,
        fragment,
        { stageId: 'stage-buy', laneId: 'lane-pains' },
        undefined,
        counterIds('new'),
      ),
    );
    expect(map.items.map((item) => item.personaIds)).toEqual([undefined, undefined]);
    expect(map.items.map((item) => item.title)).toEqual(['Social ad', 'Postcode check fails']);
    expectValid(map);
  });

  it('refuses a cell that is gone or an id generator that repeats itself, and changes nothing', () => {
    const before = richMap();
    const fragment = copyItems(before, ['i-ad', 'i-landing']);
    const goneCell = edit(before, (draft) =>
      pasteFragment(draft, fragment, { stageId: 's-gone', laneId: 'l-touch' }, 0, counterIds('n')),
    );
    expect(goneCell.result).toEqual({
      ok: false,
      error: { reason: 'not-found', recordKind: 'stage', id: 's-gone' },
    });
    expect(goneCell.map).toBe(before);
    const repeating = edit(before, (draft) => pasteFragment(draft, fragment, receiveTouch, 0, () => 'same'));
    expect(repeating.result).toEqual({ ok: false, error: { reason: 'id-taken', id: 'same' } });
    expect(repeating.map).toBe(before);
  });

  it('drops links in a fragment that lead outside it, to itself or twice between the same items', () => {
    const fragment = copyItems(richMap(), ['i-ad', 'i-landing']);
    const [first] = fragment.links;
    if (!first) throw new Error('the fragment should hold the link between the two items');
    const tampered = {
      items: fragment.items,
      links: [
        first,
        { ...first, id: 'again' },
        { id: 'outside', from: 'i-ad', to: 'i-door' },
        { id: 'loop', from: 'i-ad', to: 'i-ad' },
      ],
    };
    const { map, result } = edit(richMap(), (draft) =>
      pasteFragment(draft, tampered, receiveTouch, 0, counterIds('n')),
    );
    expect(result.ok && result.value.linkIds).toEqual(['n-3']);
    expectValid(map);
  });
});

describe('parseClipboardFragment', () => {
  it('accepts what copyItems produced, after a trip through JSON text', () => {
    const fragment = copyItems(richMap(), ['i-ad', 'i-landing']);
    expect(parseClipboardFragment(JSON.parse(JSON.stringify(fragment)))).toEqual({
      ok: true,
      value: fragment,
    });
  });

  it('refuses anything else with the field at fault', () => {
    expect(parseClipboardFragment('Hello')).toMatchObject({ ok: false, error: { reason: 'invalid-value' } });
    const badScore = {
      items: [{ id: 'x', kind: 'touchpoint', stageId: 's', laneId: 'l', order: 0, title: 't', emotion: 11 }],
      links: [],
    };
    expect(parseClipboardFragment(badScore)).toMatchObject({
      ok: false,
      error: { reason: 'invalid-value', field: 'clipboard.items.0.emotion' },
    });
  });

  it('never lets a __proto__ key from the clipboard reach a pasted item', () => {
    const text =
      '{"items":[{"id":"x","kind":"note","stageId":"s","laneId":"l","order":0,"title":"t","__proto__":{"polluted":true}}],"links":[]}';
    const parsed = parseClipboardFragment(JSON.parse(text));
    if (!parsed.ok) throw new Error('a note with an extra key is a valid fragment');
    const { map } = edit(richMap(), (draft) =>
      pasteFragment(draft, parsed.value, receiveTouch, 0, counterIds('n')),
    );
    const pasted = map.items.find((item) => item.id === 'n-1');
    expect(Object.getPrototypeOf(pasted)).toBe(Object.prototype);
    expect(Object.keys(pasted ?? {})).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
