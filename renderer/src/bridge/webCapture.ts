import { CAPTURE_MESSAGE_TYPES, CAPTURE_SCALES } from '../../../shared/ipc/contract';
import type { CaptureApi, CapturePayload, CaptureReady, CaptureScale } from '../../../shared/ipc/contract';

const noSubscription = () => undefined;

/** A payload as posted by a same-origin script (the bench, a test); anything else is ignored. */
export function parseCapturePayload(value: unknown): CapturePayload | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, documentText, scale, background } = value as Record<string, unknown>;
  if (type !== CAPTURE_MESSAGE_TYPES.payload) return null;
  if (typeof documentText !== 'string') return null;
  if (!(CAPTURE_SCALES as readonly unknown[]).includes(scale)) return null;
  if (typeof background !== 'boolean') return null;
  return { documentText, scale: scale as CaptureScale, background };
}

/**
 * The capture view in a plain browser: the payload arrives as a `postMessage` from this same origin
 * (another origin, a frame of a hostile page, is ignored), and "ready" is posted back and written on
 * the root element, where a driver like the bench can wait for it. There is no PNG export here: the
 * browser build draws its PNG with html-to-image.
 */
export function createWebCaptureApi(view: Window | null): CaptureApi {
  return {
    exportPng: null,
    onPayload(listener) {
      if (view === null) return noSubscription;
      const receive = (event: MessageEvent<unknown>) => {
        if (event.origin !== view.location.origin) return;
        const payload = parseCapturePayload(event.data);
        if (payload !== null) listener(payload);
      };
      view.addEventListener('message', receive);
      // A driver waits for this before posting: a message sent before the listener would be lost.
      view.document.documentElement.dataset['captureState'] = 'listening';
      return () => view.removeEventListener('message', receive);
    },
    ready(result: CaptureReady) {
      if (view === null) return;
      const root = view.document.documentElement;
      root.dataset['captureState'] = result.ok ? 'ready' : 'failed';
      if (result.ok) root.dataset['captureSize'] = `${result.width}x${result.height}`;
      view.postMessage({ type: CAPTURE_MESSAGE_TYPES.ready, ...result }, view.location.origin);
    },
  };
}
