import type { FormatError } from '../../../shared/format';
import type { DbError } from './dbErrors';

/**
 * What can go wrong with a stored revision: the database itself failed (DbError), or the revision's
 * data is not what was written. A damaged revision is reported, never thrown, and never stops the
 * others from being listed or loaded.
 */
export type RevisionError =
  | DbError
  | { readonly kind: 'not-found'; readonly revisionId: string }
  /** The body is missing, not decodable, or a delta that does not fit its keyframe. */
  | { readonly kind: 'corrupt'; readonly revisionId: string; readonly reason: string }
  /** Written by a newer version of the app, in a format version this one cannot read. */
  | {
      readonly kind: 'newer-version';
      readonly revisionId: string;
      readonly version: number;
      readonly supported: number;
    }
  /** Decoded, but the map breaks the format's rules (after migration). */
  | { readonly kind: 'invalid'; readonly revisionId: string; readonly error: FormatError };

/**
 * Thrown inside a Dexie transaction to abort it with a revision problem; caught at the API edge and
 * returned as a Result, so it never reaches a caller.
 */
export class RevisionProblem extends Error {
  constructor(readonly problem: RevisionError) {
    super(problem.kind);
    this.name = 'RevisionProblem';
  }
}
