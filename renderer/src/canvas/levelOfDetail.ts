import { createContext, useContext } from 'react';

/**
 * Whether the canvas is at readable zoom. The canvas reads React Flow's zoom once and hands the
 * boolean down, so thousands of cards hold no viewport subscription of their own: a pan frame costs
 * them nothing and crossing the threshold re-renders each card exactly once. Outside a canvas (tests,
 * other views) cards show their detail.
 */
export const LevelOfDetailContext = createContext(true);

export function useCardDetail(): boolean {
  return useContext(LevelOfDetailContext);
}

/**
 * Below this zoom a card's title is a few pixels high: nobody reads it, yet painting thousands of
 * them is most of a pan frame's cost (profiled: hiding them took the fitted pan of 2,000 cards from
 * p95 33–50 ms to 17 ms). The map is then read by its colours, like a minimap.
 */
export const OVERVIEW_ZOOM = 0.25;
