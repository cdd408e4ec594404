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
