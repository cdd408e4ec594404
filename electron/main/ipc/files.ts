import type { FileResult, OpenedFile } from '../../../shared/ipc/contract';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { readMapFile, type FileSystem } from '../files';
import type { InvokeEvent, TrustedInvokeHandler } from './trusted-handlers';

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
    return readMapFile(deps.fs, path);
  },
});
