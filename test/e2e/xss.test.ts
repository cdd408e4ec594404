import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { readCxmap } from '../../shared/format';
import type { AppSession } from './app';
import { openApp, openMapFile, useBrowser } from './app';
import { ITEM_NODE } from './canvas';
import { repoRoot } from './fixture-files';

/**
 * Rendering safety (issue "Hardening", item 4): a map in which every string that can hold text holds
 * an XSS payload is opened and shown on the canvas, in the inspector, in every side panel and in the PNG
 * export. Nothing may run (no dialog, no `window.__pwned`), nothing may be fetched (no request for the
 * payloads' image URLs, nothing off the machine), and no markup may become elements. Descriptions are
 * not linkified in this app, so there must be no `javascript:` link anywhere either.
 */

const browser = useBrowser();

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=1;alert(2)</script>',
  '<svg onload="window.__pwned=1"><circle r=5 /></svg>',
  '"><iframe src="javascript:window.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">click me</a>',
  'javascript:window.__pwned=1',
  '<img src="https://evil.example/pixel.png">',
  '<style>@import url(https://evil.example/x.css)</style>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<details open ontoggle="window.__pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The rich sample map with every string it can take replaced by a payload: each string is replaced
 * and kept only if the map still opens, so ids, references, kinds and dates stay valid and every
 * free-text field (titles, names, descriptions, quotes, labels, notes, sources…) is hostile.
 */
function everyStringHostile(source: string): { text: string; replaced: number } {
  const document = JSON.parse(source) as Json;
  let replaced = 0;
  const visit = (value: Json, set: (next: Json) => void): void => {
    if (typeof value === 'string') {
      const payload = `${PAYLOADS[replaced % PAYLOADS.length] ?? ''} #${replaced}`;
      set(payload);
      if (readCxmap(JSON.stringify(document)).ok) replaced += 1;
      else set(value);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((child, index) => visit(child, (next) => (value[index] = next)));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) visit(child, (next) => (value[key] = next));
    }
  };
  visit(document, () => undefined);
  return { text: JSON.stringify(document, null, 2), replaced };
}

let folder: string | null = null;
let hostileMap = '';
let replacedCount = 0;

beforeAll(() => {
  const source = readFileSync(path.join(repoRoot, 'test/fixtures/maps/rich.cxmap'), 'utf8');
  const { text, replaced } = everyStringHostile(source);
  replacedCount = replaced;
  folder = mkdtempSync(path.join(tmpdir(), 'journey-studio-xss-'));
  hostileMap = path.join(folder, 'every-string-hostile.cxmap');
  writeFileSync(hostileMap, text);
});
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Everything that would mean a payload ran, was fetched or became markup, checked after every view. */
async function expectNothingRan(app: AppSession, where: string): Promise<void> {
  const { page, problems } = app;
  // Give injected handlers (onerror, onload, ontoggle) the moment they would need to fire.
  await page.waitForTimeout(300);
  expect(problems.dialogs, where).toEqual([]);
  expect(await page.evaluate(() => '__pwned' in window), where).toBe(false);
  const injected =
    '[onerror], [onload], [ontoggle], a[href^="javascript:" i], [src^="javascript:" i], body script, body iframe, body style, body math';
  expect(await page.locator(injected).count(), where).toBe(0);
  expect(
    problems.requestedUrls.filter((url) => new URL(url).pathname === '/x' || url.includes('evil.example')),
    where,
  ).toEqual([]);
  expect(problems.foreignRequests, where).toEqual([]);
  expect(problems.pageErrors, where).toEqual([]);
}

/** The payloads are on screen as text: proof that the view really rendered the hostile strings. */
async function expectPayloadShownAsText(page: Page, where: string): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text, where).toMatch(/<img src=x onerror=|<script>|<svg onload=|javascript:window/);
}

async function openSidePanelTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tabpanel').waitFor();
}

describe('a map whose every string is an XSS payload', () => {
  it('replaces every free-text string of the sample with a payload', () => {
    // The rich sample has well over a hundred texts; far fewer would mean the generator broke.
    expect(replacedCount).toBeGreaterThan(100);
  });

  it('runs nothing, fetches nothing and shows the payloads as text everywhere', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;

    await openMapFile(page, hostileMap);
    await page.locator(ITEM_NODE).first().waitFor({ timeout: 15_000 });
    await expectPayloadShownAsText(page, 'canvas');
    await expectNothingRan(app, 'canvas');

    // The inspector of a card: its title and description are in editable fields, as text.
    await page.locator(ITEM_NODE).first().click();
    await openSidePanelTab(page, 'Inspector');
    const fields = page.getByRole('tabpanel').locator('input, textarea');
    const values = await fields.evaluateAll((elements) =>
      elements.map((element) => (element as HTMLInputElement | HTMLTextAreaElement).value),
    );
    expect(values.some((value) => /#\d+$/.test(value) && value.includes('<'))).toBe(true);
    await expectNothingRan(app, 'inspector');

    for (const tab of ['Personas', 'Quotes', 'Insights', 'History']) {
      await openSidePanelTab(page, tab);
      await expectNothingRan(app, tab);
    }
    await openSidePanelTab(page, 'Quotes');
    await expectPayloadShownAsText(page, 'Quotes');

    // The PNG export clones the map into an image: the clone must not run anything either.
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+k');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await page.keyboard.type('export png');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export the map as PNG' });
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Export PNG' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await expectNothingRan(app, 'PNG export');
    expect(app.problems.consoleErrors).toEqual([]);
  });
});
