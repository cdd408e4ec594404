import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readCxmap, writeCxmap } from '../../shared/format';
import type { CxDocument } from '../../shared/model';
import { openApp, openMapFile, useBrowser } from './app';
import { expectNoProblems, poll, renameHeaderInPlace, stageHeader } from './editor-helpers';
import { repoRoot } from './fixture-files';

const browser = useBrowser();

const FIXTURE = path.join(repoRoot, 'test/fixtures/maps/rich.cxmap');

const readMap = async (file: string): Promise<CxDocument> => {
  const read = readCxmap(new Uint8Array(await readFile(file)));
  if (!read.ok) throw new Error(`${file} does not open: ${read.error.kind}`);
  return read.value;
};

describe('saving in the browser', () => {
  it('downloads the edited map with Ctrl+S, byte for byte what the writer makes, and it opens again', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'journey-save-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const launched = await browser();
    const app = await openApp(launched);
    onTestFinished(() => app.close());
    const { page } = app;

    await openMapFile(page, FIXTURE);
    await stageHeader(page, 'Aware').waitFor();
    const original = await readMap(FIXTURE);
    expect(await page.title()).toBe(`${original.map.title} — Journey Studio`);
    // Headless Chromium has the File System Access API but no one to answer its picker: take the
    // bridge's other path, the download, which every browser has.
    await page.evaluate(() =>
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true }),
    );

    await renameHeaderInPlace(page, 'stage', 'Aware', 'Noticed');
    await expect.poll(() => page.title(), poll).toBe(`• ${original.map.title} — Journey Studio`);

    const downloading = page.waitForEvent('download', { timeout: 10_000 });
    await page.keyboard.press('ControlOrMeta+s');
    const download = await downloading;
    // The file keeps its own name; the map title is only proposed for a map that has none.
    expect(download.suggestedFilename()).toBe('rich.cxmap');
    const saved = path.join(folder, 'saved.cxmap');
    await download.saveAs(saved);
    await expect.poll(() => page.title(), poll).toBe(`${original.map.title} — Journey Studio`);
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const written = await readMap(saved);
    expect(written.map.stages[0]?.name).toBe('Noticed');
    // What the writer makes of the original with the one edit (and the save's timestamp).
    const expected: CxDocument = {
      ...original,
      map: {
        ...original.map,
        updatedAt: written.map.updatedAt,
        stages: original.map.stages.map((stage, index) =>
          index === 0 ? { ...stage, name: 'Noticed' } : stage,
        ),
      },
    };
    expect(await readFile(saved, 'utf8')).toBe(writeCxmap(expected));
    expectNoProblems(app);

    const again = await openApp(launched);
    onTestFinished(() => again.close());
    await openMapFile(again.page, saved);
    await stageHeader(again.page, 'Noticed').waitFor();
    expect(await again.page.title()).toBe(`${original.map.title} — Journey Studio`);
    expectNoProblems(again);
  });
});
