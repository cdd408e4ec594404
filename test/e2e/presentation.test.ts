import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openApp, openMapFile, useBrowser } from './app';
import { expectNoProblems, poll, stageHeader } from './editor-helpers';
import { repoRoot } from './fixture-files';

const browser = useBrowser();
const RICH = path.join(repoRoot, 'test/fixtures/maps/rich.cxmap');

const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });
const isFullScreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

describe('presentation mode in Chromium', () => {
  it('opens with F5, moves with the arrow keys and leaves with Esc', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, RICH);
    await stageHeader(page, 'Aware').waitFor();

    await page.keyboard.press('F5');
    const dialog = presentation(page);
    await dialog.waitFor();
    await dialog.getByRole('article', { name: 'Cover' }).waitFor();
    // A user gesture (the key press) lets the page go full screen; the overlay fills the window anyway.
    await expect.poll(() => isFullScreen(page), poll).toBe(true);

    await page.keyboard.press('ArrowRight');
    await dialog.getByText('Stage 1 of 4', { exact: true }).waitFor();
    await dialog.getByRole('article', { name: 'Aware' }).waitFor();

    await page.keyboard.press('ArrowRight');
    await dialog.getByText('Stage 2 of 4', { exact: true }).waitFor();
    await dialog.getByRole('article', { name: 'Book' }).waitFor();
    expect(await dialog.getByRole('status').textContent()).toBe('Stage 2 of 4: Book');

    await page.keyboard.press('ArrowLeft');
    await dialog.getByText('Stage 1 of 4', { exact: true }).waitFor();
    await page.keyboard.press('End');
    await dialog.getByRole('article', { name: 'Summary' }).waitFor();
    await dialog.getByRole('img', { name: /^Average emotion by stage/ }).waitFor();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => isFullScreen(page), poll).toBe(false);
    // Back on the canvas, the map as it was.
    await stageHeader(page, 'Aware').waitFor();
    expectNoProblems(app);
  });
});
