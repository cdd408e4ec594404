import { castDraft } from 'immer';
import type { Draft } from 'immer';
import type { JourneyMap } from '../../../shared/model';
import type { DocumentEdit } from './historySlice';
import type { SliceCreator, StudioState } from './types';

/** The open file changed on disk under us (another app or another window saved it). */
export interface DiskChange {
  readonly path: string;
  readonly kind: 'changed' | 'deleted';
}

/**
 * What the window knows about the open map's file, beside the map itself: which map was last loaded
 * or saved, so "unsaved changes" is a comparison and not a flag every edit must remember to set.
 */
export interface SessionSlice {
  /**
   * The map object as last loaded or saved. Edits make new objects (Immer), and undo restores the
   * old ones, so `doc.map !== savedMap` is exactly "differs from the file", undo back included.
   */
  readonly savedMap: JourneyMap | null;
  /**
   * Undo applies patches and so makes a new (equal) map object: the saved point is also remembered
   * as the undo stack's depth and top edit, which undo and redo move back to exactly.
   */
  readonly savedHistoryPoint: { readonly depth: number; readonly top: DocumentEdit | null };
  /** The file's mtime as we last wrote it; `null` when unknown (opened, not yet saved, or web). */
  readonly fileMtimeMs: number | null;
  /** A change on disk the user has not decided about yet (the banner shows it). */
  readonly diskChange: DiskChange | null;
  /**
   * The user chose "Keep mine" over a newer file: the map counts as unsaved, and the next save asks
   * before it overwrites (the OS may not know, e.g. when the mtime was never learned).
   */
  readonly keptMineOverDisk: boolean;
  /**
   * The map was recovered from a draft holding this many edits: it is not what the file holds, whatever
   * the undo stack says, until it is saved. `null` for a map read from its file.
   */
  readonly recoveredChangeCount: number | null;
  /** The save that found a newer file on disk, waiting for Overwrite / Save As… / Cancel. */
  readonly saveConflict: { readonly fileName: string } | null;
  /** `map` was written; `historyPoint` is where the undo stack stood when it was taken. */
  markSaved(
    map: JourneyMap,
    historyPoint: SessionSlice['savedHistoryPoint'],
    file: { fileName: string; filePath: string | null; mtimeMs: number | null },
  ): void;
  reportDiskChange(change: DiskChange | null): void;
  keepMineOverDisk(): void;
  setSaveConflict(conflict: { readonly fileName: string } | null): void;
}

type SessionDraft = Draft<
  Pick<
    SessionSlice,
    | 'savedMap'
    | 'savedHistoryPoint'
    | 'fileMtimeMs'
    | 'diskChange'
    | 'keptMineOverDisk'
    | 'recoveredChangeCount'
    | 'saveConflict'
  >
>;

const EMPTY_HISTORY_POINT: SessionSlice['savedHistoryPoint'] = { depth: 0, top: null };

/** Where the undo stack stands now, to compare with the saved point. */
export const historyPointOf = (state: StudioState): SessionSlice['savedHistoryPoint'] => ({
  depth: state.undoStack.length,
  top: state.undoStack.at(-1) ?? null,
});

/** A map was just loaded (or closed): it is what the file holds, nothing pending about its file. */
export function startSessionOf(state: SessionDraft, map: JourneyMap | null): void {
  state.savedMap = map === null ? null : castDraft(map);
  // Loading starts a fresh history, so the saved point is the empty stack.
  state.savedHistoryPoint = castDraft(EMPTY_HISTORY_POINT);
  state.fileMtimeMs = null;
  state.diskChange = null;
  state.keptMineOverDisk = false;
  state.recoveredChangeCount = null;
  state.saveConflict = null;
}

/** Whether closing now would lose work. */
export const selectIsDirty = (state: StudioState): boolean => {
  if (state.doc === null) return false;
  if (state.keptMineOverDisk || state.recoveredChangeCount !== null) return true;
  if (state.doc.map === state.savedMap) return false;
  const { depth, top } = state.savedHistoryPoint;
  return state.undoStack.length !== depth || (state.undoStack.at(-1) ?? null) !== top;
};

export const createSessionSlice: SliceCreator<SessionSlice> = (set) => ({
  savedMap: null,
  savedHistoryPoint: EMPTY_HISTORY_POINT,
  fileMtimeMs: null,
  diskChange: null,
  keptMineOverDisk: false,
  recoveredChangeCount: null,
  saveConflict: null,
  markSaved: (map, historyPoint, file) =>
    set((state) => {
      state.savedMap = castDraft(map);
      state.savedHistoryPoint = castDraft(historyPoint);
      state.fileName = file.fileName;
      state.filePath = file.filePath;
      state.fileMtimeMs = file.mtimeMs;
      state.keptMineOverDisk = false;
      state.recoveredChangeCount = null;
      state.diskChange = null;
      state.saveConflict = null;
    }),
  reportDiskChange: (change) =>
    set((state) => {
      state.diskChange = change;
    }),
  keepMineOverDisk: () =>
    set((state) => {
      state.diskChange = null;
      state.keptMineOverDisk = true;
    }),
  setSaveConflict: (conflict) =>
    set((state) => {
      state.saveConflict = conflict;
    }),
});
