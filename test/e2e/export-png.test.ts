import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openApp, openMapFile, useBrowser } from './app';
import { expectNoProblems, stageHeader } from './editor-helpers';
import { repoRoot } from './fixture-files';

const browser = useBrowser();
const FIXTURE = path.join(repoRoot, 'test/fixtures/maps/rich.cxmap');

/** Width and height from the PNG's IHDR chunk (bytes 16–23), as any image viewer reads them. */
function pngDimensions(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page (the browser's own decoder) and counts its distinct colours. */
async function distinctColours(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    // Not fetch(data:): the app's CSP allows no connections, rightly.
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (context === null) return 0;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    // Every 7th pixel is plenty to tell a drawn map from an empty picture.
    for (let index = 0; index < data.length; index += 28) {
      colours.add(((data[index] ?? 0) << 16) | ((data[index + 1] ?? 0) << 8) | (data[index + 2] ?? 0));
    }
    return colours.size;
  }, bytes.toString('base64'));
}

async function exportPng(page: Page, scale: '1×' | '2×'): Promise<{ name: string; bytes: Buffer }> {
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.waitFor();
  await page.keyboard.type('export png');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export the map as PNG' });
  await dialog.getByRole('radio', { name: new RegExp(`\\(${scale}\\)`) }).check();
  const downloading = page.waitForEvent('download', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Export PNG' }).click();
  const download = await downloading;
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file) };
}

describe('exporting the map as PNG in the browser build', () => {
  it('draws the whole map, named after it, twice as large at 2×', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, FIXTURE);
    await stageHeader(page, 'Aware').waitFor();
    // With a card selected, as a user usually has: the export once waited forever for a queued fit.
    await page.locator('.react-flow__node-item').first().click();
    const single = await exportPng(page, '1×');
    // Zoomed in, the screen shows a corner of the map; the picture is still the whole map.
    for (let step = 0; step < 3; step += 1)
      await page.getByRole('button', { name: 'Zoom in' }).first().click();
    const zoomedIn = await exportPng(page, '1×');
    const double = await exportPng(page, '2×');

    expect(single.name).toBe('Same-day boiler repair.png');
    const one = pngDimensions(single.bytes);
    expect(pngDimensions(zoomedIn.bytes)).toEqual(one);
    expect(one.width).toBeGreaterThan(1000);
    const two = pngDimensions(double.bytes);
    expect(Math.abs(two.width - 2 * one.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
    expect(double.bytes.length).toBeGreaterThan(single.bytes.length);
    // Cards, chips, headers and links in several colours: not a blank or single-colour picture.
    expect(await distinctColours(page, single.bytes)).toBeGreaterThan(20);
    expectNoProblems(app);
  });
});
