import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { launchBrowser } from './browser';

/** Everything a page did that a user would call a bug or a security hole; tests assert these stay empty. */
export interface PageProblems {
  /** `console.error` calls and failed resource loads. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  readonly pageErrors: string[];
  /** `alert`, `confirm`, `prompt` and `beforeunload` dialogs (dismissed as they come). */
  readonly dialogs: string[];
  /** Requests to any host but the local preview server: the app works offline and leaks nothing. */
  readonly foreignRequests: string[];
  /** Every URL requested, to prove injected markup (an `<img src=x>`) never turned into a request. */
  readonly requestedUrls: string[];
}

export interface AppSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: PageProblems;
  close(): Promise<void>;
}

/** A laptop-sized window: big enough for the maps to be legible in the README screenshot. */
const VIEWPORT = { width: 1440, height: 900 };
const APP_READY_TIMEOUT_MS = 15_000;

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1';
}

function watchProblems(context: BrowserContext, page: Page): PageProblems {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    dialogs: [],
    foreignRequests: [],
    requestedUrls: [],
  };
  page.on('console', (message) => {
    // The location names the resource behind a bare "Failed to load resource: 404".
    if (message.type() !== 'error') return;
    problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    problems.requestedUrls.push(request.url());
    if (!isLocal(request.url())) problems.foreignRequests.push(request.url());
  });
  return problems;
}

export function mainToolbar(page: Page) {
  return page.getByRole('toolbar', { name: 'Main toolbar' });
}

/**
 * One Chromium per test file, launched by the first test that asks for it and closed after the last.
 * Launching inside the tests rather than in `beforeAll` makes a missing Chromium *fail* every test with
 * the one-line install hint; a failing hook would only mark them skipped.
 */
export function useBrowser(): () => Promise<Browser> {
  let launched: Promise<Browser> | null = null;
  afterAll(async () => {
    const browser = await launched?.catch(() => null);
    await browser?.close();
  });
  return () => (launched ??= launchBrowser());
}

/** A fresh browser context (so a fresh IndexedDB profile) with the app loaded and rendered. */
export async function openApp(browser: Browser): Promise<AppSession> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = watchProblems(context, page);
  // Playwright turns file-chooser interception on lazily, when a listener is added, without waiting for
  // the browser to confirm. A test that adds its listener and at once presses Ctrl+O can beat it on a
  // busy machine, and the chooser then opens natively, unseen. A standing listener from the start
  // guarantees interception is on long before any key is pressed.
  page.on('filechooser', () => undefined);
  try {
    await page.goto(inject('baseUrl'));
    await mainToolbar(page).waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    // Keys go to the focused page; on a busy machine a new page can get focus a moment after it paints.
    await page.bringToFront();
    await page.waitForFunction(() => document.hasFocus(), undefined, { timeout: APP_READY_TIMEOUT_MS });
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page, problems, close: () => context.close() };
}

/**
 * Opens a file the way a user does: Ctrl/Cmd+O or the toolbar's `Open…`, then the file chooser.
 * Resolves once the chooser has the file; the caller waits for what the user would see next.
 */
export async function openMapFile(
  page: Page,
  filePath: string,
  via: 'shortcut' | 'button' = 'button',
): Promise<void> {
  const chooserShown = page.waitForEvent('filechooser', { timeout: 10_000 });
  if (via === 'shortcut') {
    await page.keyboard.press('ControlOrMeta+o');
  } else {
    await mainToolbar(page).getByRole('button', { name: 'Open…', exact: true }).click();
  }
  const chooser = await chooserShown;
  await chooser.setFiles(filePath);
}

/** The `role="alert"` that explains why a file was refused. */
export function refusalAlert(page: Page) {
  return page.getByRole('alert');
}
