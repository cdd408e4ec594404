import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import { APP_TITLE, createMainWindow } from '../../electron/main/window';
import { FakeBrowserWindow, navigationEvent, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const preloadPath = '/opt/journey-studio/out/preload/index.cjs';

const openWindow = (devServerUrl: string | null = null): FakeBrowserWindow => {
  createMainWindow({ preloadPath, entryUrl: devServerUrl ?? APP_ENTRY_URL, trusted: { devServerUrl } });
  const window = FakeBrowserWindow.instances.at(-1);
  if (window === undefined) throw new Error('no window was created');
  return window;
};

beforeEach(resetFakeElectron);

describe('createMainWindow', () => {
  it('runs the renderer sandboxed, isolated and without Node', () => {
    const { options } = openWindow();
    expect(options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: preloadPath,
    });
  });

  it('is titled Journey Studio and loads the app from its own protocol', () => {
    const window = openWindow();
    expect(window.options['title']).toBe(APP_TITLE);
    expect(window.loadedUrls).toEqual(['app://journey-studio/index.html']);
  });

  it('appears only once it has something to show', () => {
    const window = openWindow();
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('denies every window.open', () => {
    const window = openWindow();
    const handler = window.webContents.windowOpenHandler;
    expect(handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'cancels %s to another origin and allows our own pages',
    (eventName) => {
      const window = openWindow();
      for (const foreign of ['https://evil.example/', 'file:///etc/passwd', 'app://other-app/index.html']) {
        const event = navigationEvent(foreign);
        window.webContents.emit(eventName, event);
        expect(event.defaultPrevented, foreign).toBe(true);
      }
      const own = navigationEvent('app://journey-studio/index.html');
      window.webContents.emit(eventName, own);
      expect(own.defaultPrevented).toBe(false);
    },
  );

  it('refuses to attach a <webview>', () => {
    const window = openWindow();
    const event = navigationEvent('');
    window.webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('while developing, loads and allows the Vite dev server and nothing else', () => {
    const window = openWindow('http://localhost:5173');
    expect(window.loadedUrls).toEqual(['http://localhost:5173']);
    const devPage = navigationEvent('http://localhost:5173/index.html');
    window.webContents.emit('will-navigate', devPage);
    expect(devPage.defaultPrevented).toBe(false);
    const elsewhere = navigationEvent('http://localhost:8080/');
    window.webContents.emit('will-navigate', elsewhere);
    expect(elsewhere.defaultPrevented).toBe(true);
  });
});
