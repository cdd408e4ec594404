import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openApp, openMapFile, useBrowser } from './app';
import {
  cell,
  expectNoProblems,
  poll,
  renameHeaderInPlace,
  stageHeader,
  typeItemTitle,
} from './editor-helpers';
import { repoRoot } from './fixture-files';

const browser = useBrowser();

const FIXTURE = path.join(repoRoot, 'test/fixtures/maps/rich.cxmap');

/**
 * "What changed since the June workshop, and how did NPS move?": name a revision, edit the map, then
 * compare that revision with the current map from the History panel (depends on its "Compare with
 * current" button).
 */
describe('comparing a named revision with the current map', () => {
  it('outlines what changed, lists the fields and the metrics, and Escape returns to editing', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;

    await openMapFile(page, FIXTURE);
    await stageHeader(page, 'Aware').waitFor();

    await page.keyboard.press('ControlOrMeta+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    await page.keyboard.type('save revision as');
    await page.keyboard.press('Enter');
    const nameDialog = page.getByRole('dialog', { name: 'Save revision as…' });
    await nameDialog.getByRole('textbox', { name: 'Name' }).fill('June workshop');
    await nameDialog.getByRole('button', { name: 'Save revision' }).click();
    await nameDialog.waitFor({ state: 'detached' });

    await renameHeaderInPlace(page, 'stage', 'Aware', 'Noticed');
    await cell(page, 'Actions', 'Book').dblclick();
    await typeItemTitle(page, 'Book online in two taps');

    await page.getByRole('tab', { name: 'History' }).click();
    const juneRow = page.getByRole('listitem').filter({ hasText: 'June workshop' });
    await juneRow.getByRole('button', { name: 'Compare with current' }).click();

    const panel = page.getByRole('region', { name: 'Comparison' });
    await panel.waitFor();
    await expect
      .poll(() => panel.getByRole('heading').first().textContent(), poll)
      .toContain('June workshop →');
    await page.getByRole('group', { name: /Book online in two taps.* — added$/ }).waitFor();
    await page.getByRole('group', { name: 'Stage Noticed — changed' }).waitFor();
    await panel.getByText('Name: Aware → Noticed').waitFor();
    await panel.getByRole('button', { name: 'Book online in two taps — added' }).waitFor();

    // The map's NPS did not move between the two: the same latest value on both sides, change 0.
    const npsRow = panel.getByRole('row', { name: /NPS · Map/ });
    expect(await npsRow.getByRole('cell').allTextContents()).toEqual(['4', '4', '0']);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await stageHeader(page, 'Noticed').waitFor();
    expectNoProblems(app);
  });
});
