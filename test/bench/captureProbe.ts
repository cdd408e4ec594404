import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { CAPTURE_MESSAGE_TYPES } from '../../shared/ipc/contract';

/** How long the capture view may take to draw before the probe gives up (a 2,000-card map: ~1 s). */
const READY_TIMEOUT_MS = 120_000;
/** `MAX_CAPTURE_SIDE` in electron/main/ipc/capture.ts (not imported: it pulls in main's Node code). */
const MAX_SIDE = 16_384;

export interface CaptureMeasurement {
  /** From the payload posted to the screenshot's bytes received. */
  readonly ms: number;
  /** The picture's size in pixels: the view's reported size times the scale (capped like main's). */
  readonly width: number;
  readonly height: number;
  /** The screenshot itself, for a test to decode. */
  readonly png: Buffer;
}

/**
 * The Electron PNG path measured in Chromium: the capture view (`?view=capture`) draws the map, then
 * the DevTools protocol's `Page.captureScreenshot` rasterises it — the engine `capturePage` uses.
 * The device-metrics override stays on the page until the CDP session detaches (at the end here).
 * Timed from the payload posted to the screenshot bytes received; navigation is not counted (the
 * hidden window is loading while main validates the request).
 */
export async function measureCaptureView(
  page: Page,
  baseUrl: string,
  documentText: string,
  scale: 1 | 2,
): Promise<CaptureMeasurement> {
  const url = new URL(baseUrl);
  url.searchParams.set('view', 'capture');
  await page.goto(url.href);
  // The view listens from its first effect; a payload posted before that would be lost.
  await page.waitForFunction(() => document.documentElement.dataset['captureState'] === 'listening');
  const cdp = await page.context().newCDPSession(page);
  try {
    const started = performance.now();
    await page.evaluate(
      ({ type, text, pictureScale }) =>
        window.postMessage(
          { type, documentText: text, scale: pictureScale, background: true },
          window.location.origin,
        ),
      { type: CAPTURE_MESSAGE_TYPES.payload, text: documentText, pictureScale: scale },
    );
    const state = await page.waitForFunction(
      () => {
        const { captureState, captureSize } = document.documentElement.dataset;
        if (captureState === 'failed') return 'failed';
        return captureState === 'ready' ? (captureSize ?? null) : null;
      },
      undefined,
      { timeout: READY_TIMEOUT_MS, polling: 'raf' },
    );
    const size = await state.jsonValue();
    if (size === null || size === 'failed') throw new Error('the capture view could not draw the map');
    const [width = 0, height = 0] = size.split('x').map(Number);
    // As main does: a map beyond Chromium's largest surface is scaled down to fit it.
    const fit = Math.min(1, MAX_SIDE / (width * scale), MAX_SIDE / (height * scale));
    // As main does with the hidden window: the viewport becomes the content's size, zoomed by the
    // scale, so the page is laid out and painted once at its final size. (`captureBeyondViewport`
    // with a clip left most of a 2,000-card map blank.)
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width,
      height,
      deviceScaleFactor: scale * fit,
      mobile: false,
    });
    const shot = await cdp.send('Page.captureScreenshot', { format: 'png', fromSurface: true });
    const ms = performance.now() - started;
    const png = Buffer.from(shot.data, 'base64');
    // The picture's own size, from its IHDR chunk (Chromium rounds a fractional scale its own way).
    return { ms, width: png.readUInt32BE(16), height: png.readUInt32BE(20), png };
  } finally {
    await cdp.detach();
  }
}
