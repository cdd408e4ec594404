import { applyPatches, castDraft, enablePatches } from 'immer';
import type { Draft, Patch } from 'immer';
import type { SliceCreator, StudioState } from './types';

// Edits are recorded as Immer patches so that undo and redo replay diffs, not whole-map snapshots.
enablePatches();

/** One user action on the map (a drag is one), as the patches that do and undo it, relative to `map`. */
export interface DocumentEdit {
  /** What the user did, for "Undo <label>" (a message catalog key or text built from one). */
  readonly label: string;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
  /**
   * Edits with the same key in quick succession (the keystrokes of one typed title, the nudges of one
   * slider) merge into one undo step; `null` never merges.
   */
  readonly coalesceKey: string | null;
  /** When the edit was recorded (ms), to decide whether the next one still belongs to it. */
  readonly at: number;
}

/** How long after an edit a following edit with the same coalesce key still joins it. */
export const COALESCE_WINDOW_MS = 1500;

/**
 * The edit history of the open map: undo and redo replay recorded patches. Selection changes are not
 * edits, so they never clear it; loading a map starts a fresh history, because a load is never
 * something to undo.
 */
export interface HistorySlice {
  readonly undoStack: readonly DocumentEdit[];
  readonly redoStack: readonly DocumentEdit[];
  clearHistory(): void;
  /** Reverts the last edit; returns its label, or null when there was nothing to undo. */
  undo(): string | null;
  /** Re-applies the last undone edit; returns its label, or null when there was nothing to redo. */
  redo(): string | null;
}

type HistoryDraft = Draft<Pick<HistorySlice, 'undoStack' | 'redoStack'>>;

/** Forgets every edit; for actions of other slices that start over (loading, closing a map). */
export function startFreshHistory(state: HistoryDraft): void {
  state.undoStack = [];
  state.redoStack = [];
}

/** Adds a user's edit; a new edit makes what was undone unreachable, as in every editor. */
export function recordEdit(state: HistoryDraft, edit: DocumentEdit): void {
  state.redoStack = [];
  const last = state.undoStack.at(-1);
  if (
    last !== undefined &&
    edit.coalesceKey !== null &&
    last.coalesceKey === edit.coalesceKey &&
    edit.at - last.at <= COALESCE_WINDOW_MS
  ) {
    // One step: do both in order, undo both in reverse order.
    last.patches = castDraft([...last.patches, ...edit.patches]);
    last.inversePatches = castDraft([...edit.inversePatches, ...last.inversePatches]);
    last.at = edit.at;
    return;
  }
  state.undoStack.push(
    castDraft({
      label: edit.label,
      patches: [...edit.patches],
      inversePatches: [...edit.inversePatches],
      coalesceKey: edit.coalesceKey,
      at: edit.at,
    }),
  );
}

/**
 * Undoing an "add" removes what may still be selected; a selection of ids that no longer exist would
 * make the next Delete or Copy act on nothing (or the inspector show a ghost).
 */
function dropVanishedFromSelection(state: Draft<StudioState>): void {
  const map = state.doc?.map;
  if (map === undefined) return;
  const items = new Set(map.items.map((item) => item.id));
  const links = new Set(map.links.map((link) => link.id));
  state.selectedItemIds = state.selectedItemIds.filter((id) => items.has(id));
  state.selectedLinkIds = state.selectedLinkIds.filter((id) => links.has(id));
  const header = state.selectedHeader;
  if (header === null) return;
  const headers = header.kind === 'stage' ? map.stages : map.lanes;
  if (!headers.some((record) => record.id === header.id)) state.selectedHeader = null;
}

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => ({
  undoStack: [],
  redoStack: [],
  clearHistory: () => set(startFreshHistory),
  undo: () => {
    const { doc, undoStack } = get();
    const edit = undoStack.at(-1);
    if (doc === null || edit === undefined) return null;
    // Patches are applied outside the store's draft so the map keeps structural sharing with its past.
    const map = applyPatches(doc.map, edit.inversePatches);
    set((state) => {
      if (state.doc === null) return;
      state.doc.map = castDraft(map);
      dropVanishedFromSelection(state);
      const undone = state.undoStack.pop();
      // Never merge a redone edit with the next one typed.
      if (undone !== undefined) state.redoStack.push(castDraft({ ...undone, coalesceKey: null }));
    });
    return edit.label;
  },
  redo: () => {
    const { doc, redoStack } = get();
    const edit = redoStack.at(-1);
    if (doc === null || edit === undefined) return null;
    const map = applyPatches(doc.map, edit.patches);
    set((state) => {
      if (state.doc === null) return;
      state.doc.map = castDraft(map);
      dropVanishedFromSelection(state);
      const redone = state.redoStack.pop();
      if (redone !== undefined) state.undoStack.push(redone);
    });
    return edit.label;
  },
});
