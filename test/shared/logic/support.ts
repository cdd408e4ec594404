import { produce } from 'immer';
import { expect } from 'vitest';
import { validateDocument } from '../../../shared/format';
import type { FormatError } from '../../../shared/format';
import type { JourneyMap } from '../../../shared/model';

/**
 * Helpers for the `shared/logic` tests. Edits run inside Immer's `produce`, as the store will run them,
 * so every test also checks that an operation works on a draft and returns nothing tied to it.
 */

/** Runs `operation` on a draft of `map`; returns the next map and what the operation returned. */
export const edit = <T>(
  map: JourneyMap,
  operation: (draft: JourneyMap) => T,
): { map: JourneyMap; result: T } => {
  let result: T | undefined;
  let ran = false;
  const next = produce(map, (draft) => {
    result = operation(draft);
    ran = true;
  });
  if (!ran) throw new Error('the recipe did not run');
  return { map: next, result: result as T };
};

/** The first rule of FORMAT.md the map breaks, or null. */
export const formatProblem = (map: JourneyMap): FormatError | null => {
  const validated = validateDocument({ format: 'cxmap', version: 1, map });
  return validated.ok ? null : validated.error;
};

export const expectValid = (map: JourneyMap): void => {
  expect(formatProblem(map)).toBeNull();
};

/** Cells whose orders are not exactly 0..n-1, as "stage/lane: orders" strings (empty when all are dense). */
export const sparseCells = (map: JourneyMap): string[] => {
  const byCell = new Map<string, number[]>();
  for (const item of map.items) {
    const key = `${item.stageId}/${item.laneId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), item.order]);
  }
  return [...byCell]
    .filter(([, orders]) => [...orders].sort((a, b) => a - b).some((order, index) => order !== index))
    .map(([key, orders]) => `${key}: ${orders.join(',')}`);
};

/** Titles of a cell's items, first to last: what a user sees in that cell. */
export const cellTitles = (map: JourneyMap, stageId: string, laneId: string): string[] =>
  map.items
    .filter((item) => item.stageId === stageId && item.laneId === laneId)
    .sort((a, b) => a.order - b.order)
    .map((item) => item.title);

/** A deterministic id generator: `prefix-1`, `prefix-2`, … */
export const counterIds = (prefix: string): (() => string) => {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}-${next}`;
  };
};

export const NOW = '2026-11-23T09:00:00.000Z';

/**
 * A small but complete map: two personas, three stages, three lanes, items of every kind (two cells
 * hold several), links, metrics scoped to an item, a stage and the map, and quotes pointing at items
 * and personas. Built fresh for every call so tests cannot leak into each other.
 */
export const richMap = (): JourneyMap => ({
  id: 'map-rich',
  title: 'Online grocery: first order',
  description: 'From the first ad to the first delivery.',
  createdAt: '2026-10-01T08:00:00.000Z',
  updatedAt: '2026-10-02T08:00:00.000Z',
  personas: [
    { id: 'p-parent', name: 'Busy parent', segment: 'Families', goals: ['Save an evening a week'] },
    { id: 'p-student', name: 'Student', needs: ['Low delivery fee'] },
  ],
  stages: [
    { id: 's-discover', name: 'Discover', goal: 'Find a shop that delivers here' },
    { id: 's-order', name: 'Order' },
    { id: 's-receive', name: 'Receive', description: 'Delivery at the door' },
  ],
  lanes: [
    { id: 'l-touch', name: 'Touchpoints', kind: 'touchpoints' },
    { id: 'l-pains', name: 'Friction & magic', kind: 'pains' },
    { id: 'l-ideas', name: 'Opportunities', kind: 'opportunities' },
  ],
  items: [
    {
      id: 'i-ad',
      kind: 'touchpoint',
      stageId: 's-discover',
      laneId: 'l-touch',
      order: 0,
      title: 'Social ad',
      channel: 'social',
      emotion: 3,
      personaIds: ['p-parent'],
    },
    {
      id: 'i-landing',
      kind: 'touchpoint',
      stageId: 's-discover',
      laneId: 'l-touch',
      order: 1,
      title: 'Landing page',
      channel: 'web',
      emotion: 4,
      effort: 2,
      success: 4,
    },
    {
      id: 'i-postcode',
      kind: 'friction',
      stageId: 's-discover',
      laneId: 'l-pains',
      order: 0,
      title: 'Postcode check fails',
      severity: 4,
      personaIds: ['p-parent', 'p-student'],
    },
    {
      id: 'i-basket',
      kind: 'touchpoint',
      stageId: 's-order',
      laneId: 'l-touch',
      order: 0,
      title: 'Build basket',
      channel: 'app',
      emotion: 2,
    },
    {
      id: 'i-slots',
      kind: 'friction',
      stageId: 's-order',
      laneId: 'l-pains',
      order: 0,
      title: 'No delivery slots',
      severity: 5,
    },
    {
      id: 'i-substitute',
      kind: 'magic',
      stageId: 's-order',
      laneId: 'l-pains',
      order: 1,
      title: 'Smart substitutions',
    },
    {
      id: 'i-door',
      kind: 'touchpoint',
      stageId: 's-receive',
      laneId: 'l-touch',
      order: 0,
      title: 'Courier at the door',
      channel: 'in_person',
      emotion: 5,
    },
    {
      id: 'i-idea',
      kind: 'opportunity',
      stageId: 's-order',
      laneId: 'l-ideas',
      order: 0,
      title: 'Reserve a slot before checkout',
    },
    {
      id: 'i-note',
      kind: 'note',
      stageId: 's-receive',
      laneId: 'l-ideas',
      order: 0,
      title: 'Ask ops about cold chain',
    },
  ],
  links: [
    { id: 'k-ad-landing', from: 'i-ad', to: 'i-landing' },
    { id: 'k-landing-basket', from: 'i-landing', to: 'i-basket', label: 'postcode ok' },
    { id: 'k-basket-door', from: 'i-basket', to: 'i-door' },
  ],
  metrics: [
    { id: 'm-basket-ces', kind: 'ces', value: 4.2, takenAt: '2026-09-30', itemId: 'i-basket' },
    { id: 'm-order-csat', kind: 'csat', value: 71, takenAt: '2026-09-30', stageId: 's-order' },
    { id: 'm-nps', kind: 'nps', value: 12, takenAt: '2026-09-30' },
  ],
  quotes: [
    {
      id: 'q-slots',
      text: 'Every slot was gone until Thursday.',
      source: 'interview',
      personaId: 'p-parent',
      itemIds: ['i-slots', 'i-basket'],
    },
    { id: 'q-door', text: 'The driver carried it upstairs!', source: 'review', itemIds: ['i-door'] },
    { id: 'q-general', text: 'I would order again.', source: 'survey', personaId: 'p-student', itemIds: [] },
  ],
});
