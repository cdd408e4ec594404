import { describe, expect, it } from 'vitest';
import { addLink, deleteLink, setLinkLabel } from '../../../shared/logic';
import { edit, expectValid, richMap } from './support';

describe('addLink', () => {
  it('links two items, with an optional label', () => {
    const { map, result } = edit(richMap(), (draft) =>
      addLink(draft, { id: 'k-new', from: 'i-postcode', to: 'i-idea', label: 'leads to' }),
    );
    expect(result.ok).toBe(true);
    expect(map.links.at(-1)).toEqual({ id: 'k-new', from: 'i-postcode', to: 'i-idea', label: 'leads to' });
    expectValid(map);
  });

  it('allows the opposite direction of an existing link', () => {
    const { result } = edit(richMap(), (draft) =>
      addLink(draft, { id: 'k-back', from: 'i-landing', to: 'i-ad' }),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a self-link, a second link between the same items and a missing end, changing nothing', () => {
    const before = richMap();
    const attempts = [
      edit(before, (draft) => addLink(draft, { id: 'k-1', from: 'i-ad', to: 'i-ad' })),
      edit(before, (draft) => addLink(draft, { id: 'k-2', from: 'i-ad', to: 'i-landing' })),
      edit(before, (draft) => addLink(draft, { id: 'k-3', from: 'i-ad', to: 'i-gone' })),
      edit(before, (draft) => addLink(draft, { id: 'i-door', from: 'i-ad', to: 'i-door' })),
    ];
    expect(attempts.map(({ result }) => result)).toEqual([
      { ok: false, error: { reason: 'self-link' } },
      { ok: false, error: { reason: 'duplicate-link', linkId: 'k-ad-landing' } },
      { ok: false, error: { reason: 'not-found', recordKind: 'item', id: 'i-gone' } },
      { ok: false, error: { reason: 'id-taken', id: 'i-door' } },
    ]);
    for (const attempt of attempts) expect(attempt.map).toBe(before);
  });
});

describe('deleteLink, setLinkLabel', () => {
  it('deletes a link and leaves its items', () => {
    const before = richMap();
    const { map } = edit(before, (draft) => deleteLink(draft, 'k-ad-landing'));
    expect(map.links.map((link) => link.id)).toEqual(['k-landing-basket', 'k-basket-door']);
    expect(map.items).toEqual(before.items);
  });

  it('sets and removes a label', () => {
    const labelled = edit(richMap(), (draft) => setLinkLabel(draft, 'k-ad-landing', 'clicks')).map;
    expect(labelled.links[0]?.label).toBe('clicks');
    const cleared = edit(labelled, (draft) => setLinkLabel(draft, 'k-ad-landing', '')).map;
    expect(cleared.links[0]).not.toHaveProperty('label');
  });

  it('reports a link that is gone', () => {
    expect(edit(richMap(), (draft) => deleteLink(draft, 'k-gone')).result).toEqual({
      ok: false,
      error: { reason: 'not-found', recordKind: 'link', id: 'k-gone' },
    });
  });
});
