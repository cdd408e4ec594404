import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ItemPresentation from '../../renderer/src/canvas/itemPresentation';
import { generateMap } from '../bench/generateMap';
import { present } from './present';
import { renderStudioWithMap } from './renderStudio';

// Every render of a card names it once, so the calls of `itemAriaLabel` count card renders.
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../renderer/src/canvas/itemPresentation', async (importOriginal) => {
  const original = await importOriginal<typeof ItemPresentation>();
  return {
    ...original,
    itemAriaLabel: (...args: Parameters<typeof original.itemAriaLabel>) => {
      renders.count += 1;
      return original.itemAriaLabel(...args);
    },
  };
});

const viewportTransform = () =>
  present(document.querySelector<HTMLElement>('.react-flow__viewport'), 'the viewport').style.transform;
const overviewWindow = () =>
  present(document.querySelector<HTMLElement>('.canvas-minimap__window'), 'the overview window');
const dotsLayer = () =>
  present(document.querySelector<SVGSVGElement>('.journey-dots__layer'), 'the dots layer');

describe('pan and zoom cost', () => {
  beforeAll(() => {
    // jsdom has no pointer capture; browsers do.
    if (!('setPointerCapture' in HTMLElement.prototype)) {
      Object.assign(HTMLElement.prototype, { setPointerCapture: () => undefined });
    }
  });
  beforeEach(() => {
    renders.count = 0;
  });

  it('shows the map overview with its window and the dotted background at readable zoom', async () => {
    await renderStudioWithMap();
    expect(screen.getByRole('img', { name: 'Map overview' })).not.toBeNull();
    expect(overviewWindow().style.transform).toMatch(/^translate\(/);
    expect(dotsLayer().style.transform).toMatch(/^translate\(/);
  });

  it('moves the overview window and the dots, and re-renders no card, when the view zooms out a little', async () => {
    await renderStudioWithMap();
    const pane = present(document.querySelector('.react-flow__pane'), 'the pane');
    const windowBefore = overviewWindow().style.width;
    const viewportBefore = viewportTransform();
    renders.count = 0;

    fireEvent.wheel(pane, { deltaY: 20, deltaMode: 0, clientX: 40, clientY: 40 });
    await waitFor(() => expect(viewportTransform()).not.toBe(viewportBefore));

    expect(overviewWindow().style.width).not.toBe(windowBefore);
    expect(renders.count).toBe(0);
  });

  it('pans the canvas when the overview window is dragged', async () => {
    await renderStudioWithMap();
    const area = present(document.querySelector('.canvas-minimap__area'), 'the overview');
    const before = viewportTransform();
    renders.count = 0;

    fireEvent.pointerDown(area, { button: 0, pointerId: 1, clientX: 50, clientY: 50 });
    fireEvent.pointerMove(area, { pointerId: 1, clientX: 60, clientY: 55 });
    fireEvent.pointerUp(area, { pointerId: 1, clientX: 60, clientY: 55 });

    await waitFor(() => expect(viewportTransform()).not.toBe(before));
    expect(renders.count).toBe(0);
  });

  it('keeps every card of a large map on the canvas in the overview, and culls them again close up', async () => {
    await renderStudioWithMap(generateMap({ itemCount: 450 }));
    const pane = present(document.querySelector('.react-flow__pane'), 'the pane');
    for (let step = 0; step < 12; step++)
      fireEvent.wheel(pane, { deltaY: 400, deltaMode: 0, clientX: 10, clientY: 10 });
    await waitFor(() => expect(document.querySelector('.journey-canvas--overview')).not.toBeNull());
    // Panning the overview then re-renders nothing: no card comes or goes with the view. A large map
    // mounts its cards over a few frames, which jsdom on a loaded CI machine can stretch past a second.
    await waitFor(() => expect(screen.getAllByTestId('item-node')).toHaveLength(450), { timeout: 15_000 });

    for (let step = 0; step < 12; step++)
      fireEvent.wheel(pane, { deltaY: -400, deltaMode: 0, clientX: 10, clientY: 10 });
    await waitFor(() => expect(screen.getAllByTestId('item-node').length).toBeLessThan(450), {
      timeout: 15_000,
    });
  }, 45_000);
});
