import type { Result } from '../../../shared/result';
import type { DbError, DraftRecord } from '../db';
import { selectIsDirty } from '../store';
import type { StudioState, StudioStore } from '../store';

/** Where drafts go; the database in the app, a recorder in tests. */
export interface DraftSink {
  save(draft: DraftRecord): Promise<Result<void, DbError>>;
  remove(mapId: string): Promise<Result<void, DbError>>;
}

export interface AutosaveOptions {
  /** Quiet time after the last change before writing. */
  readonly debounceMs?: number;
  /** A stream of changes is still written at least this often: the "within one second" promise. */
  readonly maxWaitMs?: number;
  readonly now?: () => number;
  /** A write failed; called once per kind of failure in a row, so a full disk does not nag per keystroke. */
  readonly onError?: (error: DbError) => void;
}

export const AUTOSAVE_DEBOUNCE_MS = 400;
export const AUTOSAVE_MAX_WAIT_MS = 1000;

/** Whether the open map has work a crash would lose: the session slice's "differs from the file". */
export function hasUnsavedWork(state: StudioState): boolean {
  return selectIsDirty(state);
}

function draftOf(state: StudioState, now: number): DraftRecord | null {
  const { doc } = state;
  if (doc === null) return null;
  return {
    mapId: doc.map.id,
    title: doc.map.title,
    fileName: state.fileName,
    filePath: state.filePath,
    savedAt: now,
    // A recovered map's earlier edits are not on its undo stack, but they are still unsaved changes.
    changeCount: state.undoStack.length + (state.recoveredChangeCount ?? 0),
    // Store documents are frozen plain objects: structured clone copies them as they are.
    doc,
    baseMtimeMs: state.fileMtimeMs,
  };
}

/**
 * Writes the working copy of the open map to `sink` within `maxWaitMs` of any change, and removes the
 * draft once the map has no unsaved work (saved, undone to clean, loaded fresh, closed). Only drafts
 * written by this window are removed: a draft left by a crashed session stays until the user decides
 * about it. `stop` unsubscribes, writing a pending draft first.
 */
export function startAutosave(store: StudioStore, sink: DraftSink, options: AutosaveOptions = {}) {
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const now = options.now ?? Date.now;
  const writtenHere = new Set<string>();
  const kept = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt: number | null = null;
  let lastErrorKind: DbError['kind'] | null = null;

  const report = (result: Result<void, DbError>) => {
    if (result.ok) {
      lastErrorKind = null;
      return;
    }
    if (result.error.kind !== lastErrorKind) options.onError?.(result.error);
    lastErrorKind = result.error.kind;
  };

  /**
   * One draft write, timed for `npm run bench`: `studio:draft-write` from the call until IndexedDB
   * has stored it, `studio:draft-blocking` for the part that holds the main thread (the JSON text and
   * handing it to IndexedDB), which is what typing feels.
   */
  const write = (draft: DraftRecord) => {
    const start = performance.now();
    const saving = sink.save(draft);
    performance.measure('studio:draft-blocking', { start, duration: performance.now() - start });
    void saving.then((result) => {
      performance.measure('studio:draft-write', { start, duration: performance.now() - start });
      report(result);
    });
  };

  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstPendingAt = null;
  };

  const flush = () => {
    cancel();
    const state = store.getState();
    if (!hasUnsavedWork(state)) return;
    const draft = draftOf(state, now());
    if (draft === null) return;
    writtenHere.add(draft.mapId);
    write(draft);
  };

  const schedule = () => {
    const at = now();
    firstPendingAt ??= at;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - at));
    timer = setTimeout(flush, wait);
  };

  /** Removes the draft this window wrote or recovered; a kept one only when the map was saved. */
  const forget = (mapId: string, saved: boolean) => {
    if (kept.has(mapId) && !saved) return;
    const wrote = writtenHere.delete(mapId);
    const recovered = kept.delete(mapId);
    if (!wrote && !recovered) return;
    void sink.remove(mapId).then(report);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const dirty = hasUnsavedWork(state);
    const saved = state.doc === previous.doc && state.savedMap !== previous.savedMap;
    if (
      state.doc === previous.doc &&
      state.undoStack === previous.undoStack &&
      !saved &&
      dirty === hasUnsavedWork(previous)
    ) {
      return;
    }
    const previousId = previous.doc?.map.id ?? null;
    const currentId = state.doc?.map.id ?? null;
    if (previousId !== null && previousId !== currentId) {
      // Another map replaced this one (or it was closed). Its unsaved work is written now rather than
      // dropped: whether to keep it is the user's choice, offered at the next start.
      cancel();
      const replaced = hasUnsavedWork(previous) ? draftOf(previous, now()) : null;
      if (replaced === null) forget(previousId, false);
      else write(replaced);
    }
    if (dirty) {
      schedule();
    } else if (currentId !== null) {
      cancel();
      forget(currentId, saved);
    }
  });

  return {
    stop: () => {
      unsubscribe();
      if (timer !== null) flush();
    },
    /**
     * Never remove this map's draft on its own: a recovered map holds changes its file lacks even
     * when its undo stack is empty, so only an explicit save or discard may drop the draft.
     */
    keep: (mapId: string) => void kept.add(mapId),
  };
}
