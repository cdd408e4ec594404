import type { CellRef } from '../../../shared/logic';

/**
 * Keyboard focus on the canvas moves between DOM elements that React Flow renders for us, so it is
 * found by data attributes rather than refs. Focus is moved after React has committed (a frame later
 * for records that an edit just created or moved).
 */

/**
 * An id as a quoted CSS string: ids come from files, so quotes, backslashes and line breaks are
 * escaped as hex code points (what `CSS.escape` would do, which jsdom lacks).
 */
export const cssString = (value: string): string =>
  `"${value.replace(/["\\\n\r\f]/g, (character) => `\\${character.charCodeAt(0).toString(16)} `)}"`;

const cellSelector = (cell: CellRef) =>
  `[data-cell-stage=${cssString(cell.stageId)}][data-cell-lane=${cssString(cell.laneId)}]`;

export function cellElement(root: ParentNode, cell: CellRef): HTMLElement | null {
  return root.querySelector<HTMLElement>(cellSelector(cell));
}

export function itemElement(root: ParentNode, itemId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-item-id=${cssString(itemId)}]`);
}

/** Focuses without scrolling the page: React Flow's viewport, not the document, has to move. */
export function focusSoon(find: () => HTMLElement | null): void {
  requestAnimationFrame(() => find()?.focus({ preventScroll: true }));
}
