import type { RecordKind } from '../format/errors';
import type { Result } from '../result';

/**
 * Why an edit was refused. Each of these is reachable by a user (a stale selection, a link dropped on
 * its own start, a pasted fragment from another map), so they are data for the UI to phrase, never
 * exceptions. A refused edit leaves the map untouched, so an Immer recipe that gets one records no patch.
 */
export type EditError =
  /** The record an edit names is not (or no longer) in the map. */
  | { readonly reason: 'not-found'; readonly recordKind: RecordKind; readonly id: string }
  /** A caller-supplied id is already used by a record of this map. */
  | { readonly reason: 'id-taken'; readonly id: string }
  /** A value the format would refuse; `problem` is the schema's own wording ("is longer than …"). */
  | { readonly reason: 'invalid-value'; readonly field: string; readonly problem: string }
  /** Severity rates a pain point; on any other kind of item it has no meaning (see `items.ts`). */
  | { readonly reason: 'severity-needs-friction' }
  | { readonly reason: 'self-link' }
  /** The two items are already linked in this direction. */
  | { readonly reason: 'duplicate-link'; readonly linkId: string };

export type EditResult<T> = Result<T, EditError>;

export const notFound = (recordKind: RecordKind, id: string): EditError => ({
  reason: 'not-found',
  recordKind,
  id,
});

/** The success of an edit that has nothing to report beyond having happened. */
export const DONE: EditResult<void> = { ok: true, value: undefined };
