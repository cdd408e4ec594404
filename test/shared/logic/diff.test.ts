import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  addItem,
  addLink,
  addPersona,
  addStage,
  deleteItems,
  deleteLink,
  deletePersona,
  diffMaps,
  isEmptyDiff,
  moveItems,
  moveLane,
  moveStage,
  renameStage,
  setLaneKind,
  setLinkLabel,
  setMapTitle,
  setStageGoal,
  updateItem,
  updatePersona,
} from '../../../shared/logic';
import type { JourneyMap } from '../../../shared/model';
import { edit, richMap } from './support';

const ids = (records: readonly { readonly id: string }[]): string[] => records.map((record) => record.id);

/** Applies `recipe` as a plain Immer edit, for changes no store operation makes (hand-edited files). */
const tweak = (map: JourneyMap, recipe: (draft: JourneyMap) => void): JourneyMap => produce(map, recipe);

/** A map whose Discover/Touchpoints cell holds four items, a to d, in that order. */
const fourInACell = (): JourneyMap =>
  tweak(richMap(), (draft) => {
    draft.items = draft.items.filter((item) => !(item.stageId === 's-discover' && item.laneId === 'l-touch'));
    draft.links = draft.links.filter((link) => link.from !== 'i-ad' && link.from !== 'i-landing');
    ['a', 'b', 'c', 'd'].forEach((letter, order) => {
      draft.items.push({
        id: `i-${letter}`,
        kind: 'touchpoint',
        stageId: 's-discover',
        laneId: 'l-touch',
        order,
        title: letter,
      });
    });
  });

describe('diffMaps: no change', () => {
  it('finds nothing between a map and itself', () => {
    const map = richMap();
    expect(isEmptyDiff(diffMaps(map, map))).toBe(true);
  });

  it('ignores key order, updatedAt and a re-ordered list of persona ids', () => {
    const before = richMap();
    const after = tweak(before, (draft) => {
      draft.updatedAt = '2027-01-01T00:00:00.000Z';
      const postcode = draft.items.find((item) => item.id === 'i-postcode');
      if (postcode) postcode.personaIds = ['p-student', 'p-parent'];
      const [first] = draft.stages;
      if (first) draft.stages[0] = { goal: first.goal, name: first.name, id: first.id };
    });
    const diff = diffMaps(before, after);
    expect(isEmptyDiff(diff)).toBe(true);
  });
});

describe('diffMaps: items', () => {
  it('lists every changed field, known fields first in a fixed order', () => {
    const before = richMap();
    const { map: after } = edit(before, (draft) =>
      updateItem(draft, 'i-landing', {
        title: 'New landing page',
        channel: 'app',
        emotion: null,
        personaIds: ['p-student'],
      }),
    );
    expect(diffMaps(before, after).items).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          id: 'i-landing',
          before: before.items[1],
          after: after.items[1],
          changes: [
            { field: 'title', before: 'Landing page', after: 'New landing page' },
            { field: 'channel', before: 'web', after: 'app' },
            { field: 'emotion', before: 4, after: undefined },
            { field: 'personaIds', before: undefined, after: ['p-student'] },
          ],
        },
      ],
    });
  });

  it('reports kind, description, owner, effort, success and severity changes', () => {
    const before = richMap();
    const after = tweak(before, (draft) => {
      const slots = draft.items.find((item) => item.id === 'i-slots');
      if (!slots) return;
      Object.assign(slots, {
        kind: 'opportunity',
        description: 'All gone',
        owner: 'Ops',
        effort: 2,
        success: 3,
      });
      delete slots.severity;
    });
    const changed = diffMaps(before, after).items.changed;
    expect(changed.map((change) => change.changes)).toEqual([
      [
        { field: 'description', before: undefined, after: 'All gone' },
        { field: 'kind', before: 'friction', after: 'opportunity' },
        { field: 'owner', before: undefined, after: 'Ops' },
        { field: 'effort', before: undefined, after: 2 },
        { field: 'success', before: undefined, after: 3 },
        { field: 'severity', before: 5, after: undefined },
      ],
    ]);
  });

  it('lists added items in the new order and removed ones in the old order', () => {
    const before = richMap();
    const added = edit(before, (draft) => {
      addItem(
        draft,
        { stageId: 's-receive', laneId: 'l-pains' },
        { id: 'i-late', kind: 'friction', title: 'Late' },
      );
      addItem(
        draft,
        { stageId: 's-discover', laneId: 'l-ideas' },
        { id: 'i-early', kind: 'opportunity', title: 'Early' },
      );
    }).map;
    const after = edit(added, (draft) => deleteItems(draft, ['i-note', 'i-ad'])).map;
    const diff = diffMaps(before, after);
    expect(ids(diff.items.added)).toEqual(['i-late', 'i-early']);
    expect(ids(diff.items.removed)).toEqual(['i-ad', 'i-note']);
    // i-landing slid from order 1 to 0 when i-ad left: not a change the user made to it.
    expect(diff.items.changed).toEqual([]);
  });

  it('does not flag the siblings of an item inserted at the top of a cell', () => {
    const before = richMap();
    const { map: after } = edit(before, (draft) =>
      addItem(
        draft,
        { stageId: 's-discover', laneId: 'l-touch' },
        { id: 'i-new', kind: 'touchpoint', title: 'Poster' },
        0,
      ),
    );
    expect(after.items.find((item) => item.id === 'i-ad')?.order).toBe(1);
    const diff = diffMaps(before, after);
    expect(ids(diff.items.added)).toEqual(['i-new']);
    expect(diff.items.changed).toEqual([]);
  });

  it('reports a card moved to the top of its cell as the only reordered item', () => {
    const before = fourInACell();
    const { map: after } = edit(before, (draft) =>
      moveItems(draft, ['i-d'], { stageId: 's-discover', laneId: 'l-touch' }, 0),
    );
    expect(diffMaps(before, after).items.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      { id: 'i-d', changes: [{ field: 'order', before: 3, after: 0 }] },
    ]);
  });

  it('reports a card moved to the bottom of its cell as the only reordered item', () => {
    const before = fourInACell();
    const { map: after } = edit(before, (draft) =>
      moveItems(draft, ['i-a'], { stageId: 's-discover', laneId: 'l-touch' }),
    );
    expect(diffMaps(before, after).items.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      { id: 'i-a', changes: [{ field: 'order', before: 0, after: 3 }] },
    ]);
  });

  it('ignores an item that left a cell when judging the order of the rest', () => {
    const before = fourInACell();
    // b leaves for another cell; c and d shift up, a stays: only b is reported, as a cell move.
    const { map: after } = edit(before, (draft) =>
      moveItems(draft, ['i-b'], { stageId: 's-order', laneId: 'l-touch' }, 0),
    );
    expect(diffMaps(before, after).items.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      {
        id: 'i-b',
        changes: [
          {
            field: 'cell',
            before: { stageId: 's-discover', laneId: 'l-touch' },
            after: { stageId: 's-order', laneId: 'l-touch' },
          },
        ],
      },
    ]);
  });

  it('reports a move between cells as one cell change, with any field edits after it', () => {
    const before = richMap();
    const moved = edit(before, (draft) =>
      moveItems(draft, ['i-ad'], { stageId: 's-order', laneId: 'l-pains' }, 1),
    ).map;
    const after = edit(moved, (draft) => updateItem(draft, 'i-ad', { title: 'Retargeting ad' })).map;
    const diff = diffMaps(before, after);
    expect(diff.items.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      {
        id: 'i-ad',
        changes: [
          {
            field: 'cell',
            before: { stageId: 's-discover', laneId: 'l-touch' },
            after: { stageId: 's-order', laneId: 'l-pains' },
          },
          { field: 'title', before: 'Social ad', after: 'Retargeting ad' },
        ],
      },
    ]);
  });

  it('compares unknown properties deeply, whatever their key order', () => {
    const before = tweak(richMap(), (draft) => {
      const ad = draft.items[0];
      if (ad) ad['style'] = { colour: 'teal', border: { width: 2, dashed: false } };
    });
    const reordered = tweak(before, (draft) => {
      const ad = draft.items[0];
      if (ad) ad['style'] = { border: { dashed: false, width: 2 }, colour: 'teal' };
    });
    expect(isEmptyDiff(diffMaps(before, reordered))).toBe(true);

    const restyled = tweak(before, (draft) => {
      const ad = draft.items[0];
      if (ad) ad['style'] = { colour: 'teal', border: { width: 3, dashed: false } };
    });
    expect(diffMaps(before, restyled).items.changed[0]?.changes).toEqual([
      {
        field: 'style',
        before: { colour: 'teal', border: { width: 2, dashed: false } },
        after: { colour: 'teal', border: { width: 3, dashed: false } },
      },
    ]);
  });
});

describe('diffMaps: stages and lanes', () => {
  it('reports renamed, re-goaled, added and moved stages', () => {
    const before = richMap();
    const after = edit(before, (draft) => {
      renameStage(draft, 's-order', 'Checkout');
      setStageGoal(draft, 's-discover', 'Find us');
      moveStage(draft, 's-receive', 0);
      addStage(draft, { id: 's-return', name: 'Return' });
    }).map;
    expect(ids(after.stages)).toEqual(['s-receive', 's-discover', 's-order', 's-return']);
    const stages = diffMaps(before, after).stages;
    expect(ids(stages.added)).toEqual(['s-return']);
    expect(stages.removed).toEqual([]);
    // Discover and Order kept their relative order: only Receive moved.
    expect(stages.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      { id: 's-receive', changes: [{ field: 'position', before: 2, after: 0 }] },
      {
        id: 's-discover',
        changes: [{ field: 'goal', before: 'Find a shop that delivers here', after: 'Find us' }],
      },
      { id: 's-order', changes: [{ field: 'name', before: 'Order', after: 'Checkout' }] },
    ]);
  });

  it('reports a removed stage and the description of another', () => {
    const before = richMap();
    const after = tweak(before, (draft) => {
      draft.stages = draft.stages.filter((stage) => stage.id !== 's-discover');
      draft.items = draft.items.filter((item) => item.stageId !== 's-discover');
      draft.links = draft.links.filter((link) => link.from !== 'i-ad' && link.from !== 'i-landing');
      const receive = draft.stages.find((stage) => stage.id === 's-receive');
      if (receive) delete receive.description;
    });
    const stages = diffMaps(before, after).stages;
    expect(ids(stages.removed)).toEqual(['s-discover']);
    // Order and Receive moved from indexes 1, 2 to 0, 1, but not relative to each other.
    expect(stages.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      {
        id: 's-receive',
        changes: [{ field: 'description', before: 'Delivery at the door', after: undefined }],
      },
    ]);
  });

  it('reports a lane whose kind changed and a moved lane', () => {
    const before = richMap();
    const after = edit(before, (draft) => {
      setLaneKind(draft, 'l-ideas', 'backstage');
      moveLane(draft, 'l-ideas', 0);
    }).map;
    expect(diffMaps(before, after).lanes.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      {
        id: 'l-ideas',
        changes: [
          { field: 'position', before: 2, after: 0 },
          { field: 'kind', before: 'opportunities', after: 'backstage' },
        ],
      },
    ]);
  });
});

describe('diffMaps: links, personas, quotes, metrics, map details', () => {
  it('reports added and removed links and a changed label', () => {
    const before = richMap();
    const after = edit(before, (draft) => {
      deleteLink(draft, 'k-ad-landing');
      setLinkLabel(draft, 'k-basket-door', 'paid');
      addLink(draft, { id: 'k-slots-idea', from: 'i-slots', to: 'i-idea' });
    }).map;
    const links = diffMaps(before, after).links;
    expect(ids(links.added)).toEqual(['k-slots-idea']);
    expect(ids(links.removed)).toEqual(['k-ad-landing']);
    expect(links.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      { id: 'k-basket-door', changes: [{ field: 'label', before: undefined, after: 'paid' }] },
    ]);
  });

  it('reports added, removed and changed personas', () => {
    const before = richMap();
    const after = edit(before, (draft) => {
      addPersona(draft, { id: 'p-retiree', name: 'Retiree' });
      updatePersona(draft, 'p-parent', { goals: ['Save an evening a week', 'Eat better'] });
      deletePersona(draft, 'p-student');
    }).map;
    const diff = diffMaps(before, after);
    expect(ids(diff.personas.added)).toEqual(['p-retiree']);
    expect(ids(diff.personas.removed)).toEqual(['p-student']);
    expect(diff.personas.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      {
        id: 'p-parent',
        changes: [
          {
            field: 'goals',
            before: ['Save an evening a week'],
            after: ['Save an evening a week', 'Eat better'],
          },
        ],
      },
    ]);
  });

  it('reports quote edits but not a re-ordered list of its items', () => {
    const before = richMap();
    const after = tweak(before, (draft) => {
      const [slots, door] = draft.quotes;
      if (slots) slots.itemIds = ['i-basket', 'i-slots'];
      if (door) Object.assign(door, { text: 'He carried it upstairs!', sentiment: 2 });
      draft.quotes.push({ id: 'q-new', text: 'Cheap', source: 'chat', itemIds: [] });
    });
    const quotes = diffMaps(before, after).quotes;
    expect(ids(quotes.added)).toEqual(['q-new']);
    expect(quotes.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      {
        id: 'q-door',
        changes: [
          { field: 'text', before: 'The driver carried it upstairs!', after: 'He carried it upstairs!' },
          { field: 'sentiment', before: undefined, after: 2 },
        ],
      },
    ]);
  });

  it('reports added, removed and edited metric snapshots', () => {
    const before = richMap();
    const after = tweak(before, (draft) => {
      draft.metrics = draft.metrics.filter((metric) => metric.id !== 'm-basket-ces');
      const nps = draft.metrics.find((metric) => metric.id === 'm-nps');
      if (nps) nps.value = 15;
      draft.metrics.push({ id: 'm-nps-2', kind: 'nps', value: 20, takenAt: '2026-10-30' });
    });
    const metrics = diffMaps(before, after).metrics;
    expect(ids(metrics.added)).toEqual(['m-nps-2']);
    expect(ids(metrics.removed)).toEqual(['m-basket-ces']);
    expect(metrics.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      { id: 'm-nps', changes: [{ field: 'value', before: 12, after: 15 }] },
    ]);
  });

  it('reports the map title, description and unknown map properties', () => {
    const before = richMap();
    const retitled = edit(before, (draft) => setMapTitle(draft, 'Online grocery')).map;
    const after = tweak(retitled, (draft) => {
      delete draft.description;
      draft['workshop'] = { date: '2026-11-20' };
    });
    expect(diffMaps(before, after).map).toEqual([
      { field: 'title', before: 'Online grocery: first order', after: 'Online grocery' },
      { field: 'description', before: 'From the first ad to the first delivery.', after: undefined },
      { field: 'workshop', before: undefined, after: { date: '2026-11-20' } },
    ]);
  });
});
