import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readCxmap } from '../../shared/format';
import { openApp, openMapFile, useBrowser } from './app';
import { expectNoProblems, poll, renameHeaderInPlace, stageHeader } from './editor-helpers';
import { repoRoot } from './fixture-files';

const browser = useBrowser();

const FIXTURE = path.join(repoRoot, 'test/fixtures/maps/rich.cxmap');

const revisionList = (page: Page) => page.getByRole('list', { name: 'Revisions, newest first' });
const revisionRows = (page: Page) => revisionList(page).getByRole('listitem');

/** Headless Chromium has no one to answer the File System Access picker: saves take the download path. */
async function useDownloads(page: Page): Promise<void> {
  await page.evaluate(() =>
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true }),
  );
}

/** Ctrl+S, the download saved as `target`, and the "Saved" message seen. */
async function saveTo(page: Page, target: string): Promise<void> {
  const downloading = page.waitForEvent('download', { timeout: 10_000 });
  await page.keyboard.press('ControlOrMeta+s');
  await (await downloading).saveAs(target);
  await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
}

async function showHistory(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'History' }).click();
}

describe('the history of a map in the browser', () => {
  it('records each save, names, compares, restores, survives a reload and travels in the file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'journey-history-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const launched = await browser();
    const app = await openApp(launched);
    onTestFinished(() => app.close());
    const { page } = app;

    await openMapFile(page, FIXTURE);
    await stageHeader(page, 'Aware').waitFor();
    await useDownloads(page);
    // The sample carries two revisions of its own, merged into the (empty) local history.
    await page.getByText('Added 2 revisions from the file’s history.').waitFor();
    await showHistory(page);
    await expect.poll(() => revisionRows(page).count(), poll).toBe(2);

    const names = ['Aware', 'Noticed', 'Spotted', 'Seen'];
    for (let step = 1; step < names.length; step++) {
      await renameHeaderInPlace(page, 'stage', names[step - 1] ?? '', names[step] ?? '');
      await saveTo(page, path.join(folder, `save-${step}.cxmap`));
      await expect.poll(() => revisionRows(page).count(), poll).toBe(2 + step);
    }
    await expect.poll(() => revisionRows(page).last().textContent(), poll).toContain('First workshop');
    await expect.poll(() => revisionRows(page).first().textContent(), poll).toContain('Automatic save');
    // Rows 0..2 are this session's saves, newest first; the first save is row 2.
    const firstSave = revisionRows(page).nth(2);

    // Name the newest revision.
    await revisionRows(page).first().getByRole('button', { name: 'Rename…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename revision' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Sprint review');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => revisionRows(page).first().textContent(), poll).toContain('Sprint review');

    // Compare the first save with the current map: the compare view shows.
    await firstSave.getByRole('button', { name: 'Compare with current' }).click();
    await page.getByRole('region', { name: 'Comparison' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Close comparison' }).click();

    // Restore the first save: the map is back to its first rename; Undo brings the current one back.
    await firstSave.getByRole('button', { name: 'Restore' }).click();
    await stageHeader(page, 'Noticed').waitFor();
    await page.keyboard.press('ControlOrMeta+z');
    await stageHeader(page, 'Seen').waitFor();

    // A reload keeps the history: it is in IndexedDB, not in the page.
    await page.reload();
    await openMapFile(page, FIXTURE);
    await stageHeader(page, 'Aware').waitFor();
    await useDownloads(page);
    await showHistory(page);
    await expect.poll(() => revisionRows(page).count(), poll).toBe(5);

    // Save with "Include history", then open that file in a new profile: its history comes along.
    await page.getByRole('checkbox', { name: 'Include history when saving' }).check();
    await renameHeaderInPlace(page, 'stage', 'Aware', 'Shared');
    const shared = path.join(folder, 'shared.cxmap');
    await saveTo(page, shared);
    const written = readCxmap(new Uint8Array(await readFile(shared)));
    expect(written.ok && (written.value.history?.length ?? 0)).toBe(5);
    expectNoProblems(app);

    const colleague = await openApp(launched);
    onTestFinished(() => colleague.close());
    await openMapFile(colleague.page, shared);
    await stageHeader(colleague.page, 'Shared').waitFor();
    await colleague.page.getByText('Added 5 revisions from the file’s history.').waitFor();
    await showHistory(colleague.page);
    await expect.poll(() => revisionRows(colleague.page).count(), poll).toBe(5);
    await expect.poll(() => revisionList(colleague.page).textContent(), poll).toContain('Sprint review');
    expectNoProblems(colleague);
  });
});
