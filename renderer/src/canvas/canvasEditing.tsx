import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';

/**
 * Which record's name is being typed in place on the canvas. It is view state (never saved, never
 * undone), so it lives beside the canvas, not in the studio store; a tiny store of its own lets each
 * node subscribe to "am I being edited?" without re-rendering its neighbours.
 */
export interface InPlaceTarget {
  readonly kind: 'item' | 'stage' | 'lane';
  readonly id: string;
}

interface CanvasEditingState {
  readonly editing: InPlaceTarget | null;
  startEditing(target: InPlaceTarget): void;
  stopEditing(): void;
}

export type CanvasEditingStore = StoreApi<CanvasEditingState>;

export function createCanvasEditingStore(): CanvasEditingStore {
  return createStore<CanvasEditingState>((set) => ({
    editing: null,
    startEditing: (target) => set({ editing: target }),
    stopEditing: () => set({ editing: null }),
  }));
}

const CanvasEditingContext = createContext<CanvasEditingStore | null>(null);

export function CanvasEditingProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createCanvasEditingStore);
  return <CanvasEditingContext.Provider value={store}>{children}</CanvasEditingContext.Provider>;
}

export function useCanvasEditingStore(): CanvasEditingStore {
  const store = useContext(CanvasEditingContext);
  if (store === null) throw new Error('useCanvasEditingStore needs a CanvasEditingProvider');
  return store;
}

/** Whether this record's name is being edited in place; only its own node re-renders on a change. */
export function useIsEditing(kind: InPlaceTarget['kind'], id: string): boolean {
  const store = useCanvasEditingStore();
  return useStore(store, (state) => state.editing?.kind === kind && state.editing.id === id);
}
