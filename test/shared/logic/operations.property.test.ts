import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../shared/model';
import { ITEM_KINDS, LANE_KINDS } from '../../../shared/model';
import {
  addItem,
  addLane,
  addLink,
  addPersona,
  addStage,
  copyItems,
  createBlankMap,
  deleteItems,
  deleteLane,
  deleteLink,
  deletePersona,
  deleteStage,
  duplicateItems,
  moveItems,
  moveLane,
  moveStage,
  pasteFragment,
  renameStage,
  setLaneKind,
  updateItem,
  updatePersona,
} from '../../../shared/logic';
import type { CellRef } from '../../../shared/logic';
import { NOW, counterIds, edit, formatProblem, richMap, sparseCells } from './support';

/**
 * Random edit sequences, as a user in a long workshop might make them, must keep the document valid
 * after every single step. Each step names its targets by numbers that are reduced modulo whatever
 * exists at that moment, so every generated sequence is meaningful however the map has changed.
 */

const OPERATIONS = [
  'addItem',
  'updateItem',
  'moveItems',
  'duplicateItems',
  'copyPaste',
  'deleteItems',
  'addLink',
  'deleteLink',
  'addPersona',
  'updatePersona',
  'tagPersonas',
  'deletePersona',
  'addStage',
  'renameStage',
  'moveStage',
  'deleteStage',
  'addLane',
  'moveLane',
  'setLaneKind',
  'deleteLane',
] as const;
type Operation = (typeof OPERATIONS)[number];

interface Step {
  readonly operation: Operation;
  /** The target cell, among the first few stages and lanes: crowded cells are where order can break. */
  readonly stageAt: number;
  readonly laneAt: number;
  readonly pick: number;
  readonly other: number;
  readonly index: number;
  /** Which of the first eight records a multi-record step takes: bit n set takes the n-th record. */
  readonly mask: number;
  readonly score: number;
}

/** Items are added more often than structure is deleted, so sequences build up crowded maps. */
const WEIGHTS: Partial<Record<Operation, number>> = {
  addItem: 6,
  moveItems: 3,
  duplicateItems: 2,
  copyPaste: 2,
  addLink: 2,
};

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  operation: fc.oneof(
    ...OPERATIONS.map((operation) => ({
      arbitrary: fc.constant(operation),
      weight: WEIGHTS[operation] ?? 1,
    })),
  ),
  stageAt: fc.nat(2),
  laneAt: fc.nat(1),
  pick: fc.nat(1000),
  other: fc.nat(1000),
  index: fc.integer({ min: -1, max: 8 }),
  mask: fc.nat(0xff),
  score: fc.integer({ min: -2, max: 8 }),
});

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
const subset = <T>(list: readonly T[], mask: number): T[] =>
  list.filter((_, position) => position < 8 && ((mask >> position) & 1) === 1);

const randomCell = (map: JourneyMap, step: Step): CellRef | undefined => {
  const stage = pick(map.stages, step.stageAt);
  const lane = pick(map.lanes, step.laneAt);
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : undefined;
};

/** What a step did to the set of items, as the operation itself reported it. */
interface StepOutcome {
  readonly refused: boolean;
  readonly addedItemIds: readonly string[];
  readonly removedItemIds: readonly string[];
}

const NOTHING: StepOutcome = { refused: true, addedItemIds: [], removedItemIds: [] };

const fromResult = (
  result: { readonly ok: boolean },
  added: readonly string[] = [],
  removed: readonly string[] = [],
): StepOutcome => (result.ok ? { refused: false, addedItemIds: added, removedItemIds: removed } : NOTHING);

const runStep = (draft: JourneyMap, step: Step, newId: () => string): StepOutcome => {
  const item = pick(draft.items, step.pick);
  const chosenItemIds = subset(draft.items, step.mask).map((candidate) => candidate.id);
  const cell = randomCell(draft, step);
  const index = step.index < 0 ? undefined : step.index;
  switch (step.operation) {
    case 'addItem': {
      if (!cell) return NOTHING;
      const id = newId();
      const kind = pick(ITEM_KINDS, step.other) ?? 'note';
      const result = addItem(
        draft,
        cell,
        {
          id,
          kind,
          title: `Item ${id}`,
          emotion: step.score,
          severity: kind === 'friction' ? step.score : undefined,
        },
        index,
      );
      return fromResult(result, [id]);
    }
    case 'updateItem': {
      if (!item) return NOTHING;
      const kind = step.mask % 3 === 0 ? pick(ITEM_KINDS, step.other) : undefined;
      const severity = step.mask % 2 === 0 ? step.score : null;
      return fromResult(
        updateItem(draft, item.id, { kind, severity, effort: step.score, title: `Edited ${step.pick}` }),
      );
    }
    case 'moveItems':
      return cell ? fromResult(moveItems(draft, chosenItemIds, cell, index)) : NOTHING;
    case 'duplicateItems': {
      const result = duplicateItems(draft, chosenItemIds, newId);
      return fromResult(result, result.ok ? result.value.itemIds : []);
    }
    case 'copyPaste': {
      if (!cell) return NOTHING;
      const result = pasteFragment(draft, copyItems(draft, chosenItemIds), cell, index, newId);
      return fromResult(result, result.ok ? result.value.itemIds : []);
    }
    case 'deleteItems': {
      const summary = deleteItems(draft, chosenItemIds);
      return { refused: false, addedItemIds: [], removedItemIds: summary.removedItemIds };
    }
    case 'addLink': {
      const from = pick(draft.items, step.pick);
      const to = pick(draft.items, step.other);
      return from && to
        ? fromResult(addLink(draft, { id: newId(), from: from.id, to: to.id, label: 'then' }))
        : NOTHING;
    }
    case 'deleteLink': {
      const link = pick(draft.links, step.pick);
      return link ? fromResult(deleteLink(draft, link.id)) : NOTHING;
    }
    case 'addPersona':
      return fromResult(
        addPersona(draft, { id: newId(), name: `Persona ${step.pick}`, goals: ['Get it done'] }, index),
      );
    case 'updatePersona': {
      const persona = pick(draft.personas, step.pick);
      return persona
        ? fromResult(
            updatePersona(draft, persona.id, { segment: step.mask % 2 ? null : 'SMB', needs: ['Speed'] }),
          )
        : NOTHING;
    }
    case 'tagPersonas': {
      const personaIds = subset(draft.personas, step.mask).map((persona) => persona.id);
      return item ? fromResult(updateItem(draft, item.id, { personaIds })) : NOTHING;
    }
    case 'deletePersona': {
      const persona = pick(draft.personas, step.pick);
      return persona ? fromResult(deletePersona(draft, persona.id)) : NOTHING;
    }
    case 'addStage':
      return fromResult(addStage(draft, { id: newId(), name: `Stage ${step.pick}`, goal: 'Move on' }, index));
    case 'renameStage': {
      const stage = pick(draft.stages, step.pick);
      return stage ? fromResult(renameStage(draft, stage.id, `Renamed ${step.other}`)) : NOTHING;
    }
    case 'moveStage': {
      const stage = pick(draft.stages, step.pick);
      return stage ? fromResult(moveStage(draft, stage.id, step.index)) : NOTHING;
    }
    case 'deleteStage': {
      const stage = pick(draft.stages, step.pick);
      if (!stage) return NOTHING;
      const result = deleteStage(draft, stage.id);
      return fromResult(result, [], result.ok ? result.value.removedItemIds : []);
    }
    case 'addLane': {
      const kind = pick(LANE_KINDS, step.other) ?? 'custom';
      return fromResult(addLane(draft, { id: newId(), name: `Lane ${step.pick}`, kind }, index));
    }
    case 'moveLane': {
      const lane = pick(draft.lanes, step.pick);
      return lane ? fromResult(moveLane(draft, lane.id, step.index)) : NOTHING;
    }
    case 'setLaneKind': {
      const lane = pick(draft.lanes, step.pick);
      return lane
        ? fromResult(setLaneKind(draft, lane.id, pick(LANE_KINDS, step.other) ?? 'custom'))
        : NOTHING;
    }
    case 'deleteLane': {
      const lane = pick(draft.lanes, step.pick);
      if (!lane) return NOTHING;
      const result = deleteLane(draft, lane.id);
      return fromResult(result, [], result.ok ? result.value.removedItemIds : []);
    }
  }
};

const itemIdsOf = (map: JourneyMap): string[] => map.items.map((item) => item.id).sort();

/** Runs the steps one by one and checks the invariants after each; throws naming the step that broke one. */
const checkSequence = (start: JourneyMap, steps: readonly Step[]): void => {
  const newId = counterIds('gen');
  let map = start;
  steps.forEach((step, position) => {
    const { map: next, result: outcome } = edit(map, (draft) => runStep(draft, step, newId));
    const where = `after step ${position + 1} (${step.operation})`;
    expect(formatProblem(next), where).toBeNull();
    expect(sparseCells(next), where).toEqual([]);
    if (outcome.refused) expect(next, `${where}: a refused edit must change nothing`).toBe(map);
    const removed = new Set(outcome.removedItemIds);
    const expected = [...itemIdsOf(map).filter((id) => !removed.has(id)), ...outcome.addedItemIds].sort();
    expect(itemIdsOf(next), `${where}: items kept and added`).toEqual(expected);
    map = next;
  });
};

// About a second alone; the generous timeout is for a loaded two-core machine running every suite at once.
describe('random edit sequences', () => {
  const sequences = fc.array(stepArbitrary, { minLength: 1, maxLength: 60 });

  it('keep a blank map valid, dense and complete after every step', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        checkSequence(createBlankMap({ id: 'map-blank', now: NOW, title: 'Blank' }), steps);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('keep a map with personas, links, metrics and quotes valid, dense and complete after every step', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        checkSequence(richMap(), steps);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
