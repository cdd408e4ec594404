import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

async function studioWithFindBar() {
  const view = renderStudio();
  act(() =>
    view.store
      .getState()
      .loadDocument(documentOf(commuteMap()), { fileName: 'commute.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  act(() => view.store.getState().setFindQuery(''));
  return view;
}

const findBar = () => screen.getByRole('search', { name: 'Find and filter' });
const input = () => within(findBar()).getByRole('searchbox', { name: 'Find items' });

describe('the find bar', { timeout: 20_000 }, () => {
  it('finds items by text regardless of case, cycles with Enter and Shift+Enter, and reveals each', async () => {
    const { store } = await studioWithFindBar();
    expect(document.activeElement).toBe(input());

    await userEvent.type(input(), 'DOCK');
    expect(within(findBar()).getByText('3 matches')).toBeTruthy();

    await userEvent.keyboard('{Enter}');
    expect(within(findBar()).getByText('1 of 3')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(input()));
    expect(store.getState().selectedItemIds).toEqual(['tp-dock']);
    expect(store.getState().revealRequest?.itemId).toBe('tp-dock');

    await userEvent.keyboard('{Enter}');
    expect(within(findBar()).getByText('2 of 3')).toBeTruthy();
    expect(store.getState().selectedItemIds).toEqual(['fr-full']);
    await waitFor(() => expect(document.activeElement).toBe(input()));

    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(within(findBar()).getByText('1 of 3')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(input()));
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(within(findBar()).getByText('3 of 3')).toBeTruthy();
    expect(store.getState().selectedItemIds).toEqual(['op-reserve']);
  });

  it('says when nothing matches and closes with Esc', async () => {
    const { store } = await studioWithFindBar();
    await userEvent.type(input(), 'scooter');
    expect(within(findBar()).getByText('No matches')).toBeTruthy();

    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('search', { name: 'Find and filter' })).toBeNull();
    expect(store.getState().findQuery).toBeNull();
  });
});

describe('the filter chips', { timeout: 20_000 }, () => {
  it('offers every kind and the channels and owners the map uses, and toggles them', async () => {
    const { store } = await studioWithFindBar();
    const kinds = within(findBar()).getByRole('group', { name: 'Filter by kind' });
    const channels = within(findBar()).getByRole('group', { name: 'Filter by channel' });
    const owners = within(findBar()).getByRole('group', { name: 'Filter by owner' });

    expect(
      within(kinds)
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual(['Touchpoint', 'Friction', 'Magic moment', 'Opportunity', 'Note']);
    expect(
      within(channels)
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual(['App', 'In person']);
    expect(
      within(owners)
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual(['Product']);

    const friction = within(kinds).getByRole('button', { name: 'Friction' });
    await userEvent.click(friction);
    await userEvent.click(within(channels).getByRole('button', { name: 'App' }));

    expect(friction.getAttribute('aria-pressed')).toBe('true');
    expect(store.getState().filters).toEqual({ kinds: ['friction'], channels: ['app'], owners: [] });

    await userEvent.click(friction);
    expect(friction.getAttribute('aria-pressed')).toBe('false');
    expect(store.getState().filters.kinds).toEqual([]);

    await userEvent.click(within(findBar()).getByRole('button', { name: 'Clear filters' }));
    expect(store.getState().filters).toEqual({ kinds: [], channels: [], owners: [] });
  });
});
