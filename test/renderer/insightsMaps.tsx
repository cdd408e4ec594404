import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { JourneyMap, Metric } from '../../shared/model';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

/** The commute map with evidence for the Insights panel and action plan tests. */

export const panel = () => screen.getByRole('complementary', { name: 'Inspector' });

const nps = (id: string, value: number, takenAt: string): Metric => ({
  id,
  kind: 'nps',
  value,
  takenAt,
  itemId: 'tp-unlock',
});

/** Unlock's NPS slid for six months; the reserve-a-dock idea addresses the full station. */
export function evidenceMap(): JourneyMap {
  const map = commuteMap();
  const today = new Date();
  const monthsAgo = (months: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1)).toISOString().slice(0, 10);
  return {
    ...map,
    items: [
      ...map.items.map((item) =>
        item.id === 'op-reserve'
          ? {
              ...item,
              impact: 4,
              deliveryEffort: 2,
              status: 'planned' as const,
              owner: 'Ops',
              addressesItemIds: ['fr-full'],
            }
          : item,
      ),
      {
        id: 'op-bigger',
        kind: 'opportunity',
        stageId: 'st-return',
        laneId: 'ln-ideas',
        order: 1,
        title: 'Build bigger stations',
        impact: 5,
        deliveryEffort: 5,
      },
    ],
    metrics: [
      nps('n0', 41, monthsAgo(6)),
      nps('n1', 38, monthsAgo(5)),
      nps('n2', 36, monthsAgo(4)),
      nps('n3', 31, monthsAgo(3)),
      nps('n4', 27, monthsAgo(2)),
      nps('n5', 24, monthsAgo(0)),
    ],
  };
}

export async function openInsights() {
  const view = renderStudio();
  act(() =>
    view.store
      .getState()
      .loadDocument(documentOf(evidenceMap()), { fileName: 'commute.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  await userEvent.click(within(panel()).getByRole('tab', { name: 'Insights' }));
  return view;
}
