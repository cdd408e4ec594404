import type {
  CapturePayload,
  CaptureReady,
  CaptureScale,
  ExportPngRequest,
  FileResult,
} from '../../../shared/ipc/contract';
import { CAPTURE_IPC_CHANNELS, CAPTURE_SCALES, MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { exportFileName, saveExportedFile } from './export-file';
import type { ExportSaveDependencies } from './export-file';
import type { TrustedInvokeHandler } from './trusted-handlers';

/**
 * The hidden window the map is drawn in: the app's own page (`?view=capture`) with the app windows'
 * secure preferences. Main only sizes it, zooms it and asks Chromium for its pixels.
 */
export interface CaptureWindow {
  /** Its webContents: the only sender whose payload and "ready" calls are answered. */
  readonly contents: unknown;
  /** Content size in DIPs; the page's CSS pixels times the zoom factor. */
  setContentSize(width: number, height: number): void;
  setZoomFactor(factor: number): void;
  /** `webContents.capturePage()` → `toPNG()`. */
  capturePng(): Promise<Uint8Array>;
  destroy(): void;
}

export interface CaptureHandlerDependencies extends ExportSaveDependencies {
  /** Creates the hidden window and starts loading the capture view. */
  openCaptureWindow(): CaptureWindow;
  /** How long the view may take to draw before the export gives up (a 2,000-card map needs ~1 s). */
  readonly readyTimeoutMs?: number;
  setTimer?(callback: () => void, ms: number): unknown;
  clearTimer?(timer: unknown): void;
}

const EXPORT_KIND = { dialogTitle: 'Export PNG', typeName: 'PNG image', extension: 'png' } as const;
const DEFAULT_READY_TIMEOUT_MS = 30_000;
/** Chromium cannot draw a surface larger than this on a side; a huge map is scaled down to fit. */
export const MAX_CAPTURE_SIDE = 16_384;

const refused = (reason: string): FileResult<never> => ({
  ok: false,
  error: { kind: 'invalid-request', reason },
});

/** "Grocery journey.png" from what the renderer proposes: no folders, no controls, `.png`. */
export const pngFileName = (value: string): string => exportFileName(value, 'Journey map', 'png');

/** The window's zoom and size for a page of `width`×`height` CSS px at `scale`, within Chromium's limit. */
export function captureGeometry(
  width: number,
  height: number,
  scale: CaptureScale,
): { zoom: number; width: number; height: number } {
  const fit = Math.min(1, MAX_CAPTURE_SIDE / (width * scale), MAX_CAPTURE_SIDE / (height * scale));
  const zoom = scale * fit;
  return {
    zoom,
    width: Math.max(1, Math.floor(width * zoom)),
    height: Math.max(1, Math.floor(height * zoom)),
  };
}

const parseRequest = (value: unknown): ExportPngRequest | string => {
  if (typeof value !== 'object' || value === null) return 'exportPng takes one request object';
  const { suggestedName, documentText, scale, background } = value as Record<string, unknown>;
  if (typeof suggestedName !== 'string') return 'the suggested name is not text';
  if (typeof documentText !== 'string') return 'the document is not text';
  // A UTF-16 length bounds the UTF-8 size from below; the exact count only for text near the limit.
  if (documentText.length > MAX_FILE_BYTES || Buffer.byteLength(documentText, 'utf8') > MAX_FILE_BYTES)
    return 'the document is larger than 50 MB';
  if (!(CAPTURE_SCALES as readonly unknown[]).includes(scale)) return 'the scale is not 1 or 2';
  if (typeof background !== 'boolean') return 'background is not a boolean';
  return { suggestedName, documentText, scale: scale as CaptureScale, background };
};

const parseReady = (value: unknown): CaptureReady | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { ok, width, height, reason } = value as Record<string, unknown>;
  if (ok === false) return { ok: false, reason: typeof reason === 'string' ? reason.slice(0, 500) : '' };
  const isSize = (size: unknown): size is number =>
    typeof size === 'number' && Number.isFinite(size) && size >= 1 && size <= 10_000_000;
  if (ok !== true || !isSize(width) || !isSize(height)) return null;
  return { ok: true, width: Math.ceil(width), height: Math.ceil(height) };
};

interface PendingCapture {
  readonly payload: CapturePayload;
  settle(ready: CaptureReady): void;
}

/**
 * The Electron PNG export (DESIGN §5): `exportPng(request)` draws the map in a hidden window of the
 * app's own capture view, rasterises it with Chromium's `capturePage`, destroys the window whatever
 * happened, then asks where to save and writes atomically. The capture window pulls its payload and
 * reports "ready"; both channels answer only the window this export opened, so no other page can
 * read a document it was not given or fake a capture.
 */
export const createCaptureHandlers = (
  deps: CaptureHandlerDependencies,
): {
  readonly handlers: readonly TrustedInvokeHandler<unknown>[];
  /** Open capture windows' webContents (for tests and the window list). */
  pendingCount(): number;
} => {
  const pending = new Map<unknown, PendingCapture>();
  const setTimer = deps.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer =
    deps.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const timeoutMs = deps.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;

  /** Opens the window, waits for the view to draw, captures; the window never outlives this call. */
  const capture = async (payload: CapturePayload): Promise<Uint8Array> => {
    const window = deps.openCaptureWindow();
    let timer: unknown = null;
    try {
      const ready = await new Promise<CaptureReady>((resolve) => {
        pending.set(window.contents, { payload, settle: resolve });
        timer = setTimer(
          () => resolve({ ok: false, reason: 'the map took too long to draw for the PNG' }),
          timeoutMs,
        );
      });
      if (!ready.ok) throw new Error(ready.reason === '' ? 'the map could not be drawn' : ready.reason);
      const geometry = captureGeometry(ready.width, ready.height, payload.scale);
      window.setZoomFactor(geometry.zoom);
      window.setContentSize(geometry.width, geometry.height);
      return await window.capturePng();
    } finally {
      if (timer !== null) clearTimer(timer);
      pending.delete(window.contents);
      window.destroy();
    }
  };

  const exportPng: TrustedInvokeHandler<FileResult<{ readonly name: string }>> = {
    channel: CAPTURE_IPC_CHANNELS.exportPng,
    refuse: refused,
    async handle(args, event) {
      if (args.length !== 1) return refused('exportPng takes one request');
      if (pending.has(event.sender)) return refused('a capture window cannot export');
      const request = parseRequest(args[0]);
      if (typeof request === 'string') return refused(request);
      const name = pngFileName(request.suggestedName);
      let bytes: Uint8Array;
      try {
        bytes = await capture({
          documentText: request.documentText,
          scale: request.scale,
          background: request.background,
        });
      } catch (error) {
        return {
          ok: false,
          error: { kind: 'io', path: name, message: error instanceof Error ? error.message : String(error) },
        };
      }
      return saveExportedFile(deps, event.sender, EXPORT_KIND, name, bytes);
    },
  };

  // `false`, not null, for "nothing for you": the refusal every channel shares.
  const payloadHandler: TrustedInvokeHandler<CapturePayload | false> = {
    channel: CAPTURE_IPC_CHANNELS.payload,
    refuse: () => false,
    handle(args, event) {
      if (args.length !== 0) return Promise.resolve(false);
      return Promise.resolve(pending.get(event.sender)?.payload ?? false);
    },
  };

  const readyHandler: TrustedInvokeHandler<boolean> = {
    channel: CAPTURE_IPC_CHANNELS.ready,
    refuse: () => false,
    handle(args, event) {
      const capturing = pending.get(event.sender);
      const ready = args.length === 1 ? parseReady(args[0]) : null;
      if (capturing === undefined || ready === null) return Promise.resolve(false);
      capturing.settle(ready);
      return Promise.resolve(true);
    },
  };

  return {
    handlers: [exportPng, payloadHandler, readyHandler] as readonly TrustedInvokeHandler<unknown>[],
    pendingCount: () => pending.size,
  };
};
