import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  DocumentState,
  FileChange,
  FileResult,
  AppCommandId,
  CapturePayload,
  CaptureReady,
  ExportPngRequest,
  OpenedFile,
  PrintToPdfRequest,
  RecentDocument,
  SaveMapRequest,
  SaveResult,
  StudioApi,
  Unsubscribe,
} from '../../shared/ipc/contract';
import {
  CAPTURE_IPC_CHANNELS,
  FILE_IPC_CHANNELS,
  IPC_CHANNELS,
  PRINT_IPC_CHANNELS,
  isAppCommandId,
} from '../../shared/ipc/contract';

type OpenFileListener = (file: FileResult<OpenedFile>) => void;

/**
 * Files the OS sent before the renderer subscribed (a double-click launch sends one as soon as the
 * page has loaded, which can be before React's effects run). Registered when the preload runs, so
 * nothing main sends is dropped; handed over on the next tick after a listener subscribes, so a
 * subscribe-unsubscribe-subscribe (React's strict mode) still gets each file exactly once.
 */
const openFileListeners = new Set<OpenFileListener>();
const pendingFiles: FileResult<OpenedFile>[] = [];

const flushPendingFiles = (): void => {
  if (openFileListeners.size === 0) return;
  for (const file of pendingFiles.splice(0)) {
    for (const listener of openFileListeners) listener(file);
  }
};

ipcRenderer.on(IPC_CHANNELS.openFile, (_event: IpcRendererEvent, file: FileResult<OpenedFile>) => {
  pendingFiles.push(file);
  flushPendingFiles();
});

/**
 * Links leave the app only after the user's click (DESIGN.md §6): a script running on its own (an
 * injected one, a timer) has no transient user activation, which the page cannot fake. Main cannot
 * see activation, so the preload asks Chromium. Only where the API is missing (the Node test
 * runner, not Electron's renderer) is the call let through to main's own checks.
 */
const hasUserActivation = (): boolean => globalThis.navigator?.userActivation?.isActive ?? true;

/** One method per message; `ipcRenderer` itself never reaches the page. */
const api = {
  platform: 'electron',
  openMapDialog: (): Promise<FileResult<OpenedFile>> => ipcRenderer.invoke(IPC_CHANNELS.openMapDialog),
  openExternal: (url: string): Promise<boolean> =>
    hasUserActivation() ? ipcRenderer.invoke(IPC_CHANNELS.openExternal, url) : Promise.resolve(false),
  onMenuCommand(listener: (command: AppCommandId) => void): Unsubscribe {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isAppCommandId(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
    };
  },
  onOpenFile(listener: OpenFileListener): Unsubscribe {
    // A wrapper per subscription, so subscribing the same function twice gives two independent handles.
    const subscription: OpenFileListener = (file) => listener(file);
    openFileListeners.add(subscription);
    void Promise.resolve().then(flushPendingFiles);
    return () => {
      openFileListeners.delete(subscription);
    };
  },
  saveMap: (request: SaveMapRequest): Promise<SaveResult> =>
    ipcRenderer.invoke(FILE_IPC_CHANNELS.saveMap, request),
  listRecent: (): Promise<readonly RecentDocument[]> => ipcRenderer.invoke(FILE_IPC_CHANNELS.listRecent),
  removeRecent: (path: string): Promise<readonly RecentDocument[]> =>
    ipcRenderer.invoke(FILE_IPC_CHANNELS.removeRecent, path),
  openRecent: (path: string): Promise<FileResult<OpenedFile>> =>
    ipcRenderer.invoke(FILE_IPC_CHANNELS.openRecent, path),
  watchFile: (path: string | null): Promise<boolean> => ipcRenderer.invoke(FILE_IPC_CHANNELS.watchFile, path),
  onFileChanged(listener: (change: FileChange) => void): Unsubscribe {
    const forward = (_event: IpcRendererEvent, change: FileChange): void => listener(change);
    ipcRenderer.on(FILE_IPC_CHANNELS.fileChanged, forward);
    return () => {
      ipcRenderer.removeListener(FILE_IPC_CHANNELS.fileChanged, forward);
    };
  },
  setDocumentState: (state: DocumentState): Promise<void> =>
    ipcRenderer.invoke(FILE_IPC_CHANNELS.setDocumentState, state),
  confirmClose: (): Promise<void> => ipcRenderer.invoke(FILE_IPC_CHANNELS.confirmClose),
  newWindow: (): Promise<void> => ipcRenderer.invoke(FILE_IPC_CHANNELS.newWindow),
  printToPdf: (request: PrintToPdfRequest): Promise<FileResult<{ readonly name: string }>> =>
    ipcRenderer.invoke(PRINT_IPC_CHANNELS.printToPdf, request),
  /** Export PNG through main's hidden capture window; the capture view's half answers only there. */
  capture: {
    exportPng: (request: ExportPngRequest): Promise<FileResult<{ readonly name: string }>> =>
      ipcRenderer.invoke(CAPTURE_IPC_CHANNELS.exportPng, request),
    onPayload(listener: (payload: CapturePayload) => void): Unsubscribe {
      let live = true;
      // Pulled, not pushed: main answers once the page asks, so no payload is sent before a listener.
      void ipcRenderer.invoke(CAPTURE_IPC_CHANNELS.payload).then((payload: CapturePayload | false) => {
        if (live && payload !== false) listener(payload);
      });
      return () => {
        live = false;
      };
    },
    ready(result: CaptureReady): void {
      void ipcRenderer.invoke(CAPTURE_IPC_CHANNELS.ready, result);
    },
  },
} satisfies StudioApi;

contextBridge.exposeInMainWorld('studio', api);
