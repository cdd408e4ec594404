import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { measureCaptureView } from '../bench/captureProbe';
import { openApp, openMapFile, useBrowser } from './app';
import { centreOf, expectNoProblems, itemCard, poll } from './editor-helpers';

const browser = useBrowser();
const LABEL = 'skips the queue';

/**
 * Three cards stacked in one cell, the first linked to the third: the link runs straight down through
 * the middle card, and its midpoint, where the label goes, is on that card.
 */
function stackedMapText(): string {
  const item = (id: string, order: number, title: string) => ({
    id,
    kind: 'touchpoint',
    stageId: 'st-visit',
    laneId: 'ln-touchpoints',
    order,
    title,
  });
  return JSON.stringify({
    format: 'cxmap',
    version: 1,
    map: {
      id: '3f0b6f4e-2a1c-4d6e-8b7a-5c4d3e2f1a0b',
      title: 'Stacked cards',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
      personas: [],
      stages: [{ id: 'st-visit', name: 'Visit' }],
      lanes: [{ id: 'ln-touchpoints', name: 'Touchpoints', kind: 'touchpoints' }],
      items: [
        item('tp-top', 0, 'Top card'),
        item('tp-middle', 1, 'Middle card'),
        item('tp-bottom', 2, 'Bottom card'),
      ],
      links: [{ id: 'lk-over', from: 'tp-top', to: 'tp-bottom', label: LABEL }],
      metrics: [],
      quotes: [],
    },
  });
}

async function writeMap(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'link-labels-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  const file = path.join(folder, 'stacked.cxmap');
  await writeFile(file, stackedMapText(), 'utf8');
  return file;
}

/** What the user sees at the label's centre: the element the browser hits there, described. */
function topmostAtCentreOf(page: Page, selector: string) {
  return page.evaluate((wanted) => {
    const label = document.querySelector(wanted);
    if (label === null) return null;
    const box = label.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      isLabel: hit !== null && label.contains(hit),
      hitText: hit?.textContent ?? null,
      hitClass: hit?.getAttribute('class') ?? null,
      // Which card the label sits on (so the test proves the geometry it means to).
      underCard:
        [...document.querySelectorAll('[data-item-id]')]
          .find((card) => {
            const cardBox = card.getBoundingClientRect();
            const x = box.left + box.width / 2;
            const y = box.top + box.height / 2;
            return x > cardBox.left && x < cardBox.right && y > cardBox.top && y < cardBox.bottom;
          })
          ?.getAttribute('data-item-id') ?? null,
    };
  }, selector);
}

describe('link labels over cards', () => {
  it('shows a link label on top of the card under it, and edits it on a double-click', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, await writeMap());
    await itemCard(page, 'Middle card').waitFor();

    const label = page.locator('.react-flow__edgelabel-renderer .link-label', { hasText: LABEL });
    await label.waitFor();
    await expect
      .poll(() => topmostAtCentreOf(page, '.react-flow__edgelabel-renderer .link-label'), poll)
      .toEqual(expect.objectContaining({ isLabel: true, underCard: 'tp-middle' }));

    // The label is part of the link: a double-click on it opens the link's label editor.
    await label.dblclick();
    const field = page.getByRole('textbox', { name: 'Link label' });
    await expect.poll(() => field.inputValue(), poll).toBe(LABEL);
    await page.keyboard.press('Escape');
    await expect.poll(() => field.count(), poll).toBe(0);

    // It does not stop a drag from panning the map, as a drag on the line would not.
    const viewport = page.locator('.react-flow__viewport');
    const before = await viewport.evaluate((element) => getComputedStyle(element).transform);
    const start = await centreOf(label);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(start.x + 8 * step, start.y + 4 * step);
    await page.mouse.up();
    await expect
      .poll(() => viewport.evaluate((element) => getComputedStyle(element).transform), poll)
      .not.toBe(before);
    expectNoProblems(app);
  });

  it('steps under the card while its title is typed in place, and comes back after', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, await writeMap());
    const middle = itemCard(page, 'Middle card');
    await middle.waitFor();
    const labelSelector = '.react-flow__edgelabel-renderer .link-label';
    await expect
      .poll(() => topmostAtCentreOf(page, labelSelector), poll)
      .toEqual(expect.objectContaining({ isLabel: true, underCard: 'tp-middle' }));

    await middle.focus();
    await page.keyboard.press('Enter');
    const field = page.locator('.react-flow').getByRole('textbox', { name: 'Item title' });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement), poll).toBe(true);
    // What is under the pointer at the label's place is now the card being renamed, not the label.
    const whileRenaming = await topmostAtCentreOf(page, labelSelector);
    expect(whileRenaming).toEqual(expect.objectContaining({ isLabel: false, underCard: 'tp-middle' }));
    expect(
      await page.evaluate((label) => {
        const box = document.querySelector(label)?.getBoundingClientRect();
        const hit = box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null;
      }, labelSelector),
    ).toBe('tp-middle');

    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'detached' });
    await expect
      .poll(() => topmostAtCentreOf(page, labelSelector), poll)
      .toEqual(expect.objectContaining({ isLabel: true }));
    expectNoProblems(app);
  });

  it('draws the label above the card in the PNG capture', async () => {
    const context = await (await browser()).newContext({ viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();

    await measureCaptureView(page, inject('baseUrl'), stackedMapText(), 1);

    expect(await topmostAtCentreOf(page, '.capture-map .link-label')).toEqual(
      expect.objectContaining({ isLabel: true, hitText: LABEL, underCard: 'tp-middle' }),
    );
  });
});
