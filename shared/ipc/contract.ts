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
  'edit.undo',
  'edit.redo',
  'edit.find',
  'edit.commandPalette',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomToFit',
  'help.shortcuts',
  'help.about',
] as const;
export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number];

export const isMenuCommandId = (value: unknown): value is MenuCommandId =>
  typeof value === 'string' && (MENU_COMMAND_IDS as readonly string[]).includes(value);

export type Unsubscribe = () => void;

export interface StudioApi {
  /** Which bridge this is; the UI words a few things differently in a browser. */
  readonly platform: 'electron' | 'web';
  /** Shows the OS (or browser) open dialog for `.cxmap` files and reads the chosen one. */
  openMapDialog(): Promise<FileResult<OpenedFile>>;
  /** Subscribes to native-menu commands (Electron); the web bridge never emits any. */
  onMenuCommand(listener: (command: MenuCommandId) => void): Unsubscribe;
  /** Subscribes to files the OS asks us to open (double-click, second launch, `open-file`). */
  onOpenFile(listener: (file: FileResult<OpenedFile>) => void): Unsubscribe;
  /**
   * Opens an http(s) or mailto link in the user's browser or mail client, after a user's click.
   * Resolves `false` when the URL was refused (any other scheme, or not a URL at all).
   */
  openExternal(url: string): Promise<boolean>;
}

/** IPC channel names; only electron/main and electron/preload use them. */
export const IPC_CHANNELS = {
  openMapDialog: 'studio:open-map-dialog',
  menuCommand: 'studio:menu-command',
  openFile: 'studio:open-file',
  openExternal: 'studio:open-external',
} as const;
