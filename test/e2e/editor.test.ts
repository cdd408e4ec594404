import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openApp, useBrowser } from './app';
import { ITEM_NODE, LANE_HEADER, STAGE_HEADER, textsNotShown } from './canvas';
import {
  cardsOnCanvas,
  cell,
  clickEmptyCanvas,
  deleteHeaderThroughMenu,
  dragWithMouse,
  edgeCount,
  expectNoProblems,
  headerMenuButton,
  itemCard,
  itemCount,
  laneHeader,
  linkWithMouse,
  pickScore,
  poll,
  renameHeaderInPlace,
  stageOf,
  startNewMap,
  toolbarButton,
  typeItemTitle,
} from './editor-helpers';

const browser = useBrowser();

const STAGES = ['Discover', 'Order', 'Deliver'];
const LANES = ['Touchpoints', 'Emotions'];

/** What the user builds in the first test, card by card: kind and title. */
const BUILT_CARDS = [
  'friction: No evening slots',
  'magic: Driver brings it upstairs',
  'opportunity: Offer evening slots',
  'touchpoint: Delivery by van',
  'touchpoint: Search the app',
  'touchpoint: Web checkout',
];

const curvePoints = (page: Page) => page.locator('[data-testid="emotion-curve-point"]').count();
const curveValues = (page: Page) =>
  page.getByTestId('emotion-curve').getAttribute('aria-label', { timeout: poll.timeout });

/** Everything the finished map of the first test shows on the canvas. */
async function expectBuiltMapOnCanvas(page: Page): Promise<void> {
  await expect.poll(() => page.locator(STAGE_HEADER).count(), poll).toBe(3);
  expect(await textsNotShown(page, STAGE_HEADER, STAGES)).toEqual([]);
  await expect.poll(() => page.locator(LANE_HEADER).count(), poll).toBe(2);
  expect(await textsNotShown(page, LANE_HEADER, LANES)).toEqual([]);
  await expect.poll(() => cardsOnCanvas(page), poll).toEqual(BUILT_CARDS);
  await expect.poll(() => edgeCount(page), poll).toBe(2);
  await expect.poll(() => page.locator('[data-testid="emotion-curve-line"]').count(), poll).toBe(1);
  await expect.poll(() => curvePoints(page), poll).toBe(3);
  expect(await curveValues(page)).toBe('Emotion curve: 4, 2, 5');
}

describe('building a journey map from a blank map', () => {
  it('builds stages, lanes, items, scores and links, then undoes and redoes them', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;

    await startNewMap(page, 'Blank map');
    await expectBlankFrame(page);

    // Stages: rename three in place, delete the fourth through its "⋯" menu.
    await renameHeaderInPlace(page, 'stage', 'Aware', 'Discover');
    await renameHeaderInPlace(page, 'stage', 'Consider', 'Order');
    await renameHeaderInPlace(page, 'stage', 'Buy', 'Deliver');
    await deleteHeaderThroughMenu(page, 'stage', 'Use');

    // Lanes: keep two, rename them, and make the second one the emotions lane in the inspector.
    // The keyboard drives the lane menus: with the mouse they are hidden under the next lane (below).
    for (const lane of ['Touchpoints', 'Emotions', 'Friction & magic moments', 'Opportunities']) {
      await deleteHeaderThroughMenu(page, 'lane', lane, 'keyboard');
    }
    await renameHeaderInPlace(page, 'lane', 'Customer actions', 'Touchpoints');
    await renameHeaderInPlace(page, 'lane', 'Backstage', 'Emotions');
    await laneHeader(page, 'Touchpoints').click();
    await page.getByRole('combobox', { name: 'Lane kind' }).selectOption({ label: 'Touchpoints' });
    await laneHeader(page, 'Emotions').click();
    await page.getByRole('combobox', { name: 'Lane kind' }).selectOption({ label: 'Emotions' });
    await expect.poll(() => laneHeader(page, 'Emotions').getAttribute('class'), poll).toContain('emotions');

    // Items: the toolbar puts a touchpoint into the first cell; Enter on the card edits its title.
    await clickEmptyCanvas(page);
    await toolbarButton(page, 'Add touchpoint').click();
    await expect.poll(() => itemCount(page), poll).toBe(1);
    const firstCard = page.locator(ITEM_NODE).first();
    await firstCard.focus();
    await page.keyboard.press('Enter');
    await typeItemTitle(page, 'Search the app');
    expect(await stageOf(itemCard(page, 'Search the app'))).toBe('Discover');

    // A double-click on an empty cell adds the item its lane is for.
    await cell(page, 'Touchpoints', 'Order').dblclick();
    await typeItemTitle(page, 'Web checkout');
    // A focused cell takes T, F and M.
    await cell(page, 'Touchpoints', 'Deliver').focus();
    await page.keyboard.press('t');
    await typeItemTitle(page, 'Delivery by van');
    await cell(page, 'Emotions', 'Order').focus();
    await page.keyboard.press('f');
    await typeItemTitle(page, 'No evening slots');
    await cell(page, 'Emotions', 'Deliver').focus();
    await page.keyboard.press('m');
    await typeItemTitle(page, 'Driver brings it upstairs');
    // With a card selected, the toolbar adds into that card's cell.
    await itemCard(page, 'No evening slots').click();
    await toolbarButton(page, 'Add opportunity').click();
    await expect.poll(() => itemCount(page), poll).toBe(6);
    await page.locator(`${ITEM_NODE}[data-kind="opportunity"]`).dblclick();
    await typeItemTitle(page, 'Offer evening slots');
    expect(await stageOf(itemCard(page, 'Offer evening slots'))).toBe('Order');
    await expect
      .poll(() => itemCard(page, 'No evening slots').getAttribute('aria-label'), poll)
      .toBe('Friction: No evening slots, stage Order');

    // Emotion scores for the three touchpoints, in the inspector.
    for (const [title, score] of [
      ['Search the app', 4],
      ['Web checkout', 2],
      ['Delivery by van', 5],
    ] as const) {
      await itemCard(page, title).click();
      await pickScore(page, 'Emotion 1–5', score);
    }

    // Two links, each dragged from one card's connection point to another's.
    await clickEmptyCanvas(page);
    await linkWithMouse(page, 'Search the app', 'Web checkout');
    await expect.poll(() => edgeCount(page), poll).toBe(1);
    await linkWithMouse(page, 'No evening slots', 'Driver brings it upstairs');
    await expectBuiltMapOnCanvas(page);

    // Undo step by step: the last link goes first, then the other, the scores, then the last title.
    await clickEmptyCanvas(page);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => edgeCount(page), poll).toBe(1);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => edgeCount(page), poll).toBe(0);
    for (const expectedValues of ['4, 2', '4', 'no scored touchpoints yet']) {
      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => curveValues(page), poll).toBe(`Emotion curve: ${expectedValues}`);
    }
    await page.keyboard.press('ControlOrMeta+z');
    await expect
      .poll(() => page.locator(`${ITEM_NODE}[data-kind="opportunity"]`).textContent(), poll)
      .not.toContain('Offer evening slots');
    expect(await itemCount(page)).toBe(6);

    // Redo: five steps with the keyboard, the last one with the toolbar's Redo button.
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect.poll(() => edgeCount(page), poll).toBe(1);
    await toolbarButton(page, 'Redo').click();
    await expectBuiltMapOnCanvas(page);
    await expect.poll(() => toolbarButton(page, 'Redo').isDisabled(), poll).toBe(true);

    // Nothing selected: the inspector edits the map itself, and the window title follows.
    await clickEmptyCanvas(page);
    await page.getByRole('textbox', { name: 'Map title' }).fill('Grocery first order');
    await expect.poll(() => page.title(), poll).toBe('• Grocery first order — Journey Studio'); // unsaved: the marker leads

    expectNoProblems(app);
  });
});

/** The blank map's frame is on the canvas: four stages to start from. */
async function expectBlankFrame(page: Page): Promise<void> {
  await expect.poll(() => page.locator(STAGE_HEADER).count(), poll).toBe(4);
}

describe('header menus with the mouse', () => {
  it('opens every lane\'s "⋯" menu and reaches its entries with the mouse', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await startNewMap(page, 'Blank map');
    const lanes = ['Customer actions', 'Touchpoints', 'Emotions', 'Friction & magic moments'];
    const unreachable: string[] = [];
    for (const lane of lanes) {
      // A trial click: Playwright checks that nothing else (the next lane, the emotion scale) covers it.
      const button = headerMenuButton(page, 'lane', lane);
      const buttonClickable = await button.click({ trial: true, timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (!buttonClickable) {
        unreachable.push(`${lane}: the "⋯" button`);
        continue;
      }
      await button.click();
      const entry = page.getByRole('menuitem', { name: 'Delete lane…' });
      const entryClickable = await entry.click({ trial: true, timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (!entryClickable) unreachable.push(`${lane}: "Delete lane…"`);
      await page.keyboard.press('Escape');
    }
    expect(unreachable).toEqual([]);
    expectNoProblems(app);
  });
});

describe('moving items', () => {
  it('drags a card with the mouse into another stage, and one undo puts it back', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await startNewMap(page, 'Buying running shoes online and in store');
    const title = 'Social ad for the new cushioned range';
    const card = itemCard(page, title);
    await expect.poll(() => stageOf(card), poll).toBe('Discover');

    await dragWithMouse(page, card, cell(page, 'Touchpoints', 'Purchase'));
    await expect.poll(() => stageOf(card), poll).toBe('Purchase');
    await expect
      .poll(() => cell(page, 'Touchpoints', 'Purchase').getAttribute('aria-label'), poll)
      .toBe('Cell Touchpoints × Purchase, 2 items');

    await clickEmptyCanvas(page);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => stageOf(card), poll).toBe('Discover');
    expectNoProblems(app);
  });
});

describe('keyboard only', () => {
  it('moves, deletes, restores, duplicates and adds items, and lists the shortcuts', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await startNewMap(page, 'Buying running shoes online and in store');
    await expect.poll(() => itemCount(page), poll).toBe(14);
    const title = 'Social ad for the new cushioned range';
    const card = itemCard(page, title);

    await card.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => card.getAttribute('aria-description'), poll).toBe('Selected');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => stageOf(card), poll).toBe('Research');

    await page.keyboard.press('Delete');
    await expect.poll(() => itemCount(page), poll).toBe(13);
    await expect.poll(() => card.count(), poll).toBe(0);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => itemCount(page), poll).toBe(14);
    await expect.poll(() => stageOf(card), poll).toBe('Research');

    await card.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ControlOrMeta+d');
    await expect.poll(() => itemCard(page, title).count(), poll).toBe(2);
    expect(await itemCount(page)).toBe(15);

    await page.keyboard.press('ControlOrMeta+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    await page.keyboard.type('add note');
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    await expect.poll(() => itemCount(page), poll).toBe(16);
    // The template has three notes; the new one is the fourth.
    await expect.poll(() => page.locator(`${ITEM_NODE}[data-kind="note"]`).count(), poll).toBe(4);

    await clickEmptyCanvas(page);
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.getByText('Undo', { exact: true }).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expectNoProblems(app);
  });
});

describe('find and filter', () => {
  it('finds items by text, selects the first match, and a kind chip dims the others', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await startNewMap(page, 'Buying running shoes online and in store');
    await expect.poll(() => itemCount(page), poll).toBe(14);

    await clickEmptyCanvas(page);
    await page.keyboard.press('ControlOrMeta+f');
    const findField = page.getByRole('searchbox', { name: 'Find items' });
    await expect.poll(() => findField.evaluate((field) => field === document.activeElement), poll).toBe(true);
    await page.keyboard.type('stock');
    const status = page.getByRole('search', { name: 'Find and filter' }).getByRole('status');
    await expect.poll(() => status.textContent(), poll).toBe('3 matches');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent(), poll).toBe('1 of 3');
    const selected = page.locator(`${ITEM_NODE}[aria-description="Selected"]`);
    await expect.poll(() => selected.count(), poll).toBe(1);
    expect((await selected.textContent())?.toLowerCase()).toContain('stock');

    await page
      .getByRole('group', { name: 'Filter by kind' })
      .getByRole('button', { name: 'Friction' })
      .click();
    // Find and filter combine: only the friction that mentions "stock" stays bright.
    const dimmed = page.locator(`${ITEM_NODE}[data-dimmed="true"]`);
    await expect.poll(() => dimmed.count(), poll).toBe(13);
    await findField.fill('');
    await expect.poll(() => dimmed.count(), poll).toBe(12);
    const frictions = page.locator(`${ITEM_NODE}[data-kind="friction"]`);
    expect(await frictions.evaluateAll((cards) => cards.map((card) => card.dataset['dimmed']))).toEqual([
      'false',
      'false',
    ]);
    const opacityOfDimmed = await dimmed.first().evaluate((card) => Number(getComputedStyle(card).opacity));
    expect(opacityOfDimmed).toBeLessThan(0.7);
    expectNoProblems(app);
  });
});

describe('personas', () => {
  it('adds a persona, assigns it to an item, and focusing on it dims the other items', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await startNewMap(page, 'Blank map');
    await cell(page, 'Touchpoints', 'Aware').dblclick();
    await typeItemTitle(page, 'Radio advert');
    await cell(page, 'Touchpoints', 'Buy').dblclick();
    await typeItemTitle(page, 'Checkout page');

    await page.getByRole('tab', { name: 'Personas' }).click();
    await page.getByRole('textbox', { name: 'New persona name' }).fill('Busy parent');
    await page.getByRole('button', { name: 'Add persona', exact: true }).click();
    await page.getByRole('article', { name: 'Persona Busy parent' }).waitFor();

    await page.getByRole('tab', { name: 'Inspector' }).click();
    await itemCard(page, 'Checkout page').click();
    await page.getByRole('checkbox', { name: 'Busy parent' }).check();

    await page.getByRole('tab', { name: 'Personas' }).click();
    await page.getByRole('button', { name: 'Focus on Busy parent' }).click();
    await expect.poll(() => itemCard(page, 'Radio advert').getAttribute('data-dimmed'), poll).toBe('true');
    expect(await itemCard(page, 'Checkout page').getAttribute('data-dimmed')).toBe('false');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Focused on Busy parent' }).count(), poll)
      .toBe(1);
    expectNoProblems(app);
  });
});
