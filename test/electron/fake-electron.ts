/**
 * A small stand-in for the `electron` module: no Electron binary exists on a CI machine without
 * internet, and main's logic should be checkable without one. Objects record what the code under
 * test asked of them (window options, event handlers, IPC handlers, sent messages) and offer
 * `emit`/`invoke` helpers to play the part of the OS, Chromium or the renderer.
 *
 * Use: `vi.mock('electron', async () => (await import('./fake-electron')).electronModule);`
 * then `resetFakeElectron()` in `beforeEach`.
 */
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** Records listeners by event name, like Node's EventEmitter, and replays them on `emit`. */
class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapper = (...args: never[]): unknown => {
      this.removeListener(event, wrapper);
      return listener(...args);
    };
    return this.on(event, wrapper);
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((candidate) => candidate !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      (listener as (...received: unknown[]) => unknown)(...args);
    }
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** A cancellable event as Electron passes it: the target URL and a cancel switch. */
export interface FakeNavigationEvent {
  readonly url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export const navigationEvent = (url: string): FakeNavigationEvent => {
  const event = {
    url,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
};

export class FakeWebContents extends FakeEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  /** What was sent on `channel`, one entry per message (its first argument). */
  sentOn(channel: string): unknown[] {
    return this.sent.filter((message) => message.channel === channel).map((message) => message.args[0]);
  }
}

class BrowserWindowStub extends FakeEmitter {
  static readonly instances: BrowserWindowStub[] = [];
  static focused: BrowserWindowStub | null = null;
  static onAllClosed: () => void = () => undefined;

  static getAllWindows(): BrowserWindowStub[] {
    return BrowserWindowStub.instances.filter((window) => !window.destroyed);
  }

  static getFocusedWindow(): BrowserWindowStub | null {
    return BrowserWindowStub.focused;
  }

  static fromWebContents(contents: unknown): BrowserWindowStub | null {
    return BrowserWindowStub.instances.find((window) => window.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  destroyed = false;
  minimized = false;
  visible = false;
  focusCount = 0;

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindowStub.instances.push(this);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
  }

  focus(): void {
    this.focusCount += 1;
    BrowserWindowStub.focused = this;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The user closed the window: Electron emits `closed`, and `window-all-closed` after the last. */
  close(): void {
    this.destroyed = true;
    if (BrowserWindowStub.focused === this) BrowserWindowStub.focused = null;
    this.emit('closed');
    if (BrowserWindowStub.getAllWindows().length === 0) BrowserWindowStub.onAllClosed();
  }
}

export type FakeBrowserWindow = BrowserWindowStub;

/** The `app` object: lifecycle events, the single-instance lock and readiness. */
class FakeApp extends FakeEmitter {
  name = 'Journey Studio';
  isPackaged = false;
  hasSingleInstanceLock = true;
  ready = false;
  readonly quit = vi.fn();
  private resolveReady: () => void = () => undefined;
  private readyPromise: Promise<void> = this.freshReadyPromise();

  private freshReadyPromise(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.resolveReady = resolve;
    });
  }

  requestSingleInstanceLock(): boolean {
    return this.hasSingleInstanceLock;
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.ready;
  }

  /** Plays Electron's `ready`: resolves `whenReady()` and lets its callbacks run. */
  async becomeReady(): Promise<void> {
    this.ready = true;
    this.emit('ready');
    this.resolveReady();
    await this.readyPromise;
    await settle();
  }

  reset(): void {
    this.listeners.clear();
    this.name = 'Journey Studio';
    this.isPackaged = false;
    this.hasSingleInstanceLock = true;
    this.ready = false;
    this.quit.mockReset();
    this.readyPromise = this.freshReadyPromise();
  }
}

/** An IPC event as main sees it; `senderFrame` decides whether the sender is trusted. */
export interface FakeInvokeEvent {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export const invokeEventFrom = (url: string, sender: unknown = null): FakeInvokeEvent => ({
  sender,
  senderFrame: { url, parent: null },
});

type InvokeListener = (event: FakeInvokeEvent, ...args: unknown[]) => Promise<unknown>;

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  /** Plays `ipcRenderer.invoke` arriving in main. */
  invoke(channel: string, event: FakeInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }
}

type RendererListener = (event: unknown, ...args: unknown[]) => void;

class FakeIpcRenderer {
  readonly listeners = new Map<string, RendererListener[]>();
  readonly invoke = vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> =>
    Promise.resolve(undefined),
  );

  on(channel: string, listener: RendererListener): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }

  removeListener(channel: string, listener: RendererListener): this {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
    );
    return this;
  }

  /** Plays main's `webContents.send(channel, ...args)` arriving in the preload. */
  emit(channel: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(channel) ?? [])]) listener({ sender: this }, ...args);
  }

  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.length ?? 0;
  }
}

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string | string[]> }) => void,
) => void;

export class FakeSession {
  permissionRequestHandler:
    ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((webContents: unknown, permission: string) => boolean) | null = null;
  headersListener: HeadersListener | null = null;

  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener): void => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void {
    this.permissionCheckHandler = handler;
  }
}

export interface FakeMenu {
  readonly template: unknown[];
}

type ProtocolHandler = (request: Request) => Promise<Response>;

/** Builds one set of fakes; see `fake` below for why there is only ever one. */
const buildFakeElectron = () => {
  const state = {
    applicationMenu: null as FakeMenu | null,
    exposed: new Map<string, unknown>(),
  };
  const app = new FakeApp();
  BrowserWindowStub.onAllClosed = () => app.emit('window-all-closed');
  return {
    state,
    app,
    BrowserWindow: BrowserWindowStub,
    ipcMain: new FakeIpcMain(),
    ipcRenderer: new FakeIpcRenderer(),
    session: { defaultSession: new FakeSession() },
    dialog: {
      showOpenDialog: vi.fn((..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> =>
        Promise.resolve({ canceled: true, filePaths: [] }),
      ),
    },
    shell: {
      openExternal: vi.fn((_url: string): Promise<void> => Promise.resolve()),
    },
    protocol: {
      privilegedSchemes: [] as unknown[],
      handlers: new Map<string, ProtocolHandler>(),
      registerSchemesAsPrivileged(schemes: unknown[]): void {
        if (app.ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
        this.privilegedSchemes.push(...schemes);
      },
      handle(scheme: string, handler: ProtocolHandler): void {
        this.handlers.set(scheme, handler);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]): FakeMenu => ({ template }),
      setApplicationMenu: (menu: FakeMenu | null): void => {
        state.applicationMenu = menu;
      },
      getApplicationMenu: (): FakeMenu | null => state.applicationMenu,
    },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown): void => {
        if (state.exposed.has(key))
          throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
        state.exposed.set(key, api);
      },
    },
  };
};

/**
 * One set of fakes per test process: `vi.resetModules()` (used to run main or the preload again from
 * the top) evaluates this file again, and every copy must hand out the objects the test is holding.
 */
const registry = globalThis as typeof globalThis & {
  journeyStudioFakeElectron?: ReturnType<typeof buildFakeElectron>;
};
const fake = (registry.journeyStudioFakeElectron ??= buildFakeElectron());

export const { app, ipcMain, ipcRenderer, session, dialog, shell, protocol, Menu, contextBridge } = fake;
export const FakeBrowserWindow = fake.BrowserWindow;

/** What the preload exposed under `key`, as the page would see it. */
export const exposedInMainWorld = (key: string): unknown => fake.state.exposed.get(key);

/** Lets promise chains started by an event (file reads, `whenReady().then`) finish. */
export const settle = async (): Promise<void> => {
  for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setImmediate(resolve));
};

export const resetFakeElectron = (): void => {
  app.reset();
  ipcMain.handlers.clear();
  ipcRenderer.listeners.clear();
  ipcRenderer.invoke.mockReset();
  ipcRenderer.invoke.mockImplementation(() => Promise.resolve(undefined));
  session.defaultSession = new FakeSession();
  dialog.showOpenDialog.mockReset();
  dialog.showOpenDialog.mockImplementation(() => Promise.resolve({ canceled: true, filePaths: [] }));
  shell.openExternal.mockReset();
  shell.openExternal.mockImplementation(() => Promise.resolve());
  protocol.privilegedSchemes.length = 0;
  protocol.handlers.clear();
  FakeBrowserWindow.instances.length = 0;
  FakeBrowserWindow.focused = null;
  fake.state.applicationMenu = null;
  fake.state.exposed.clear();
};

/** The module object handed to `vi.mock('electron', …)`. */
export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  session,
  shell,
};
