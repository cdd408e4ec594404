import * as nodeFs from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import { createOpenExternalHandler } from '../../electron/main/ipc/external-links';
import {
  createOpenMapDialogHandler,
  OPEN_MAP_DIALOG,
  type FileHandlerDependencies,
} from '../../electron/main/ipc/files';
import { registerTrustedHandlers } from '../../electron/main/ipc/trusted-handlers';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { invokeEventFrom, ipcMain, resetFakeElectron, type FakeInvokeEvent } from './fake-electron';

let sandbox: string;
let mapPath: string;

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'journey-ipc-'));
  mapPath = join(sandbox, 'onboarding.cxmap');
  await writeFile(mapPath, '{"format":"cxmap","version":1}');
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

const sender = { id: 'main-window-contents' };
const trustedEvent = invokeEventFrom(APP_ENTRY_URL, sender);
const untrustedEvents: [string, FakeInvokeEvent][] = [
  ['a foreign page', invokeEventFrom('https://evil.example/', sender)],
  ['a file:// page', invokeEventFrom('file:///tmp/attack.html', sender)],
  [
    'a sub-frame of our page',
    { sender, senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } },
  ],
  ['a destroyed frame', { sender, senderFrame: null }],
];

const setUp = () => {
  const showOpenDialog = vi.fn<FileHandlerDependencies['showOpenDialog']>(() =>
    Promise.resolve({ canceled: false, filePaths: [mapPath] }),
  );
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const readFile = vi.fn((path: string) => nodeFs.readFile(path));
  registerTrustedHandlers(
    ipcMain,
    [
      createOpenMapDialogHandler({ showOpenDialog, fs: { stat: (path) => nodeFs.stat(path), readFile } }),
      createOpenExternalHandler({ openExternal }),
    ],
    { devServerUrl: null },
  );
  return { showOpenDialog, openExternal, readFile };
};

beforeEach(resetFakeElectron);

describe('openMapDialog over IPC', () => {
  it('shows the open dialog for journey maps on the caller’s window and returns the chosen file', async () => {
    const { showOpenDialog } = setUp();
    const result = await ipcMain.invoke(IPC_CHANNELS.openMapDialog, trustedEvent);
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(sender, OPEN_MAP_DIALOG);
    expect(OPEN_MAP_DIALOG.filters).toEqual([
      { name: 'Journey map', extensions: ['cxmap'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'onboarding.cxmap',
        path: mapPath,
        bytes: new TextEncoder().encode('{"format":"cxmap","version":1}'),
        mtimeMs: expect.any(Number),
      },
    });
  });

  it('reports a cancelled dialog as cancelled', async () => {
    const { showOpenDialog, readFile } = setUp();
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(ipcMain.invoke(IPC_CHANNELS.openMapDialog, trustedEvent)).resolves.toEqual({
      ok: false,
      error: { kind: 'cancelled' },
    });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('reports a file that vanished after it was picked as not found', async () => {
    const { showOpenDialog } = setUp();
    const vanished = join(sandbox, 'vanished.cxmap');
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [vanished] });
    await expect(ipcMain.invoke(IPC_CHANNELS.openMapDialog, trustedEvent)).resolves.toEqual({
      ok: false,
      error: { kind: 'not-found', path: vanished },
    });
  });

  it.each(untrustedEvents)('refuses %s without showing a dialog', async (_label, event) => {
    const { showOpenDialog } = setUp();
    const result = await ipcMain.invoke(IPC_CHANNELS.openMapDialog, event);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(showOpenDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['a path', ['/etc/passwd']],
    ['a traversal', ['../../../etc/shadow']],
    ['a huge string', ['x'.repeat(10_000_000)]],
    ['an object', [{ path: '/etc/passwd' }]],
    ['undefined', [undefined]],
  ])('refuses to be called with %s, without showing a dialog', async (_label, args) => {
    const { showOpenDialog, readFile } = setUp();
    const result = await ipcMain.invoke(IPC_CHANNELS.openMapDialog, trustedEvent, ...args);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(showOpenDialog).not.toHaveBeenCalled();
    expect(readFile).not.toHaveBeenCalled();
  });

  it('answers with a refusal instead of throwing when the dialog itself fails', async () => {
    const { showOpenDialog } = setUp();
    showOpenDialog.mockRejectedValueOnce(new Error('dialog crashed'));
    await expect(ipcMain.invoke(IPC_CHANNELS.openMapDialog, trustedEvent)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'invalid-request' },
    });
  });
});

describe('openExternal over IPC', () => {
  it('opens an https link for our page', async () => {
    const { openExternal } = setUp();
    await expect(
      ipcMain.invoke(IPC_CHANNELS.openExternal, trustedEvent, 'https://example.com/report'),
    ).resolves.toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/report');
  });

  it.each(untrustedEvents)('refuses %s', async (_label, event) => {
    const { openExternal } = setUp();
    await expect(ipcMain.invoke(IPC_CHANNELS.openExternal, event, 'https://example.com/')).resolves.toBe(
      false,
    );
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    ['no argument', []],
    ['two arguments', ['https://example.com/', 'https://example.org/']],
    ['a number', [42]],
    ['an object', [{ toString: () => 'https://example.com/' }]],
    ['a file path', ['/etc/passwd']],
    ['a traversal', ['../../etc/passwd']],
    ['a file: URL', ['file:///etc/passwd']],
    ['a javascript: URL', ['javascript:alert(1)']],
    ['a huge string', [`https://example.com/${'x'.repeat(10_000_000)}`]],
  ])('refuses %s without asking the OS', async (_label, args) => {
    const { openExternal } = setUp();
    await expect(ipcMain.invoke(IPC_CHANNELS.openExternal, trustedEvent, ...args)).resolves.toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });
});
