import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IPC_CHANNELS, type MenuCommandId } from '../../shared/ipc/contract';
import { APP_ENTRY_URL, type TrustedOrigins } from './app-origin';
import { nodeFileSystem, readFileForOs } from './files';
import { createOpenExternalHandler } from './ipc/external-links';
import { createOpenMapDialogHandler, type OpenDialogRequest } from './ipc/files';
import { registerTrustedHandlers } from './ipc/trusted-handlers';
import { installApplicationMenu } from './menu';
import { createOsFileInbox, mapPathFromArgv } from './os-open-requests';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { CONTENT_SECURITY_POLICY, hardenSession } from './security';
import { APP_TITLE, createMainWindow } from './window';

// electron-vite builds main as an ES module: there is no __dirname, so paths start from this file.
const mainDir = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(mainDir, '../preload/index.cjs');
const rendererRoot = join(mainDir, '../renderer');

// `npm run dev` serves the renderer from Vite; a packaged app never honours the variable.
const devServerUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
const trusted: TrustedOrigins = { devServerUrl };

// Privileged schemes must be registered before `ready`.
registerAppScheme(protocol);

const inbox = createOsFileInbox((path) => readFileForOs(path));
let mainWindow: BrowserWindow | null = null;

const openWindow = (): BrowserWindow => {
  const window = createMainWindow({ preloadPath, entryUrl: devServerUrl ?? APP_ENTRY_URL, trusted });
  mainWindow = window;
  // Files wait until the page (and so the preload's listener) exists; a reload attaches again.
  window.webContents.on('did-finish-load', () => {
    inbox.attach((file) => {
      if (!window.isDestroyed()) window.webContents.send(IPC_CHANNELS.openFile, file);
    });
  });
  window.on('closed', () => {
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
  inbox.receive(path);
  if (!app.isReady()) return;
  if (mainWindow === null) openWindow();
  else bringToFront(mainWindow);
};

const sendMenuCommand = (command: MenuCommandId, window: unknown): void => {
  const target = window instanceof BrowserWindow ? window : mainWindow;
  // With no window (macOS, all closed) the menu still works: it brings one back instead.
  if (target === null) {
    openWindow();
    return;
  }
  target.webContents.send(IPC_CHANNELS.menuCommand, command);
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
          createOpenMapDialogHandler({ showOpenDialog, fs: nodeFileSystem }),
          createOpenExternalHandler(shell),
        ],
        trusted,
      );
      installApplicationMenu({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: APP_TITLE,
        sendCommand: sendMenuCommand,
      });
      openWindow();
    })
    .catch((error: unknown) => {
      console.error(`${APP_TITLE} could not start:`, error);
      app.quit();
    });
}
