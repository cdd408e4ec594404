import type { CxDocument, Item, JourneyMap } from '../../shared/model';

/**
 * Small maps built in code for the renderer tests: every test sees exactly what it opens, and the
 * expected texts are read from these objects rather than repeated as literals.
 */

const item = (
  fields: Pick<Item, 'id' | 'kind' | 'stageId' | 'laneId' | 'order' | 'title'> & Partial<Item>,
): Item => ({
  ...fields,
});

export function commuteMap(): JourneyMap {
  return {
    id: '5a0c6f1e-1111-4c2d-8e3f-000000000001',
    title: 'Bike share — first ride',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-12T17:30:00.000Z',
    personas: [],
    stages: [
      { id: 'st-find', name: 'Find a bike', goal: 'A bike within 5 minutes' },
      { id: 'st-ride', name: 'Ride' },
      { id: 'st-return', name: 'Return' },
    ],
    lanes: [
      { id: 'ln-touch', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'ln-pains', name: 'Friction & magic', kind: 'pains' },
      { id: 'ln-ideas', name: 'Opportunities', kind: 'opportunities' },
      { id: 'ln-notes', name: 'Notes', kind: 'custom' },
    ],
    items: [
      item({
        id: 'tp-app',
        kind: 'touchpoint',
        stageId: 'st-find',
        laneId: 'ln-touch',
        order: 0,
        title: 'Station map in the app',
        channel: 'app',
        owner: 'Product',
      }),
      item({
        id: 'tp-unlock',
        kind: 'touchpoint',
        stageId: 'st-ride',
        laneId: 'ln-touch',
        order: 0,
        title: 'Unlock with QR code',
        channel: 'app',
      }),
      item({
        id: 'tp-dock',
        kind: 'touchpoint',
        stageId: 'st-return',
        laneId: 'ln-touch',
        order: 0,
        title: 'Dock confirms with a beep',
        channel: 'in_person',
      }),
      item({
        id: 'fr-full',
        kind: 'friction',
        stageId: 'st-return',
        laneId: 'ln-pains',
        order: 0,
        title: 'Station full, no free dock',
        severity: 5,
      }),
      item({
        id: 'mm-lane',
        kind: 'magic',
        stageId: 'st-ride',
        laneId: 'ln-pains',
        order: 0,
        title: 'Protected bike lane all the way',
      }),
      item({
        id: 'op-reserve',
        kind: 'opportunity',
        stageId: 'st-return',
        laneId: 'ln-ideas',
        order: 0,
        title: 'Reserve a dock before arriving',
      }),
      item({
        id: 'nt-weather',
        kind: 'note',
        stageId: 'st-find',
        laneId: 'ln-notes',
        order: 0,
        title: 'Ask about rainy days',
      }),
    ],
    links: [
      { id: 'lk-1', from: 'tp-app', to: 'tp-unlock' },
      { id: 'lk-2', from: 'tp-unlock', to: 'tp-dock', label: 'after the ride' },
    ],
    metrics: [],
    quotes: [],
  };
}

export function documentOf(map: JourneyMap): CxDocument {
  return { format: 'cxmap', version: 1, map };
}

/** A document as the bytes of a `.cxmap` file; `unknown` so tests can also encode broken documents. */
export function fileBytes(document: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(document, null, 2));
}
