import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mainToolbar, openApp, openMapFile, useBrowser } from './app';
import { expectNoProblems, itemCard, poll } from './editor-helpers';
import { repoRoot } from './fixture-files';

const browser = useBrowser();
const GROCERY = path.join(repoRoot, 'test/fixtures/maps/grocery-evidence.cxmap');

describe('evidence on the map', () => {
  it('shows the NPS slide, the badges, the evidence and the action plan of the grocery sample', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, GROCERY);
    await itemCard(page, 'In-app chat').waitFor({ state: 'attached', timeout: poll.timeout });

    await page.getByRole('tab', { name: 'Insights' }).click();
    const falling = page.getByRole('region', { name: 'Falling metrics' });
    // Six monthly snapshots, end of May to end of October: five months between the first and the last.
    await falling
      .getByText('NPS fell 17 points over 6 months (whole journey)')
      .waitFor({ timeout: poll.timeout });

    // The chat's CSAT slide points at its card: the entry selects and reveals it, badge and all.
    await falling.getByRole('button', { name: /^CSAT fell .* \(In-app chat\)$/ }).click();
    const chat = itemCard(page, 'In-app chat');
    await expect.poll(() => chat.getAttribute('aria-description'), poll).toBe('Selected');
    const badge = chat.getByRole('img', { name: 'CSAT 71, down 5 since previous — worse' });
    await badge.waitFor({ timeout: poll.timeout });
    expect(await badge.locator('polyline').count()).toBe(1);
    expect(await chat.getByTestId('evidence-chip').innerText()).toContain('Observed');

    const ranked = page.getByRole('region', { name: 'Friction points by severity and evidence' });
    expect(await ranked.getByRole('button').first().innerText()).toBe(
      'No evening delivery slots left — severity 5, observed',
    );

    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.type('Action plan');
    await page.keyboard.press('Enter');
    const plan = page.getByRole('dialog', { name: 'Action plan' });
    await plan.waitFor({ timeout: poll.timeout });
    expect(await plan.getByTestId('action-plan-entry').locator('button').allInnerTexts()).toEqual([
      'Slot wait-list with push notification',
      'Say the delivery fee in the ad',
      'Instant credit for missing items under €10',
    ]);
    expect(await plan.getByTestId('action-plan-entry').first().innerText()).toContain(
      'Addresses: No evening delivery slots left',
    );

    // Level of detail: zoomed far out, the cards keep their titles and drop the badges and chips.
    await page.keyboard.press('Escape');
    await plan.waitFor({ state: 'detached', timeout: poll.timeout });
    for (let step = 0; step < 5; step += 1) {
      await mainToolbar(page).getByRole('button', { name: 'Zoom out' }).click();
    }
    await expect.poll(() => chat.getByTestId('metric-badge').count(), poll).toBe(0);
    expect(await chat.getByTestId('evidence-chip').count()).toBe(0);
    expectNoProblems(app);
  });
});
