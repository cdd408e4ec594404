import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MapExpectations } from './fixture-files';

/** React Flow measures nodes and edges after the first paint and fits the view after that. */
const CANVAS_SETTLE_TIMEOUT_MS = 15_000;
const poll = { timeout: CANVAS_SETTLE_TIMEOUT_MS, interval: 100 };

export const STAGE_HEADER = '[data-testid="stage-header"]';
export const LANE_HEADER = '[data-testid="lane-header"]';
export const ITEM_NODE = '[data-testid="item-node"]';
export const EDGE = '.react-flow__edge';

/**
 * The texts that no visible element matching `selector` contains. Text content, not innerText, so a
 * header styled with `text-transform` still matches the name as written in the file.
 */
export function textsNotShown(page: Page, selector: string, texts: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ([selector, texts]) => {
      const shown = [...document.querySelectorAll(selector)].filter((element) => {
        const box = element.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.height > 0 &&
          element.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true })
        );
      });
      return texts.filter((text) => !shown.some((element) => element.textContent?.includes(text)));
    },
    [selector, texts] as const,
  );
}

export function countOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).count();
}

/** Waits for the map to be on the canvas and checks everything a user would look for. */
export async function expectMapOnCanvas(page: Page, expected: MapExpectations): Promise<void> {
  await expect.poll(() => page.title(), poll).toBe(`${expected.title} — Journey Studio`);
  await expect.poll(() => textsNotShown(page, STAGE_HEADER, expected.stageNames), poll).toEqual([]);
  await expect.poll(() => textsNotShown(page, LANE_HEADER, expected.laneNames), poll).toEqual([]);
  await expect.poll(() => countOf(page, ITEM_NODE), poll).toBe(expected.itemCount);
  await expect.poll(() => textsNotShown(page, ITEM_NODE, expected.itemTitles), poll).toEqual([]);
  await expect.poll(() => countOf(page, EDGE), poll).toBe(expected.linkCount);
}

/** Item nodes and stage headers that lie (even partly) outside the canvas: none once the view fits the map. */
export function nodesOutsideCanvas(page: Page): Promise<number> {
  return page.evaluate(
    ([nodeSelector]) => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!pane) return Number.POSITIVE_INFINITY;
      const tolerance = 1;
      return [...document.querySelectorAll(nodeSelector)].filter((node) => {
        const box = node.getBoundingClientRect();
        return (
          box.left < pane.left - tolerance ||
          box.top < pane.top - tolerance ||
          box.right > pane.right + tolerance ||
          box.bottom > pane.bottom + tolerance
        );
      }).length;
    },
    [`${ITEM_NODE}, ${STAGE_HEADER}`] as const,
  );
}

export async function expectMapFitsView(page: Page): Promise<void> {
  await expect.poll(() => nodesOutsideCanvas(page), poll).toBe(0);
}

/**
 * The colours painted on the map overview (the minimap's canvas), each with its pixel count: what a
 * user sees in the corner. Empty when there is no overview or nothing is painted on it.
 */
export function minimapColours(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.canvas-minimap canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return {};
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const counts: Record<string, number> = {};
    for (let index = 0; index < data.length; index += 4) {
      // Only fully painted pixels: the blocks' anti-aliased edges blend into the background.
      if (data[index + 3] !== 255) continue;
      const hex = [data[index], data[index + 1], data[index + 2]]
        .map((channel) => (channel ?? 0).toString(16).padStart(2, '0'))
        .join('');
      counts[`#${hex}`] = (counts[`#${hex}`] ?? 0) + 1;
    }
    return counts;
  });
}
