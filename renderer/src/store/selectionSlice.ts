import type { Draft } from 'immer';
import type { SliceCreator } from './types';

export interface SelectionChange {
  readonly id: string;
  readonly selected: boolean;
}

/** Which items the user selected; the canvas shows it, and the inspector (next issue) edits it. */
export interface SelectionSlice {
  readonly selectedItemIds: readonly string[];
  /** Applies the canvas' selection changes (a click, a pane click that clears, a box select). */
  changeItemSelection(changes: readonly SelectionChange[]): void;
  selectOnlyItem(id: string): void;
  clearSelection(): void;
}

export function clearSelectionOf(state: Draft<Pick<SelectionSlice, 'selectedItemIds'>>): void {
  state.selectedItemIds = [];
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selectedItemIds: [],
  changeItemSelection: (changes) =>
    set((state) => {
      const selected = new Set(state.selectedItemIds);
      for (const change of changes) {
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
      state.selectedItemIds = [...selected];
    }),
  selectOnlyItem: (id) =>
    set((state) => {
      state.selectedItemIds = [id];
    }),
  clearSelection: () => set(clearSelectionOf),
});
