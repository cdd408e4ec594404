import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import type { FileResult, OpenedFile, StudioApi, Unsubscribe } from '../../../shared/ipc/contract';

/** What the browser's file chooser offers: our extension, and JSON for files renamed by mail clients. */
export const OPEN_DIALOG_ACCEPT = '.cxmap,application/json,.json';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const cancelled: FileResult<OpenedFile> = { ok: false, error: { kind: 'cancelled' } };
const noSubscription: Unsubscribe = () => undefined;

async function readPickedFile(file: File): Promise<FileResult<OpenedFile>> {
  // Refuse before reading: a 2 GB file picked by mistake must not be pulled into memory.
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: { kind: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES, path: file.name },
    };
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // A browser never learns where a file lives; `path` stays null.
    return { ok: true, value: { name: file.name, path: null, bytes } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { kind: 'io', path: file.name, message } };
  }
}

/**
 * StudioApi for a plain browser: a hidden `<input type="file">` stands in for the native open dialog.
 * It is clicked synchronously inside the caller's click or key handler, because browsers only show
 * a file chooser during a user gesture.
 */
export function createWebStudioApi(doc: Document = document): StudioApi {
  let settlePendingDialog: ((result: FileResult<OpenedFile>) => void) | null = null;

  function openMapDialog(): Promise<FileResult<OpenedFile>> {
    // A chooser the user walked away from (no `cancel` event in older browsers) must not block the next.
    settlePendingDialog?.(cancelled);
    return new Promise((resolve) => {
      const input = doc.createElement('input');
      input.type = 'file';
      input.accept = OPEN_DIALOG_ACCEPT;
      input.hidden = true;
      let settled = false;
      const settle = (result: FileResult<OpenedFile>) => {
        if (settled) return;
        settled = true;
        input.remove();
        if (settlePendingDialog === settle) settlePendingDialog = null;
        resolve(result);
      };
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (file === undefined) settle(cancelled);
        else void readPickedFile(file).then(settle);
      });
      input.addEventListener('cancel', () => settle(cancelled));
      settlePendingDialog = settle;
      doc.body.append(input);
      input.click();
    });
  }

  async function openExternal(url: string): Promise<boolean> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
    const opened = doc.defaultView?.open(parsed.href, '_blank', 'noopener,noreferrer');
    // With `noopener` the browser returns null even on success; only a missing window is a failure.
    return opened !== undefined;
  }

  return {
    platform: 'web',
    openMapDialog,
    // A browser has no native menu and no OS file association: nothing ever arrives.
    onMenuCommand: () => noSubscription,
    onOpenFile: () => noSubscription,
    openExternal,
  };
}
