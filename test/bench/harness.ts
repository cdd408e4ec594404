import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
  /** Export PNG (1×) through the palette and dialog: click → download (html-to-image). */
  readonly pngExportMs: number | null;
  /** CDP `Page.captureScreenshot` of the fitted canvas (the capture engine beside html-to-image). */
  readonly captureScreenshotMs: number | null;
  readonly heapAfterOpenMb: number | null;
  readonly heapAfterEditsMb: number | null;
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
  readonly pdfExport: 'n/a';
  /** Whether opening a map over 5,000 items warns the user (checked in the source: it does not yet). */
  readonly warnsAbove5000Items: boolean;
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
async function exportPng(page: Page): Promise<number> {
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type('export png');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export the map as PNG' });
  await dialog.getByRole('radio', { name: /\(1×\)/ }).check();
  const downloading = page.waitForEvent('download', { timeout: 90_000 });
  const started = performance.now();
  await dialog.getByRole('button', { name: 'Export PNG' }).click();
  await downloading;
  const elapsed = performance.now() - started;
  await dialog.waitFor({ state: 'detached', timeout: 30_000 }).catch(() => page.keyboard.press('Escape'));
  return elapsed;
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
  // Let the fitted view settle (and the history import finish) before measuring frames.
  await wait(500);
  const heapAfterOpenMb = await attempt(errors, label('heap after open'), () => heapMb(context, page));
  // Before anything is selected: with a card selected the export never finishes (reported as a bug).
  const pngExportMs = await attempt(errors, label('PNG export'), () => exportPng(page));

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
    pngExportMs: round(pngExportMs),
    captureScreenshotMs: round(median(captures)),
    heapAfterOpenMb: round(heapAfterOpenMb),
    heapAfterEditsMb: round(heapAfterEditsMb),
  };
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
    pdfExport: 'n/a',
    // No such warning exists in renderer/src (no item-count check on open): reported, not built.
    warnsAbove5000Items: false,
    errors,
  };
}
