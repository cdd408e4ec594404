import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `waitFor` and `findBy…` give up after 1 s by default. CI shares 2 cores between the test projects
// and a browser, and a large map's cards arrive over several frames there: a CI run once timed out at
// 360 of 450 cards. A condition that never holds still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

/**
 * What React Flow needs from a browser that jsdom does not have (TOOLCHAIN.md). Without these the
 * canvas renders no nodes: it waits for a size that never comes.
 */

/** A laptop-sized pane, so the canvas has room and `fitView` has something to fit into. */
const PANE_WIDTH = 1200;
const PANE_HEIGHT = 800;

class ResizeObserverStub implements ResizeObserver {
  readonly #callback: ResizeObserverCallback;

  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }

  observe(target: Element): void {
    // Asynchronous like a browser's: a synchronous callback fires before React Flow has subscribed.
    setTimeout(() => {
      const contentRect = {
        x: 0,
        y: 0,
        top: 0,
        left: 0,
        bottom: PANE_HEIGHT,
        right: PANE_WIDTH,
        width: PANE_WIDTH,
        height: PANE_HEIGHT,
      };
      const size = [{ inlineSize: PANE_WIDTH, blockSize: PANE_HEIGHT }];
      const entry = {
        target,
        contentRect: { ...contentRect, toJSON: () => contentRect },
        borderBoxSize: size,
        contentBoxSize: size,
        devicePixelContentBoxSize: size,
      };
      this.#callback([entry], this);
    }, 0);
  }

  unobserve(): void {}

  disconnect(): void {}
}

/** React Flow reads the zoom back from the viewport's CSS transform through DOMMatrixReadOnly. */
class DOMMatrixReadOnlyStub {
  readonly m22: number;

  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale === undefined ? 1 : Number(scale);
  }
}

/** Inline pixel sizes (React Flow sets them on nodes) count; anything else is the pane's size. */
function pixels(value: string, fallback: number): number {
  return value.endsWith('px') ? Number.parseFloat(value) : fallback;
}

Object.defineProperties(globalThis, {
  ResizeObserver: { value: ResizeObserverStub, configurable: true, writable: true },
  DOMMatrixReadOnly: { value: DOMMatrixReadOnlyStub, configurable: true, writable: true },
});

Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: {
    configurable: true,
    get(this: HTMLElement) {
      return pixels(this.style.width, PANE_WIDTH);
    },
  },
  offsetHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return pixels(this.style.height, PANE_HEIGHT);
    },
  },
});

// jsdom has no 2D canvas: it answers null, as a browser that refuses a context would, but logs a
// "not implemented" error each time. The minimap then draws nothing; e2e tests check its pixels.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
  configurable: true,
  value: () => null,
});

Object.defineProperty(SVGElement.prototype, 'getBBox', {
  configurable: true,
  value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
});

afterEach(() => {
  cleanup();
});
