import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { watch } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_IPC_CHANNELS, IPC_CHANNELS, type AppCommandId } from '../../shared/ipc/contract';
import { APP_ENTRY_URL, type TrustedOrigins } from './app-origin';
import { createDocumentWindows, type CloseChoice, type DocumentWindow } from './document-windows';
import { createFileWatcher } from './file-watch';
import { nodeFileSystem, readFileForOs } from './files';
import { createOpenExternalHandler } from './ipc/external-links';
import {
  createDocumentFileHandlers,
  createOpenMapDialogHandler,
  type OpenDialogRequest,
  type SaveDialogRequest,
} from './ipc/files';
import { createCaptureHandlers } from './ipc/capture';
import { createPrintToPdfHandler, type PdfPrintOptions } from './ipc/print';
import { registerTrustedHandlers } from './ipc/trusted-handlers';
import { installApplicationMenu } from './menu';
import { createOsFileInbox, mapPathFromArgv } from './os-open-requests';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { createRecentDocuments, type RecentDocuments } from './recent-documents';
import { CONTENT_SECURITY_POLICY, hardenSession } from './security';
import { createUserChosenPaths } from './user-chosen-paths';
import { APP_TITLE, createCaptureWindow, createMainWindow } from './window';

// electron-vite builds main as an ES module: there is no __dirname, so paths start from this file.
const mainDir = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(mainDir, '../preload/index.cjs');
const rendererRoot = join(mainDir, '../renderer');

// `npm run dev` serves the renderer from Vite; a packaged app never honours the variable.
const devServerUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
const trusted: TrustedOrigins = { devServerUrl };

// Privileged schemes must be registered before `ready`.
registerAppScheme(protocol);

// ---- Files that never lose work: the already-built pieces, given Electron's dialogs, paths and fs. ----

/** Paths the user chose this session; main writes, watches and re-reads only these. */
const chosenPaths = createUserChosenPaths();

// Electron APIs are reached only when a list is read or written, so nothing here runs before `ready`.
const recentListPath = (): string => join(app.getPath('userData'), 'recent-documents.json');
const storedRecent = createRecentDocuments({
  readText: async () => {
    try {
      return await fs.readFile(recentListPath(), 'utf8');
    } catch (error) {
      // No list yet is the first launch, not a failure.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  writeText: (text) => fs.writeFile(recentListPath(), text, 'utf8'),
  exists: (path) =>
    fs.stat(path).then(
      (stats) => stats.isFile(),
      () => false,
    ),
  addToOsList: (path) => app.addRecentDocument(path),
});

/** The recent list, with File > Open Recent rebuilt whenever it changes. */
const recent: RecentDocuments = {
  list: () => storedRecent.list(),
  has: (path) => storedRecent.has(path),
  add: async (path) => {
    await storedRecent.add(path);
    refreshMenu();
  },
  remove: async (path) => {
    const remaining = await storedRecent.remove(path);
    refreshMenu();
    return remaining;
  },
};

const browserWindowOf = (window: DocumentWindow): BrowserWindow | null =>
  window instanceof BrowserWindow && !window.isDestroyed() ? window : null;

const CLOSE_CHOICES: readonly CloseChoice[] = ['save', 'discard', 'cancel'];

const documents = createDocumentWindows({
  appName: APP_TITLE,
  platform: process.platform,
  async askToSaveBeforeClosing(window, documentTitle) {
    const options = {
      type: 'warning' as const,
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: `Do you want to save the changes you made to “${documentTitle}”?`,
      detail: 'Your changes will be lost if you don’t save them.',
    };
    const owner = browserWindowOf(window);
    const { response } = await (owner === null
      ? dialog.showMessageBox(options)
      : dialog.showMessageBox(owner, options));
    return CLOSE_CHOICES[response] ?? 'cancel';
  },
  sendCommand: (window, command) =>
    browserWindowOf(window)?.webContents.send(IPC_CHANNELS.menuCommand, command),
  isUserChosenPath: (path) => chosenPaths.isAllowed(path),
  // The confirmed close of a window during a quit: go on quitting (the next window may ask too).
  continueQuitting: () => app.quit(),
});

const showSaveDialog = (sender: unknown, request: SaveDialogRequest) => {
  const owner = BrowserWindow.getAllWindows().find((window) => window.webContents === sender);
  const options = { ...request, filters: [...request.filters] };
  return owner === undefined ? dialog.showSaveDialog(options) : dialog.showSaveDialog(owner, options);
};

/** The storyboard and poster: the sender's own page printed as PDF (its print root is mounted then). */
const printPageToPdf = async (sender: unknown, options: PdfPrintOptions): Promise<Uint8Array> => {
  const owner = BrowserWindow.getAllWindows().find((window) => window.webContents === sender);
  if (owner === undefined) throw new Error('the window to print is gone');
  return new Uint8Array(await owner.webContents.printToPDF({ ...options }));
};

/** Export PNG: the map drawn in a hidden capture window and rasterised by `capturePage`. */
const captureHandlers = createCaptureHandlers({
  openCaptureWindow() {
    const window = createCaptureWindow({ preloadPath, entryUrl: devServerUrl ?? APP_ENTRY_URL, trusted });
    const contents = window.webContents;
    return {
      contents,
      setContentSize: (width, height) => window.setContentSize(width, height),
      setZoomFactor: (factor) => contents.setZoomFactor(factor),
      capturePng: async () => {
        // The page was just resized and zoomed: let it lay out and paint twice at the new size
        // before its pixels are taken, or the capture could be of the frame before the resize.
        await contents.executeJavaScript(
          'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))',
        );
        const image = await contents.capturePage(undefined, { stayHidden: true });
        return new Uint8Array(image.toPNG());
      },
      destroy: () => {
        if (!window.isDestroyed()) window.destroy();
      },
    };
  },
  showSaveDialog,
  fs,
});

const fileHandlers = createDocumentFileHandlers({
  fs,
  showSaveDialog,
  chosenPaths,
  recent,
  documents,
  windowOf: (sender) => BrowserWindow.getAllWindows().find((window) => window.webContents === sender) ?? null,
  createWatcher: () =>
    createFileWatcher({
      watchFolder: (folder, onEvent) =>
        watch(folder, { persistent: false }, (_event, fileName) => onEvent(fileName)),
      signatureOf: (path) =>
        fs.stat(path).then(
          (stats) => ({ mtimeMs: stats.mtimeMs, size: stats.size }),
          () => null,
        ),
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    }),
  sendFileChange: (sender, change) => {
    const contents = sender as WebContents;
    if (!contents.isDestroyed()) contents.send(FILE_IPC_CHANNELS.fileChanged, change);
  },
  openWindow: () => void openWindow(),
});

/** A file the OS hands us (double-click, second launch) is one the user chose: main may save to it. */
const inbox = createOsFileInbox(async (path) => {
  const result = await readFileForOs(path);
  if (result.ok) fileHandlers.noteOpened(path);
  return result;
});
let mainWindow: BrowserWindow | null = null;

const openWindow = (): BrowserWindow => {
  const window = createMainWindow({ preloadPath, entryUrl: devServerUrl ?? APP_ENTRY_URL, trusted });
  mainWindow = window;
  // Its close is guarded from now on: unsaved changes ask Save / Don't Save / Cancel.
  documents.track(window);
  // Kept now: on `closed` the window's webContents may already be gone.
  const contents = window.webContents;
  // Files wait until the page (and so the preload's listener) exists; a reload attaches again.
  window.webContents.on('did-finish-load', () => {
    inbox.attach((file) => {
      if (!window.isDestroyed()) window.webContents.send(IPC_CHANNELS.openFile, file);
    });
  });
  window.on('closed', () => {
    fileHandlers.forgetSender(contents);
    if (mainWindow !== window) return;
    mainWindow = null;
    inbox.detach();
  });
  return window;
};

const bringToFront = (window: BrowserWindow): void => {
  if (window.isMinimized()) window.restore();
  window.focus();
};

/** A file from the OS: shown in the open window, or in a new one (macOS keeps running windowless). */
const openFromOs = (path: string): void => {
  // Already open in a window: bring that one forward rather than opening the map twice.
  const showing = documents.windowShowing(path);
  const showingWindow = showing === null ? null : browserWindowOf(showing);
  if (showingWindow !== null) {
    bringToFront(showingWindow);
    return;
  }
  inbox.receive(path);
  if (!app.isReady()) return;
  if (mainWindow === null) openWindow();
  else bringToFront(mainWindow);
};

const sendMenuCommand = (command: AppCommandId, window: unknown): void => {
  const target = window instanceof BrowserWindow ? window : mainWindow;
  // With no window (macOS, all closed) the menu still works: it brings one back instead.
  if (target === null) {
    openWindow();
    return;
  }
  // Closing a window is the OS's part: the close guard asks about unsaved changes, as for the close box.
  if (command === 'file.close') target.close();
  else target.webContents.send(IPC_CHANNELS.menuCommand, command);
};

/** File > Open Recent: read the map (the list is where it came from) and show it in the menu's window. */
const openRecentFromMenu = (path: string, window: unknown): void => {
  void readFileForOs(path).then((file) => {
    if (file.ok) fileHandlers.noteOpened(path);
    const target = window instanceof BrowserWindow ? window : (mainWindow ?? openWindow());
    if (!target.isDestroyed()) target.webContents.send(IPC_CHANNELS.openFile, file);
  });
};

/** Builds the native menu, with the recent list as it is now (a menu cannot update itself). */
const refreshMenu = (): void => {
  if (!app.isReady()) return;
  void recent
    .list()
    .catch(() => [])
    .then((recentDocuments) =>
      installApplicationMenu({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: APP_TITLE,
        sendCommand: sendMenuCommand,
        openNewWindow: () => void openWindow(),
        recentDocuments,
        openRecent: openRecentFromMenu,
      }),
    );
};

const showOpenDialog = (sender: unknown, request: OpenDialogRequest) => {
  const owner = BrowserWindow.getAllWindows().find((window) => window.webContents === sender);
  const options = { ...request, properties: [...request.properties], filters: [...request.filters] };
  return owner === undefined ? dialog.showOpenDialog(options) : dialog.showOpenDialog(owner, options);
};

if (!app.requestSingleInstanceLock()) {
  // Another Journey Studio is running; it receives our argv through `second-instance`.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = mapPathFromArgv(argv, workingDirectory);
    if (path !== null) openFromOs(path);
    else if (mainWindow !== null) bringToFront(mainWindow);
    else if (app.isReady()) openWindow();
  });

  // macOS: double-click in Finder, drop on the Dock icon; may arrive before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(path);
  });

  // Windows and Linux: a double-click starts the app with the file's path.
  const launchPath = mapPathFromArgv(process.argv, process.cwd());
  if (launchPath !== null) inbox.receive(launchPath);

  // Quitting closes every window; each with unsaved changes asks, and a Cancel stops the quit.
  app.on('before-quit', () => documents.beginQuit());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openWindow();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, {
        contentSecurityPolicy: devServerUrl === null ? CONTENT_SECURITY_POLICY : null,
      });
      registerAppProtocol(protocol, rendererRoot, fs);
      registerTrustedHandlers(
        ipcMain,
        [
          createOpenMapDialogHandler({
            showOpenDialog,
            fs: nodeFileSystem,
            onFileOpened: (path) => fileHandlers.noteOpened(path),
          }),
          createOpenExternalHandler(shell),
          createPrintToPdfHandler({ printToPdf: printPageToPdf, showSaveDialog, fs }),
          ...captureHandlers.handlers,
          ...fileHandlers.handlers,
        ],
        trusted,
      );
      installApplicationMenu({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: APP_TITLE,
        sendCommand: sendMenuCommand,
        openNewWindow: () => void openWindow(),
      });
      // Then again with File > Open Recent once the list is read.
      refreshMenu();
      openWindow();
    })
    .catch((error: unknown) => {
      console.error(`${APP_TITLE} could not start:`, error);
      app.quit();
    });
}
