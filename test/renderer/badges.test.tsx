import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriesOfItem } from '../../shared/logic';
import type { JourneyMap } from '../../shared/model';
import { indexOfMetrics } from '../../renderer/src/canvas/badges/evidenceSelectors';
import { renderStudioWithMap } from './renderStudio';
import { commuteMap } from './sampleMaps';

/** The commute map with evidence: NPS snapshots on the unlock card, a quote on the station map, a stage KPI. */
function mapWithEvidence(): JourneyMap {
  const map = commuteMap();
  return {
    ...map,
    items: map.items.map((item) => (item.id === 'mm-lane' ? { ...item, evidence: 'proposed' } : item)),
    metrics: [
      { id: 'm1', kind: 'nps', value: 31, takenAt: '2026-01-31', itemId: 'tp-unlock' },
      { id: 'm2', kind: 'nps', value: 24, takenAt: '2026-02-28', itemId: 'tp-unlock' },
      { id: 'm3', kind: 'churn', value: 9, takenAt: '2026-01-31', stageId: 'st-return' },
      { id: 'm4', kind: 'churn', value: 7.5, takenAt: '2026-02-28', stageId: 'st-return' },
    ],
    quotes: [
      {
        id: 'q1',
        text: 'The map showed a bike that was not there',
        source: 'interview',
        itemIds: ['tp-app'],
      },
    ],
  };
}

const card = (itemId: string): HTMLElement => {
  const element = screen.getAllByTestId('item-node').find((node) => node.dataset['itemId'] === itemId);
  if (element === undefined) throw new Error(`no card ${itemId}`);
  return element;
};

describe('metric badges and evidence chips on the canvas', () => {
  it('shows the latest value and the change, labelled worse when NPS fell', async () => {
    await renderStudioWithMap(mapWithEvidence());
    const badge = within(card('tp-unlock')).getByRole('img', {
      name: 'NPS 24, down 7 since previous — worse',
    });
    expect(badge.textContent).toContain('24');
    expect(badge.querySelector('polyline')).not.toBeNull();
  });

  it('calls a falling churn better, on its stage header', async () => {
    await renderStudioWithMap(mapWithEvidence());
    const header = screen
      .getAllByTestId('stage-header')
      .find((node) => node.dataset['headerId'] === 'st-return');
    expect(
      within(header as HTMLElement).getByRole('img', { name: 'Churn 7.5, down 1.5 since previous — better' }),
    ).toBeDefined();
  });

  it('marks claims as observed, assumed or proposed, and describes the card with it', async () => {
    await renderStudioWithMap(mapWithEvidence());
    expect(within(card('tp-app')).getByTestId('evidence-chip').textContent).toContain('Observed');
    expect(within(card('tp-unlock')).getByTestId('evidence-chip').textContent).toContain('Observed');
    expect(within(card('fr-full')).getByTestId('evidence-chip').textContent).toContain('Assumed');
    expect(within(card('mm-lane')).getByTestId('evidence-chip').textContent).toContain('Proposed');
    // Opportunities and notes make no claim about the customer: no chip.
    expect(within(card('op-reserve')).queryByTestId('evidence-chip')).toBeNull();
    expect(within(card('nt-weather')).queryByTestId('evidence-chip')).toBeNull();
    const chipId = card('fr-full').getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(chipId)?.textContent).toContain('no quote or metric backs it yet');
  });

  it('shows at most three badges and counts the rest', async () => {
    const map = mapWithEvidence();
    const kinds = ['csat', 'ces', 'churn', 'resolution_time'] as const;
    await renderStudioWithMap({
      ...map,
      metrics: [
        ...map.metrics,
        ...kinds.map((kind, index) => ({
          id: `x${index}`,
          kind,
          value: 5,
          takenAt: '2026-02-01',
          itemId: 'tp-unlock',
        })),
      ],
    });
    expect(within(card('tp-unlock')).getAllByTestId('metric-badge')).toHaveLength(3);
    expect(within(card('tp-unlock')).getByText('+2 more')).toBeDefined();
  });

  it('hands a badge the same series list when an unrelated card is renamed', async () => {
    const { store } = await renderStudioWithMap(mapWithEvidence());
    const seriesNow = () =>
      seriesOfItem(indexOfMetrics(store.getState().doc?.map.metrics ?? []), 'tp-unlock');
    const before = seriesNow();
    act(() => store.getState().updateItem('tp-app', { title: 'Station finder' }));
    // Same reference: the badge's selector returns what it returned, so the badge does not re-render.
    expect(seriesNow()).toBe(before);
    expect(within(card('tp-app')).getByText('Station finder')).toBeDefined();
  });
});
