import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { writeCxmap } from '../../shared/format';
import { diffMaps } from '../../shared/logic';
import type { JourneyMap } from '../../shared/model';
import { generateDocument, generateMap } from './generateMap';
import {
  armChange,
  armedResult,
  armOpen,
  baselineMountMs,
  clearMeasures,
  findCard,
  findPanPoint,
  lastMeasure,
  openedMs,
  pdfPageCount,
  recordedMeasures,
  recordMeasures,
  startFrames,
  stopFrames,
  viewportZoom,
} from './pageProbes';
import type { Point } from './pageProbes';

/**
 * The benchmark (issue "Performance"): drives the built renderer and a bare React Flow page through
 * the same scripts in Chromium and reports medians, ours beside the baseline. Used by `npm run bench`
 * (test/bench/bench.run.ts) and by its smoke test (test/e2e/bench-smoke.test.ts).
 */

export interface BenchOptions {
  readonly sizes: readonly number[];
  /** Each figure is the median of this many runs. */
  readonly runs: number;
  readonly browser: Browser;
  /** The built renderer, served (e.g. `http://127.0.0.1:4321/`). */
  readonly appUrl: string;
  /** The built baseline page (test/bench/baseline), served. */
  readonly baselineUrl: string;
  /** Length of each scripted pan; 3 s unless told (the smoke test shortens it). */
  readonly panMs?: number;
  /**
   * Items of the load check (open, one edit, save at that size, figures only, no baseline); null or
   * absent skips it. `npm run bench` runs it at 5,000 (issue "Hardening" §8); the smoke test does not.
   */
  readonly loadItems?: number | null;
  /** A real-sized sample map (the grocery sample) for the export budgets; null or absent skips it. */
  readonly samplePath?: string | null;
  readonly log?: (line: string) => void;
}

/** Frame times from `requestAnimationFrame` timestamps. */
export interface FrameStats {
  readonly p50: number;
  readonly p95: number;
  /** Frames that took longer than 1.5 × 16.7 ms. */
  readonly dropped: number;
  readonly frames: number;
}

/** Every figure is null when its measurement failed; `errors` then says why. */
export interface InteractionFigures {
  /** The script's zoom levels: fitted (whole map in view) and "zoom 1" (first wheel step ≥ 1). */
  readonly fittedZoom: number | null;
  readonly closeZoom: number | null;
  readonly panFitted: FrameStats | null;
  readonly panClose: FrameStats | null;
  readonly zoom: FrameStats | null;
  readonly drag: FrameStats | null;
  /** Pointer move dispatched → next frame after the node's transform changed (median). */
  readonly dragLatencyMs: number | null;
}

export interface OurFigures extends InteractionFigures {
  /** File chosen → first frame with the visible cards painted. */
  readonly openMs: number | null;
  /** `studio:open`: parse + validate + load into the store. */
  readonly openParseMs: number | null;
  /** Inspector title keystroke → the card's new text painted. */
  readonly editMs: number | null;
  readonly undoMs: number | null;
  readonly redoMs: number | null;
  /** `studio:serialize` and `studio:revision-record` around Ctrl+S. */
  readonly serializeMs: number | null;
  readonly revisionMs: number | null;
  /** `studio:revision-blocking`: the main-thread part of a revision save (null until the app measures it). */
  readonly revisionBlockingMs: number | null;
  /** `studio:draft-write`: writing the crash-recovery draft after an edit (null until the app measures it). */
  readonly draftWriteMs: number | null;
  /** `studio:draft-blocking`: the main-thread part of that write (null until the app measures it). */
  readonly draftBlockingMs: number | null;
  /** Export PNG (1×) through the palette and dialog: click → download (html-to-image). */
  readonly pngExportMs: number | null;
  /** CDP `Page.captureScreenshot` of the fitted canvas (the capture engine beside html-to-image). */
  readonly captureScreenshotMs: number | null;
  /** The PDF storyboard: click on Export PDF → print root ready, then `page.pdf()` of it, and its pages. */
  readonly storyboardReadyMs: number | null;
  readonly storyboardPrintMs: number | null;
  readonly storyboardPages: number | null;
  /** `measureCaptureView` (test/bench/captureProbe.ts) at 1×; null while that probe does not exist. */
  readonly captureViewMs: number | null;
  readonly heapAfterOpenMb: number | null;
  readonly heapAfterEditsMb: number | null;
}

/** Figures that are null until another part of the app or bench provides them; the smoke test allows that. */
export const OPTIONAL_OUR_FIGURES = [
  'revisionBlockingMs',
  'draftWriteMs',
  'draftBlockingMs',
  'captureViewMs',
] as const;

/** The load check: a map of `items` items opened, edited once and saved, with what went wrong. */
export interface LoadFigures {
  readonly items: number;
  readonly fileBytes: number;
  readonly openMs: number | null;
  readonly openParseMs: number | null;
  readonly editMs: number | null;
  readonly serializeMs: number | null;
  readonly revisionMs: number | null;
  /** Page errors and console errors during the check (also listed in `errors`). */
  readonly problems: number;
  /** Whether opening a map one item larger (over the limit) then told the user it may feel slow. */
  readonly warnsAboveLimit: boolean | null;
}

/** The export budgets (issue "Export") on a real-sized sample map. */
export interface SampleFigures {
  readonly name: string;
  readonly items: number;
  readonly pngExport2xMs: number | null;
  readonly storyboardReadyMs: number | null;
  readonly storyboardPrintMs: number | null;
  readonly storyboardPages: number | null;
  /** `measureCaptureView` at 2×; null while test/bench/captureProbe.ts does not exist. */
  readonly captureView2xMs: number | null;
}

export interface BaselineFigures extends InteractionFigures {
  /** Script start (just before `render`) → first frame with every node painted. */
  readonly mountMs: number | null;
}

export interface SizeResult {
  readonly items: number;
  readonly fileBytes: number;
  readonly ours: OurFigures;
  readonly baseline: BaselineFigures;
}

export interface BenchResults {
  readonly createdAt: string;
  readonly machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    platform: string;
    node: string;
    browser: string;
  };
  readonly runs: number;
  readonly sizes: readonly SizeResult[];
  /** `diffMaps` on two 1,000-item revisions, in Node (pure function). */
  readonly diff1000Ms: number;
  /** Null when the run skipped it. */
  readonly load: LoadFigures | null;
  readonly sample: SampleFigures | null;
  readonly errors: readonly string[];
}

const VIEWPORT = { width: 1440, height: 900 };
const APP_ITEM = '.react-flow__node-item';
const BASELINE_NODE = '.react-flow__node-default';
const DROPPED_FRAME_MS = 1.5 * (1000 / 60);
const DRAG_STEPS = 20;
const OPEN_TIMEOUT_MS = 120_000;

export const median = (values: readonly number[]): number | null => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const percentile = (sorted: readonly number[], fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;

export function frameStats(frameTimes: readonly number[]): FrameStats | null {
  if (frameTimes.length === 0) return null;
  const sorted = [...frameTimes].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    dropped: frameTimes.filter((time) => time > DROPPED_FRAME_MS).length,
    frames: frameTimes.length,
  };
}

/** Several runs' stats → the median of each figure. */
function medianStats(runs: readonly (FrameStats | null)[]): FrameStats | null {
  const present = runs.filter((stats): stats is FrameStats => stats !== null);
  if (present.length === 0) return null;
  return {
    p50: median(present.map((stats) => stats.p50)) ?? Number.NaN,
    p95: median(present.map((stats) => stats.p95)) ?? Number.NaN,
    dropped: median(present.map((stats) => stats.dropped)) ?? Number.NaN,
    frames: median(present.map((stats) => stats.frames)) ?? Number.NaN,
  };
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number | null, digits = 1): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** A drag that sweeps back and forth around `start` for `durationMs`, about 60 moves a second. */
async function sweepDrag(page: Page, start: Point, durationMs: number): Promise<void> {
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const began = Date.now();
  for (let step = 1; Date.now() - began < durationMs; step += 1) {
    const angle = (step / 90) * 2 * Math.PI;
    await page.mouse.move(start.x + 220 * Math.sin(angle), start.y + 120 * Math.sin(2 * angle));
    await wait(16);
  }
  await page.mouse.move(start.x, start.y);
  await page.mouse.up();
}

/** Wheel steps at the canvas centre until the zoom passes `target` (in or out); the zoom reached. */
async function wheelTo(page: Page, target: number, direction: 'in' | 'out'): Promise<number> {
  const flow = await page.locator('.react-flow').boundingBox();
  if (flow === null) return Number.NaN;
  await page.mouse.move(flow.x + flow.width / 2, flow.y + flow.height / 2);
  for (let step = 0; step < 60; step += 1) {
    const zoom = await viewportZoom(page);
    if (direction === 'in' ? zoom >= target * 0.98 : zoom <= target * 1.02) return zoom;
    await page.mouse.wheel(0, direction === 'in' ? -100 : 100);
    await wait(40);
  }
  return viewportZoom(page);
}

interface InteractionRun {
  fittedZoom: number;
  closeZoom: number;
  panFitted: FrameStats | null;
  panClose: FrameStats | null;
  zoom: FrameStats | null;
  drag: FrameStats | null;
  dragLatencyMs: number | null;
}

/**
 * The shared script, on a fitted canvas: pan fitted, zoom in to 1, pan, drag a card there and back,
 * zoom out to fitted again. Ends fitted, as it began.
 */
async function interactionScript(page: Page, nodeSelector: string, panMs: number): Promise<InteractionRun> {
  const fittedZoom = await viewportZoom(page);
  const fittedPan = await findPanPoint(page);
  if (fittedPan === null) throw new Error('No empty spot to pan from on the fitted canvas.');
  await startFrames(page);
  await sweepDrag(page, fittedPan, panMs);
  const panFitted = frameStats(await stopFrames(page));

  await startFrames(page);
  const closeZoom = await wheelTo(page, 1, 'in');
  const zoomIn = await stopFrames(page);

  const closePan = await findPanPoint(page);
  if (closePan === null) throw new Error('No empty spot to pan from at zoom 1.');
  await startFrames(page);
  await sweepDrag(page, closePan, panMs);
  const panClose = frameStats(await stopFrames(page));

  const card = await findCard(page, nodeSelector);
  let drag: FrameStats | null = null;
  let dragLatencyMs: number | null = null;
  if (card !== null) {
    const latencies: number[] = [];
    await page.mouse.move(card.centre.x, card.centre.y);
    await page.mouse.down();
    await startFrames(page);
    for (let step = 1; step <= DRAG_STEPS; step += 1) {
      await armChange(page, card.id, 'style', 'now');
      await page.mouse.move(card.centre.x + 6 * step, card.centre.y + 3 * step);
      const latency = await armedResult(page);
      if (latency >= 0) latencies.push(latency);
    }
    drag = frameStats(await stopFrames(page));
    // Back where it started before letting go, so the drop changes nothing.
    await page.mouse.move(card.centre.x, card.centre.y, { steps: 4 });
    await page.mouse.up();
    dragLatencyMs = median(latencies);
  }

  await startFrames(page);
  await wheelTo(page, fittedZoom, 'out');
  const zoom = frameStats([...zoomIn, ...(await stopFrames(page))]);
  return { fittedZoom, closeZoom, panFitted, panClose, zoom, drag, dragLatencyMs };
}

function summariseInteraction(runs: readonly InteractionRun[]): InteractionFigures {
  return {
    fittedZoom: round(median(runs.map((run) => run.fittedZoom)), 3),
    closeZoom: round(median(runs.map((run) => run.closeZoom)), 3),
    panFitted: medianStats(runs.map((run) => run.panFitted)),
    panClose: medianStats(runs.map((run) => run.panClose)),
    zoom: medianStats(runs.map((run) => run.zoom)),
    drag: medianStats(runs.map((run) => run.drag)),
    dragLatencyMs: round(
      median(runs.flatMap((run) => (run.dragLatencyMs === null ? [] : [run.dragLatencyMs]))),
    ),
  };
}

async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize / 2 ** 20;
}

async function newAppPage(
  browser: Browser,
  appUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await recordMeasures(context);
  const page = await context.newPage();
  // Interception on from the start, as test/e2e/app.ts explains.
  page.on('filechooser', () => undefined);
  await page.goto(appUrl);
  await page.getByRole('toolbar', { name: 'Main toolbar' }).waitFor({ timeout: 30_000 });
  await page.bringToFront();
  return { context, page };
}

/** Ctrl+O-free: the toolbar's Open…, then the chooser, as a user does (test/e2e/app.ts openMapFile). */
async function openFile(page: Page, filePath: string): Promise<number> {
  const chooserShown = page.waitForEvent('filechooser', { timeout: 10_000 });
  await page
    .getByRole('toolbar', { name: 'Main toolbar' })
    .getByRole('button', { name: 'Open…', exact: true })
    .click();
  const chooser = await chooserShown;
  await armOpen(page, APP_ITEM);
  await chooser.setFiles(filePath);
  return openedMs(page, OPEN_TIMEOUT_MS);
}

/** "Zoom to fit", then waits until every card is on the canvas (they arrive over a few frames). */
async function fitWholeMap(page: Page, itemCount: number): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Main toolbar' })
    .getByRole('button', { name: 'Zoom to fit', exact: true })
    .click();
  await page.waitForFunction(
    ([selector, count]) => document.querySelectorAll(selector).length >= count,
    [APP_ITEM, itemCount] as const,
    { timeout: OPEN_TIMEOUT_MS },
  );
}

/** Clicks a card near the centre and returns its id once the inspector's Title field shows it. */
async function selectCardForEditing(page: Page, exceptId: string | null): Promise<string> {
  const card = await findCard(page, APP_ITEM, exceptId);
  if (card === null) throw new Error('No card in view to edit.');
  await page.mouse.click(card.centre.x, card.centre.y);
  const field = page.getByRole('textbox', { name: 'Title', exact: true });
  await field.waitFor({ timeout: 10_000 });
  return card.id;
}

async function blurField(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** One keystroke in the inspector's Title field, then undo and redo by keyboard; each to the canvas. */
async function editUndoRedo(
  page: Page,
  cardId: string,
): Promise<{ edit: number; undo: number; redo: number }> {
  const field = page.getByRole('textbox', { name: 'Title', exact: true });
  await field.focus();
  await page.keyboard.press('End');
  await armChange(page, cardId, 'text', 'input');
  await page.keyboard.type('x');
  const edit = await armedResult(page);
  await blurField(page);
  await armChange(page, cardId, 'text', 'keydown');
  await page.keyboard.press('ControlOrMeta+z');
  const undo = await armedResult(page);
  await armChange(page, cardId, 'text', 'keydown');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  const redo = await armedResult(page);
  return { edit, undo, redo };
}

/** Ctrl+S (the browser bridge's download path), then the app's own User Timing measures. */
async function saveOnce(page: Page): Promise<{ serialize: number | null; revision: number | null }> {
  await blurField(page);
  await clearMeasures(page);
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.keyboard.press('ControlOrMeta+s');
  await downloading;
  await page.waitForFunction(
    () => performance.getEntriesByName('studio:revision-record').length > 0,
    undefined,
    {
      timeout: 60_000,
    },
  );
  return {
    serialize: await lastMeasure(page, 'studio:serialize'),
    revision: await lastMeasure(page, 'studio:revision-record'),
  };
}

/** Export PNG through the palette and its dialog, timed from the click on Export PNG to the download. */
async function exportPng(page: Page, scale: '1×' | '2×' = '1×'): Promise<number> {
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type('export png');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export the map as PNG' });
  await dialog.getByRole('radio', { name: new RegExp(`\\(${scale}\\)`) }).check();
  const downloading = page.waitForEvent('download', { timeout: 180_000 });
  const started = performance.now();
  // html-to-image holds the main thread for tens of seconds on big maps, so the click's own events
  // are answered late: give the click as long as the download.
  await dialog.getByRole('button', { name: 'Export PNG' }).click({ timeout: 90_000 });
  await downloading;
  const elapsed = performance.now() - started;
  await dialog.waitFor({ state: 'detached', timeout: 30_000 }).catch(() => page.keyboard.press('Escape'));
  return elapsed;
}

/**
 * "Export PDF storyboard…" through the palette, as test/e2e/storyboard.test.ts does it: the browser
 * build calls `window.print()` once the print root is ready, which a scripted page cannot answer, so
 * it is stubbed and `page.pdf()` prints instead (Chromium's print path). Two figures: click on Export
 * PDF → `.print-root[data-storyboard-ready]` (the app's own work), then `page.pdf()` (the printing).
 */
async function exportStoryboard(page: Page): Promise<{ readyMs: number; printMs: number; pages: number }> {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type('export pdf storyboard');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export PDF storyboard' });
  await dialog.waitFor();
  const started = performance.now();
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  await page.locator('.print-root[data-storyboard-ready]').waitFor({ state: 'attached', timeout: 120_000 });
  const readyMs = performance.now() - started;
  const printing = performance.now();
  const pdf = await page.pdf({
    format: 'A4',
    landscape: true,
    printBackground: true,
    preferCSSPageSize: true,
  });
  const printMs = performance.now() - printing;
  // What the browser does when its print dialog closes; the export then tidies up.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.locator('.print-root').waitFor({ state: 'detached', timeout: 30_000 });
  await dialog.waitFor({ state: 'detached', timeout: 30_000 }).catch(() => page.keyboard.press('Escape'));
  return { readyMs, printMs, pages: pdfPageCount(pdf) };
}

/** What test/bench/captureProbe.ts (written elsewhere) exports; called only when that file exists. */
type MeasureCaptureView = (
  page: Page,
  baseUrl: string,
  documentText: string,
  scale: 1 | 2,
) => Promise<unknown>;

const CAPTURE_PROBE = fileURLToPath(new URL('./captureProbe.ts', import.meta.url));

/**
 * CAPTURE PATH HOOK: the capture-view figure, via `measureCaptureView(page, baseUrl, documentText,
 * scale)` from test/bench/captureProbe.ts when that file exists (null otherwise, reported "—"). Its
 * own figure (a number, or `{ ms }`) if it gives one, else the time the call took. The probe
 * navigates its page to the capture view, so it gets a page of its own in `context`, closed after.
 */
async function captureViewMs(
  context: BrowserContext,
  baseUrl: string,
  documentText: string,
  scale: 1 | 2,
): Promise<number | null> {
  if (!existsSync(CAPTURE_PROBE)) return null;
  const probe: unknown = await import(/* @vite-ignore */ CAPTURE_PROBE);
  const measure =
    typeof probe === 'object' && probe !== null && 'measureCaptureView' in probe
      ? probe.measureCaptureView
      : undefined;
  if (typeof measure !== 'function') throw new Error('captureProbe.ts has no measureCaptureView.');
  const page = await context.newPage();
  try {
    const started = performance.now();
    const result = await (measure as MeasureCaptureView)(page, baseUrl, documentText, scale);
    const elapsed = performance.now() - started;
    if (typeof result === 'number') return result;
    const ms = typeof result === 'object' && result !== null && 'ms' in result ? result.ms : undefined;
    return typeof ms === 'number' ? ms : elapsed;
  } finally {
    await page.close();
  }
}

async function captureScreenshotMs(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const started = performance.now();
  await cdp.send('Page.captureScreenshot', { format: 'png' });
  const elapsed = performance.now() - started;
  await cdp.detach();
  return elapsed;
}

/** 100 edits: ten cards, ten keystrokes each, each card a separate undo step. */
async function hundredEdits(page: Page): Promise<void> {
  let previous: string | null = null;
  for (let card = 0; card < 10; card += 1) {
    previous = await selectCardForEditing(page, previous);
    await page.getByRole('textbox', { name: 'Title', exact: true }).focus();
    await page.keyboard.press('End');
    for (let key = 0; key < 10; key += 1) await page.keyboard.type(String(key));
    await blurField(page);
  }
}

/** Runs a step; a failure is recorded and the figure left null, so one bad step costs one figure. */
async function attempt<T>(errors: string[], label: string, step: () => Promise<T>): Promise<T | null> {
  try {
    return await step();
  } catch (error) {
    errors.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}

async function benchOurs(
  options: BenchOptions,
  size: number,
  filePath: string,
  errors: string[],
): Promise<OurFigures> {
  const { browser, appUrl, runs } = options;
  const panMs = options.panMs ?? 3_000;
  const log = options.log ?? (() => undefined);
  const label = (what: string): string => `ours ${size} items: ${what}`;

  const opens: number[] = [];
  const parses: number[] = [];
  // A fresh context (fresh IndexedDB) per open; the last one stays for the rest of the script.
  let session: { context: BrowserContext; page: Page } | null = null;
  for (let run = 0; run < runs; run += 1) {
    await session?.context.close();
    session = await newAppPage(browser, appUrl);
    const page = session.page;
    page.on('pageerror', (error) => errors.push(label(`page error: ${error.message}`)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(label(`console error: ${message.text()}`));
    });
    const opened = await attempt(errors, label('open'), () => openFile(page, filePath));
    if (opened !== null) opens.push(opened);
    const parsed = await lastMeasure(page, 'studio:open');
    if (parsed !== null) parses.push(parsed);
  }
  if (session === null) throw new Error('runs must be at least 1.');
  const { context, page } = session;
  log(`  ours: open ${round(median(opens))} ms`);
  // A map too large to read whole opens at its start; the script begins fitted, as the baseline does.
  await attempt(errors, label('zoom to fit'), () => fitWholeMap(page, size));
  // Let the fitted view settle (and the history import finish) before measuring frames.
  await wait(500);
  const heapAfterOpenMb = await attempt(errors, label('heap after open'), () => heapMb(context, page));
  // Before anything is selected: with a card selected the export never finishes (reported as a bug).
  const pngExportMs = await attempt(errors, label('PNG export'), () => exportPng(page));
  const storyboard = await attempt(errors, label('PDF storyboard'), () => exportStoryboard(page));

  const interactions: InteractionRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await attempt(errors, label('pan/zoom/drag'), () =>
      interactionScript(page, APP_ITEM, panMs),
    );
    if (result !== null) interactions.push(result);
  }
  log('  ours: pan, zoom, drag done');

  const captures: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const capture = await attempt(errors, label('captureScreenshot'), () =>
      captureScreenshotMs(context, page),
    );
    if (capture !== null) captures.push(capture);
  }
  const documentText = await readFile(filePath, 'utf8');
  const captureView = await attempt(errors, label('capture view'), () =>
    captureViewMs(context, appUrl, documentText, 1),
  );
  // Keys go to the focused page: the app again, after the probe's page closed.
  await page.bringToFront();

  // Editing happens close up (zoom 1), where the cards and their text are drawn.
  await attempt(errors, label('zoom in for editing'), () => wheelTo(page, 1, 'in'));
  const edits: number[] = [];
  const undos: number[] = [];
  const redos: number[] = [];
  const serializes: number[] = [];
  const revisions: number[] = [];
  // The browser bridge saves by download when there is no file-system picker to answer (as in save.test.ts).
  await page.evaluate(() =>
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true }),
  );
  const cardId = await attempt(errors, label('select a card'), () => selectCardForEditing(page, null));
  for (let run = 0; run < runs && cardId !== null; run += 1) {
    const timed = await attempt(errors, label('edit/undo/redo'), () => editUndoRedo(page, cardId));
    if (timed !== null) {
      for (const [list, value] of [
        [edits, timed.edit],
        [undos, timed.undo],
        [redos, timed.redo],
      ] as const) {
        if (value >= 0) list.push(value);
      }
    }
    const saved = await attempt(errors, label('save'), () => saveOnce(page));
    if (saved?.serialize != null) serializes.push(saved.serialize);
    if (saved?.revision != null) revisions.push(saved.revision);
  }
  log('  ours: edit, undo, redo, save done');

  await attempt(errors, label('100 edits'), () => hundredEdits(page));
  const heapAfterEditsMb = await attempt(errors, label('heap after edits'), () => heapMb(context, page));
  // Recorded all along (drafts are written after edits, on the app's own schedule): none → null.
  const draftWrites = await recordedMeasures(page, 'studio:draft-write');
  const draftBlocks = await recordedMeasures(page, 'studio:draft-blocking');
  const revisionBlocks = await recordedMeasures(page, 'studio:revision-blocking');
  await context.close();
  log('  ours: export and memory done');

  return {
    ...summariseInteraction(interactions),
    openMs: round(median(opens)),
    openParseMs: round(median(parses)),
    editMs: round(median(edits)),
    undoMs: round(median(undos)),
    redoMs: round(median(redos)),
    serializeMs: round(median(serializes)),
    revisionMs: round(median(revisions)),
    revisionBlockingMs: round(median(revisionBlocks)),
    draftWriteMs: round(median(draftWrites)),
    draftBlockingMs: round(median(draftBlocks)),
    pngExportMs: round(pngExportMs),
    captureScreenshotMs: round(median(captures)),
    storyboardReadyMs: round(storyboard?.readyMs ?? null),
    storyboardPrintMs: round(storyboard?.printMs ?? null),
    storyboardPages: storyboard?.pages ?? null,
    captureViewMs: round(captureView),
    heapAfterOpenMb: round(heapAfterOpenMb),
    heapAfterEditsMb: round(heapAfterEditsMb),
  };
}

/** Opens, edits once and saves a map of `size` items in a fresh page: figures only, no medians. */
async function benchLoad(
  options: BenchOptions,
  size: number,
  folder: string,
  errors: string[],
): Promise<LoadFigures> {
  const label = (what: string): string => `load ${size} items: ${what}`;
  const text = writeCxmap(generateDocument({ itemCount: size }));
  const filePath = path.join(folder, `load-${size}.cxmap`);
  await writeFile(filePath, text);
  const { context, page } = await newAppPage(options.browser, options.appUrl);
  let problems = 0;
  const problem = (message: string): void => {
    problems += 1;
    errors.push(label(message));
  };
  page.on('pageerror', (error) => problem(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problem(`console error: ${message.text()}`);
  });
  try {
    const openMs = await attempt(errors, label('open'), () => openFile(page, filePath));
    const openParseMs = await lastMeasure(page, 'studio:open');
    await wait(500);
    await attempt(errors, label('zoom in for editing'), () => wheelTo(page, 1, 'in'));
    await page.evaluate(() =>
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true }),
    );
    const editMs = await attempt(errors, label('edit'), async () => {
      const cardId = await selectCardForEditing(page, null);
      const field = page.getByRole('textbox', { name: 'Title', exact: true });
      await field.focus();
      await page.keyboard.press('End');
      await armChange(page, cardId, 'text', 'input');
      await page.keyboard.type('x');
      const edited = await armedResult(page);
      if (edited < 0) throw new Error('the edit never reached the canvas');
      return edited;
    });
    const saved = await attempt(errors, label('save'), () => saveOnce(page));
    // A map just over the size: the app says it may feel slow (issue "Hardening" §8), in the same page.
    const overPath = path.join(folder, `load-${size + 1}.cxmap`);
    await writeFile(overPath, writeCxmap(generateDocument({ itemCount: size + 1 })));
    const warnsAboveLimit = await attempt(errors, label(`notice at ${size + 1} items`), async () => {
      // Watched from before the open: a notice may be gone by the time a map this size is painted.
      const seen = page
        .getByText(new RegExp(`This map has (${size + 1}|${(size + 1).toLocaleString('en')}) items`))
        .first()
        .waitFor({ timeout: OPEN_TIMEOUT_MS })
        .then(
          () => true,
          () => false,
        );
      await openFile(page, overPath);
      return seen;
    });
    return {
      items: size,
      fileBytes: Buffer.byteLength(text),
      openMs: round(openMs),
      openParseMs: round(openParseMs),
      editMs: round(editMs),
      serializeMs: round(saved?.serialize ?? null),
      revisionMs: round(saved?.revision ?? null),
      problems,
      warnsAboveLimit,
    };
  } finally {
    await context.close();
  }
}

/** The sample map's PNG 2× and PDF storyboard (and the capture view at 2× when it exists). */
async function benchSample(
  options: BenchOptions,
  filePath: string,
  errors: string[],
): Promise<SampleFigures> {
  const name = path.basename(filePath, '.cxmap');
  const label = (what: string): string => `sample ${name}: ${what}`;
  const documentText = await readFile(filePath, 'utf8');
  const items = (JSON.parse(documentText) as { map?: { items?: unknown[] } }).map?.items?.length ?? 0;
  const pngs: number[] = [];
  const readies: number[] = [];
  const prints: number[] = [];
  let pages: number | null = null;
  const { context, page } = await newAppPage(options.browser, options.appUrl);
  page.on('pageerror', (error) => errors.push(label(`page error: ${error.message}`)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(label(`console error: ${message.text()}`));
  });
  try {
    await openFile(page, filePath);
    await wait(500);
    for (let run = 0; run < options.runs; run += 1) {
      const png = await attempt(errors, label('PNG 2× export'), () => exportPng(page, '2×'));
      if (png !== null) pngs.push(png);
      const storyboard = await attempt(errors, label('PDF storyboard'), () => exportStoryboard(page));
      if (storyboard !== null) {
        readies.push(storyboard.readyMs);
        prints.push(storyboard.printMs);
        pages = storyboard.pages;
      }
    }
    const captureView2xMs = await attempt(errors, label('capture view'), () =>
      captureViewMs(context, options.appUrl, documentText, 2),
    );
    return {
      name,
      items,
      pngExport2xMs: round(median(pngs)),
      storyboardReadyMs: round(median(readies)),
      storyboardPrintMs: round(median(prints)),
      storyboardPages: pages,
      captureView2xMs: round(captureView2xMs),
    };
  } finally {
    await context.close();
  }
}

async function benchBaseline(
  options: BenchOptions,
  size: number,
  errors: string[],
): Promise<BaselineFigures> {
  const { browser, baselineUrl, runs } = options;
  const panMs = options.panMs ?? 3_000;
  const label = (what: string): string => `baseline ${size} items: ${what}`;
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(label(`page error: ${error.message}`)));
  const mounts: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const mounted = await attempt(errors, label('mount'), async () => {
      await page.goto(`${baselineUrl}?items=${size}`);
      return baselineMountMs(page, OPEN_TIMEOUT_MS);
    });
    if (mounted !== null) mounts.push(mounted);
  }
  await wait(500);
  const interactions: InteractionRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await attempt(errors, label('pan/zoom/drag'), () =>
      interactionScript(page, BASELINE_NODE, panMs),
    );
    if (result !== null) interactions.push(result);
  }
  await context.close();
  return { ...summariseInteraction(interactions), mountMs: round(median(mounts)) };
}

/** Two revisions of a 1,000-item map a working session apart: renames, a few removals and additions. */
export function diffBenchMaps(): { before: JourneyMap; after: JourneyMap } {
  const before = generateMap({ itemCount: 1_000 });
  const items = before.items
    .slice(10)
    .map((item, index) => (index % 20 === 0 ? { ...item, title: `${item.title} (revised)` } : item));
  const added = generateMap({ itemCount: 10, seed: 7 }).items.map((item) => ({
    ...item,
    id: `${item.id}-new`,
    stageId: before.stages[0]?.id ?? item.stageId,
  }));
  const kept = new Set([...items, ...added].map((item) => item.id));
  return {
    before,
    after: {
      ...before,
      items: [...items, ...added],
      links: before.links.filter((link) => kept.has(link.from) && kept.has(link.to)),
    },
  };
}

function benchDiff(runs: number): number {
  const { before, after } = diffBenchMaps();
  const times: number[] = [];
  for (let run = 0; run < Math.max(5, runs * 3); run += 1) {
    const started = performance.now();
    diffMaps(before, after);
    times.push(performance.now() - started);
  }
  return round(median(times), 2) ?? Number.NaN;
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? (() => undefined);
  const errors: string[] = [];
  const folder = await mkdtemp(path.join(os.tmpdir(), 'journey-bench-maps-'));
  const sizes: SizeResult[] = [];
  let sample: SampleFigures | null = null;
  let load: LoadFigures | null = null;
  try {
    for (const size of options.sizes) {
      log(`${size} items`);
      const text = writeCxmap(generateDocument({ itemCount: size }));
      const filePath = path.join(folder, `bench-${size}.cxmap`);
      await writeFile(filePath, text);
      const ours = await benchOurs(options, size, filePath, errors);
      const baseline = await benchBaseline(options, size, errors);
      sizes.push({ items: size, fileBytes: Buffer.byteLength(text), ours, baseline });
    }
    if (options.samplePath != null) {
      log(`sample ${path.basename(options.samplePath)}`);
      sample = await attempt(errors, 'sample', () => benchSample(options, options.samplePath ?? '', errors));
    }
    if (options.loadItems != null) {
      log(`load check, ${options.loadItems} items`);
      const items = options.loadItems;
      load = await attempt(errors, `load ${items} items`, () => benchLoad(options, items, folder, errors));
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const cpus = os.cpus();
  return {
    createdAt: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      browser: options.browser.version(),
    },
    runs: options.runs,
    sizes,
    diff1000Ms: benchDiff(options.runs),
    load,
    sample,
    errors,
  };
}
