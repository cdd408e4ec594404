/**
 * The one seam between the renderer and the operating system (DESIGN.md §2).
 *
 * The renderer only ever talks to a `StudioApi`: in Electron the preload exposes one as
 * `window.studio`; in a plain browser the web bridge implements the same interface with the file
 * picker and downloads. Everything that crosses the seam is plain, structured-cloneable data.
 */

/** Maximum size of a `.cxmap` file we read or write (FORMAT.md: "a file over 50 MB" is refused). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const CXMAP_EXTENSION = 'cxmap';
export const CXMAP_MIME_TYPE = 'application/x-cxmap+json';

/** Why a file operation did not happen; the renderer turns each into a sentence for the user. */
export type FileError =
  | { readonly kind: 'cancelled' }
  /** `path` names the refused file in the message: its path in Electron, its name in a browser. */
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number; readonly path?: string }
  | { readonly kind: 'not-found'; readonly path: string }
  | { readonly kind: 'permission-denied'; readonly path: string }
  | { readonly kind: 'disk-full'; readonly path: string }
  | { readonly kind: 'is-directory'; readonly path: string }
  | { readonly kind: 'invalid-request'; readonly reason: string }
  | { readonly kind: 'io'; readonly path: string; readonly message: string };

export type FileResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FileError };

/** A file the user picked, dropped or double-clicked, read whole. */
export interface OpenedFile {
  /** Base name, for the window title ("grocery.cxmap"). */
  readonly name: string;
  /** Absolute path in Electron; `null` in the browser, where a page never learns paths. */
  readonly path: string | null;
  readonly bytes: Uint8Array;
  /** When the file was last modified, as read; a later save compares it to notice other writers. */
  readonly mtimeMs?: number;
}

/**
 * Commands the native menu (and the OS) can ask the renderer to perform. The renderer's command
 * registry owns labels, shortcuts and behaviour; main only needs the ids to wire menu items.
 */
export const MENU_COMMAND_IDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.close',
  'file.importMermaid',
  'file.exportPng',
  'file.exportStoryboard',
  'file.exportPoster',
  'file.exportMermaid',
  'evidence.importSurvey',
  'evidence.exportMetrics',
  'evidence.exportQuotes',
  'history.saveRevisionAs',
  'history.createFutureState',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.delete',
  'edit.selectAll',
  'edit.find',
  'insert.stage',
  'insert.lane',
  'insert.touchpoint',
  'insert.friction',
  'insert.magic',
  'insert.opportunity',
  'insert.note',
  'view.commandPalette',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomToFit',
  'view.actionPlan',
  'view.present',
  'help.shortcuts',
  'help.about',
] as const;
export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number];

export const isMenuCommandId = (value: unknown): value is MenuCommandId =>
  typeof value === 'string' && (MENU_COMMAND_IDS as readonly string[]).includes(value);

/**
 * Commands only main sends, never shown as menu items: the close guard's "Save" asks the renderer to
 * save and, once the map is written, to confirm the close (a cancelled or failed save keeps the window).
 */
export const WINDOW_ONLY_COMMAND_IDS = ['file.saveAndClose'] as const;
export type AppCommandId = MenuCommandId | (typeof WINDOW_ONLY_COMMAND_IDS)[number];

export const isAppCommandId = (value: unknown): value is AppCommandId =>
  isMenuCommandId(value) ||
  (typeof value === 'string' && (WINDOW_ONLY_COMMAND_IDS as readonly string[]).includes(value));

export type Unsubscribe = () => void;

export interface StudioApi {
  /** Which bridge this is; the UI words a few things differently in a browser. */
  readonly platform: 'electron' | 'web';
  /** Shows the OS (or browser) open dialog for `.cxmap` files and reads the chosen one. */
  openMapDialog(): Promise<FileResult<OpenedFile>>;
  /** Subscribes to native-menu (and close-guard) commands (Electron); the web bridge never emits any. */
  onMenuCommand(listener: (command: AppCommandId) => void): Unsubscribe;
  /** Subscribes to files the OS asks us to open (double-click, second launch, `open-file`). */
  onOpenFile(listener: (file: FileResult<OpenedFile>) => void): Unsubscribe;
  /**
   * Opens an http(s) or mailto link in the user's browser or mail client, after a user's click.
   * Resolves `false` when the URL was refused (any other scheme, or not a URL at all).
   */
  openExternal(url: string): Promise<boolean>;

  // Files that never lose work (types below).
  /** Saves to `request.path`, or asks where first when it is `null`. */
  saveMap(request: SaveMapRequest): Promise<SaveResult>;
  /** Recently opened or saved maps, newest first, missing files marked. */
  listRecent(): Promise<readonly RecentDocument[]>;
  /** Forgets one recent map; resolves the list that remains. */
  removeRecent(path: string): Promise<readonly RecentDocument[]>;
  /** Reads a map from the recent list (the only paths it accepts). */
  openRecent(path: string): Promise<FileResult<OpenedFile>>;
  /** Watches this window's file for changes by others; `null` stops watching. Resolves whether it watches. */
  watchFile(path: string | null): Promise<boolean>;
  onFileChanged(listener: (change: FileChange) => void): Unsubscribe;
  /** Title bar, unsaved marker and close guard follow this. */
  setDocumentState(state: DocumentState): Promise<void>;
  /** After a Save chosen in the close dialog succeeded: close the window (and go on quitting). */
  confirmClose(): Promise<void>;
  newWindow(): Promise<void>;
  /**
   * Prints this window's page (the mounted print root) to a PDF. Electron renders it and asks where
   * to save it; a browser opens its own print dialog, where the user picks "Save as PDF".
   */
  printToPdf(request: PrintToPdfRequest): Promise<FileResult<{ readonly name: string }>>;
  /**
   * The static capture view and, in Electron, the PNG export that rasterises it in a hidden window.
   * Absent where neither exists (tests' fake bridges).
   */
  readonly capture?: CaptureApi;
}

/** IPC channel names; only electron/main and electron/preload use them. */
export const IPC_CHANNELS = {
  openMapDialog: 'studio:open-map-dialog',
  menuCommand: 'studio:menu-command',
  openFile: 'studio:open-file',
  openExternal: 'studio:open-external',
} as const;

// ---- Files that never lose work: save, recent documents, changed on disk, document state, close guard ----

/** Extensions main writes to; anything else (an .exe, a dotfile) is not a map the user saves. */
export const WRITABLE_MAP_EXTENSIONS = ['cxmap', 'json'] as const;

/** Why a save did not happen: a `FileError`, or the file changed since we last read or wrote it. */
export type SaveError =
  FileError | { readonly kind: 'changed-on-disk'; readonly path: string; readonly mtimeMs: number };

export interface SaveMapRequest {
  /** Where the map was read from or last saved; `null` asks for the save dialog (Save As…). */
  readonly path: string | null;
  /** The file name the save dialog proposes ("Grocery journey.cxmap"). */
  readonly suggestedName: string;
  /** The serialized document (`serializeCxmap`); main never parses it. */
  readonly text: string;
  /** The mtime this window last read or wrote; a different mtime on disk means someone else saved. */
  readonly expectedMtimeMs: number | null;
  /** The user chose "Overwrite" after a `changed-on-disk` refusal. */
  readonly overwriteChanged?: boolean;
}

export interface SavedFile {
  readonly name: string;
  /** Absolute path in Electron; `null` in the browser. */
  readonly path: string | null;
  /** What to pass as `expectedMtimeMs` next time; `null` where the platform cannot tell. */
  readonly mtimeMs: number | null;
}

export type SaveResult =
  { readonly ok: true; readonly value: SavedFile } | { readonly ok: false; readonly error: SaveError };

export interface RecentDocument {
  readonly path: string;
  readonly name: string;
  /** The file is gone (moved, deleted, on an unplugged drive): shown marked, removable. */
  readonly missing: boolean;
}

/** The watched file was changed or removed by someone else (never by our own save). */
export interface FileChange {
  readonly path: string;
  readonly kind: 'changed' | 'deleted';
  readonly mtimeMs: number | null;
}

/** What the renderer tells main about its document: the title bar and the close guard use it. */
export interface DocumentState {
  readonly title: string;
  readonly filePath: string | null;
  readonly dirty: boolean;
}

/** IPC channel names of this area; only electron/main and electron/preload use them. */
export const FILE_IPC_CHANNELS = {
  saveMap: 'studio:save-map',
  listRecent: 'studio:list-recent',
  removeRecent: 'studio:remove-recent',
  openRecent: 'studio:open-recent',
  watchFile: 'studio:watch-file',
  fileChanged: 'studio:file-changed',
  setDocumentState: 'studio:set-document-state',
  confirmClose: 'studio:confirm-close',
  newWindow: 'studio:new-window',
} as const;

// ---- Printing: the PDF storyboard and the poster ----

export const PDF_PAGE_SIZES = ['A4', 'Letter'] as const;
export type PdfPageSize = (typeof PDF_PAGE_SIZES)[number];

export interface PrintToPdfRequest {
  /** The file name the save dialog proposes ("Grocery journey storyboard.pdf"). */
  readonly suggestedName: string;
  readonly pageSize: PdfPageSize;
  readonly landscape: boolean;
}

export const PRINT_IPC_CHANNELS = {
  printToPdf: 'studio:print-to-pdf',
} as const;

// ---- PNG capture: the whole map drawn statically, rasterised by Chromium (Electron's capturePage) ----

export const CAPTURE_SCALES = [1, 2] as const;
export type CaptureScale = (typeof CAPTURE_SCALES)[number];

/** What the main window asks for: main draws `documentText` in a hidden window and saves the PNG. */
export interface ExportPngRequest {
  /** The file name the save dialog proposes ("Grocery journey.png"). */
  readonly suggestedName: string;
  /** The serialized document (`serializeCxmap`); only the capture view parses it. */
  readonly documentText: string;
  readonly scale: CaptureScale;
  readonly background: boolean;
}

/** What the capture view draws. */
export interface CapturePayload {
  readonly documentText: string;
  readonly scale: CaptureScale;
  readonly background: boolean;
}

/** The capture view's answer: drawn, with its content size in CSS pixels at zoom 1, or why not. */
export type CaptureReady =
  | { readonly ok: true; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly reason: string };

export interface CaptureApi {
  /** Electron: draws and saves the PNG through main; `null` in a browser (html-to-image does it). */
  readonly exportPng: ((request: ExportPngRequest) => Promise<FileResult<{ readonly name: string }>>) | null;
  /** Capture view: the one payload to draw (Electron: asked of main; web: a same-origin message). */
  onPayload(listener: (payload: CapturePayload) => void): Unsubscribe;
  /** Capture view: drawn (fonts loaded, two frames painted) at this size, or failed. */
  ready(result: CaptureReady): void;
}

/** Same-origin `postMessage` types of the web capture view (the bench drives it this way). */
export const CAPTURE_MESSAGE_TYPES = { payload: 'studio-capture', ready: 'studio-capture-ready' } as const;

export const CAPTURE_IPC_CHANNELS = {
  exportPng: 'studio:capture-export-png',
  payload: 'studio:capture-payload',
  ready: 'studio:capture-ready',
} as const;
