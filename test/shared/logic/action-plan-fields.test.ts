import { describe, expect, it } from 'vitest';
import { copyItems, deleteItems, pasteFragment } from '../../../shared/logic';
import type { JourneyMap } from '../../../shared/model';
import { counterIds, edit, expectValid, formatProblem, richMap } from './support';

/** The rich map with its opportunity planned against both friction points. */
const planned = (): JourneyMap => {
  const map = richMap();
  return {
    ...map,
    items: map.items.map((item) =>
      item.id === 'i-idea'
        ? {
            ...item,
            impact: 4,
            deliveryEffort: 2,
            status: 'planned' as const,
            addressesItemIds: ['i-slots', 'i-postcode'],
          }
        : item.id === 'i-door'
          ? { ...item, evidence: 'proposed' as const }
          : item,
    ),
  };
};

describe('the action-plan and evidence fields of version 1', () => {
  it('are valid on a map and keep their references checked', () => {
    expectValid(planned());
    const dangling = edit(planned(), (map) => {
      const idea = map.items.find((item) => item.id === 'i-idea');
      if (idea !== undefined) idea.addressesItemIds = ['i-gone'];
    }).map;
    expect(formatProblem(dangling)).toMatchObject({ kind: 'broken-reference' });
  });

  it('refuse values outside their scales', () => {
    const outOfScale = edit(planned(), (map) => {
      const idea = map.items.find((item) => item.id === 'i-idea');
      if (idea !== undefined) idea.impact = 9;
    }).map;
    expect(formatProblem(outOfScale)).not.toBeNull();
  });

  it('deleting a friction point leaves the opportunity pointing only at what remains', () => {
    const once = edit(planned(), (map) => deleteItems(map, ['i-slots'])).map;
    expect(once.items.find((item) => item.id === 'i-idea')?.addressesItemIds).toEqual(['i-postcode']);
    expectValid(once);
    const twice = edit(once, (map) => deleteItems(map, ['i-postcode'])).map;
    expect(twice.items.find((item) => item.id === 'i-idea')).not.toHaveProperty('addressesItemIds');
    expectValid(twice);
  });

  it('a pasted opportunity points at pasted copies, at items of the map, and at nothing else', () => {
    const source = planned();
    const fragment = copyItems(source, ['i-idea', 'i-slots']);
    const cell = { stageId: 's-order', laneId: 'l-ideas' };

    const sameMap = edit(source, (map) => pasteFragment(map, fragment, cell, undefined, counterIds('copy')));
    expectValid(sameMap.map);
    const pastedIdea = sameMap.map.items.find((item) => item.id !== 'i-idea' && item.kind === 'opportunity');
    const pastedSlots = sameMap.map.items.find(
      (item) => item.id !== 'i-slots' && item.title === 'No delivery slots',
    );
    expect(pastedIdea?.addressesItemIds).toEqual([pastedSlots?.id, 'i-postcode']);

    // A map without the postcode friction (deleted cleanly): the copy may not point at it there.
    const otherMap = edit(richMap(), (map) => deleteItems(map, ['i-postcode'])).map;
    const elsewhere = edit(otherMap, (map) =>
      pasteFragment(map, fragment, cell, undefined, counterIds('copy')),
    );
    expectValid(elsewhere.map);
    const ideaElsewhere = elsewhere.map.items.find(
      (item) => item.kind === 'opportunity' && item.id !== 'i-idea',
    );
    expect(ideaElsewhere?.addressesItemIds).toHaveLength(1);
  });
});
