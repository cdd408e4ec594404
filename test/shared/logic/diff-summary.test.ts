import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  addItem,
  addLane,
  addStage,
  deleteItems,
  deleteStage,
  diffMaps,
  formatDiffSummary,
  renameStage,
  summarizeDiff,
  updateItem,
} from '../../../shared/logic';
import type { DiffSummaryPart } from '../../../shared/logic';
import type { JourneyMap, Metric } from '../../../shared/model';
import { edit, richMap } from './support';

const summaryLine = (before: JourneyMap, after: JourneyMap): string =>
  formatDiffSummary(summarizeDiff(diffMaps(before, after)));

const withMetrics = (map: JourneyMap, metrics: Metric[]): JourneyMap =>
  produce(map, (draft) => {
    draft.metrics = metrics;
  });

describe('summarizeDiff and formatDiffSummary', () => {
  it('says "No changes" for identical maps', () => {
    const map = richMap();
    expect(summarizeDiff(diffMaps(map, map))).toEqual([]);
    expect(summaryLine(map, map)).toBe('No changes');
  });

  it('summarises three new touchpoints, a removed friction and a new NPS reading', () => {
    const before = withMetrics(richMap(), [{ id: 'm-nps', kind: 'nps', value: 31, takenAt: '2026-09-30' }]);
    const edited = edit(before, (draft) => {
      const cell = { stageId: 's-receive', laneId: 'l-touch' };
      addItem(draft, cell, { id: 'i-sms', kind: 'touchpoint', title: 'Delivery SMS' });
      addItem(draft, cell, { id: 'i-receipt', kind: 'touchpoint', title: 'E-mail receipt' });
      addItem(draft, cell, { id: 'i-survey', kind: 'touchpoint', title: 'Survey' });
      deleteItems(draft, ['i-postcode']);
    }).map;
    const after = produce(edited, (draft) => {
      draft.metrics.push({ id: 'm-nps-2', kind: 'nps', value: 24, takenAt: '2026-11-20' });
    });
    const summary = summarizeDiff(diffMaps(before, after));
    expect(summary).toEqual([
      { type: 'items-added', kind: 'touchpoint', count: 3 },
      { type: 'items-removed', kind: 'friction', count: 1 },
      { type: 'metric-moved', kind: 'nps', name: undefined, scope: { kind: 'map' }, before: 31, after: 24 },
    ]);
    expect(formatDiffSummary(summary)).toBe('+3 touchpoints, \u22121 friction, NPS 31 \u2192 24');
  });

  it('gets singular and plural right for every kind and collection', () => {
    const parts: DiffSummaryPart[] = [
      { type: 'items-added', kind: 'touchpoint', count: 1 },
      { type: 'items-added', kind: 'friction', count: 2 },
      { type: 'items-added', kind: 'magic', count: 1 },
      { type: 'items-added', kind: 'opportunity', count: 2 },
      { type: 'items-removed', kind: 'note', count: 1 },
      { type: 'items-changed', count: 1 },
      { type: 'stages-added', count: 2 },
      { type: 'lanes-removed', count: 1 },
      { type: 'links-changed', count: 2 },
      { type: 'metrics-added', count: 1 },
      { type: 'map-details-changed', fields: ['title'] },
    ];
    expect(formatDiffSummary(parts)).toBe(
      '+1 touchpoint, +2 frictions, +1 magic moment, +2 opportunities, \u22121 note, 1 item changed, ' +
        '+2 stages, \u22121 lane, 2 links changed, +1 metric snapshot, title changed',
    );
  });

  it('counts changed items, stages and lanes after the item counts', () => {
    const before = richMap();
    const after = edit(before, (draft) => {
      updateItem(draft, 'i-ad', { title: 'Video ad' });
      updateItem(draft, 'i-door', { emotion: 4 });
      renameStage(draft, 's-order', 'Checkout');
      addStage(draft, { id: 's-return', name: 'Return' });
      addLane(draft, { id: 'l-back', name: 'Backstage', kind: 'backstage' });
    }).map;
    expect(summaryLine(before, after)).toBe('2 items changed, +1 stage, 1 stage changed, +1 lane');
  });

  it('lists a removed stage together with the items it took', () => {
    const before = richMap();
    const after = edit(before, (draft) => deleteStage(draft, 's-receive')).map;
    // Receive held the courier (a touchpoint) and the cold-chain note; its link and quote went too.
    expect(summaryLine(before, after)).toBe(
      '\u22121 touchpoint, \u22121 note, \u22121 stage, \u22121 link, 1 quote changed',
    );
  });

  it('shows at most two metric moves, map-level first, and counts the other snapshots', () => {
    const before = withMetrics(richMap(), [
      { id: 'a', kind: 'ces', value: 4, takenAt: '2026-01-01', itemId: 'i-basket' },
      { id: 'b', kind: 'csat', value: 70, takenAt: '2026-01-01', stageId: 's-order' },
      { id: 'c', kind: 'nps', value: -5, takenAt: '2026-01-01' },
    ]);
    const after = produce(before, (draft) => {
      for (const metric of draft.metrics) metric.value += 2;
    });
    expect(summaryLine(before, after)).toBe(
      'NPS \u22125 \u2192 \u22123, CSAT 70 \u2192 72, 1 metric snapshot changed',
    );
  });

  it('names custom metrics and ignores a move smaller than the displayed precision', () => {
    const before = withMetrics(richMap(), [
      { id: 'r', kind: 'custom', name: 'Repeat rate', value: 40, takenAt: '2026-01-01' },
      { id: 'c', kind: 'ces', value: 4.2, takenAt: '2026-01-01' },
    ]);
    const after = produce(before, (draft) => {
      const [repeat, ces] = draft.metrics;
      if (repeat) repeat.value = 42.5;
      if (ces) ces.value = 4.201;
    });
    expect(summaryLine(before, after)).toBe('Repeat rate 40 \u2192 42.5, 1 metric snapshot changed');
  });
});
