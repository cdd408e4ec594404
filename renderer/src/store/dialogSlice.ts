import { castDraft } from 'immer';
import type { SliceCreator } from './types';
import type { HeaderRef } from './selectionSlice';

/**
 * The one modal the window shows, as data: commands open it, the dialog host renders it. Only one at
 * a time, so a shortcut pressed while a dialog is up can never stack a second one on it.
 */
export type ActiveDialog =
  | { readonly kind: 'newMap' }
  | { readonly kind: 'commandPalette' }
  | { readonly kind: 'shortcuts' }
  /** "Delete stage “Order” and the 4 items in it?" before a header goes (items need no confirm). */
  | { readonly kind: 'confirmHeaderDeletion'; readonly header: HeaderRef }
  /** Close (browser build) with unsaved changes: Save / Don't Save / Cancel. */
  | { readonly kind: 'confirmCloseMap' }
  | { readonly kind: 'mermaidExport' }
  | { readonly kind: 'mermaidImport' };

export interface DialogSlice {
  readonly activeDialog: ActiveDialog | null;
  openDialog(dialog: ActiveDialog): void;
  closeDialog(): void;
}

export const createDialogSlice: SliceCreator<DialogSlice> = (set) => ({
  activeDialog: null,
  openDialog: (dialog) =>
    set((state) => {
      state.activeDialog = castDraft(dialog);
    }),
  closeDialog: () =>
    set((state) => {
      state.activeDialog = null;
    }),
});
