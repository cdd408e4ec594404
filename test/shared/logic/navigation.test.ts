import { describe, expect, it } from 'vitest';
import { firstCell, neighbourCell } from '../../../shared/logic';
import { richMap } from './support';

describe('neighbourCell', () => {
  const map = richMap();
  const middle = { stageId: 's-order', laneId: 'l-pains' };

  it('walks stages left and right and lanes up and down', () => {
    expect(neighbourCell(map, middle, 'left')).toEqual({ stageId: 's-discover', laneId: 'l-pains' });
    expect(neighbourCell(map, middle, 'right')).toEqual({ stageId: 's-receive', laneId: 'l-pains' });
    expect(neighbourCell(map, middle, 'up')).toEqual({ stageId: 's-order', laneId: 'l-touch' });
    expect(neighbourCell(map, middle, 'down')).toEqual({ stageId: 's-order', laneId: 'l-ideas' });
  });

  it('stops at the edges of the map instead of wrapping', () => {
    const topLeft = { stageId: 's-discover', laneId: 'l-touch' };
    const bottomRight = { stageId: 's-receive', laneId: 'l-ideas' };
    expect(neighbourCell(map, topLeft, 'left')).toBeNull();
    expect(neighbourCell(map, topLeft, 'up')).toBeNull();
    expect(neighbourCell(map, bottomRight, 'right')).toBeNull();
    expect(neighbourCell(map, bottomRight, 'down')).toBeNull();
  });

  it('follows the current stage and lane order', () => {
    const reordered = { ...map, stages: [...map.stages].reverse() };
    expect(neighbourCell(reordered, middle, 'left')).toEqual({ stageId: 's-receive', laneId: 'l-pains' });
  });

  it('gives null for a cell that is no longer on the map', () => {
    expect(neighbourCell(map, { stageId: 's-gone', laneId: 'l-touch' }, 'right')).toBeNull();
  });
});

describe('firstCell', () => {
  it('is the top-left cell, or null without stages or lanes', () => {
    expect(firstCell(richMap())).toEqual({ stageId: 's-discover', laneId: 'l-touch' });
    expect(firstCell({ ...richMap(), lanes: [] })).toBeNull();
  });
});
