import { describe, expect, it } from 'vitest';
import {
  describeMissedTarget,
  describeTrend,
  findFallingSeries,
  findMissedTargets,
} from '../../../shared/metrics';
import { defined, snapshot } from './support';

const nps = (value: number, takenAt: string) => snapshot({ kind: 'nps', value, takenAt, itemId: 'i1' });

describe('findFallingSeries', () => {
  it('reports the run of falls up to the latest snapshot, in plain English', () => {
    const metrics = [
      nps(25, '2025-12-01'),
      nps(30, '2026-01-01'),
      nps(22, '2026-04-01'),
      nps(13, '2026-07-01'),
    ];
    const [trend, ...others] = findFallingSeries(metrics, { minConsecutive: 2 });
    expect(others).toEqual([]);
    expect(trend).toMatchObject({
      kind: 'nps',
      scope: { kind: 'item', itemId: 'i1' },
      from: 30,
      to: 13,
      fromDate: '2026-01-01',
      toDate: '2026-07-01',
      drop: 17,
      steps: 2,
      months: 6,
    });
    expect(describeTrend(defined(trend))).toBe('NPS fell 17 points over 6 months');
  });

  it('counts month-end snapshots as whole months: May to October is a six-month slide', () => {
    const monthEnds = ['2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31'];
    const values = [41, 38, 36, 31, 27, 24];
    const [trend] = findFallingSeries(monthEnds.map((takenAt, index) => nps(values[index] ?? 0, takenAt)));
    expect(describeTrend(defined(trend))).toBe('NPS fell 17 points over 6 months');
  });

  it('ignores a single fall, and a fall that has since recovered', () => {
    expect(findFallingSeries([nps(30, '2026-01-01'), nps(20, '2026-02-01')])).toEqual([]);
    expect(
      findFallingSeries([
        nps(30, '2026-01-01'),
        nps(20, '2026-02-01'),
        nps(10, '2026-03-01'),
        nps(15, '2026-04-01'),
      ]),
    ).toEqual([]);
  });

  it('counts rising churn as getting worse', () => {
    const churn = (value: number, takenAt: string) => snapshot({ kind: 'churn', value, takenAt });
    const falling = findFallingSeries([
      churn(2, '2026-01-01'),
      churn(3, '2026-02-01'),
      churn(5, '2026-03-01'),
    ]);
    expect(falling.map(describeTrend)).toEqual(['Churn rose 3 percentage points over 2 months']);
    expect(
      findFallingSeries([churn(5, '2026-01-01'), churn(3, '2026-02-01'), churn(2, '2026-03-01')]),
    ).toEqual([]);
  });
});

describe('findMissedTargets', () => {
  it('reports series whose latest value is on the wrong side of its target', () => {
    const metrics = [
      snapshot({ kind: 'csat', value: 70, target: 60, takenAt: '2026-01-01', itemId: 'i1' }),
      snapshot({ kind: 'csat', value: 55.5, target: 60, takenAt: '2026-02-01', itemId: 'i1' }),
      snapshot({ kind: 'churn', value: 6, target: 5, takenAt: '2026-02-01' }),
      snapshot({ kind: 'churn', value: 4, target: 5, takenAt: '2026-02-01', stageId: 's1' }),
    ];
    expect(findMissedTargets(metrics).map(describeMissedTarget)).toEqual([
      'CSAT is 4.5 percentage points below its target of 60',
      'Churn is 1 percentage point above its target of 5',
    ]);
  });
});
