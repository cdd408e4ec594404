/**
 * The security gate: one `describe` per item of DESIGN.md §6, each asserted on the real main process
 * (started through the fake electron), the real preload and the real packaging config. Several items
 * are tested in depth elsewhere (security.test.ts, protocol.test.ts, window.test.ts, packaging.test.ts);
 * here they are re-asserted briefly so that this one file lists every item and a gap shows up as a
 * missing `describe`, not as an absence nobody notices.
 */
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import {
  FILE_IPC_CHANNELS,
  IPC_CHANNELS,
  MAX_FILE_BYTES,
  PRINT_IPC_CHANNELS,
  CAPTURE_IPC_CHANNELS,
  type StudioApi,
} from '../../shared/ipc/contract';
import {
  app,
  dialog,
  exposedInMainWorld,
  FakeBrowserWindow,
  invokeEventFrom,
  ipcMain,
  ipcRenderer,
  navigationEvent,
  protocol,
  resetFakeElectron,
  session,
  shell,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

beforeEach(() => {
  resetFakeElectron();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

/** Main, started from the top and made ready, with its one window. */
const startMain = async (): Promise<FakeBrowserWindow> => {
  vi.resetModules();
  await import('../../electron/main/index');
  await app.becomeReady();
  const [window] = FakeBrowserWindow.getAllWindows();
  if (window === undefined) throw new Error('main opened no window');
  return window;
};

const webPreferencesOf = (window: FakeBrowserWindow): Record<string, unknown> =>
  window.options['webPreferences'] as Record<string, unknown>;

describe('§6 contextIsolation, sandbox, no Node integration, webSecurity on', () => {
  it('creates the real window isolated, sandboxed, without Node anywhere and with web security', async () => {
    const preferences = webPreferencesOf(await startMain());
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    // Settings that would undo the above are absent, not merely off by default.
    expect(preferences).not.toHaveProperty('enableRemoteModule');
    expect(preferences).not.toHaveProperty('experimentalFeatures');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('never sets a weakening option anywhere in main or the preload', () => {
    const sources = ['main', 'main/ipc', 'preload'].flatMap((folder) =>
      readdirSync(join(repoRoot, 'electron', folder))
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(repoRoot, 'electron', folder, name))
        .filter((path) => statSync(path).isFile()),
    );
    for (const path of sources) {
      const text = readFileSync(path, 'utf8');
      expect(text, path).not.toMatch(/nodeIntegration\s*:\s*true|contextIsolation\s*:\s*false/);
      expect(text, path).not.toMatch(/sandbox\s*:\s*false|webSecurity\s*:\s*false/);
      expect(text, path).not.toMatch(/allowRunningInsecureContent\s*:\s*true|webviewTag\s*:\s*true/);
    }
  });
});

describe('§6 a strict content security policy', () => {
  it('puts the policy on every response of the running app, replacing any the response brought', async () => {
    await startMain();
    const listener = session.defaultSession.headersListener;
    expect(listener).not.toBeNull();
    const callback = vi.fn();
    listener?.({ responseHeaders: { 'content-security-policy': ['script-src *'] } }, callback);
    const headers = (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> })
      .responseHeaders;
    const policies = Object.entries(headers).filter(
      ([name]) => name.toLowerCase() === 'content-security-policy',
    );
    expect(policies).toHaveLength(1);
    const policy = policies[0]?.[1]?.[0] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });
});

describe('§6 app content from a custom protocol that serves only files under the app root', () => {
  it('loads the app from app://, never from file:// or a remote URL', async () => {
    const window = await startMain();
    expect(window.loadedUrls).toEqual([APP_ENTRY_URL]);
    expect(protocol.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true }) }),
    ]);
  });

  it.each([
    ['a .. segment', 'app://journey-studio/../../package.json'],
    ['an encoded .. segment', 'app://journey-studio/%2e%2e/%2e%2e/package.json'],
    ['.. with encoded slashes', 'app://journey-studio/..%2f..%2fpackage.json'],
    ['a NUL byte', 'app://journey-studio/index.html%00.png'],
    ['an absolute path', 'app://journey-studio//etc/passwd'],
    ['a UNC path', 'app://journey-studio/%5c%5cserver%5cshare%5cx.cxmap'],
    ['another host', 'app://elsewhere/index.html'],
  ])('refuses %s', async (_label, url) => {
    await startMain();
    const handler = protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler?.(new Request(url));
    expect(response?.ok).toBe(false);
    expect(await response?.text()).not.toContain('journey-studio');
  });
});

describe('§6 window.open denied', () => {
  it.each(['https://example.com/', APP_ENTRY_URL, 'file:///etc/passwd', 'about:blank'])(
    'denies a new window for %s',
    async (url) => {
      const window = await startMain();
      expect(window.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    },
  );
});

describe('§6 will-navigate and will-frame-navigate blocked', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'cancels %s to anything but our own pages',
    async (eventName) => {
      const window = await startMain();
      for (const url of [
        'https://evil.example/',
        'file:///etc/passwd',
        'http://localhost:5173/',
        'javascript:1',
      ]) {
        const event = navigationEvent(url);
        window.webContents.emit(eventName, event);
        expect(event.defaultPrevented, url).toBe(true);
      }
      const own = navigationEvent('app://journey-studio/index.html#/map');
      window.webContents.emit(eventName, own);
      expect(own.defaultPrevented).toBe(false);
    },
  );
});

describe('§6 permission requests denied', () => {
  it('refuses every permission request and check in the running app', async () => {
    await startMain();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.defaultSession.permissionRequestHandler?.({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.defaultSession.permissionCheckHandler?.({}, permission), permission).toBe(false);
    }
  });
});

describe('§6 IPC sender checked', () => {
  it('answers no registered channel for a foreign page, a sub-frame or a gone frame', async () => {
    const window = await startMain();
    const showSaveDialog = vi.fn();
    Object.assign(dialog, { showSaveDialog });
    const foreign = [
      invokeEventFrom('https://evil.example/', window.webContents),
      { sender: window.webContents, senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } },
      { sender: window.webContents, senderFrame: null },
    ];
    const channels = [...ipcMain.handlers.keys()];
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) {
      for (const event of foreign) {
        const answer = await ipcMain.invoke(channel, event, 'https://example.com/');
        // Each channel's refusal: false, [], nothing, or an invalid-request result.
        expect([false, undefined, '[]', 'invalid-request'], channel).toContain(
          Array.isArray(answer)
            ? JSON.stringify(answer)
            : typeof answer === 'object' && answer !== null
              ? (answer as { error?: { kind?: string } }).error?.kind
              : answer,
        );
      }
    }
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('registers exactly the contract’s channels, so none escapes the check', async () => {
    await startMain();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [
        ...Object.values(IPC_CHANNELS),
        ...Object.values(FILE_IPC_CHANNELS),
        ...Object.values(PRINT_IPC_CHANNELS),
        ...Object.values(CAPTURE_IPC_CHANNELS),
      ]
        .filter((channel) => channel !== IPC_CHANNELS.menuCommand && channel !== IPC_CHANNELS.openFile)
        .filter((channel) => channel !== FILE_IPC_CHANNELS.fileChanged)
        .sort(),
    );
  });
});

describe('§6 shell.openExternal only for parsed http/https/mailto URLs after the user’s click', () => {
  it('opens a parsed https or mailto link for our page, and nothing else', async () => {
    await startMain();
    const ours = invokeEventFrom(APP_ENTRY_URL, null);
    await expect(ipcMain.invoke(IPC_CHANNELS.openExternal, ours, 'https://example.com/a b')).resolves.toBe(
      true,
    );
    await expect(ipcMain.invoke(IPC_CHANNELS.openExternal, ours, 'mailto:cx@example.com')).resolves.toBe(
      true,
    );
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/x',
      '\\\\server\\share\\x',
      'https://',
    ]) {
      await expect(ipcMain.invoke(IPC_CHANNELS.openExternal, ours, url), url).resolves.toBe(false);
    }
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/a%20b'], ['mailto:cx@example.com']]);
  });

  const loadPreload = async (): Promise<StudioApi> => {
    vi.resetModules();
    await import('../../electron/preload/index');
    return exposedInMainWorld('studio') as StudioApi;
  };

  it('sends a link to main only while the page has a user activation (a click)', async () => {
    const studio = await loadPreload();
    ipcRenderer.invoke.mockResolvedValue(true);

    vi.stubGlobal('navigator', { userActivation: { isActive: false } });
    await expect(studio.openExternal('https://example.com/')).resolves.toBe(false);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();

    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    await expect(studio.openExternal('https://example.com/')).resolves.toBe(true);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      IPC_CHANNELS.openExternal,
      'https://example.com/',
    );
  });
});

describe('§6 fuses runAsNode and nodeCliInspect off, ASAR integrity on at packaging', () => {
  it('packs into an ASAR with the fuses set in electron-builder.yml', async () => {
    const config = await getConfig(repoRoot, 'electron-builder.yml', null);
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});

describe('§6 files are read with a size cap before anything walks them', () => {
  it('refuses a map larger than the cap without reading it', async () => {
    const { readMapFile } = await import('../../electron/main/files');
    const readFile = vi.fn();
    const fs = {
      stat: () =>
        Promise.resolve({
          size: MAX_FILE_BYTES + 1,
          mtimeMs: 1,
          isFile: () => true,
          isDirectory: () => false,
        }),
      readFile,
    };
    await expect(readMapFile(fs, '/maps/huge.cxmap')).resolves.toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
    expect(readFile).not.toHaveBeenCalled();
  });
});
