import { CXMAP_EXTENSION, CXMAP_MIME_TYPE, MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { downloadFile } from '../export/downloadFile';
import { createWebCaptureApi } from './webCapture';
import type {
  FileResult,
  OpenedFile,
  SaveMapRequest,
  SaveResult,
  StudioApi,
  Unsubscribe,
} from '../../../shared/ipc/contract';

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

/** The File System Access API's save picker (Chromium), typed here because TypeScript's DOM lib lacks it. */
interface SaveFilePickerHost {
  showSaveFilePicker(options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }): Promise<{
    readonly name: string;
    createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
  }>;
}

const hasSaveFilePicker = (view: unknown): view is SaveFilePickerHost =>
  typeof view === 'object' && view !== null && typeof Reflect.get(view, 'showSaveFilePicker') === 'function';

/** A download name from the map's title: no folders, never empty, always our extension. */
export function downloadNameFor(suggestedName: string): string {
  const cleaned = suggestedName
    .replace(/[/\\:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const name = cleaned.length === 0 ? 'Untitled map' : cleaned.slice(0, 200);
  return /\.(cxmap|json)$/i.test(name) ? name : `${name}.${CXMAP_EXTENSION}`;
}

/**
 * Saving in a browser: the File System Access picker where there is one (Chromium), else a
 * download. A page never learns the path nor the file's mtime, so every save asks (or downloads)
 * and `changed-on-disk` cannot be detected here.
 */
async function saveInBrowser(doc: Document, request: SaveMapRequest): Promise<SaveResult> {
  const name = downloadNameFor(request.suggestedName);
  const blob = new Blob([request.text], { type: CXMAP_MIME_TYPE });
  if (blob.size > MAX_FILE_BYTES) {
    return { ok: false, error: { kind: 'too-large', bytes: blob.size, limit: MAX_FILE_BYTES, path: name } };
  }
  const view = doc.defaultView;
  try {
    if (hasSaveFilePicker(view)) {
      const handle = await view.showSaveFilePicker({
        suggestedName: name,
        types: [{ description: 'Journey map', accept: { [CXMAP_MIME_TYPE]: [`.${CXMAP_EXTENSION}`] } }],
      });
      const writable = await handle.createWritable();
      await writable.write(blob);
      await writable.close();
      return { ok: true, value: { name: handle.name, path: null, mtimeMs: null } };
    }
    downloadFile(doc, name, blob);
    return { ok: true, value: { name, path: null, mtimeMs: null } };
  } catch (error) {
    // The picker rejects with a DOMException, which is not an `Error` in every realm: read its name.
    const errorName = typeof error === 'object' && error !== null ? Reflect.get(error, 'name') : undefined;
    if (errorName === 'AbortError') return { ok: false, error: { kind: 'cancelled' } };
    if (errorName === 'NotAllowedError')
      return { ok: false, error: { kind: 'permission-denied', path: name } };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { kind: 'io', path: name, message } };
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
    saveMap: (request) => saveInBrowser(doc, request),
    // A browser keeps no recent files and cannot watch one; the start screen simply lists none.
    listRecent: () => Promise.resolve([]),
    removeRecent: () => Promise.resolve([]),
    openRecent: () =>
      Promise.resolve({
        ok: false,
        error: { kind: 'invalid-request', reason: 'recent maps are not available in a browser' },
      }),
    watchFile: () => Promise.resolve(false),
    onFileChanged: () => noSubscription,
    setDocumentState(state) {
      // The tab's title plays the window title; the browser has no close guard of ours to feed.
      const title = state.title.trim() || 'Untitled map';
      doc.title = `${state.dirty ? '• ' : ''}${title} — Journey Studio`;
      return Promise.resolve();
    },
    confirmClose: () => Promise.resolve(),
    newWindow() {
      doc.defaultView?.open(doc.location.href, '_blank', 'noopener');
      return Promise.resolve();
    },
    printToPdf(request) {
      // A page cannot write a PDF itself: the browser's print dialog decides paper, destination and name
      // (the user picks "Save as PDF"); our print CSS sets the page size. `print()` returns when it closes.
      const view = doc.defaultView;
      if (view === null) {
        return Promise.resolve({
          ok: false,
          error: { kind: 'invalid-request', reason: 'the page has no window to print' },
        });
      }
      const printed = { ok: true as const, value: { name: request.suggestedName } };
      return new Promise((resolve) => {
        // The print root must stay mounted until the dialog is done with it: `afterprint` says so
        // (browsers without the event return from `print()` only when their dialog has closed).
        if ('onafterprint' in view)
          view.addEventListener('afterprint', () => resolve(printed), { once: true });
        view.print();
        if (!('onafterprint' in view)) resolve(printed);
      });
    },
    capture: createWebCaptureApi(doc.defaultView),
  };
}
