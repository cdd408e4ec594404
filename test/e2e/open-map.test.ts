import path from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openApp, openMapFile, useBrowser } from './app';
import { expectMapFitsView, expectMapOnCanvas, minimapColours } from './canvas';
import { fixtureLabel, ownSampleMaps, readMapExpectations, sharedSampleMaps } from './fixture-files';

const browser = useBrowser();

/** Set to refresh the README screenshot: `E2E_SCREENSHOT_DIR=/tmp npm run test:e2e -- open-map`. */
const screenshotDir = process.env['E2E_SCREENSHOT_DIR'];

async function opensAndShows(launched: Browser, file: string, via: 'shortcut' | 'button'): Promise<void> {
  const app = await openApp(launched);
  onTestFinished(() => app.close());

  await openMapFile(app.page, file, via);
  await expectMapOnCanvas(app.page, readMapExpectations(file));

  expect(await app.page.getByRole('alert').count()).toBe(0);
  expect(await app.page.locator('.react-flow__minimap').count()).toBe(1);
  expect(app.problems.pageErrors).toEqual([]);
  expect(app.problems.consoleErrors).toEqual([]);
  expect(app.problems.foreignRequests).toEqual([]);
}

describe('opening our sample maps', () => {
  it('has sample maps to open', () => {
    expect(ownSampleMaps.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of ownSampleMaps) {
    it(`shows every stage, lane, item and link of ${fixtureLabel(file)} (toolbar Open…)`, async () => {
      await opensAndShows(await browser(), file, 'button');
    });
  }

  it('opens a map with the keyboard shortcut too', async () => {
    const file = ownSampleMaps[0];
    if (!file) throw new Error('No sample map of our own to open.');
    await opensAndShows(await browser(), file, 'shortcut');
  });

  it('replaces the open map with the next one opened', async () => {
    const [first, second] = ownSampleMaps;
    if (!first || !second) throw new Error('Two sample maps of our own are needed.');
    const app = await openApp(await browser());
    onTestFinished(() => app.close());

    await openMapFile(app.page, first);
    await expectMapOnCanvas(app.page, readMapExpectations(first));
    await openMapFile(app.page, second);
    await expectMapOnCanvas(app.page, readMapExpectations(second));
  });
});

// Runs where the team's shared fixtures sit beside the repo (CI); a bare clone has none to run.
describe.runIf(sharedSampleMaps.length > 0)('opening the shared sample maps', () => {
  for (const file of sharedSampleMaps) {
    it(`shows every stage, lane, item and link of ${fixtureLabel(file)}`, async () => {
      await opensAndShows(await browser(), file, 'button');
    });
  }
});

describe('fitting a map to the view', () => {
  // The team's full grocery sample when it is there (it makes the better README screenshot), else ours.
  const grocery = [...sharedSampleMaps, ...ownSampleMaps].find((file) =>
    path.basename(file).startsWith('grocery'),
  );

  it('shows the whole grocery sample on screen right after opening it', async () => {
    if (!grocery) throw new Error('No grocery sample map found.');
    const app = await openApp(await browser());
    onTestFinished(() => app.close());

    await openMapFile(app.page, grocery);
    await expectMapOnCanvas(app.page, readMapExpectations(grocery));
    await expectMapFitsView(app.page);
    // The overview in the corner shows the map: headers in grey, touchpoints, friction in red.
    const overview = await minimapColours(app.page);
    for (const colour of ['#e2e8f0', '#cbd5e1', '#fb7185']) expect(overview[colour] ?? 0).toBeGreaterThan(0);

    if (screenshotDir) {
      // Let the fit-view animation and the minimap finish before the picture is taken.
      await app.page.waitForTimeout(500);
      await app.page.screenshot({ path: path.join(screenshotDir, 'e2e-grocery.png') });
    }
  });
});
