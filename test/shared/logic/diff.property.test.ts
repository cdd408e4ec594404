import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { addItem, diffMaps, isEmptyDiff } from '../../../shared/logic';
import type { JourneyMap } from '../../../shared/model';
import { ITEM_KINDS } from '../../../shared/model';
import { edit, richMap } from './support';

/** A new item for some cell of `richMap`, at some position in it (reduced modulo what exists). */
const newItem = fc.record({
  stage: fc.nat(),
  lane: fc.nat(),
  index: fc.nat(),
  kind: fc.constantFrom(...ITEM_KINDS),
  title: fc.string({ maxLength: 10 }),
});

type NewItemSpec = typeof newItem extends fc.Arbitrary<infer Spec> ? Spec : never;

const addAll = (base: JourneyMap, additions: readonly NewItemSpec[], prefix: string): JourneyMap =>
  edit(base, (draft) => {
    additions.forEach((addition, count) => {
      const stage = draft.stages[addition.stage % draft.stages.length];
      const lane = draft.lanes[addition.lane % draft.lanes.length];
      if (!stage || !lane) return;
      const cell = { stageId: stage.id, laneId: lane.id };
      const size = draft.items.filter((item) => item.stageId === stage.id && item.laneId === lane.id).length;
      const result = addItem(
        draft,
        cell,
        { id: `${prefix}-${count}`, kind: addition.kind, title: addition.title },
        addition.index % (size + 1),
      );
      if (!result.ok) throw new Error(result.error.reason);
    });
  }).map;

describe('diffMaps: properties', () => {
  it('finds nothing between a map and a copy of itself', () => {
    fc.assert(
      fc.property(fc.array(newItem, { maxLength: 15 }), (additions) => {
        const map = addAll(richMap(), additions, 'x');
        expect(isEmptyDiff(diffMaps(map, map))).toBe(true);
        expect(isEmptyDiff(diffMaps(map, structuredClone(map)))).toBe(true);
      }),
    );
  });

  it('reports only the added items when items were only added, anywhere in any cell', () => {
    fc.assert(
      fc.property(
        fc.array(newItem, { maxLength: 10 }),
        fc.array(newItem, { minLength: 1, maxLength: 10 }),
        (base, more) => {
          const before = addAll(richMap(), base, 'base');
          const after = addAll(before, more, 'new');
          const diff = diffMaps(before, after);
          const { items, ...rest } = diff;
          expect(new Set(items.added.map((item) => item.id))).toEqual(
            new Set(more.map((_, count) => `new-${count}`)),
          );
          expect(items.removed).toEqual([]);
          expect(items.changed).toEqual([]);
          const withoutItems = produce(diff, (draft) => {
            draft.items = { added: [], removed: [], changed: [] };
          });
          expect(isEmptyDiff(withoutItems)).toBe(true);
          expect(rest.map).toEqual([]);
        },
      ),
    );
  });
});
