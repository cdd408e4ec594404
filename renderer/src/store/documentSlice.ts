import { castDraft, produce, produceWithPatches } from 'immer';
import { hasItemOrderGaps, normaliseItemOrder } from '../../../shared/logic';
import type { Draft } from 'immer';
import type { CxDocument, JourneyMap } from '../../../shared/model';
import { recordEdit, startFreshHistory } from './historySlice';
import { clearSelectionOf } from './selectionSlice';
import { closeRevisionViewOf } from './revisionViewSlice';
import { startSessionOf } from './sessionSlice';
import type { SliceCreator } from './types';
import { dismissErrorOf, requestOpeningViewOf, resetViewFiltersOf } from './uiSlice';

export interface DocumentSource {
  /** Base name for the title bar and messages ("grocery.cxmap"). */
  readonly fileName: string;
  /** Where it lives on disk; `null` in the browser or for a map never saved. */
  readonly filePath: string | null;
  /** The file's mtime as read, so the first save can tell whether someone else wrote it since. */
  readonly mtimeMs?: number | null;
  /**
   * The map is a recovered working copy, not what the file holds: it counts as unsaved until saved,
   * and `mtimeMs` is the file's mtime when that copy's edits began.
   */
  readonly recoveredDraft?: { readonly changeCount: number };
}

export interface EditOptions {
  /** Merges quick successive edits with the same key into one undo step (see `DocumentEdit`). */
  readonly coalesceKey?: string;
}

/** A change to the map, written as a mutation of an Immer draft. */
export type MapRecipe = (map: Draft<JourneyMap>) => void;

export interface DocumentSlice {
  readonly doc: CxDocument | null;
  readonly fileName: string | null;
  readonly filePath: string | null;
  /** Shows `doc` as the open map: nothing selected, a fresh history, the view fitted to it. */
  loadDocument(doc: CxDocument, source: DocumentSource): void;
  closeDocument(): void;
  /**
   * The one path every edit of the map takes, so each is recorded as one undoable step named `label`.
   * An edit that changes nothing records nothing. Returns whether the map changed.
   */
  applyDocumentEdit(label: string, recipe: MapRecipe, options?: EditOptions): boolean;
}

export const createDocumentSlice: SliceCreator<DocumentSlice> = (set, get) => ({
  doc: null,
  fileName: null,
  filePath: null,
  loadDocument: (doc, source) =>
    set((state) => {
      // Files from other writers may leave gaps in `order`; editing assumes 0..n-1 per cell. Not an edit.
      // Checked on the plain document first: a draft would proxy every item just to read it.
      const normalised = hasItemOrderGaps(doc.map)
        ? produce(doc, (draft) => void normaliseItemOrder(draft.map))
        : doc;
      state.doc = castDraft(normalised);
      // A freshly opened map is clean: it is what the file holds (order gaps filled is not an edit).
      startSessionOf(state, normalised.map);
      closeRevisionViewOf(state);
      state.fileMtimeMs = source.mtimeMs ?? null;
      state.recoveredChangeCount = source.recoveredDraft?.changeCount ?? null;
      resetViewFiltersOf(state);
      state.fileName = source.fileName;
      state.filePath = source.filePath;
      clearSelectionOf(state);
      startFreshHistory(state);
      dismissErrorOf(state);
      requestOpeningViewOf(state);
    }),
  closeDocument: () =>
    set((state) => {
      state.doc = null;
      state.fileName = null;
      state.filePath = null;
      startSessionOf(state, null);
      closeRevisionViewOf(state);
      clearSelectionOf(state);
      startFreshHistory(state);
      resetViewFiltersOf(state);
    }),
  applyDocumentEdit: (label, recipe, options) => {
    const current = get().doc;
    if (current === null) return false;
    const [nextMap, patches, inversePatches] = produceWithPatches(current.map, recipe);
    if (patches.length === 0) return false;
    set((state) => {
      if (state.doc === null) return;
      state.doc.map = castDraft(nextMap);
      recordEdit(state, {
        label,
        patches,
        inversePatches,
        coalesceKey: options?.coalesceKey ?? null,
        at: Date.now(),
      });
    });
    return true;
  },
});
