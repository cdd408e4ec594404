import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openInsights, panel } from './insightsMaps';

describe('the Insights panel', { timeout: 20_000 }, () => {
  it('says the NPS slide in words and takes the user to the item', async () => {
    const { store } = await openInsights();
    const falling = within(panel()).getByRole('region', { name: 'Falling metrics' });
    const entry = within(falling).getByRole('button', {
      name: 'NPS fell 17 points over 6 months (Unlock with QR code)',
    });
    await userEvent.click(entry);
    expect(store.getState().selectedItemIds).toEqual(['tp-unlock']);
    expect(store.getState().revealRequest?.itemId).toBe('tp-unlock');
  });

  it('lists friction by severity and evidence, unbacked claims and structural gaps', async () => {
    const { store } = await openInsights();
    const region = (name: string) => within(panel()).getByRole('region', { name });
    expect(
      within(region('Friction points by severity and evidence')).getByRole('button', {
        name: 'Station full, no free dock — severity 5, assumed',
      }),
    ).toBeDefined();
    expect(
      within(region('Claims with no evidence')).getByRole('button', { name: 'Dock confirms with a beep' }),
    ).toBeDefined();
    expect(
      within(region('Items without an owner')).getByRole('button', { name: 'Unlock with QR code' }),
    ).toBeDefined();
    // The full station is addressed by "Reserve a dock", so no friction is left unaddressed.
    expect(within(panel()).queryByRole('region', { name: 'Friction no opportunity addresses' })).toBeNull();

    act(() => store.getState().deleteItems(['op-reserve']));
    expect(
      within(region('Friction no opportunity addresses')).getByRole('button', {
        name: 'Station full, no free dock',
      }),
    ).toBeDefined();
  });
});

describe('the action plan', { timeout: 20_000 }, () => {
  it('opens from the Insights panel, lists opportunities by priority and selects one', async () => {
    const { store } = await openInsights();
    await userEvent.click(within(panel()).getByRole('button', { name: 'Open action plan' }));
    const dialog = screen.getByRole('dialog', { name: 'Action plan' });
    const entries = within(dialog).getAllByTestId('action-plan-entry');
    expect(entries.map((entry) => entry.querySelector('button')?.textContent)).toEqual([
      'Reserve a dock before arriving',
      'Build bigger stations',
    ]);
    expect(entries[0]?.textContent).toContain('Planned');
    expect(entries[0]?.textContent).toContain('Quick wins');
    expect(entries[0]?.textContent).toContain('Owner: Ops');
    expect(entries[0]?.textContent).toContain('Addresses: Station full, no free dock');
    expect(entries[1]?.textContent).toContain('Big bets');
    expect(
      within(dialog).getByRole('button', { name: 'Build bigger stations: impact 5, effort 5' }),
    ).toBeDefined();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Build bigger stations' }));
    expect(screen.queryByRole('dialog', { name: 'Action plan' })).toBeNull();
    expect(store.getState().selectedItemIds).toEqual(['op-bigger']);
  });

  it('is a command in the palette', async () => {
    const { store } = await openInsights();
    act(() => store.getState().openDialog({ kind: 'commandPalette' }));
    await userEvent.keyboard('Action plan');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Action plan' })).toBeDefined();
  });
});
