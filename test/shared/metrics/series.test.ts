import { describe, expect, it } from 'vitest';
import {
  assessChange,
  delta,
  direction,
  directionOfSeries,
  groupSeries,
  latest,
  previous,
  sparklinePoints,
} from '../../../shared/metrics';
import { defined, snapshot } from './support';

describe('groupSeries', () => {
  it('groups by kind, scope and custom name, each series sorted by takenAt', () => {
    const metrics = [
      snapshot({ kind: 'nps', value: 10, takenAt: '2026-03-01', itemId: 'i1' }),
      snapshot({ kind: 'nps', value: 5, takenAt: '2026-01-01', itemId: 'i1' }),
      snapshot({ kind: 'nps', value: 7, takenAt: '2026-02-01', stageId: 's1' }),
      snapshot({ kind: 'nps', value: 8, takenAt: '2026-02-01' }),
      snapshot({ id: 'c1', kind: 'custom', name: 'Repeat rate', value: 1, takenAt: '2026-01-01' }),
      snapshot({ id: 'c2', kind: 'custom', name: 'repeat rate ', value: 2, takenAt: '2026-02-01' }),
      snapshot({ id: 'c3', kind: 'custom', name: 'Basket size', value: 3, takenAt: '2026-02-01' }),
    ];
    const series = groupSeries(metrics);
    expect(series.map((one) => [one.kind, one.scope, one.name, one.snapshots.map((s) => s.value)])).toEqual([
      ['nps', { kind: 'item', itemId: 'i1' }, undefined, [5, 10]],
      ['nps', { kind: 'stage', stageId: 's1' }, undefined, [7]],
      ['nps', { kind: 'map' }, undefined, [8]],
      ['custom', { kind: 'map' }, 'Repeat rate', [1, 2]],
      ['custom', { kind: 'map' }, 'Basket size', [3]],
    ]);
    const [first, second] = series;
    expect(latest(defined(first))?.value).toBe(10);
    expect(previous(defined(first))?.value).toBe(5);
    expect(delta(defined(first))).toBe(5);
    expect(delta(defined(second))).toBeNull();
  });
});

describe('direction and assessChange', () => {
  it('knows which way is good for each kind', () => {
    expect(direction('nps')).toBe('higher');
    expect(direction('csat')).toBe('higher');
    expect(direction('ces')).toBe('higher');
    expect(direction('churn')).toBe('lower');
    expect(direction('resolution_time')).toBe('lower');
    expect(direction('custom')).toBe('higher');
    expect(direction('custom', 'lower')).toBe('lower');
  });
  it('calls rising churn worse and falling churn better', () => {
    expect(assessChange('churn', 1.5)).toBe('worse');
    expect(assessChange('churn', -1.5)).toBe('better');
    expect(assessChange('nps', 3)).toBe('better');
    expect(assessChange('ces', -0.5)).toBe('worse');
    expect(assessChange('custom', 2, 'lower')).toBe('worse');
  });
  it('calls a change too small to show in the number the same', () => {
    expect(assessChange('nps', 0.04)).toBe('same');
    expect(assessChange('nps', 0)).toBe('same');
    expect(assessChange('ces', 0.006)).toBe('better');
  });
  it('reads a custom metric’s own direction from the snapshot', () => {
    const [series] = groupSeries([
      { id: 'c1', kind: 'custom', name: 'Wait', value: 3, takenAt: '2026-01-01', direction: 'lower' },
    ]);
    expect(directionOfSeries(defined(series))).toBe('lower');
  });
});

describe('sparklinePoints', () => {
  it('places points by date and value, with SVG’s y axis pointing down', () => {
    const [series] = groupSeries([
      snapshot({ kind: 'nps', value: 0, takenAt: '2026-01-01' }),
      snapshot({ kind: 'nps', value: 10, takenAt: '2026-01-11' }),
      snapshot({ kind: 'nps', value: 5, takenAt: '2026-01-31' }),
    ]);
    // Jan 1 → Jan 11 is a third of Jan 1 → Jan 31.
    expect(sparklinePoints(defined(series), 90, 20)).toEqual([
      [0, 20],
      [30, 0],
      [90, 10],
    ]);
  });
  it('puts a single or flat series in the middle', () => {
    const [single] = groupSeries([snapshot({ kind: 'nps', value: 4, takenAt: '2026-01-01' })]);
    expect(sparklinePoints(defined(single), 100, 20)).toEqual([[50, 10]]);
  });
});
