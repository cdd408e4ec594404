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
  /** "Save revision as…" (`revisionId` null: a new named revision of the open map) or "Rename…". */
  | {
      readonly kind: 'nameRevision';
      readonly revisionId: string | null;
      readonly label: string;
      readonly note: string;
    }
  | { readonly kind: 'mermaidExport' }
  | { readonly kind: 'exportPng' }
  /** The PDF storyboard: paper, compare-since revision, redaction; then print. */
  | { readonly kind: 'exportStoryboard' }
  /** The whole map on one PDF sheet sized to it. */
  | { readonly kind: 'exportPoster' }
  | { readonly kind: 'mermaidImport' }
  /** The survey-CSV import wizard (file → mapping → matching → preview). */
  | { readonly kind: 'surveyImport' }
  /** The opportunities as an action plan: impact/effort matrix and priority list. */
  | { readonly kind: 'actionPlan' }
  /** Presentation mode: the map one stage at a time, full screen (F5). */
  | { readonly kind: 'presentation' }
  /** "Open in your browser?" for a link found in a description: the full URL and its host. */
  | { readonly kind: 'confirmOpenLink'; readonly href: string; readonly host: string };

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
