import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import { createDocumentWindows, type DocumentWindow } from '../../electron/main/document-windows';
import type { FileWatcher } from '../../electron/main/file-watch';
import {
  createDocumentFileHandlers,
  createOpenMapDialogHandler,
  suggestedFileName,
  type DocumentFileDependencies,
} from '../../electron/main/ipc/files';
import { registerTrustedHandlers } from '../../electron/main/ipc/trusted-handlers';
import { createRecentDocuments } from '../../electron/main/recent-documents';
import { createUserChosenPaths } from '../../electron/main/user-chosen-paths';
import { FILE_IPC_CHANNELS, IPC_CHANNELS, type SaveMapRequest } from '../../shared/ipc/contract';
import { invokeEventFrom, ipcMain, resetFakeElectron } from './fake-electron';

let folder: string;
let mapPath: string;

beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'journey-files-ipc-'));
  mapPath = join(folder, 'grocery.cxmap');
  await writeFile(mapPath, '{"map":"on disk"}\n');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const sender = { id: 'window-one' };
const event = invokeEventFrom(APP_ENTRY_URL, sender);
const foreignEvent = invokeEventFrom('https://evil.example/', sender);

const setUp = (savePath: string | null = null) => {
  const chosenPaths = createUserChosenPaths();
  let recentJson: string | null = null;
  const recent = createRecentDocuments({
    readText: () => Promise.resolve(recentJson),
    writeText: (text) => {
      recentJson = text;
      return Promise.resolve();
    },
    exists: (path) =>
      stat(path).then(
        () => true,
        () => false,
      ),
    addToOsList: vi.fn(),
  });
  const documents = createDocumentWindows({
    appName: 'Journey Studio',
    platform: 'linux',
    askToSaveBeforeClosing: () => Promise.resolve('cancel'),
    sendCommand: vi.fn(),
    isUserChosenPath: (path) => chosenPaths.isAllowed(path),
    continueQuitting: vi.fn(),
  });
  const window: DocumentWindow & { title: string } = {
    title: '',
    setTitle(title) {
      this.title = title;
    },
    setDocumentEdited: vi.fn(),
    setRepresentedFilename: vi.fn(),
    on: vi.fn(),
    once: vi.fn(),
    close: vi.fn(),
    isDestroyed: () => false,
  };
  documents.track(window);
  const watcher: FileWatcher = {
    watch: vi.fn(() => Promise.resolve()),
    ownWrite: vi.fn((write) => write()),
    watchedPath: null,
    close: vi.fn(),
  };
  const deps: DocumentFileDependencies = {
    fs: nodeFs,
    showSaveDialog: vi.fn(() =>
      Promise.resolve(savePath === null ? { canceled: true } : { canceled: false, filePath: savePath }),
    ),
    chosenPaths,
    recent,
    documents,
    windowOf: (candidate) => (candidate === sender ? window : null),
    createWatcher: () => watcher,
    sendFileChange: vi.fn(),
    openWindow: vi.fn(),
  };
  const files = createDocumentFileHandlers(deps);
  const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: [mapPath] }));
  registerTrustedHandlers(
    ipcMain,
    [
      createOpenMapDialogHandler({ showOpenDialog, fs: nodeFs, onFileOpened: files.noteOpened }),
      ...files.handlers,
    ],
    { devServerUrl: null },
  );
  return { deps, window, watcher, recent };
};

const saveRequest = (overrides: Partial<SaveMapRequest> = {}): SaveMapRequest => ({
  path: mapPath,
  suggestedName: 'Grocery journey',
  text: '{"map":"edited"}\n',
  expectedMtimeMs: null,
  ...overrides,
});

describe('saving over IPC', () => {
  it('refuses to write a path the user never chose, and leaves the file alone', async () => {
    setUp();
    const result = await ipcMain.invoke(FILE_IPC_CHANNELS.saveMap, event, saveRequest());
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid-request', reason: 'the user did not choose this file' },
    });
    expect(await readFile(mapPath, 'utf8')).toBe('{"map":"on disk"}\n');
  });

  it('saves to a map the user opened, through the watcher so our own write is not "changed on disk"', async () => {
    const { watcher } = setUp();
    await ipcMain.invoke(IPC_CHANNELS.openMapDialog, event);
    await ipcMain.invoke(FILE_IPC_CHANNELS.watchFile, event, mapPath);
    const expectedMtimeMs = (await stat(mapPath)).mtimeMs;
    const result = await ipcMain.invoke(FILE_IPC_CHANNELS.saveMap, event, saveRequest({ expectedMtimeMs }));
    expect(result).toMatchObject({ ok: true, value: { name: 'grocery.cxmap', path: mapPath } });
    expect(await readFile(mapPath, 'utf8')).toBe('{"map":"edited"}\n');
    expect(watcher.ownWrite).toHaveBeenCalledOnce();
  });

  it('Save As asks where, with a file name from the title, then saves there and lists it as recent', async () => {
    const target = join(folder, 'copy');
    const { deps, recent } = setUp(target);
    const result = await ipcMain.invoke(FILE_IPC_CHANNELS.saveMap, event, saveRequest({ path: null }));
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      sender,
      expect.objectContaining({ defaultPath: 'Grocery journey.cxmap' }),
    );
    expect(result).toMatchObject({ ok: true, value: { path: `${target}.cxmap` } });
    expect(await readFile(`${target}.cxmap`, 'utf8')).toBe('{"map":"edited"}\n');
    expect((await recent.list()).map((entry) => entry.path)).toEqual([`${target}.cxmap`]);
    // Chosen once, the new path may be saved to again.
    const again = await ipcMain.invoke(
      FILE_IPC_CHANNELS.saveMap,
      event,
      saveRequest({ path: `${target}.cxmap` }),
    );
    expect(again).toMatchObject({ ok: true });
  });

  it('reports a cancelled save dialog as cancelled', async () => {
    setUp(null);
    await expect(
      ipcMain.invoke(FILE_IPC_CHANNELS.saveMap, event, saveRequest({ path: null })),
    ).resolves.toEqual({
      ok: false,
      error: { kind: 'cancelled' },
    });
  });

  it.each([
    ['nothing', []],
    ['a string', ['{"map":1}']],
    ['a request without text', [{ ...saveRequest(), text: 42 }]],
    ['a non-numeric mtime', [{ ...saveRequest(), expectedMtimeMs: 'yesterday' }]],
    ['two requests', [saveRequest(), saveRequest()]],
  ])('refuses %s without throwing', async (_label, args) => {
    setUp();
    await expect(ipcMain.invoke(FILE_IPC_CHANNELS.saveMap, event, ...args)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'invalid-request' },
    });
  });

  it('turns away a page that is not ours', async () => {
    setUp();
    await expect(
      ipcMain.invoke(FILE_IPC_CHANNELS.saveMap, foreignEvent, saveRequest()),
    ).resolves.toMatchObject({
      ok: false,
      error: { kind: 'invalid-request' },
    });
  });

  it('suggests a safe file name whatever the title holds', () => {
    expect(suggestedFileName('../../etc/passwd')).toBe('etc passwd.cxmap');
    expect(suggestedFileName('')).toBe('Untitled map.cxmap');
    expect(suggestedFileName('Plan: Q3 / Q4 😀')).toBe('Plan Q3 Q4 😀.cxmap');
    expect(suggestedFileName('export.json')).toBe('export.json');
  });
});

describe('recent maps, watching and the window over IPC', () => {
  it('opens only maps on the recent list, and marks missing ones', async () => {
    const { recent } = setUp();
    await expect(ipcMain.invoke(FILE_IPC_CHANNELS.openRecent, event, mapPath)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'invalid-request' },
    });
    await recent.add(mapPath);
    await recent.add(join(folder, 'gone.cxmap'));
    await expect(ipcMain.invoke(FILE_IPC_CHANNELS.openRecent, event, mapPath)).resolves.toMatchObject({
      ok: true,
      value: { name: 'grocery.cxmap', path: mapPath },
    });
    await expect(ipcMain.invoke(FILE_IPC_CHANNELS.listRecent, event)).resolves.toEqual([
      { path: mapPath, name: 'grocery.cxmap', missing: false },
      { path: join(folder, 'gone.cxmap'), name: 'gone.cxmap', missing: true },
    ]);
    await expect(
      ipcMain.invoke(FILE_IPC_CHANNELS.removeRecent, event, join(folder, 'gone.cxmap')),
    ).resolves.toEqual([{ path: mapPath, name: 'grocery.cxmap', missing: false }]);
  });

  it('watches only a file the user chose', async () => {
    const { watcher } = setUp();
    await expect(ipcMain.invoke(FILE_IPC_CHANNELS.watchFile, event, '/etc/passwd')).resolves.toBe(false);
    await ipcMain.invoke(IPC_CHANNELS.openMapDialog, event);
    await expect(ipcMain.invoke(FILE_IPC_CHANNELS.watchFile, event, mapPath)).resolves.toBe(true);
    expect(watcher.watch).toHaveBeenCalledExactlyOnceWith(mapPath, expect.any(Function));
  });

  it('puts the document state in the sender’s window title', async () => {
    const { window } = setUp();
    await ipcMain.invoke(IPC_CHANNELS.openMapDialog, event);
    await ipcMain.invoke(FILE_IPC_CHANNELS.setDocumentState, event, {
      title: 'Grocery journey',
      filePath: mapPath,
      dirty: true,
    });
    expect(window.title).toBe('• Grocery journey — grocery.cxmap — Journey Studio');
  });

  it('opens a new window on request', async () => {
    const { deps } = setUp();
    await ipcMain.invoke(FILE_IPC_CHANNELS.newWindow, event);
    expect(deps.openWindow).toHaveBeenCalledOnce();
  });
});
