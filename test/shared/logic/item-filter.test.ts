import { describe, expect, it } from 'vitest';
import {
  channelsInMap,
  findItems,
  hasActiveCriteria,
  itemMatches,
  ownersInMap,
} from '../../../shared/logic/item-filter';
import type { ItemCriteria } from '../../../shared/logic/item-filter';
import type { Item, JourneyMap } from '../../../shared/model';

const NONE: ItemCriteria = {
  filters: { kinds: [], channels: [], owners: [] },
  focusedPersonaId: null,
  findQuery: null,
};

const item = (fields: Pick<Item, 'id' | 'kind' | 'stageId' | 'laneId' | 'order' | 'title'> & Partial<Item>) =>
  fields as Item;

/** Items listed out of reading order on purpose: findItems must sort them. */
function cafeMap(): JourneyMap {
  return {
    id: 'map-cafe',
    title: 'Café visit',
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
    personas: [
      { id: 'p-ana', name: 'Ana' },
      { id: 'p-bo', name: 'Bo' },
    ],
    stages: [
      { id: 'st-arrive', name: 'Arrive' },
      { id: 'st-pay', name: 'Pay' },
    ],
    lanes: [
      { id: 'ln-touch', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'ln-pain', name: 'Pains', kind: 'pains' },
    ],
    items: [
      item({
        id: 'tp-till',
        kind: 'touchpoint',
        stageId: 'st-pay',
        laneId: 'ln-touch',
        order: 0,
        title: 'Till',
        channel: 'in_person',
        owner: 'Floor staff',
      }),
      item({
        id: 'fr-queue',
        kind: 'friction',
        stageId: 'st-arrive',
        laneId: 'ln-pain',
        order: 0,
        title: 'Long QUEUE at the door',
        severity: 4,
        personaIds: ['p-ana'],
      }),
      item({
        id: 'tp-menu',
        kind: 'touchpoint',
        stageId: 'st-arrive',
        laneId: 'ln-touch',
        order: 1,
        title: 'Menu board',
        description: 'Crème brûlée of the day',
        channel: 'web',
        owner: ' Marketing ',
      }),
      item({
        id: 'tp-app',
        kind: 'touchpoint',
        stageId: 'st-arrive',
        laneId: 'ln-touch',
        order: 0,
        title: 'Order ahead in the app',
        channel: 'app',
        owner: 'Marketing',
        personaIds: ['p-ana', 'p-bo'],
      }),
      item({
        id: 'mm-smile',
        kind: 'magic',
        stageId: 'st-pay',
        laneId: 'ln-pain',
        order: 0,
        title: 'Barista remembers the name',
        personaIds: ['p-bo'],
      }),
    ],
    links: [],
    metrics: [],
    quotes: [],
  };
}

const byId = (map: JourneyMap, id: string): Item => {
  const found = map.items.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no item ${id}`);
  return found;
};

const matchingIds = (map: JourneyMap, criteria: ItemCriteria) =>
  map.items.filter((candidate) => itemMatches(candidate, criteria)).map((candidate) => candidate.id);

describe('findItems', () => {
  it('ignores case and accents, in both the query and the text', () => {
    const map = cafeMap();
    expect(findItems(map, 'creme brulee').map((found) => found.id)).toEqual(['tp-menu']);
    expect(findItems(map, 'CRÈME').map((found) => found.id)).toEqual(['tp-menu']);
    expect(findItems(map, 'queue').map((found) => found.id)).toEqual(['fr-queue']);
    expect(findItems(map, 'café')).toEqual([]);
  });

  it('searches the title, description, owner and channel label, in reading order', () => {
    const map = cafeMap();
    expect(findItems(map, 'marketing').map((found) => found.id)).toEqual(['tp-app', 'tp-menu']);
    expect(findItems(map, 'in person').map((found) => found.id)).toEqual(['tp-till']);
    expect(findItems(map, 'e').map((found) => found.id)).toEqual([
      'tp-app',
      'tp-menu',
      'fr-queue',
      'tp-till',
      'mm-smile',
    ]);
  });

  it('uses the labels the caller gives channels', () => {
    const map = cafeMap();
    expect(findItems(map, 'vor ort', (channel) => (channel === 'in_person' ? 'Vor Ort' : channel))).toEqual([
      byId(map, 'tp-till'),
    ]);
  });

  it('finds nothing for blank text', () => {
    expect(findItems(cafeMap(), '   ')).toEqual([]);
  });
});

describe('itemMatches', () => {
  it('matches everything when no criterion is set', () => {
    const map = cafeMap();
    expect(matchingIds(map, NONE)).toHaveLength(map.items.length);
    expect(hasActiveCriteria(NONE)).toBe(false);
  });

  it('keeps only the items tagged with the focused persona', () => {
    const map = cafeMap();
    const criteria = { ...NONE, focusedPersonaId: 'p-bo' };
    expect(matchingIds(map, criteria)).toEqual(['tp-app', 'mm-smile']);
    expect(hasActiveCriteria(criteria)).toBe(true);
  });

  it('ORs chips within a facet and ANDs the facets, persona focus and text', () => {
    const map = cafeMap();
    const kinds: ItemCriteria = {
      ...NONE,
      filters: { kinds: ['friction', 'magic'], channels: [], owners: [] },
    };
    expect(matchingIds(map, kinds)).toEqual(['fr-queue', 'mm-smile']);

    const channels: ItemCriteria = { ...NONE, filters: { kinds: [], channels: ['web', 'app'], owners: [] } };
    expect(matchingIds(map, channels)).toEqual(['tp-menu', 'tp-app']);

    const channelAndOwner: ItemCriteria = {
      ...NONE,
      filters: { kinds: ['touchpoint'], channels: ['web', 'app', 'in_person'], owners: ['Marketing'] },
    };
    expect(matchingIds(map, channelAndOwner)).toEqual(['tp-menu', 'tp-app']);
    expect(matchingIds(map, { ...channelAndOwner, focusedPersonaId: 'p-ana' })).toEqual(['tp-app']);
    expect(matchingIds(map, { ...channelAndOwner, findQuery: 'MENU' })).toEqual(['tp-menu']);
  });

  it('treats a blank find text as no text', () => {
    expect(matchingIds(cafeMap(), { ...NONE, findQuery: '  ' })).toHaveLength(5);
    expect(hasActiveCriteria({ ...NONE, findQuery: '  ' })).toBe(false);
  });
});

describe('facet values of a map', () => {
  it('lists owners trimmed, once each, sorted; channels once each', () => {
    const map = cafeMap();
    expect(ownersInMap(map)).toEqual(['Floor staff', 'Marketing']);
    expect(channelsInMap(map)).toEqual(['in_person', 'web', 'app']);
  });
});
