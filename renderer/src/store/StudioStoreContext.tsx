import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StudioStore } from './studioStore';
import type { StudioState } from './types';

const StudioStoreContext = createContext<StudioStore | null>(null);

export function StudioStoreProvider({ store, children }: { store: StudioStore; children: ReactNode }) {
  return <StudioStoreContext.Provider value={store}>{children}</StudioStoreContext.Provider>;
}

/** The store itself, for event handlers that read the latest state without subscribing to it. */
export function useStudioStoreApi(): StudioStore {
  const store = useContext(StudioStoreContext);
  if (store === null) throw new Error('useStudioStore must be used inside <StudioStoreProvider>.');
  return store;
}

/**
 * Subscribes to one narrow piece of the state (xyflow's `useStore` pattern): a component re-renders
 * only when what `selector` returns changes. Wrap selectors returning new objects in `useShallow`.
 */
export function useStudioStore<Selected>(selector: (state: StudioState) => Selected): Selected {
  return useStore(useStudioStoreApi(), selector);
}
