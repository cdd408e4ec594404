import { basename, resolve } from 'node:path';
import type { AppCommandId, DocumentState } from '../../shared/ipc/contract';
import { checkPath } from './files';

/** The answer to "Save changes before closing?". */
export type CloseChoice = 'save' | 'discard' | 'cancel';

/** The part of a BrowserWindow the document state and the close guard use. */
export interface DocumentWindow {
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
  setRepresentedFilename(path: string): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  once(event: 'closed', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface DocumentWindowsDependencies {
  readonly appName: string;
  readonly platform: NodeJS.Platform;
  /** The native Save / Don't Save / Cancel box, parented to `window`. */
  askToSaveBeforeClosing(window: DocumentWindow, documentTitle: string): Promise<CloseChoice>;
  /** Forwards a command to the window's renderer, as the menu does. */
  sendCommand(window: DocumentWindow, command: AppCommandId): void;
  /** Only a path the user chose may be shown as the window's file (macOS proxy icon). */
  isUserChosenPath(path: string): boolean;
  /** Called when a close the user confirmed completes while the app is quitting, to go on quitting. */
  continueQuitting(): void;
}

export interface DocumentWindows {
  /** Starts tracking `window`: its close is guarded from now on. */
  track(window: DocumentWindow): void;
  /** The renderer reported its document (validated here: it arrives as `unknown`). */
  setState(window: DocumentWindow, state: unknown): boolean;
  stateOf(window: DocumentWindow): DocumentState;
  /** The renderer saved (or chose to discard) and asks for the close to happen now. */
  confirmClose(window: DocumentWindow): void;
  /** The window showing the map at `path`, to focus instead of opening it twice. */
  windowShowing(path: string): DocumentWindow | null;
  /** The app is quitting: a cancelled close dialog stops the quit. */
  beginQuit(): void;
  readonly quitting: boolean;
}

/** A window title stays one readable line whatever the map's title holds. */
export const MAX_TITLE_LENGTH = 120;

/**
 * C0/C1 controls and line separators would break the title bar's single line; bidi overrides could
 * make "gpj.exe" read as "exe.jpg" next to the file name. Plain RTL text is left as it is.
 */
const isControlCharacter = (character: string): boolean => {
  const code = character.codePointAt(0) ?? 0;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
};

const cleanTitle = (title: string): string => {
  const oneLine = Array.from(title, (character) => (isControlCharacter(character) ? ' ' : character))
    .join('')
    .trim();
  return oneLine.length > MAX_TITLE_LENGTH ? `${oneLine.slice(0, MAX_TITLE_LENGTH - 1)}…` : oneLine;
};

/** "• Grocery journey — grocery.cxmap — Journey Studio"; the dot says unsaved where the OS shows none. */
export const windowTitleFor = (state: DocumentState, appName: string, platform: NodeJS.Platform): string => {
  const parts = [cleanTitle(state.title) || 'Untitled map'];
  if (state.filePath !== null) parts.push(basename(state.filePath));
  parts.push(appName);
  // macOS shows unsaved changes in the close button (`setDocumentEdited`); elsewhere the title says it.
  const marker = state.dirty && platform !== 'darwin' ? '• ' : '';
  return `${marker}${parts.join(' — ')}`;
};

const CLEAN_STATE: DocumentState = { title: '', filePath: null, dirty: false };

const parseState = (value: unknown, isUserChosenPath: (path: string) => boolean): DocumentState | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { title, filePath, dirty } = value as Record<string, unknown>;
  if (typeof title !== 'string' || typeof dirty !== 'boolean') return null;
  if (filePath !== null) {
    const checked = checkPath(filePath);
    if (!checked.ok || !isUserChosenPath(checked.path)) return null;
    return { title: title.slice(0, 10_000), filePath: resolve(checked.path), dirty };
  }
  return { title: title.slice(0, 10_000), filePath: null, dirty };
};

interface Tracked {
  state: DocumentState;
  /** A close the user (or the renderer after saving) confirmed: let it through. */
  closeApproved: boolean;
  askingAboutClose: boolean;
}

export const createDocumentWindows = (deps: DocumentWindowsDependencies): DocumentWindows => {
  const windows = new Map<DocumentWindow, Tracked>();
  let quitting = false;

  const closeNow = (window: DocumentWindow, tracked: Tracked): void => {
    tracked.closeApproved = true;
    if (!window.isDestroyed()) window.close();
    if (quitting) deps.continueQuitting();
  };

  const guardClose = async (window: DocumentWindow, tracked: Tracked): Promise<void> => {
    tracked.askingAboutClose = true;
    let choice: CloseChoice;
    try {
      choice = await deps.askToSaveBeforeClosing(window, cleanTitle(tracked.state.title) || 'Untitled map');
    } catch {
      // With no answer, keeping the work is the only safe outcome.
      choice = 'cancel';
    } finally {
      tracked.askingAboutClose = false;
    }
    if (window.isDestroyed()) return;
    if (choice === 'discard') closeNow(window, tracked);
    // The renderer saves, then calls `confirmClose`; a cancelled save dialog keeps the window open.
    else if (choice === 'save') deps.sendCommand(window, 'file.saveAndClose');
    else quitting = false;
  };

  return {
    track(window) {
      const tracked: Tracked = { state: CLEAN_STATE, closeApproved: false, askingAboutClose: false };
      windows.set(window, tracked);
      window.on('close', (event) => {
        if (tracked.closeApproved || !tracked.state.dirty) return;
        event.preventDefault();
        if (!tracked.askingAboutClose) void guardClose(window, tracked);
      });
      window.once('closed', () => windows.delete(window));
    },
    setState(window, value) {
      const tracked = windows.get(window);
      const state = parseState(value, deps.isUserChosenPath);
      if (tracked === undefined || state === null || window.isDestroyed()) return false;
      tracked.state = state;
      window.setTitle(windowTitleFor(state, deps.appName, deps.platform));
      window.setDocumentEdited(state.dirty);
      if (deps.platform === 'darwin') window.setRepresentedFilename(state.filePath ?? '');
      return true;
    },
    stateOf: (window) => windows.get(window)?.state ?? CLEAN_STATE,
    confirmClose(window) {
      const tracked = windows.get(window);
      if (tracked !== undefined) closeNow(window, tracked);
    },
    windowShowing(path) {
      const wanted = resolve(path);
      for (const [window, tracked] of windows) {
        if (!window.isDestroyed() && tracked.state.filePath === wanted) return window;
      }
      return null;
    },
    beginQuit() {
      quitting = true;
    },
    get quitting() {
      return quitting;
    },
  };
};
