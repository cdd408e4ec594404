import { describe, expect, it } from 'vitest';
import { createBlankMap } from '../../../shared/logic';
import { NOW, expectValid } from './support';

describe('createBlankMap', () => {
  const map = createBlankMap({ id: 'map-new', now: NOW, title: 'Checkout journey' });

  it('is a valid document with the given identity, title and time', () => {
    expectValid(map);
    expect(map).toMatchObject({ id: 'map-new', title: 'Checkout journey', createdAt: NOW, updatedAt: NOW });
  });

  it('has the four classic stages in order and no content yet', () => {
    expect(map.stages.map((stage) => stage.name)).toEqual(['Aware', 'Consider', 'Buy', 'Use']);
    expect(map.personas).toEqual([]);
    expect(map.items).toEqual([]);
    expect(map.links).toEqual([]);
    expect(map.metrics).toEqual([]);
    expect(map.quotes).toEqual([]);
  });

  it('has the six workshop lanes, one of them showing the emotion curve', () => {
    expect(map.lanes.map((lane) => lane.kind)).toEqual([
      'actions',
      'touchpoints',
      'emotions',
      'pains',
      'backstage',
      'opportunities',
    ]);
    expect(map.lanes.every((lane) => lane.name.trim().length > 0)).toBe(true);
  });

  it('gives each new map its own records, so editing one never edits another', () => {
    const other = createBlankMap({ id: 'map-other', now: NOW, title: 'Other' });
    expect(other.stages).not.toBe(map.stages);
    expect(other.stages[0]).not.toBe(map.stages[0]);
    expect(other.lanes[0]).not.toBe(map.lanes[0]);
  });
});
