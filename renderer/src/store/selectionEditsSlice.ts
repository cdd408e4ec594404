import * as logic from '../../../shared/logic';
import { t } from '../i18n';
import type { SliceCreator } from './types';

/** Edits that act on whatever is selected, as one undo step each (a Delete key press is one step). */
export interface SelectionEditsSlice {
  /** Deletes the selected items (with their links) and the selected links; returns whether it did. */
  deleteSelection(): boolean;
  selectAllItems(): void;
}

export const createSelectionEditsSlice: SliceCreator<SelectionEditsSlice> = (set, get) => ({
  deleteSelection: () => {
    const { selectedItemIds, selectedLinkIds } = get();
    if (selectedItemIds.length === 0 && selectedLinkIds.length === 0) return false;
    const label = selectedItemIds.length > 0 ? t('edit.deleteItems') : t('edit.deleteLinks');
    const changed = get().applyDocumentEdit(label, (map) => {
      logic.deleteItems(map, selectedItemIds);
      // Links of deleted items are already gone; a missing link is not an error here.
      for (const linkId of selectedLinkIds) logic.deleteLink(map, linkId);
    });
    set((state) => {
      state.selectedItemIds = [];
      state.selectedLinkIds = [];
    });
    return changed;
  },
  selectAllItems: () =>
    set((state) => {
      state.selectedItemIds = state.doc?.map.items.map((item) => item.id) ?? [];
      state.selectedLinkIds = [];
      state.selectedHeader = null;
    }),
});
