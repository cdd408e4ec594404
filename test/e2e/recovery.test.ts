import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mainToolbar, openApp, openMapFile, useBrowser } from './app';
import { itemCard, poll, typeItemTitle } from './editor-helpers';
import { repoRoot } from './fixture-files';

const browser = useBrowser();

const GROCERY = path.join(repoRoot, 'test/fixtures/e2e/maps/grocery-click-and-collect.cxmap');
const MAP_TITLE = 'Grocery click & collect — Saturday pickup';
const ORIGINAL_ITEM = 'Shopping list in the app';
const RENAMED_ITEM = 'Shared shopping list';

describe('crash recovery in Chromium (real IndexedDB)', () => {
  it('offers the unsaved changes after a reload and Recover puts them back on the canvas', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;

    await openMapFile(page, GROCERY);
    await itemCard(page, ORIGINAL_ITEM).dblclick();
    await typeItemTitle(page, RENAMED_ITEM);

    // Autosave promises a draft within one second of the change.
    await page.waitForTimeout(1_500);
    await page.reload();
    await mainToolbar(page).waitFor({ state: 'visible' });

    const offer = page.getByRole('region', { name: 'Recover unsaved changes' });
    await expect.poll(() => offer.textContent(), poll).toContain(`Recover unsaved changes to “${MAP_TITLE}”`);
    expect(await offer.textContent()).toContain('1 change');

    await offer.getByRole('button', { name: 'Recover', exact: true }).click();

    await itemCard(page, RENAMED_ITEM).waitFor();
    expect(await itemCard(page, ORIGINAL_ITEM).count()).toBe(0);
    expect(await offer.count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(app.problems.pageErrors).toEqual([]);
    expect(app.problems.consoleErrors).toEqual([]);
  });
});
