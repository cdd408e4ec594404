import type { Viewport } from '@xyflow/react';
import { OVERVIEW_ZOOM } from './levelOfDetail';

/**
 * Where a freshly opened map starts. A map that can be read whole is fitted whole. A map too large for
 * that (fitting 100 cards of a busy journey already takes the zoom to 0.2, where cards are colour
 * blocks) opens at its start — the first stages, with the lane and stage names — at a zoom where the
 * cards can be read, as a reader opens a long document at its first page. The minimap shows the rest,
 * and "Zoom to fit" is one key away.
 *
 * It is also what makes a large map open quickly: only the cards in view are built, instead of
 * thousands of unreadable ones (measured at 2,000 cards: 2.2 s to a fitted canvas).
 */

/**
 * Fitted at or above this zoom a map shows at least every card's title (from 0.5 with its details):
 * a workshop map (the grocery sample fits at 0.5 on a laptop beside the inspector) opens whole. Below
 * it, cards are colour blocks.
 */
export const READABLE_FIT_ZOOM = OVERVIEW_ZOOM;
/** The start of a large map opens at least this close: card titles about 10 px high. */
export const START_MIN_ZOOM = 0.75;
const START_MAX_ZOOM = 1;
/** Room between the pane's edge and the map's top-left corner. */
const START_MARGIN = 16;

export interface PaneSize {
  readonly width: number;
  readonly height: number;
}

export interface MapBounds {
  readonly width: number;
  readonly height: number;
}

/** The zoom at which the whole map fits the pane with `padding` (a fraction of the pane) around it. */
export function fitZoom(bounds: MapBounds, pane: PaneSize, padding: number): number {
  if (bounds.width <= 0 || bounds.height <= 0) return Number.POSITIVE_INFINITY;
  const room = 1 - 2 * padding;
  return Math.min((pane.width * room) / bounds.width, (pane.height * room) / bounds.height);
}

/**
 * The viewport to open the map in, or null to fit it whole. The map's grid starts at (0, 0) with the
 * lane and stage names. A short, wide map opens with all its lanes in view when that is readable.
 */
export function openingViewport(bounds: MapBounds, pane: PaneSize, padding: number): Viewport | null {
  if (fitZoom(bounds, pane, padding) >= READABLE_FIT_ZOOM) return null;
  const allLanesZoom = (pane.height - 2 * START_MARGIN) / bounds.height;
  const zoom = Math.min(START_MAX_ZOOM, Math.max(START_MIN_ZOOM, allLanesZoom));
  return { x: START_MARGIN, y: START_MARGIN, zoom };
}
