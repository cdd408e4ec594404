import { describe, expect, it } from 'vitest';
import { emotionCurve } from '../../../shared/logic';
import type { Item } from '../../../shared/model';
import { richMap } from './support';

describe('emotionCurve', () => {
  it('gives one point per stage in stage order, the mean of its scored touchpoints', () => {
    const map = richMap();
    map.items.push({
      id: 'i-email',
      kind: 'touchpoint',
      stageId: 's-order',
      laneId: 'l-touch',
      order: 1,
      title: 'Mail',
      emotion: 3,
    });
    expect(emotionCurve(map)).toEqual([
      { stageId: 's-discover', mean: 3.5, count: 2 },
      { stageId: 's-order', mean: 2.5, count: 2 },
      { stageId: 's-receive', mean: 5, count: 1 },
    ]);
  });

  it('leaves a gap (null) where no touchpoint is scored, and ignores other kinds', () => {
    const map = richMap();
    const scoredFriction: Item = {
      id: 'i-f',
      kind: 'friction',
      stageId: 's-receive',
      laneId: 'l-pains',
      order: 0,
      title: 'Late',
      emotion: 1,
    };
    map.items = map.items.filter((item) => item.id !== 'i-door').concat(scoredFriction);
    map.items.push({
      id: 'i-t',
      kind: 'touchpoint',
      stageId: 's-receive',
      laneId: 'l-touch',
      order: 0,
      title: 'Unscored',
    });
    expect(emotionCurve(map).at(-1)).toEqual({ stageId: 's-receive', mean: null, count: 0 });
  });

  it('follows the stage order of the map', () => {
    const map = richMap();
    map.stages.reverse();
    expect(emotionCurve(map).map((point) => point.stageId)).toEqual(['s-receive', 's-order', 's-discover']);
  });
});
