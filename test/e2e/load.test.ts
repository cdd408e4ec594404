import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readCxmap, writeCxmap } from '../../shared/format';
import { generateDocument } from '../bench/generateMap';
import { openApp, openMapFile, useBrowser } from './app';
import { expectNoProblems } from './editor-helpers';

const browser = useBrowser();
const ITEMS = 5_000;

/** Issue "Hardening", load: the largest map we promise opens, edits and saves without an error (timed by the bench). */
describe(`a ${ITEMS.toLocaleString('en')}-item map`, () => {
  it('opens with its size notice, takes an edit and saves whole', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'journey-load-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const source = path.join(folder, 'large.cxmap');
    // One item over the limit, so the notice shows too.
    await writeFile(source, writeCxmap(generateDocument({ itemCount: ITEMS + 1 })));
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await page.evaluate(() =>
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true }),
    );

    await openMapFile(page, source);
    await page.getByRole('status').filter({ hasText: 'more than the 5,000' }).waitFor({ timeout: 60_000 });
    // Edited where a facilitator renames a map: the title in the inspector.
    const title = page.getByRole('textbox', { name: 'Map title' });
    await title.fill('Benchmark journey, renamed');
    await title.press('Tab');

    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('ControlOrMeta+s');
    const saved = path.join(folder, 'saved.cxmap');
    await (await downloading).saveAs(saved);

    const read = readCxmap(new Uint8Array(await readFile(saved)));
    if (!read.ok) throw new Error(`the saved map does not open: ${read.error.kind}`);
    expect(read.value.map.items).toHaveLength(ITEMS + 1);
    expect(read.value.map.title).toBe('Benchmark journey, renamed');
    expectNoProblems(app);
  }, 180_000);
});
