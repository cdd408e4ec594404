import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openApp, openMapFile, useBrowser } from './app';
import {
  cell,
  expectNoProblems,
  itemCard,
  pickScore,
  poll,
  renameHeaderInPlace,
  stageHeader,
  typeItemTitle,
} from './editor-helpers';
import { repoRoot } from './fixture-files';

const browser = useBrowser();

const FIXTURE = path.join(repoRoot, 'test/fixtures/maps/rich.cxmap');

/** Names the current map as a revision through the command palette, as a keyboard user does. */
async function saveRevisionAs(page: Page, name: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type('save revision as');
  await page.keyboard.press('Enter');
  const nameDialog = page.getByRole('dialog', { name: 'Save revision as…' });
  await nameDialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await nameDialog.getByRole('button', { name: 'Save revision' }).click();
  await nameDialog.waitFor({ state: 'detached' });
}

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

    await saveRevisionAs(page, 'June workshop');

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

  it('draws the revision’s emotion curve dashed under the current one', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;

    await openMapFile(page, FIXTURE);
    await stageHeader(page, 'Aware').waitFor();

    await saveRevisionAs(page, 'June workshop');

    // "After care" felt 4 and 3 (mean 3.5); the SMS reminder now feels 1, so the stage falls to 2.
    await itemCard(page, 'Reaches us by sms').click();
    await pickScore(page, 'Emotion 1–5', 1);

    await page.getByRole('tab', { name: 'History' }).click();
    const juneRow = page.getByRole('listitem').filter({ hasText: 'June workshop' });
    await juneRow.getByRole('button', { name: 'Compare with current' }).click();

    const revisionCanvas = page.getByLabel('Map revision (read-only)');
    const curve = revisionCanvas.getByTestId('emotion-curve');
    await expect
      .poll(() => curve.getAttribute('aria-label'), poll)
      .toBe('Emotion curve: before (dashed) 3.3, 2.7, 2, 3.5; after 3.3, 2.7, 2, 2');
    // Two lines across the four stages: the current one, and the revision's, dashed.
    const lines = curve.locator('path.emotion-curve__line');
    expect(await lines.count()).toBe(2);
    const dashes = await lines.evaluateAll((paths) =>
      paths.map((path) => getComputedStyle(path).strokeDasharray),
    );
    expect(dashes.filter((dash) => dash !== 'none')).toHaveLength(1);
    await revisionCanvas.getByText('before', { exact: true }).waitFor();

    expectNoProblems(app);
  });
});
