import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

const panel = () => screen.getByRole('complementary', { name: 'Inspector' });

async function studioWith(selectedItemId?: string) {
  const view = renderStudio();
  act(() =>
    view.store
      .getState()
      .loadDocument(documentOf(commuteMap()), { fileName: 'commute.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  if (selectedItemId !== undefined) act(() => view.store.getState().selectOnlyItem(selectedItemId));
  return view;
}

const snapshotForm = () => within(panel()).getByRole('form', { name: 'Add snapshot' });

describe('evidence in the inspector', { timeout: 30_000 }, () => {
  it('refuses an out-of-range metric with a message, then adds a snapshot and charts the series', async () => {
    const { store } = await studioWith('tp-unlock');
    await userEvent.click(within(panel()).getByRole('button', { name: 'Add snapshot' }));
    await userEvent.type(within(snapshotForm()).getByLabelText('Value'), '140');
    await userEvent.click(within(snapshotForm()).getByRole('button', { name: 'Save snapshot' }));
    expect(within(snapshotForm()).getByRole('alert').textContent).toBe('NPS must be between −100 and 100');
    expect(store.getState().doc?.map.metrics).toEqual([]);

    await userEvent.clear(within(snapshotForm()).getByLabelText('Value'));
    await userEvent.type(within(snapshotForm()).getByLabelText('Value'), '-12');
    await userEvent.type(within(snapshotForm()).getByLabelText('Target (optional)'), '20');
    await userEvent.type(within(snapshotForm()).getByLabelText('Sample size (optional)'), '40');
    await userEvent.click(within(snapshotForm()).getByRole('button', { name: 'Save snapshot' }));

    expect(within(panel()).getByText('NPS −12')).toBeTruthy();
    expect(within(panel()).getByRole('img', { name: 'NPS over time' })).toBeTruthy();
    expect(store.getState().doc?.map.metrics).toEqual([
      expect.objectContaining({ kind: 'nps', value: -12, target: 20, sampleSize: 40, itemId: 'tp-unlock' }),
    ]);
    // The item is now observed: backed by a metric.
    expect(within(panel()).getByText('Observed: backed by a quote or metric')).toBeTruthy();
    expect(within(panel()).getByText('0 quotes · 1 metric series')).toBeTruthy();

    await userEvent.click(within(panel()).getByRole('button', { name: /Delete snapshot of/ }));
    expect(store.getState().doc?.map.metrics).toEqual([]);
  });

  it('edits the declared evidence and the action plan of an opportunity', async () => {
    const { store } = await studioWith('op-reserve');
    await userEvent.selectOptions(within(panel()).getByLabelText('Evidence status'), 'Proposed');
    await userEvent.click(
      within(within(panel()).getByRole('radiogroup', { name: 'Impact 1–5' })).getByRole('radio', {
        name: '4',
      }),
    );
    await userEvent.selectOptions(within(panel()).getByLabelText('Status'), 'In progress');
    const addresses = within(panel()).getByRole('group', { name: 'Friction points it addresses' });
    await userEvent.click(within(addresses).getAllByRole('checkbox')[0] as HTMLElement);
    expect(store.getState().doc?.map.items.find((item) => item.id === 'op-reserve')).toMatchObject({
      evidence: 'proposed',
      impact: 4,
      status: 'in_progress',
      addressesItemIds: ['fr-full'],
    });
  });
});

describe('the quotes panel', { timeout: 30_000 }, () => {
  it('adds a quote, links it to items, and filters by source and item', async () => {
    const { store } = await studioWith();
    await userEvent.click(within(panel()).getByRole('tab', { name: 'Quotes' }));
    await userEvent.click(within(panel()).getByRole('button', { name: 'Add quote' }));
    const form = within(panel()).getByRole('form', { name: 'Add quote' });
    await userEvent.type(within(form).getByLabelText('New quote'), 'The dock was full again');
    await userEvent.selectOptions(within(form).getByLabelText('Sentiment'), '−2 very negative');
    await userEvent.click(within(form).getByRole('button', { name: 'Add quote' }));

    expect(within(panel()).getByText('The dock was full again')).toBeTruthy();
    const title = store.getState().doc?.map.items.find((item) => item.id === 'fr-full')?.title ?? '';
    await userEvent.selectOptions(within(panel()).getByLabelText('Link to item'), title);
    expect(store.getState().doc?.map.quotes).toEqual([
      expect.objectContaining({ text: 'The dock was full again', sentiment: -2, itemIds: ['fr-full'] }),
    ]);

    const filters = within(panel()).getByRole('group', { name: 'Filter quotes' });
    await userEvent.selectOptions(within(filters).getByLabelText('Source'), 'Review');
    expect(within(panel()).getByText('No quotes match these filters.')).toBeTruthy();
    await userEvent.selectOptions(within(filters).getByLabelText('Source'), 'Interview');
    await userEvent.selectOptions(within(filters).getByLabelText('Item'), title);
    expect(within(panel()).getByText('The dock was full again')).toBeTruthy();

    // The item's inspector counts its evidence.
    await userEvent.click(within(panel()).getByRole('tab', { name: 'Inspector' }));
    act(() => store.getState().selectOnlyItem('fr-full'));
    expect(within(panel()).getByText('1 quote · 0 metric series')).toBeTruthy();
  });
});
