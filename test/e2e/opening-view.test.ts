import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeCxmap } from '../../shared/format';
import { generateDocument } from '../bench/generateMap';
import { openApp, openMapFile, useBrowser } from './app';
import { ITEM_NODE, LANE_HEADER, STAGE_HEADER, countOf } from './canvas';
import { expectNoProblems, poll, toolbarButton } from './editor-helpers';

const browser = useBrowser();
const ITEMS = 1_000;

/** The canvas zoom, read from the viewport's transform as a user's eye would read the card size. */
const zoomOf = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? Number.NaN);
  });

/** The names of the headers matching `selector` that lie wholly inside the canvas. */
const namesInView = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((headerSelector) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return [];
    return [...document.querySelectorAll<HTMLElement>(headerSelector)]
      .filter((header) => {
        const box = header.getBoundingClientRect();
        return (
          box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom
        );
      })
      .map((header) => header.textContent ?? '');
  }, selector);

describe('opening a map too large to read whole', () => {
  it('starts at the first stages at a readable zoom, builds only the cards in view, and fits on request', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'journey-opening-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const document = generateDocument({ itemCount: ITEMS });
    const file = path.join(folder, 'large.cxmap');
    await writeFile(file, writeCxmap(document));
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;

    await openMapFile(page, file);
    await expect.poll(() => countOf(page, ITEM_NODE), poll).toBeGreaterThan(0);

    // Readable: cards with their details, not the far or overview rendering.
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.75);
    expect(await countOf(page, '.item-card--far')).toBe(0);
    // The start of the journey: the first stage and the first lane are on screen, with their names.
    const [firstStage] = document.map.stages;
    const [firstLane] = document.map.lanes;
    if (!firstStage || !firstLane) throw new Error('the generated map has no stage or lane');
    expect((await namesInView(page, STAGE_HEADER)).join('\n')).toContain(firstStage.name);
    expect((await namesInView(page, LANE_HEADER)).join('\n')).toContain(firstLane.name);
    // A file this size is read in a worker (the window stays responsive), started while the app was idle.
    const workerScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('readerWorker')),
    );
    expect(workerScripts).toHaveLength(1);
    // Only what is in view is built; the overview map shows where the rest is.
    expect(await countOf(page, ITEM_NODE)).toBeLessThan(ITEMS / 4);
    expect(await page.getByRole('img', { name: 'Map overview' }).count()).toBe(1);

    // "Zoom to fit" shows all of it, every card arriving over a few frames.
    await toolbarButton(page, 'Zoom to fit').click();
    await expect.poll(() => zoomOf(page), poll).toBeLessThan(0.25);
    await expect.poll(() => countOf(page, ITEM_NODE), { ...poll, timeout: 60_000 }).toBe(ITEMS);
    expectNoProblems(app);
  }, 120_000);
});
