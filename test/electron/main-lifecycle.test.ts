import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, sep } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import {
  CAPTURE_IPC_CHANNELS,
  FILE_IPC_CHANNELS,
  IPC_CHANNELS,
  PRINT_IPC_CHANNELS,
  type FileResult,
  type OpenedFile,
} from '../../shared/ipc/contract';
import {
  app,
  dialog,
  FakeBrowserWindow,
  invokeEventFrom,
  ipcMain,
  Menu,
  navigationEvent,
  protocol,
  resetFakeElectron,
  session,
  settle,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let sandbox: string;
let mapPath: string;
const MAP_TEXT = '{"format":"cxmap","version":1,"map":{}}';

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'journey-main-'));
  mapPath = join(sandbox, 'customer onboarding.cxmap');
  await writeFile(mapPath, MAP_TEXT);
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

const realPlatform = process.platform;
const setPlatform = (platform: NodeJS.Platform): void => {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
};

beforeEach(() => {
  resetFakeElectron();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});

afterEach(() => {
  setPlatform(realPlatform);
  vi.unstubAllEnvs();
});

/** Starts main from the top, as Electron would with this command line. */
const startMain = async (argv: string[] = ['/opt/journey-studio/journey-studio']): Promise<void> => {
  vi.resetModules();
  const launchArgv = process.argv;
  process.argv = argv;
  try {
    await import('../../electron/main/index');
  } finally {
    process.argv = launchArgv;
  }
};

const onlyWindow = (): FakeBrowserWindow => {
  const windows = FakeBrowserWindow.getAllWindows();
  expect(windows).toHaveLength(1);
  const [window] = windows;
  if (window === undefined) throw new Error('no window');
  return window;
};

/** The page (and its preload) finished loading. */
const finishLoading = async (window: FakeBrowserWindow): Promise<void> => {
  window.webContents.emit('did-finish-load');
  await settle();
};

// Deliveries involve a real file read, so tests wait for them (vi.waitFor) rather than count ticks.
const openedFiles = (window: FakeBrowserWindow) =>
  window.webContents.sentOn(IPC_CHANNELS.openFile) as FileResult<OpenedFile>[];

const mapFile = (path = mapPath): FileResult<OpenedFile> => ({
  ok: true,
  value: {
    name: 'customer onboarding.cxmap',
    path,
    bytes: new TextEncoder().encode(MAP_TEXT),
    mtimeMs: expect.any(Number) as number,
  },
});

describe('starting', () => {
  it('registers the app scheme before ready, then serves it, hardens the session and opens the window', async () => {
    await startMain();
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(0);

    await app.becomeReady();
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    expect(session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(session.defaultSession.permissionCheckHandler).not.toBeNull();
    expect(session.defaultSession.headersListener).not.toBeNull();
    expect(Menu.getApplicationMenu()).not.toBeNull();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [
        IPC_CHANNELS.openExternal,
        IPC_CHANNELS.openMapDialog,
        PRINT_IPC_CHANNELS.printToPdf,
        ...Object.values(FILE_IPC_CHANNELS),
        ...Object.values(CAPTURE_IPC_CHANNELS),
      ]
        .filter((channel) => channel !== FILE_IPC_CHANNELS.fileChanged)
        .sort(),
    );

    const window = onlyWindow();
    expect(window.loadedUrls).toEqual([APP_ENTRY_URL]);
    const preload = (window.options['webPreferences'] as { preload: string }).preload;
    expect(isAbsolute(preload)).toBe(true);
    expect(preload.endsWith(`${sep}preload${sep}index.cjs`)).toBe(true);
  });

  it('serves nothing outside the renderer folder through the app scheme', async () => {
    await startMain();
    await app.becomeReady();
    const response = await protocol.handlers.get('app')?.(
      new Request('app://journey-studio/..%2f..%2fpackage.json'),
    );
    expect(response?.status).toBe(404);
  });

  it('leaves when another Journey Studio is already running', async () => {
    app.hasSingleInstanceLock = false;
    await startMain(['/opt/journey-studio/journey-studio', mapPath]);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
    await app.becomeReady();
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(0);
  });

  it('loads the Vite dev server while developing, without the production CSP', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await startMain();
    await app.becomeReady();
    expect(onlyWindow().loadedUrls).toEqual(['http://localhost:5173']);
    expect(session.defaultSession.headersListener).toBeNull();
  });

  it('ignores a dev server URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://attacker.example:5173');
    app.isPackaged = true;
    await startMain();
    await app.becomeReady();
    const window = onlyWindow();
    expect(window.loadedUrls).toEqual([APP_ENTRY_URL]);
    const navigation = navigationEvent('http://attacker.example:5173/');
    window.webContents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
  });
});

describe('files the OS asks us to open', () => {
  it('delivers the .cxmap from the first launch’s command line once the page has loaded', async () => {
    await startMain(['/opt/journey-studio/journey-studio', mapPath]);
    await app.becomeReady();
    const window = onlyWindow();
    expect(openedFiles(window)).toEqual([]);
    await finishLoading(window);
    await vi.waitFor(() => expect(openedFiles(window)).toEqual([mapFile()]));
  });

  it('sends nothing when the app was started without a file', async () => {
    await startMain(['/usr/bin/electron', '.']);
    await app.becomeReady();
    const window = onlyWindow();
    await finishLoading(window);
    expect(window.webContents.sent).toEqual([]);
  });

  it('hands a second launch’s file to the running window and brings it to the front', async () => {
    await startMain();
    await app.becomeReady();
    const window = onlyWindow();
    await finishLoading(window);
    window.minimized = true;

    app.emit(
      'second-instance',
      {},
      ['/opt/journey-studio/journey-studio', '--no-sandbox', 'customer onboarding.cxmap'],
      sandbox,
    );
    await settle();

    await vi.waitFor(() => expect(openedFiles(window)).toEqual([mapFile()]));
    expect(window.minimized).toBe(false);
    expect(window.focusCount).toBeGreaterThan(0);
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('only brings the window forward when a second launch names no file', async () => {
    await startMain();
    await app.becomeReady();
    const window = onlyWindow();
    await finishLoading(window);
    app.emit('second-instance', {}, ['/opt/journey-studio/journey-studio'], sandbox);
    await settle();
    expect(window.focusCount).toBe(1);
    expect(openedFiles(window)).toEqual([]);
  });

  it('takes macOS open-file events that arrive before ready, and delivers them after loading', async () => {
    await startMain();
    const event = navigationEvent('');
    app.emit('open-file', event, mapPath);
    expect(event.defaultPrevented).toBe(true);
    await app.becomeReady();
    const window = onlyWindow();
    await finishLoading(window);
    await vi.waitFor(() => expect(openedFiles(window)).toEqual([mapFile()]));
  });

  it('tells the renderer when a file the OS named cannot be read', async () => {
    await startMain();
    await app.becomeReady();
    const window = onlyWindow();
    await finishLoading(window);
    const missing = join(sandbox, 'deleted.cxmap');
    app.emit('open-file', navigationEvent(''), missing);
    await settle();
    await vi.waitFor(() =>
      expect(openedFiles(window)).toEqual([{ ok: false, error: { kind: 'not-found', path: missing } }]),
    );
  });

  it('opens a new window for a file when macOS kept the app running without one', async () => {
    setPlatform('darwin');
    await startMain();
    await app.becomeReady();
    onlyWindow().close();
    expect(app.quit).not.toHaveBeenCalled();

    app.emit('open-file', navigationEvent(''), mapPath);
    await settle();
    const window = onlyWindow();
    expect(openedFiles(window)).toEqual([]);
    await finishLoading(window);
    await vi.waitFor(() => expect(openedFiles(window)).toEqual([mapFile()]));
  });
});

describe('windows and quitting', () => {
  it('quits when the last window closes on Windows and Linux', async () => {
    setPlatform('linux');
    await startMain();
    await app.becomeReady();
    onlyWindow().close();
    expect(app.quit).toHaveBeenCalled();
  });

  it('reopens a window when the Dock icon is clicked on macOS', async () => {
    setPlatform('darwin');
    await startMain();
    await app.becomeReady();
    onlyWindow().close();
    app.emit('activate');
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
  });
});

describe('the running app', () => {
  it('sends a menu command to the window the menu was used in', async () => {
    await startMain();
    await app.becomeReady();
    const window = onlyWindow();
    const fileMenu = (Menu.getApplicationMenu()?.template ?? []).find(
      (item): item is { label: string; submenu: { id?: string; click?: (...args: unknown[]) => void }[] } =>
        typeof item === 'object' && item !== null && 'label' in item && item.label === 'File',
    );
    const save = fileMenu?.submenu.find((item) => item.id === 'file.save');
    save?.click?.({}, window, {});
    expect(window.webContents.sentOn(IPC_CHANNELS.menuCommand)).toEqual(['file.save']);
  });

  it('File > Close closes the window itself, so the close guard asks about unsaved changes', async () => {
    await startMain();
    await app.becomeReady();
    const window = onlyWindow();
    const fileMenu = (Menu.getApplicationMenu()?.template ?? []).find(
      (item): item is { label: string; submenu: { id?: string; click?: (...args: unknown[]) => void }[] } =>
        typeof item === 'object' && item !== null && 'label' in item && item.label === 'File',
    );
    fileMenu?.submenu.find((item) => item.id === 'file.close')?.click?.({}, window, {});
    expect(window.isDestroyed()).toBe(true);
    expect(window.webContents.sentOn(IPC_CHANNELS.menuCommand)).toEqual([]);
  });

  it('answers the open dialog only for its own page, parenting the dialog on the caller’s window', async () => {
    await startMain();
    await app.becomeReady();
    const window = onlyWindow();
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [mapPath] });

    const refused = await ipcMain.invoke(
      IPC_CHANNELS.openMapDialog,
      invokeEventFrom('https://evil.example/', window.webContents),
    );
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();

    const opened = await ipcMain.invoke(
      IPC_CHANNELS.openMapDialog,
      invokeEventFrom(APP_ENTRY_URL, window.webContents),
    );
    expect(opened).toEqual(mapFile());
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openFile'] }),
    );
  });
});

describe('saving and the windows that show files', () => {
  /** The window parts document state uses, which the shared fake window does not have. */
  const withDocumentState = (window: FakeBrowserWindow) => {
    const titles: string[] = [];
    Object.assign(window, {
      setTitle: (title: string) => void titles.push(title),
      setDocumentEdited: () => undefined,
      setRepresentedFilename: () => undefined,
    });
    return titles;
  };

  const openThroughDialog = async (window: FakeBrowserWindow, path: string) => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    return ipcMain.invoke(IPC_CHANNELS.openMapDialog, invokeEventFrom(APP_ENTRY_URL, window.webContents));
  };

  it('saves over a map the user opened, and refuses a path the user never chose', async () => {
    const path = join(sandbox, 'saved here.cxmap');
    await writeFile(path, MAP_TEXT);
    await startMain();
    await app.becomeReady();
    const window = onlyWindow();
    await openThroughDialog(window, path);

    const request = {
      path,
      suggestedName: 'saved here.cxmap',
      text: '{"edited":true}\n',
      expectedMtimeMs: null,
    };
    const saved = await ipcMain.invoke(
      FILE_IPC_CHANNELS.saveMap,
      invokeEventFrom(APP_ENTRY_URL, window.webContents),
      request,
    );
    expect(saved).toMatchObject({ ok: true, value: { name: 'saved here.cxmap', path } });
    expect(await readFile(path, 'utf8')).toBe('{"edited":true}\n');

    const elsewhere = join(sandbox, 'never chosen.cxmap');
    const refused = await ipcMain.invoke(
      FILE_IPC_CHANNELS.saveMap,
      invokeEventFrom(APP_ENTRY_URL, window.webContents),
      { ...request, path: elsewhere },
    );
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
  });

  it('titles the window from the document state, and focuses it when a second launch names its map', async () => {
    await startMain();
    await app.becomeReady();
    const window = onlyWindow();
    const titles = withDocumentState(window);
    await finishLoading(window);
    await openThroughDialog(window, mapPath);
    await ipcMain.invoke(
      FILE_IPC_CHANNELS.setDocumentState,
      invokeEventFrom(APP_ENTRY_URL, window.webContents),
      { title: 'Onboarding', filePath: mapPath, dirty: true },
    );
    expect(titles.at(-1)).toContain('Onboarding — customer onboarding.cxmap — Journey Studio');
    window.minimized = true;

    app.emit('second-instance', {}, ['/opt/journey-studio/journey-studio', mapPath], sandbox);
    await settle();

    expect(window.minimized).toBe(false);
    expect(window.focusCount).toBeGreaterThan(0);
    expect(openedFiles(window)).toEqual([]);
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
  });
});

describe('File > New Window', () => {
  it('opens a second window', async () => {
    await startMain();
    await app.becomeReady();
    onlyWindow();
    const fileMenu = (Menu.getApplicationMenu()?.template ?? []).find(
      (
        item,
      ): item is { label: string; submenu: { label?: string; click?: (...args: unknown[]) => void }[] } =>
        typeof item === 'object' && item !== null && 'label' in item && item.label === 'File',
    );
    const newWindow = fileMenu?.submenu.find((item) => item.label === 'New Window');
    expect(newWindow).toBeDefined();
    newWindow?.click?.({}, undefined, {});
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(2);
  });
});
