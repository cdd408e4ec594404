import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppSession } from './app';
import { mainToolbar } from './app';
import { EDGE, ITEM_NODE } from './canvas';

/** Canvas updates are a frame or two behind a key press; a busy 2-core machine makes that longer. */
export const poll = { timeout: 10_000, interval: 50 };

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ctrl/Cmd+N, then a starter of the New map dialog ("Blank map" or a template's title). */
export async function startNewMap(page: Page, starter: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+n');
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await dialog.getByRole('button', { name: new RegExp(`^${escapeRegExp(starter)}`) }).click();
  await dialog.waitFor({ state: 'detached' });
}

export function canvas(page: Page): Locator {
  return page.locator('.react-flow');
}

export function stageHeader(page: Page, name: string): Locator {
  return page.getByRole('group', { name: new RegExp(`^Stage \\d+: ${escapeRegExp(name)}$`) });
}

export function laneHeader(page: Page, name: string): Locator {
  return page.getByRole('group', { name: new RegExp(`^Lane \\d+: ${escapeRegExp(name)}$`) });
}

/** The grid cell of a lane and a stage, named "Cell Touchpoints × Order, 2 items". */
export function cell(page: Page, lane: string, stage: string): Locator {
  return page.getByRole('group', {
    name: new RegExp(`^Cell ${escapeRegExp(lane)} × ${escapeRegExp(stage)}, \\d+ items?$`),
  });
}

/** An item card by its title, as its accessible name says it ("Friction: No slots, stage Order"). */
export function itemCard(page: Page, title: string): Locator {
  return page.locator(ITEM_NODE).filter({ has: page.getByText(title, { exact: true }) });
}

/** Double-click a stage or lane header, type the new name, Enter. */
export async function renameHeaderInPlace(
  page: Page,
  kind: 'stage' | 'lane',
  name: string,
  newName: string,
): Promise<void> {
  const header = kind === 'stage' ? stageHeader(page, name) : laneHeader(page, name);
  await header.dblclick();
  // Scoped to the canvas: the inspector has a field of the same name for the selected header.
  const field = canvas(page).getByRole('textbox', { name: kind === 'stage' ? 'Stage name' : 'Lane name' });
  await expect.poll(() => field.evaluate((element) => element === document.activeElement), poll).toBe(true);
  await page.keyboard.type(newName);
  await page.keyboard.press('Enter');
  await (kind === 'stage' ? stageHeader(page, newName) : laneHeader(page, newName)).waitFor();
}

/**
 * The header's "⋯" menu → "Delete stage…" / "Delete lane…" → the confirm dialog's Delete. With the
 * keyboard: Enter on the "⋯" button, Enter on the entry.
 */
export async function deleteHeaderThroughMenu(
  page: Page,
  kind: 'stage' | 'lane',
  name: string,
  via: 'mouse' | 'keyboard' = 'mouse',
): Promise<void> {
  const menuButton = headerMenuButton(page, kind, name);
  const entry = page.getByRole('menuitem', { name: kind === 'stage' ? 'Delete stage…' : 'Delete lane…' });
  if (via === 'mouse') {
    await menuButton.click();
    await entry.click();
  } else {
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await entry.focus();
    await page.keyboard.press('Enter');
  }
  const confirm = page.getByRole('alertdialog');
  await expect.poll(() => confirm.textContent(), poll).toContain(name);
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await confirm.waitFor({ state: 'detached' });
  await (kind === 'stage' ? stageHeader(page, name) : laneHeader(page, name)).waitFor({ state: 'detached' });
}

export function headerMenuButton(page: Page, kind: 'stage' | 'lane', name: string): Locator {
  return page.getByRole('button', {
    name: `${kind === 'stage' ? 'Stage' : 'Lane'} actions: ${name}`,
    exact: true,
  });
}

/** Types a title into the open in-place title field of a card and commits it with Enter. */
export async function typeItemTitle(page: Page, title: string): Promise<void> {
  const field = canvas(page).getByRole('textbox', { name: 'Item title' });
  await expect.poll(() => field.evaluate((element) => element === document.activeElement), poll).toBe(true);
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await field.waitFor({ state: 'detached' });
  await itemCard(page, title).waitFor();
}

export function toolbarButton(page: Page, name: string): Locator {
  return mainToolbar(page).getByRole('button', { name, exact: true });
}

/** A mouse drag in small steps, so React Flow sees a real drag rather than a click. */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centreOf(from);
  const end = await centreOf(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps = 12;
  for (let step = 1; step <= steps; step += 1) {
    await page.mouse.move(
      start.x + ((end.x - start.x) * step) / steps,
      start.y + ((end.y - start.y) * step) / steps,
    );
  }
  await page.mouse.up();
}

export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error(`Not on screen: ${locator.toString()}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags from the right connection point of one card to the left connection point of another. The
 * pointer first rests on the handle itself (it shows on hover), as a user's would before pressing.
 */
export async function linkWithMouse(page: Page, fromTitle: string, toTitle: string): Promise<void> {
  const fromHandle = itemCard(page, fromTitle).locator('.react-flow__handle-right');
  const toHandle = itemCard(page, toTitle).locator('.react-flow__handle-left');
  await fromHandle.hover();
  const end = await centreOf(toHandle);
  const start = await centreOf(fromHandle);
  await page.mouse.down();
  const steps = 12;
  for (let step = 1; step <= steps; step += 1) {
    await page.mouse.move(
      start.x + ((end.x - start.x) * step) / steps,
      start.y + ((end.y - start.y) * step) / steps,
    );
  }
  await page.mouse.up();
}

/** Picks a 1–5 score in the inspector's radio group ("Emotion 1–5"). */
export async function pickScore(page: Page, group: string, score: number): Promise<void> {
  const radio = page
    .getByRole('radiogroup', { name: group })
    .getByRole('radio', { name: String(score), exact: true });
  await radio.check();
}

/** Clicks an empty part of the canvas: nothing selected, the keyboard back on the map. */
export async function clickEmptyCanvas(page: Page): Promise<void> {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (box === null) throw new Error('The canvas is not on screen.');
  await page.mouse.click(box.x + box.width - 230, box.y + box.height - 40);
}

export const itemCount = (page: Page): Promise<number> => page.locator(ITEM_NODE).count();
export const edgeCount = (page: Page): Promise<number> => page.locator(EDGE).count();

/** The titles and kinds of the cards on the canvas, sorted, to compare with what the user made. */
export function cardsOnCanvas(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .map(
        (card) => `${card.dataset['kind'] ?? '?'}: ${card.querySelector('.item-card__title')?.textContent}`,
      )
      .sort();
  }, ITEM_NODE);
}

/** The stage an item card says it is in (its accessible name ends with ", stage Order"). */
export async function stageOf(card: Locator): Promise<string | null> {
  const label = await card.getAttribute('aria-label');
  return label?.match(/, stage (.*)$/)?.[1] ?? null;
}

export function expectNoProblems(app: AppSession): void {
  expect(app.problems.pageErrors).toEqual([]);
  expect(app.problems.consoleErrors).toEqual([]);
  expect(app.problems.dialogs).toEqual([]);
  expect(app.problems.foreignRequests).toEqual([]);
}
