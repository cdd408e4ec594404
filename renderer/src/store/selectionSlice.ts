import type { Draft } from 'immer';
import type { SliceCreator } from './types';

export interface SelectionChange {
  readonly id: string;
  readonly selected: boolean;
}

/** A stage or lane header the user picked, for the inspector; items and links are separate. */
export interface HeaderRef {
  readonly kind: 'stage' | 'lane';
  readonly id: string;
}

/**
 * What the user selected: items (one or many), links, or a stage or lane header. The canvas shows it,
 * the inspector edits it, and commands (delete, copy, move) act on it.
 */
export interface SelectionSlice {
  readonly selectedItemIds: readonly string[];
  readonly selectedLinkIds: readonly string[];
  readonly selectedHeader: HeaderRef | null;
  /** Applies the canvas' link selection changes. */
  changeLinkSelection(changes: readonly SelectionChange[]): void;
  selectItems(ids: readonly string[]): void;
  selectHeader(header: HeaderRef | null): void;
  /** Applies the canvas' selection changes (a click, a pane click that clears, a box select). */
  changeItemSelection(changes: readonly SelectionChange[]): void;
  selectOnlyItem(id: string): void;
  clearSelection(): void;
}

export function clearSelectionOf(
  state: Draft<Pick<SelectionSlice, 'selectedItemIds' | 'selectedLinkIds' | 'selectedHeader'>>,
): void {
  state.selectedItemIds = [];
  state.selectedLinkIds = [];
  state.selectedHeader = null;
}

const applyChanges = (current: readonly string[], changes: readonly SelectionChange[]): string[] => {
  const selected = new Set(current);
  for (const change of changes) {
    if (change.selected) selected.add(change.id);
    else selected.delete(change.id);
  }
  return [...selected];
};

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selectedItemIds: [],
  selectedLinkIds: [],
  selectedHeader: null,
  changeItemSelection: (changes) =>
    set((state) => {
      state.selectedItemIds = applyChanges(state.selectedItemIds, changes);
      if (state.selectedItemIds.length > 0) state.selectedHeader = null;
    }),
  changeLinkSelection: (changes) =>
    set((state) => {
      state.selectedLinkIds = applyChanges(state.selectedLinkIds, changes);
      if (state.selectedLinkIds.length > 0) state.selectedHeader = null;
    }),
  selectOnlyItem: (id) =>
    set((state) => {
      clearSelectionOf(state);
      state.selectedItemIds = [id];
    }),
  selectItems: (ids) =>
    set((state) => {
      clearSelectionOf(state);
      state.selectedItemIds = [...ids];
    }),
  selectHeader: (header) =>
    set((state) => {
      clearSelectionOf(state);
      state.selectedHeader = header;
    }),
  clearSelection: () => set(clearSelectionOf),
});
