import { describe, expect, it, vi } from 'vitest';
import {
  createDocumentWindows,
  windowTitleFor,
  type CloseChoice,
  type DocumentWindow,
} from '../../electron/main/document-windows';
import type { MenuCommandId } from '../../shared/ipc/contract';

/** A window as the guard sees it: `userCloses()` plays the close button, which Electron may cancel. */
class GuardedWindowFake implements DocumentWindow {
  title = '';
  edited = false;
  representedFilename = '';
  destroyed = false;
  private closeListeners: ((event: { preventDefault(): void }) => void)[] = [];
  private closedListeners: (() => void)[] = [];

  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.edited = edited;
  }
  setRepresentedFilename(path: string): void {
    this.representedFilename = path;
  }
  on(_event: 'close', listener: (event: { preventDefault(): void }) => void): void {
    this.closeListeners.push(listener);
  }
  once(_event: 'closed', listener: () => void): void {
    this.closedListeners.push(listener);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** `close()` from code: the same 'close' event the close button sends. */
  close(): void {
    this.userCloses();
  }
  userCloses(): void {
    let prevented = false;
    for (const listener of this.closeListeners) listener({ preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    for (const listener of this.closedListeners) listener();
  }
}

const setUp = (answer: CloseChoice = 'cancel', platform: NodeJS.Platform = 'linux') => {
  const askToSaveBeforeClosing = vi.fn((_window: DocumentWindow, _title: string) => Promise.resolve(answer));
  const sendCommand = vi.fn((_window: DocumentWindow, _command: MenuCommandId) => undefined);
  const continueQuitting = vi.fn();
  const documents = createDocumentWindows({
    appName: 'Journey Studio',
    platform,
    askToSaveBeforeClosing,
    sendCommand,
    isUserChosenPath: (path) => path.startsWith('/maps/'),
    continueQuitting,
  });
  const window = new GuardedWindowFake();
  documents.track(window);
  return { documents, window, askToSaveBeforeClosing, sendCommand, continueQuitting };
};

const settle = () => new Promise((resolve) => setImmediate(resolve));
const dirtyState = { title: 'Grocery journey', filePath: '/maps/grocery.cxmap', dirty: true };

describe('the close guard', () => {
  it('lets a window without unsaved changes close at once', () => {
    const { window, askToSaveBeforeClosing } = setUp();
    window.userCloses();
    expect(window.destroyed).toBe(true);
    expect(askToSaveBeforeClosing).not.toHaveBeenCalled();
  });

  it('asks before closing unsaved work; Cancel keeps the window', async () => {
    const { documents, window, askToSaveBeforeClosing } = setUp('cancel');
    documents.setState(window, dirtyState);
    window.userCloses();
    await settle();
    expect(askToSaveBeforeClosing).toHaveBeenCalledExactlyOnceWith(window, 'Grocery journey');
    expect(window.destroyed).toBe(false);
  });

  it('closes without saving on Don’t Save', async () => {
    const { documents, window, sendCommand } = setUp('discard');
    documents.setState(window, dirtyState);
    window.userCloses();
    await settle();
    expect(window.destroyed).toBe(true);
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('on Save asks the renderer to save, and closes when it confirms', async () => {
    const { documents, window, sendCommand } = setUp('save');
    documents.setState(window, dirtyState);
    window.userCloses();
    await settle();
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith(window, 'file.saveAndClose');
    expect(window.destroyed).toBe(false);
    documents.confirmClose(window);
    expect(window.destroyed).toBe(true);
  });

  it('shows one dialog however often the close button is pressed', async () => {
    const { documents, window, askToSaveBeforeClosing } = setUp('cancel');
    documents.setState(window, dirtyState);
    window.userCloses();
    window.userCloses();
    await settle();
    expect(askToSaveBeforeClosing).toHaveBeenCalledOnce();
  });

  it('goes on quitting after a confirmed close, and stops quitting on Cancel', async () => {
    const saving = setUp('save');
    saving.documents.setState(saving.window, dirtyState);
    saving.documents.beginQuit();
    saving.window.userCloses();
    await settle();
    saving.documents.confirmClose(saving.window);
    expect(saving.continueQuitting).toHaveBeenCalledOnce();

    const cancelling = setUp('cancel');
    cancelling.documents.setState(cancelling.window, dirtyState);
    cancelling.documents.beginQuit();
    cancelling.window.userCloses();
    await settle();
    expect(cancelling.documents.quitting).toBe(false);
  });
});

describe('the document state', () => {
  it('puts the map title, file name and unsaved marker in the title bar', () => {
    const { documents, window } = setUp();
    documents.setState(window, dirtyState);
    expect(window.title).toBe('• Grocery journey — grocery.cxmap — Journey Studio');
    expect(window.edited).toBe(true);
    documents.setState(window, { ...dirtyState, dirty: false });
    expect(window.title).toBe('Grocery journey — grocery.cxmap — Journey Studio');
  });

  it('shows the file as the macOS proxy icon and leaves the dot to the close button there', () => {
    const { documents, window } = setUp('cancel', 'darwin');
    documents.setState(window, dirtyState);
    expect(window.representedFilename).toBe('/maps/grocery.cxmap');
    expect(window.title).toBe('Grocery journey — grocery.cxmap — Journey Studio');
  });

  it('keeps the title one readable line', () => {
    const title = windowTitleFor(
      { title: `Line one\nline two\u202e${'x'.repeat(500)}`, filePath: null, dirty: false },
      'Journey Studio',
      'linux',
    );
    expect(title).not.toMatch(/[\n\u202e]/);
    expect(title.length).toBeLessThan(160);
    expect(windowTitleFor({ title: '  ', filePath: null, dirty: false }, 'Journey Studio', 'linux')).toBe(
      'Untitled map — Journey Studio',
    );
  });

  it.each([
    ['not an object', 'dirty'],
    ['a missing flag', { title: 'x', filePath: null }],
    ['a path the user never chose', { title: 'x', filePath: '/etc/passwd', dirty: false }],
    ['a relative path', { title: 'x', filePath: 'maps/a.cxmap', dirty: false }],
  ])('ignores a state that is %s', (_label, state) => {
    const { documents, window } = setUp();
    expect(documents.setState(window, state)).toBe(false);
    expect(window.title).toBe('');
  });

  it('finds the window already showing a map, to focus it instead of opening the map twice', () => {
    const { documents, window } = setUp();
    documents.setState(window, dirtyState);
    expect(documents.windowShowing('/maps/./grocery.cxmap')).toBe(window);
    expect(documents.windowShowing('/maps/other.cxmap')).toBeNull();
    window.userCloses();
  });
});
