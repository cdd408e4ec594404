import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readCxmap } from '../../shared/format';
import { openApp, useBrowser } from './app';
import { poll } from './editor-helpers';
import { repoRoot } from './fixture-files';

/**
 * The whole open → edit → save path with the keyboard only (issue "Hardening", item 7): Ctrl+O, Tab
 * into the map, arrow keys to a cell, Enter to its first card, Enter to rename, type, Enter, Ctrl+S.
 * No clicks and no `focus()` calls: every step is a key a user presses.
 */

const browser = useBrowser();
const RICH_MAP = path.join(repoRoot, 'test/fixtures/maps/rich.cxmap');
const MAX_TABS = 80;

/** What has focus, as a user's screen reader names it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      testId: element?.getAttribute('data-testid') ?? null,
      stage: element?.getAttribute('data-cell-stage') ?? null,
      lane: element?.getAttribute('data-cell-lane') ?? null,
      label: element?.getAttribute('aria-label') ?? null,
      tag: element?.tagName ?? null,
    };
  });

describe('open, edit and save with the keyboard only', () => {
  it('Ctrl+O, arrows to a card, Enter to rename, Ctrl+S downloads the renamed map', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    // Headless Chromium has no one to answer the save picker: take the download path (see save.test.ts).
    await page.evaluate(() =>
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true }),
    );

    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.keyboard.press('ControlOrMeta+o');
    await (await chooser).setFiles(RICH_MAP);
    await page
      .getByRole('group', { name: /Touchpoints/ })
      .first()
      .waitFor({ timeout: 15_000 });

    // Tab into the map until a cell of the grid has focus.
    let tabs = 0;
    while ((await focused(page)).testId !== 'grid-cell' && tabs < MAX_TABS) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect((await focused(page)).testId, `a grid cell within ${MAX_TABS} Tabs`).toBe('grid-cell');

    // Arrows walk the grid: down to the Touchpoints lane, left to the first stage.
    for (let step = 0; step < 8 && (await focused(page)).lane !== 'ln-touchpoints'; step += 1) {
      const { lane } = await focused(page);
      await page.keyboard.press(lane === 'ln-actions' ? 'ArrowDown' : 'ArrowUp');
    }
    for (let step = 0; step < 4 && (await focused(page)).stage !== 'st-aware'; step += 1) {
      await page.keyboard.press('ArrowLeft');
    }
    expect(await focused(page)).toMatchObject({ stage: 'st-aware', lane: 'ln-touchpoints' });

    await page.keyboard.press('Enter');
    expect((await focused(page)).label).toBe('Touchpoint: Reaches us by web, stage Aware');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).label).toBe('Touchpoint: Reaches us by phone, stage Aware');

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag, poll).toMatch(/^(INPUT|TEXTAREA)$/);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Calls the hotline');
    await page.keyboard.press('Enter');
    // Focus comes back to the renamed card, so the next key works where the user was.
    await expect
      .poll(async () => (await focused(page)).label, poll)
      .toBe('Touchpoint: Calls the hotline, stage Aware');

    const downloading = page.waitForEvent('download', { timeout: 10_000 });
    await page.keyboard.press('ControlOrMeta+s');
    const download = await downloading;
    const saved = readCxmap(new Uint8Array(await readFile(await download.path())));
    expect(saved.ok).toBe(true);
    if (saved.ok) {
      expect(saved.value.map.items.find((item) => item.id === 'tp-phone')?.title).toBe('Calls the hotline');
    }
    expect(app.problems.pageErrors).toEqual([]);
  });
});
