import { toBlob } from 'html-to-image';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { JourneyMap } from '../../../shared/model';
import { CAPTURE_BACKGROUND, CaptureMap } from '../capture/CaptureMap';

export interface PngOptions {
  /** 1 for the map's own size, 2 for high-density screens and print. */
  readonly scale: 1 | 2;
  /** Paint the canvas colour behind the map; without it the PNG is transparent around the cards. */
  readonly background: boolean;
}

/** Chromium refuses canvases above this side; a bigger map is scaled down . */
const MAX_CANVAS_SIDE = 16_384;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The browser build's PNG: the capture view's static DOM (the same picture Electron rasterises),
 * drawn off-screen and handed to html-to-image. It has a fraction of the editing canvas' elements —
 * no React Flow wrappers, handles, interaction paths or menus — and html-to-image clones every
 * element with its computed style, so fewer elements is directly less time. The open canvas and its
 * viewport are not touched.
 */
export async function renderStaticMapPng(map: JourneyMap, options: PngOptions): Promise<Blob> {
  const host = document.createElement('div');
  host.className = 'capture-offscreen';
  host.setAttribute('aria-hidden', 'true');
  // Laid out (html-to-image reads computed styles) but never seen or hit.
  host.style.cssText = 'position:fixed;left:0;top:0;transform:translateX(-300vw);pointer-events:none;';
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<CaptureMap map={map} background={false} />));
    await nextFrame();
    const frame = host.firstElementChild;
    if (!(frame instanceof HTMLElement)) throw new Error('the browser could not draw the picture');
    const width = frame.offsetWidth;
    const height = frame.offsetHeight;
    const fit = Math.min(
      1,
      MAX_CANVAS_SIDE / (width * options.scale),
      MAX_CANVAS_SIDE / (height * options.scale),
    );
    const blob = await toBlob(frame, {
      width,
      height,
      pixelRatio: options.scale * fit,
      ...(options.background ? { backgroundColor: CAPTURE_BACKGROUND } : {}),
      // Fonts are the system's; embedding would fetch every stylesheet's font files for nothing.
      skipFonts: true,
    });
    if (blob === null) throw new Error('the browser could not draw the picture');
    return blob;
  } finally {
    root.unmount();
    host.remove();
  }
}
