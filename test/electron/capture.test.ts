import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import {
  captureGeometry,
  createCaptureHandlers,
  MAX_CAPTURE_SIDE,
  pngFileName,
} from '../../electron/main/ipc/capture';
import type { CaptureHandlerDependencies, CaptureWindow } from '../../electron/main/ipc/capture';
import { registerTrustedHandlers } from '../../electron/main/ipc/trusted-handlers';
import { CAPTURE_IPC_CHANNELS } from '../../shared/ipc/contract';
import { invokeEventFrom, ipcMain, resetFakeElectron } from './fake-electron';

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const mainSender = { id: 'main-window' };
const mainEvent = invokeEventFrom(APP_ENTRY_URL, mainSender);
const request = {
  suggestedName: 'Grocery journey',
  documentText: '{"format":"cxmap"}',
  scale: 2,
  background: true,
};

/** What the capture page does once loaded: asks for its payload, then reports "ready" (or not). */
type PageBehaviour = (contents: object) => Promise<void>;

const drawsAt =
  (width: number, height: number): PageBehaviour =>
  async (contents) => {
    const payload: unknown = await ipcMain.invoke(
      CAPTURE_IPC_CHANNELS.payload,
      invokeEventFrom(APP_ENTRY_URL, contents),
    );
    expect(payload).toEqual({ documentText: request.documentText, scale: 2, background: true });
    await ipcMain.invoke(CAPTURE_IPC_CHANNELS.ready, invokeEventFrom(APP_ENTRY_URL, contents), {
      ok: true,
      width,
      height,
    });
  };

let folder: string;

beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'journey-capture-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const setUp = (
  page: PageBehaviour,
  options: { savePath?: string | null; capture?: () => Promise<Uint8Array>; timeoutMs?: number } = {},
) => {
  const windows: (CaptureWindow & { destroyed: boolean; zoom: number; size: [number, number] })[] = [];
  const deps: CaptureHandlerDependencies = {
    openCaptureWindow() {
      const contents = { id: `capture-${windows.length}` };
      const window = {
        contents,
        destroyed: false,
        zoom: 1,
        size: [0, 0] as [number, number],
        setContentSize(width: number, height: number) {
          window.size = [width, height];
        },
        setZoomFactor(factor: number) {
          window.zoom = factor;
        },
        capturePng: options.capture ?? (() => Promise.resolve(PNG_BYTES)),
        destroy() {
          window.destroyed = true;
        },
      };
      windows.push(window);
      // The page loads and runs after main has registered the window.
      setTimeout(() => void page(contents), 0);
      return window;
    },
    showSaveDialog: vi.fn<CaptureHandlerDependencies['showSaveDialog']>(() =>
      Promise.resolve(
        options.savePath === null || options.savePath === undefined
          ? { canceled: true }
          : { canceled: false, filePath: options.savePath },
      ),
    ),
    fs: nodeFs,
    readyTimeoutMs: options.timeoutMs ?? 5_000,
  };
  const capture = createCaptureHandlers(deps);
  registerTrustedHandlers(ipcMain, capture.handlers, { devServerUrl: null });
  return { deps, windows, capture };
};

describe('exportPng in main', () => {
  it('draws in a hidden window, captures at the scale, destroys the window and saves the PNG', async () => {
    const target = join(folder, 'grocery.png');
    const { deps, windows, capture } = setUp(drawsAt(1200, 700), { savePath: target });
    const result = await ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, request);
    expect(result).toEqual({ ok: true, value: { name: 'grocery.png' } });
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatchObject({ destroyed: true, zoom: 2, size: [2400, 1400] });
    expect(capture.pendingCount()).toBe(0);
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      mainSender,
      expect.objectContaining({ defaultPath: 'Grocery journey.png' }),
    );
    expect(new Uint8Array(await readFile(target))).toEqual(PNG_BYTES);
    expect(await readdir(folder)).toEqual(['grocery.png']);
  });

  it('adds .png when the dialog left it off, and writes nothing when it is cancelled', async () => {
    setUp(drawsAt(100, 100), { savePath: join(folder, 'map') });
    await expect(ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, request)).resolves.toEqual({
      ok: true,
      value: { name: 'map.png' },
    });
    resetFakeElectron();
    const { windows } = setUp(drawsAt(100, 100), { savePath: null });
    await expect(ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, request)).resolves.toEqual({
      ok: false,
      error: { kind: 'cancelled' },
    });
    expect(windows[0]?.destroyed).toBe(true);
    expect(await readdir(folder)).toEqual(['map.png']);
  });

  it('gives up with a clear error when the view never gets ready, and destroys the window', async () => {
    const { deps, windows, capture } = setUp(() => Promise.resolve(), { timeoutMs: 20 });
    const result = await ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, request);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'io', message: 'the map took too long to draw for the PNG' },
    });
    expect(windows[0]?.destroyed).toBe(true);
    expect(capture.pendingCount()).toBe(0);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports the view’s own failure and a failed capture, destroying the window each time', async () => {
    const failing = setUp(async (contents) => {
      await ipcMain.invoke(CAPTURE_IPC_CHANNELS.ready, invokeEventFrom(APP_ENTRY_URL, contents), {
        ok: false,
        reason: 'the file is not a journey map',
      });
    });
    await expect(ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, request)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'io', message: 'the file is not a journey map' },
    });
    expect(failing.windows[0]?.destroyed).toBe(true);

    resetFakeElectron();
    const crashing = setUp(drawsAt(10, 10), { capture: () => Promise.reject(new Error('GPU lost')) });
    await expect(ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, request)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'io', message: 'GPU lost' },
    });
    expect(crashing.windows[0]?.destroyed).toBe(true);
    expect(crashing.deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('hands the payload only to the capture window, and takes "ready" only from it', async () => {
    let othersSaw: unknown[] = [];
    const { windows } = setUp(
      async (contents) => {
        othersSaw = await Promise.all([
          ipcMain.invoke(CAPTURE_IPC_CHANNELS.payload, mainEvent),
          ipcMain.invoke(CAPTURE_IPC_CHANNELS.payload, invokeEventFrom('https://evil.example/', contents)),
          ipcMain.invoke(CAPTURE_IPC_CHANNELS.ready, mainEvent, { ok: true, width: 5, height: 5 }),
          ipcMain.invoke(CAPTURE_IPC_CHANNELS.ready, invokeEventFrom(APP_ENTRY_URL, contents), { ok: 'yes' }),
          ipcMain.invoke(CAPTURE_IPC_CHANNELS.ready, invokeEventFrom(APP_ENTRY_URL, contents), {
            ok: true,
            width: Number.POSITIVE_INFINITY,
            height: 5,
          }),
        ]);
        await drawsAt(300, 200)(contents);
      },
      { savePath: join(folder, 'x.png') },
    );
    await ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, request);
    expect(othersSaw).toEqual([false, false, false, false, false]);
    // The forged 5×5 "ready" was ignored: the window was sized from the real one.
    expect(windows[0]?.size).toEqual([600, 400]);
    // After the export, the window's channels answer nothing.
    await expect(
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.payload, invokeEventFrom(APP_ENTRY_URL, windows[0]?.contents)),
    ).resolves.toBe(false);
  });

  it('refuses hostile requests without opening a window', async () => {
    const { windows } = setUp(drawsAt(10, 10), { savePath: join(folder, 'x.png') });
    const refusals = await Promise.all([
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, invokeEventFrom('https://evil.example/'), request),
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent),
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, { ...request, scale: 3 }),
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, { ...request, scale: '2' }),
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, { ...request, background: 'yes' }),
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, { ...request, suggestedName: 42 }),
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, { ...request, documentText: {} }),
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, {
        ...request,
        documentText: 'x'.repeat(50 * 1024 * 1024 + 1),
      }),
      ipcMain.invoke(CAPTURE_IPC_CHANNELS.exportPng, mainEvent, request, 'extra'),
    ]);
    for (const refusal of refusals)
      expect(refusal).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(windows).toHaveLength(0);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('pngFileName and captureGeometry', () => {
  it('keeps the title readable, strips folders and controls, and ends in .png', () => {
    expect(pngFileName('Grocery journey')).toBe('Grocery journey.png');
    expect(pngFileName('../../etc/passwd')).toBe('etc passwd.png');
    expect(pngFileName('a\u0000b<script>.PNG')).toBe('a b script .PNG');
    expect(pngFileName('   ')).toBe('Journey map.png');
    expect(pngFileName('顧客旅程 Плащане')).toBe('顧客旅程 Плащане.png');
  });

  it('zooms by the scale, and scales a huge map down to what Chromium can draw', () => {
    expect(captureGeometry(1000, 500, 2)).toEqual({ zoom: 2, width: 2000, height: 1000 });
    const huge = captureGeometry(20_000, 3_000, 2);
    expect(huge.width).toBeLessThanOrEqual(MAX_CAPTURE_SIDE);
    expect(huge.zoom).toBeCloseTo(MAX_CAPTURE_SIDE / 20_000);
  });
});
