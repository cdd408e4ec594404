import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { isAppUrl, type TrustedOrigins } from './app-origin';

export const APP_TITLE = 'Journey Studio';

/**
 * The renderer gets no Node, runs in Chromium's sandbox and sees the preload's `window.studio` only
 * through an isolated world (DESIGN.md §6). Every flag is spelled out, even where it is Electron's
 * default, so a change of default or a careless edit shows up in review and in the tests.
 */
export const mainWindowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  title: APP_TITLE,
  width: 1280,
  height: 820,
  minWidth: 800,
  minHeight: 560,
  // Shown on ready-to-show, so the user never sees an empty white frame.
  show: false,
  backgroundColor: '#ffffff',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
  },
});

/**
 * The window only ever shows our own pages: new windows are denied (links go through
 * `openExternal`), and any navigation of the page or of a frame to another origin is cancelled.
 */
export const guardNavigation = (webContents: WebContents, isAllowed: (url: string) => boolean): void => {
  webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const cancelForeign = (event: { readonly url: string; preventDefault(): void }): void => {
    if (!isAllowed(event.url)) event.preventDefault();
  };
  webContents.on('will-navigate', cancelForeign);
  webContents.on('will-frame-navigate', cancelForeign);
  webContents.on('will-redirect', cancelForeign);
  webContents.on('will-attach-webview', (event) => event.preventDefault());
};

export interface MainWindowSettings {
  readonly preloadPath: string;
  /** `app://journey-studio/index.html`, or the Vite dev server while developing. */
  readonly entryUrl: string;
  readonly trusted: TrustedOrigins;
}

export const createMainWindow = (settings: MainWindowSettings): BrowserWindow => {
  const window = new BrowserWindow(mainWindowOptions(settings.preloadPath));
  guardNavigation(window.webContents, (url) => isAppUrl(url, settings.trusted));
  window.once('ready-to-show', () => window.show());
  window.loadURL(settings.entryUrl).catch((error: unknown) => {
    console.error(`${APP_TITLE} could not load its window:`, error);
  });
  return window;
};

/**
 * The PNG capture's hidden window: the same secure preferences and navigation guard as an app window
 * (the factory above), never shown, never throttled while hidden, loading the capture view of the
 * same page. Its owner destroys it after the capture, on success or failure.
 */
export const createCaptureWindow = (settings: MainWindowSettings): BrowserWindow => {
  const options = mainWindowOptions(settings.preloadPath);
  const window = new BrowserWindow({
    ...options,
    show: false,
    minWidth: 1,
    minHeight: 1,
    // A capture without a background is transparent around the cards.
    backgroundColor: '#00000000',
    transparent: true,
    frame: false,
    enableLargerThanScreen: true,
    webPreferences: { ...options.webPreferences, backgroundThrottling: false },
  });
  guardNavigation(window.webContents, (url) => isAppUrl(url, settings.trusted));
  const url = new URL(settings.entryUrl);
  url.searchParams.set('view', 'capture');
  window.loadURL(url.href).catch((error: unknown) => {
    console.error(`${APP_TITLE} could not load its capture window:`, error);
  });
  return window;
};
