import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { diffMaps, diffMetricSeries } from '../../../shared/logic';
import type { JourneyMap, Metric } from '../../../shared/model';
import { richMap } from './support';

const withMetrics = (metrics: Metric[]): JourneyMap =>
  produce(richMap(), (draft) => {
    draft.metrics = metrics;
  });

/** Rows without their keys, which are an implementation detail of the grouping. */
const rowsOf = (before: JourneyMap, after: JourneyMap) =>
  diffMetricSeries(before, after).map(({ key: _key, ...row }) => row);

describe('diffMetricSeries', () => {
  it('compares the latest snapshot by date on each side, whatever the document order', () => {
    const before = withMetrics([
      { id: 'n2', kind: 'nps', value: 31, takenAt: '2026-06-01' },
      { id: 'n1', kind: 'nps', value: 10, takenAt: '2026-01-01' },
    ]);
    const after = withMetrics([
      { id: 'n2', kind: 'nps', value: 31, takenAt: '2026-06-01' },
      { id: 'n1', kind: 'nps', value: 10, takenAt: '2026-01-01' },
      { id: 'n3', kind: 'nps', value: 24, takenAt: '2026-09-01' },
      { id: 'n0', kind: 'nps', value: 50, takenAt: '2025-01-01' },
    ]);
    expect(rowsOf(before, after)).toEqual([
      { kind: 'nps', name: undefined, scope: { kind: 'map' }, before: 31, after: 24, delta: -7 },
    ]);
  });

  it('orders rows map first, then stages in stage order, then items in document order', () => {
    const map = withMetrics([
      { id: 'a', kind: 'ces', value: 4.2, takenAt: '2026-01-01', itemId: 'i-door' },
      { id: 'b', kind: 'csat', value: 70, takenAt: '2026-01-01', stageId: 's-receive' },
      { id: 'c', kind: 'ces', value: 5, takenAt: '2026-01-01', itemId: 'i-ad' },
      { id: 'd', kind: 'churn', value: 3, takenAt: '2026-01-01' },
      { id: 'e', kind: 'csat', value: 60, takenAt: '2026-01-01', stageId: 's-discover' },
      { id: 'f', kind: 'nps', value: 5, takenAt: '2026-01-01' },
    ]);
    expect(rowsOf(map, map).map((row) => [row.kind, row.scope, row.delta])).toEqual([
      ['nps', { kind: 'map' }, 0],
      ['churn', { kind: 'map' }, 0],
      ['csat', { kind: 'stage', stageId: 's-discover' }, 0],
      ['csat', { kind: 'stage', stageId: 's-receive' }, 0],
      ['ces', { kind: 'item', itemId: 'i-ad' }, 0],
      ['ces', { kind: 'item', itemId: 'i-door' }, 0],
    ]);
  });

  it('keeps custom metrics apart by name and gives decimals a clean delta', () => {
    const before = withMetrics([
      { id: 'r1', kind: 'custom', name: 'Repeat rate', value: 40, takenAt: '2026-01-01' },
      { id: 'b1', kind: 'custom', name: 'Basket size', value: 4.2, takenAt: '2026-01-01' },
    ]);
    const after = withMetrics([
      { id: 'r1', kind: 'custom', name: 'Repeat rate', value: 40, takenAt: '2026-01-01' },
      { id: 'r2', kind: 'custom', name: 'repeat rate ', value: 45, takenAt: '2026-02-01' },
      { id: 'b1', kind: 'custom', name: 'Basket size', value: 4.2, takenAt: '2026-01-01' },
      { id: 'b2', kind: 'custom', name: 'Basket size', value: 3.9, takenAt: '2026-02-01' },
    ]);
    expect(rowsOf(before, after)).toEqual([
      { kind: 'custom', name: 'Basket size', scope: { kind: 'map' }, before: 4.2, after: 3.9, delta: -0.3 },
      { kind: 'custom', name: 'Repeat rate', scope: { kind: 'map' }, before: 40, after: 45, delta: 5 },
    ]);
  });

  it('shows a series only one side has with null on the other side', () => {
    const before = withMetrics([
      { id: 'old', kind: 'csat', value: 80, takenAt: '2026-01-01', stageId: 's-order' },
    ]);
    const after = withMetrics([
      { id: 'new', kind: 'ces', value: 3, takenAt: '2026-02-01', itemId: 'i-basket' },
    ]);
    expect(rowsOf(before, after)).toEqual([
      {
        kind: 'csat',
        name: undefined,
        scope: { kind: 'stage', stageId: 's-order' },
        before: 80,
        after: null,
        delta: null,
      },
      {
        kind: 'ces',
        name: undefined,
        scope: { kind: 'item', itemId: 'i-basket' },
        before: null,
        after: 3,
        delta: null,
      },
    ]);
  });

  it('places the series of a deleted stage after the surviving ones', () => {
    const before = withMetrics([
      { id: 'x', kind: 'csat', value: 50, takenAt: '2026-01-01', stageId: 's-discover' },
      { id: 'y', kind: 'csat', value: 60, takenAt: '2026-01-01', stageId: 's-receive' },
    ]);
    const after = produce(before, (draft) => {
      draft.stages = draft.stages.filter((stage) => stage.id !== 's-discover');
      draft.metrics = draft.metrics.filter((metric) => metric.id !== 'x');
    });
    expect(rowsOf(before, after).map((row) => row.scope)).toEqual([
      { kind: 'stage', stageId: 's-receive' },
      { kind: 'stage', stageId: 's-discover' },
    ]);
  });

  it('is what diffMaps reports as metricSeries', () => {
    const before = richMap();
    const after = withMetrics([{ id: 'm-nps', kind: 'nps', value: 20, takenAt: '2026-09-30' }]);
    expect(diffMaps(before, after).metricSeries).toEqual(diffMetricSeries(before, after));
  });
});
