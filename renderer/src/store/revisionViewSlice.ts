import { castDraft, current as currentOf } from 'immer';
import type { Draft } from 'immer';
import { deepEqual } from '../../../shared/logic/diff-values';
import type { JourneyMap } from '../../../shared/model';
import type { SliceCreator } from './types';

/** One side of a comparison: a stored revision, or the open map itself (`revisionId: null`). */
export interface ComparedSide {
  readonly revisionId: string | null;
  /** What the user reads for this side: the revision's label or time, "Current map", "As-is map". */
  readonly label: string;
  readonly map: JourneyMap;
}

/**
 * The canvas shows something other than the open map, read-only: one revision (preview, or a step of
 * the timeline), or two maps compared. The open map is untouched underneath and comes back on close.
 */
export type RevisionView =
  | {
      readonly kind: 'preview';
      readonly revisionId: string;
      readonly label: string;
      readonly map: JourneyMap;
    }
  | { readonly kind: 'compare'; readonly before: ComparedSide; readonly after: ComparedSide };

export interface RevisionViewSlice {
  readonly revisionView: RevisionView | null;
  showRevisionPreview(preview: { revisionId: string; label: string; map: JourneyMap }): void;
  showComparison(before: ComparedSide, after: ComparedSide): void;
  closeRevisionView(): void;
  /**
   * Makes `map` the open map as one undoable step named `label` (DESIGN §3: a restore is itself
   * undoable). The caller records a safety revision of the current state first: history is never
   * rewritten. The map keeps its identity (`id`, `createdAt`) whatever the revision holds.
   */
  restoreMap(map: JourneyMap, label: string): boolean;
}

/** A newly loaded or closed map leaves any revision view behind: it was about the previous map. */
export function closeRevisionViewOf(state: Draft<Pick<RevisionViewSlice, 'revisionView'>>): void {
  state.revisionView = null;
}

export const createRevisionViewSlice: SliceCreator<RevisionViewSlice> = (set, get) => ({
  revisionView: null,
  showRevisionPreview: (preview) =>
    set((state) => {
      state.revisionView = castDraft({ kind: 'preview', ...preview });
    }),
  showComparison: (before, after) =>
    set((state) => {
      state.revisionView = castDraft({ kind: 'compare', before, after });
    }),
  closeRevisionView: () => set(closeRevisionViewOf),
  restoreMap: (map, label) => {
    const changed = get().applyDocumentEdit(label, (draft) => {
      const target: Record<string, unknown> = { ...map, id: draft.id, createdAt: draft.createdAt };
      const open = draft as Record<string, unknown>;
      // Fields the revision lacks (an unknown property added since) go: Reflect, as these keys are data.
      for (const key of Object.keys(open)) if (!(key in target)) Reflect.deleteProperty(open, key);
      // Field by field, and only what differs: restoring an equal revision records no undo step, and
      // the step holds only the fields that changed.
      const current: Record<string, unknown> = currentOf(draft);
      for (const [key, value] of Object.entries(target)) {
        if (!deepEqual(current[key], value)) open[key] = castDraft(value);
      }
    });
    set(closeRevisionViewOf);
    return changed;
  },
});
