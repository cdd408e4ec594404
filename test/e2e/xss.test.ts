import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { readCxmap } from '../../shared/format';
import { exportMermaidJourney, metricsToCsv, quotesToCsv } from '../../shared/interop';
import type { JourneyMap } from '../../shared/model';
import type { AppSession } from './app';
import { openApp, openMapFile, useBrowser } from './app';
import { ITEM_NODE } from './canvas';
import { repoRoot } from './fixture-files';

/**
 * Rendering safety (issue "Hardening", item 4): a map in which every string that can hold text holds
 * an XSS payload is opened and shown on the canvas, in the inspector, in every side panel and in the PNG
 * export, the PDF storyboard's print view and presentation mode. Nothing may run (no dialog, no
 * `window.__pwned`), nothing may be fetched (no request for the payloads' image URLs, nothing off the
 * machine), and no markup may become elements. The Mermaid and CSV exports carry the payloads as plain
 * text, exactly as the pure exporters write them (a CSV cell that a spreadsheet would run as a formula
 * gets its `'` guard). A description's web links are offered as buttons that ask before opening
 * (`description-links.test.ts`), never as `<a href>`, so there must be no link element at all in the
 * map's views, `javascript:` or other.
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
  // CSV injection: a spreadsheet runs a cell that starts with `=` unless it is guarded.
  '=HYPERLINK("https://evil.example/csv","open me")',
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
/** The hostile map as the app reads it, for what the pure exporters make of it. */
let hostileJourney: JourneyMap | null = null;

beforeAll(() => {
  const source = readFileSync(path.join(repoRoot, 'test/fixtures/maps/rich.cxmap'), 'utf8');
  const { text, replaced } = everyStringHostile(source);
  replacedCount = replaced;
  folder = mkdtempSync(path.join(tmpdir(), 'journey-studio-xss-'));
  hostileMap = path.join(folder, 'every-string-hostile.cxmap');
  writeFileSync(hostileMap, text);
  const read = readCxmap(text);
  if (read.ok) hostileJourney = read.value.map;
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
  // The elements themselves, not a count: a failure then shows what markup got through.
  expect(await outerHtmlOf(page, injected), where).toEqual([]);
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

/** No link element anywhere: description links are confirmed buttons, so any `<a href>` came from a payload. */
async function expectNoLinks(page: Page, where: string): Promise<void> {
  // React Flow's own attribution link is the app's, not the map's.
  expect(await outerHtmlOf(page, 'a[href]:not(.react-flow__attribution a)'), where).toEqual([]);
}

/** The start of each matching element's markup. */
function outerHtmlOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      // The print view's own page-size rule (`@page { size: A4 landscape; … }`) is the app's style.
      .filter(
        (element) =>
          !(element.tagName === 'STYLE' && /^\s*@page\s*\{[^{}@]*\}\s*$/.test(element.textContent ?? '')),
      )
      .map((element) => element.outerHTML.slice(0, 200)),
  );
}

/** Runs a palette command by typing its name, as a user does. */
async function runCommand(page: Page, name: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

/** Decodes the PNG in the page (the browser's own decoder) and counts its distinct colours. */
async function distinctColours(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (context === null) return 0;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let index = 0; index < pixels.length; index += 28) {
      colours.add(((pixels[index] ?? 0) << 16) | ((pixels[index + 1] ?? 0) << 8) | (pixels[index + 2] ?? 0));
    }
    return colours.size;
  }, bytes.toString('base64'));
}

async function openHostileMap(): Promise<AppSession> {
  const app = await openApp(await browser());
  onTestFinished(() => app.close());
  await openMapFile(app.page, hostileMap);
  await app.page.locator(ITEM_NODE).first().waitFor({ timeout: 15_000 });
  return app;
}

function hostileMapRead(): JourneyMap {
  if (hostileJourney === null) throw new Error('The hostile map did not read.');
  return hostileJourney;
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

    await expectNoLinks(page, 'canvas and panels');

    // The PNG export clones the map into an image: the clone must not run or fetch anything either.
    await page.keyboard.press('Escape');
    const requestsBefore = app.problems.requestedUrls.length;
    await runCommand(page, 'export png');
    const dialog = page.getByRole('dialog', { name: 'Export the map as PNG' });
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Export PNG' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await expectNothingRan(app, 'PNG export');
    // Only the app's own origin (its fonts, say) or in-memory data: and blob: URLs while exporting.
    const appOrigin = new URL(page.url()).origin;
    const duringExport = app.problems.requestedUrls
      .slice(requestsBefore)
      .filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== appOrigin);
    expect(duringExport).toEqual([]);
    // A real picture of the map, not a blank one: the hostile text was drawn, not dropped.
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await distinctColours(page, bytes)).toBeGreaterThan(20);
    expect(app.problems.consoleErrors).toEqual([]);
  });

  it('runs nothing in the PDF storyboard print view or in presentation mode', async () => {
    const app = await openHostileMap();
    const { page } = app;

    // The browser build prints with window.print() once the print root is ready; a test cannot
    // answer the print dialog, so it is stubbed and the print view is checked while it is mounted.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await runCommand(page, 'export pdf storyboard');
    const dialog = page.getByRole('dialog', { name: 'Export PDF storyboard' });
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    const printRoot = page.locator('.print-root[data-storyboard-ready]');
    await printRoot.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await printRoot.textContent()).toMatch(/<img src=x onerror=|<script>|<svg onload=/);
    await expectNothingRan(app, 'storyboard print view');
    await expectNoLinks(page, 'storyboard print view');
    // Chromium's print of it, as the print dialog would make it.
    const pdf = await page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectNothingRan(app, 'storyboard printed');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.locator('.print-root').waitFor({ state: 'detached' });
    await dialog.waitFor({ state: 'detached' });

    // Presentation mode: every slide from the cover to the summary.
    await page.keyboard.press('F5');
    const presentation = page.getByRole('dialog', { name: 'Presentation' });
    await presentation.waitFor();
    const slides = hostileMapRead().stages.length + 2;
    for (let slide = 1; slide <= slides; slide += 1) {
      await expectNothingRan(app, `presentation slide ${slide}`);
      await expectNoLinks(page, `presentation slide ${slide}`);
      // Each stage's slide shows its hostile texts as text (the canvas behind it does not count).
      if (slide > 1 && slide < slides) {
        expect(await presentation.innerText(), `presentation slide ${slide}`).toMatch(
          /<img src=x onerror=|<script>|<svg onload=|javascript:window/,
        );
      }
      await page.keyboard.press('ArrowRight');
    }
    await presentation.getByRole('article', { name: 'Summary' }).waitFor();
    await page.keyboard.press('Escape');
    await presentation.waitFor({ state: 'detached' });
    expect(app.problems.consoleErrors).toEqual([]);
  });

  it('writes the payloads into the Mermaid and CSV exports as plain text', async () => {
    const app = await openHostileMap();
    const { page } = app;
    const map = hostileMapRead();

    await runCommand(page, 'export as mermaid');
    const dialog = page.getByRole('dialog', { name: 'Export as Mermaid journey' });
    const box = dialog.getByRole('textbox', { name: 'Mermaid text' });
    const expected = exportMermaidJourney(map);
    // Markup went in as characters: the exporter's own text, unescaped and unstripped.
    expect(expected).toMatch(/<script>|<img src=x onerror=|<svg onload=/);
    expect(await box.inputValue()).toBe(expected);
    const savingMmd = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Save .mmd file' }).click();
    expect(await readFile(await (await savingMmd).path(), 'utf8')).toBe(expected);
    await expectNothingRan(app, 'Mermaid export');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    const savingMetrics = page.waitForEvent('download', { timeout: 30_000 });
    await runCommand(page, 'export metrics as csv');
    const metrics = await readFile(await (await savingMetrics).path(), 'utf8');
    expect(metrics).toBe(metricsToCsv(map));

    const savingQuotes = page.waitForEvent('download', { timeout: 30_000 });
    await runCommand(page, 'export quotes as csv');
    const quotes = await readFile(await (await savingQuotes).path(), 'utf8');
    expect(quotes).toBe(quotesToCsv(map));
    const csv = metrics + quotes;
    expect(csv).toMatch(/<script>|<img src=x onerror=|<svg onload=/);
    // The formula payload is in a file and guarded: a `'` before it, never a bare `=` at a cell start.
    expect(csv).toContain(`'=HYPERLINK(""https://evil.example/csv"",""open me"")`);
    expect(csv).not.toMatch(/(^|,|\r\n)"?=HYPERLINK/);
    await expectNothingRan(app, 'CSV export');
    expect(app.problems.consoleErrors).toEqual([]);
  });
});
