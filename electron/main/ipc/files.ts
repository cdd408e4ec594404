import { extname } from 'node:path';
import type {
  FileChange,
  FileResult,
  OpenedFile,
  RecentDocument,
  SaveMapRequest,
  SaveResult,
} from '../../../shared/ipc/contract';
import {
  CXMAP_EXTENSION,
  FILE_IPC_CHANNELS,
  IPC_CHANNELS,
  WRITABLE_MAP_EXTENSIONS,
} from '../../../shared/ipc/contract';
import type { DocumentWindow, DocumentWindows } from '../document-windows';
import type { FileWatcher } from '../file-watch';
import { checkPath, readMapFile, saveMapFile, type FileSystem, type SaveFileSystem } from '../files';
import type { RecentDocuments } from '../recent-documents';
import type { UserChosenPaths } from '../user-chosen-paths';
import type { InvokeEvent, TrustedInvokeHandler } from './trusted-handlers';
import { cleanFileName } from './export-file';

/** The open dialog's options, in the shape of Electron's `OpenDialogOptions`. */
export interface OpenDialogRequest {
  readonly title: string;
  readonly properties: 'openFile'[];
  readonly filters: { name: string; extensions: string[] }[];
}

export const OPEN_MAP_DIALOG: OpenDialogRequest = {
  title: 'Open journey map',
  properties: ['openFile'],
  filters: [
    { name: 'Journey map', extensions: ['cxmap'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

export interface FileHandlerDependencies {
  /** Shows the OS open dialog, parented to the window of `sender` when it has one. */
  showOpenDialog(
    sender: InvokeEvent['sender'],
    request: OpenDialogRequest,
  ): Promise<{ readonly canceled: boolean; readonly filePaths: readonly string[] }>;
  readonly fs: FileSystem;
  /** A file the user picked was read: it becomes a path main may save to, and a recent map. */
  onFileOpened?(path: string): void;
}

const refused = (reason: string): FileResult<never> => ({
  ok: false,
  error: { kind: 'invalid-request', reason },
});

/**
 * `openMapDialog()`: the user picks the file, so the renderer never supplies a path; any argument
 * at all means the caller is not our preload.
 */
export const createOpenMapDialogHandler = (
  deps: FileHandlerDependencies,
): TrustedInvokeHandler<FileResult<OpenedFile>> => ({
  channel: IPC_CHANNELS.openMapDialog,
  refuse: refused,
  async handle(args, event) {
    if (args.length !== 0) return refused('openMapDialog takes no arguments');
    const choice = await deps.showOpenDialog(event.sender, OPEN_MAP_DIALOG);
    const [path] = choice.filePaths;
    if (choice.canceled || path === undefined) return { ok: false, error: { kind: 'cancelled' } };
    const result = await readMapFile(deps.fs, path);
    if (result.ok) deps.onFileOpened?.(path);
    return result;
  },
});

/** The save dialog's options, in the shape of Electron's `SaveDialogOptions`. */
export interface SaveDialogRequest {
  readonly title: string;
  readonly defaultPath: string;
  readonly filters: { name: string; extensions: string[] }[];
}

export interface DocumentFileDependencies {
  readonly fs: FileSystem & SaveFileSystem;
  showSaveDialog(
    sender: InvokeEvent['sender'],
    request: SaveDialogRequest,
  ): Promise<{ readonly canceled: boolean; readonly filePath?: string }>;
  readonly chosenPaths: UserChosenPaths;
  readonly recent: RecentDocuments;
  readonly documents: DocumentWindows;
  /** The window whose page sent the message, or `null` for a page that has no window any more. */
  windowOf(sender: InvokeEvent['sender']): DocumentWindow | null;
  createWatcher(): FileWatcher;
  /** Tells the page of `sender` that its file changed on disk. */
  sendFileChange(sender: InvokeEvent['sender'], change: FileChange): void;
  openWindow(): void;
}

/** A file name for the save dialog from the map's title: no folders, no control characters. */
export const suggestedFileName = (value: string): string => {
  const name = cleanFileName(value, 'Untitled map');
  return hasWritableExtension(name) ? name : `${name}.${CXMAP_EXTENSION}`;
};

const hasWritableExtension = (path: string): boolean =>
  (WRITABLE_MAP_EXTENSIONS as readonly string[]).includes(extname(path).slice(1).toLowerCase());

const parseSaveRequest = (value: unknown): SaveMapRequest | string => {
  if (typeof value !== 'object' || value === null) return 'saveMap takes one request object';
  const { path, suggestedName, text, expectedMtimeMs, overwriteChanged } = value as Record<string, unknown>;
  if (path !== null && typeof path !== 'string') return 'the path is not text';
  if (typeof suggestedName !== 'string') return 'the suggested name is not text';
  if (typeof text !== 'string') return 'the map is not text';
  if (expectedMtimeMs !== null && (typeof expectedMtimeMs !== 'number' || !Number.isFinite(expectedMtimeMs)))
    return 'the expected modification time is not a number';
  if (overwriteChanged !== undefined && typeof overwriteChanged !== 'boolean')
    return 'overwriteChanged is not a boolean';
  return { path, suggestedName, text, expectedMtimeMs, overwriteChanged: overwriteChanged === true };
};

/**
 * The handlers behind saving, recent maps, file watching, the document's state and the close guard.
 * Paths from the renderer are honoured only when the user chose them in this session (a dialog, a
 * double-click, the recent list); anything else is refused with `invalid-request`.
 */
export const createDocumentFileHandlers = (deps: DocumentFileDependencies) => {
  const watchers = new Map<unknown, FileWatcher>();

  const saveMap: TrustedInvokeHandler<SaveResult> = {
    channel: FILE_IPC_CHANNELS.saveMap,
    refuse: refused,
    async handle(args, event) {
      if (args.length !== 1) return refused('saveMap takes one request');
      const request = parseSaveRequest(args[0]);
      if (typeof request === 'string') return refused(request);
      let path: string;
      let expectedMtimeMs = request.expectedMtimeMs;
      if (request.path === null) {
        const choice = await deps.showSaveDialog(event.sender, {
          title: 'Save journey map',
          defaultPath: suggestedFileName(request.suggestedName),
          filters: [{ name: 'Journey map', extensions: [CXMAP_EXTENSION] }],
        });
        if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
          return { ok: false, error: { kind: 'cancelled' } };
        // Some Linux dialogs do not add the filter's extension; the map still needs one.
        path = hasWritableExtension(choice.filePath)
          ? choice.filePath
          : `${choice.filePath}.${CXMAP_EXTENSION}`;
        // The dialog already asked whether to replace an existing file.
        expectedMtimeMs = null;
        deps.chosenPaths.allow(path);
      } else {
        const checked = checkPath(request.path);
        if (!checked.ok) return refused(checked.reason);
        if (!deps.chosenPaths.isAllowed(checked.path)) return refused('the user did not choose this file');
        path = checked.path;
      }
      const save = () =>
        saveMapFile(deps.fs, {
          path,
          text: request.text,
          expectedMtimeMs,
          overwriteChanged: request.overwriteChanged === true,
        });
      const watcher = watchers.get(event.sender);
      const result = await (watcher === undefined ? save() : watcher.ownWrite(save));
      if (result.ok) await deps.recent.add(path).catch(() => undefined);
      return result;
    },
  };

  const listRecent: TrustedInvokeHandler<readonly RecentDocument[]> = {
    channel: FILE_IPC_CHANNELS.listRecent,
    refuse: () => [],
    async handle(args) {
      if (args.length !== 0) return [];
      return deps.recent.list();
    },
  };

  const removeRecent: TrustedInvokeHandler<readonly RecentDocument[]> = {
    channel: FILE_IPC_CHANNELS.removeRecent,
    refuse: () => [],
    async handle(args) {
      const checked = checkPath(args[0]);
      if (args.length !== 1 || !checked.ok) return deps.recent.list();
      return deps.recent.remove(checked.path);
    },
  };

  const openRecent: TrustedInvokeHandler<FileResult<OpenedFile>> = {
    channel: FILE_IPC_CHANNELS.openRecent,
    refuse: refused,
    async handle(args) {
      if (args.length !== 1) return refused('openRecent takes one path');
      const checked = checkPath(args[0]);
      if (!checked.ok) return refused(checked.reason);
      if (!(await deps.recent.has(checked.path))) return refused('the file is not in the recent list');
      const result = await readMapFile(deps.fs, checked.path);
      if (result.ok) noteOpened(checked.path);
      return result;
    },
  };

  const watchFile: TrustedInvokeHandler<boolean> = {
    channel: FILE_IPC_CHANNELS.watchFile,
    refuse: () => false,
    async handle(args, event) {
      if (args.length !== 1) return false;
      const [requested] = args;
      if (requested === null) {
        watchers.get(event.sender)?.close();
        return true;
      }
      const checked = checkPath(requested);
      if (!checked.ok || !deps.chosenPaths.isAllowed(checked.path)) return false;
      let watcher = watchers.get(event.sender);
      if (watcher === undefined) {
        watcher = deps.createWatcher();
        watchers.set(event.sender, watcher);
      }
      await watcher.watch(checked.path, (change) => deps.sendFileChange(event.sender, change));
      return true;
    },
  };

  const withWindow = (
    channel: string,
    perform: (window: DocumentWindow, args: readonly unknown[]) => void,
  ): TrustedInvokeHandler<void> => ({
    channel,
    refuse: () => undefined,
    async handle(args, event) {
      const window = deps.windowOf(event.sender);
      if (window !== null) perform(window, args);
    },
  });

  const setDocumentState = withWindow(FILE_IPC_CHANNELS.setDocumentState, (window, args) => {
    if (args.length === 1) deps.documents.setState(window, args[0]);
  });
  const confirmClose = withWindow(FILE_IPC_CHANNELS.confirmClose, (window, args) => {
    if (args.length === 0) deps.documents.confirmClose(window);
  });
  const newWindow: TrustedInvokeHandler<void> = {
    channel: FILE_IPC_CHANNELS.newWindow,
    refuse: () => undefined,
    async handle(args) {
      if (args.length === 0) deps.openWindow();
    },
  };

  /** A map the user opened (dialog, OS, recent): main may save to it, and it heads the recent list. */
  const noteOpened = (path: string): void => {
    deps.chosenPaths.allow(path);
    void deps.recent.add(path).catch(() => undefined);
  };

  return {
    handlers: [
      saveMap,
      listRecent,
      removeRecent,
      openRecent,
      watchFile,
      setDocumentState,
      confirmClose,
      newWindow,
    ] as readonly TrustedInvokeHandler<unknown>[],
    noteOpened,
    /** The page of `sender` is gone: stop its watcher. */
    forgetSender(sender: unknown): void {
      watchers.get(sender)?.close();
      watchers.delete(sender);
    },
  };
};
