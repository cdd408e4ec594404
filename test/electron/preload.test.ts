import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  IPC_CHANNELS,
  MENU_COMMAND_IDS,
  type FileResult,
  type OpenedFile,
  type StudioApi,
} from '../../shared/ipc/contract';
import { exposedInMainWorld, ipcRenderer, resetFakeElectron, settle } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

/** Runs the preload afresh, as a new page would, and returns what the page sees as `window.studio`. */
const loadPreload = async (): Promise<StudioApi> => {
  vi.resetModules();
  await import('../../electron/preload/index');
  return exposedInMainWorld('studio') as StudioApi;
};

const file = (name: string): FileResult<OpenedFile> => ({
  ok: true,
  value: { name, path: `/maps/${name}`, bytes: new Uint8Array([123, 125]) },
});

beforeEach(resetFakeElectron);

describe('window.studio', () => {
  it('exposes exactly the StudioApi members, as plain functions and data', async () => {
    const studio = await loadPreload();
    expect(Object.keys(studio).sort()).toEqual(
      [
        'onMenuCommand',
        'onOpenFile',
        'openExternal',
        'openMapDialog',
        'platform',
        'saveMap',
        'listRecent',
        'removeRecent',
        'openRecent',
        'watchFile',
        'onFileChanged',
        'setDocumentState',
        'confirmClose',
        'newWindow',
        'printToPdf',
        'capture',
      ].sort(),
    );
    expect(studio.platform).toBe('electron');
    const { capture, ...members } = studio;
    for (const value of Object.values(members)) {
      expect(value).not.toBe(ipcRenderer);
      expect(['function', 'string']).toContain(typeof value);
    }
    // The capture group holds methods only, never ipcRenderer itself.
    expect(Object.keys(capture ?? {}).sort()).toEqual(['exportPng', 'onPayload', 'ready']);
    for (const value of Object.values(capture ?? {})) expect(typeof value).toBe('function');
  });

  it('asks main for the open dialog on its channel, with no arguments', async () => {
    const studio = await loadPreload();
    const answer = file('a.cxmap');
    ipcRenderer.invoke.mockResolvedValueOnce(answer);
    await expect(studio.openMapDialog()).resolves.toEqual(answer);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.openMapDialog);
  });

  it('passes a link to main to open', async () => {
    const studio = await loadPreload();
    ipcRenderer.invoke.mockResolvedValueOnce(true);
    await expect(studio.openExternal('https://example.com/')).resolves.toBe(true);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      IPC_CHANNELS.openExternal,
      'https://example.com/',
    );
  });

  it('forwards every known menu command and drops anything else', async () => {
    const studio = await loadPreload();
    const received = vi.fn();
    studio.onMenuCommand(received);
    for (const bogus of ['file.delete', 'FILE.NEW', '', 42, null, { id: 'file.new' }, ['file.new']]) {
      ipcRenderer.emit(IPC_CHANNELS.menuCommand, bogus);
    }
    expect(received).not.toHaveBeenCalled();
    for (const id of MENU_COMMAND_IDS) ipcRenderer.emit(IPC_CHANNELS.menuCommand, id);
    // The close guard's "Save" is not a menu item but travels the same way.
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, 'file.saveAndClose');
    expect(received.mock.calls.map(([id]) => id)).toEqual([...MENU_COMMAND_IDS, 'file.saveAndClose']);
  });

  it('stops forwarding menu commands after unsubscribing, and leaves no listener behind', async () => {
    const studio = await loadPreload();
    const received = vi.fn();
    const unsubscribe = studio.onMenuCommand(received);
    unsubscribe();
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, 'file.save');
    expect(received).not.toHaveBeenCalled();
    expect(ipcRenderer.listenerCount(IPC_CHANNELS.menuCommand)).toBe(0);
  });

  it('delivers files opened by the OS to subscribers', async () => {
    const studio = await loadPreload();
    const received = vi.fn();
    studio.onOpenFile(received);
    ipcRenderer.emit(IPC_CHANNELS.openFile, file('double-clicked.cxmap'));
    expect(received).toHaveBeenCalledExactlyOnceWith(file('double-clicked.cxmap'));
  });

  it('keeps a file that arrived before anyone subscribed, and delivers it once', async () => {
    const studio = await loadPreload();
    ipcRenderer.emit(IPC_CHANNELS.openFile, file('launch.cxmap'));
    // React's strict mode subscribes, unsubscribes and subscribes again.
    const first = vi.fn();
    studio.onOpenFile(first)();
    const second = vi.fn();
    studio.onOpenFile(second);
    await settle();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith(file('launch.cxmap'));
    await settle();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('stops delivering files after unsubscribing', async () => {
    const studio = await loadPreload();
    const received = vi.fn();
    studio.onOpenFile(received)();
    ipcRenderer.emit(IPC_CHANNELS.openFile, file('late.cxmap'));
    await settle();
    expect(received).not.toHaveBeenCalled();
  });
});
