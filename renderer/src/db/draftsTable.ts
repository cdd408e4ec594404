import { err, ok } from '../../../shared/result';
import type { Result } from '../../../shared/result';
import { toDbError } from './dbErrors';
import type { DbError } from './dbErrors';
import type { DraftRecord, StudioDb } from './studioDb';

/**
 * Reads and writes of the `drafts` table. Each answers with a Result and never rejects: callers are
 * store subscriptions and effects, where an uncaught rejection would be lost or crash React.
 */
async function attempt<T>(action: () => Promise<T>): Promise<Result<T, DbError>> {
  try {
    return ok(await action());
  } catch (error: unknown) {
    return err(toDbError(error));
  }
}

/**
 * A draft is written up to once a second while the user edits (issue 8: ≤ 10 ms a write). Cloning a
 * 2,000-item map's object graph into IndexedDB takes several times longer than copying one string,
 * so the document is stored as JSON text (`docJson`) and parsed back when read.
 */
function storedDraft(draft: DraftRecord): DraftRecord {
  const { docJson: _ignored, ...rest } = draft;
  return { ...rest, doc: null, docJson: JSON.stringify(draft.doc) };
}

/** A stored row as callers know it: `doc` holds the document whichever way it was stored. */
function readDraft(row: DraftRecord): DraftRecord {
  if (typeof row.docJson !== 'string') return row;
  const { docJson, ...rest } = row;
  let doc: unknown;
  try {
    doc = JSON.parse(docJson) as unknown;
  } catch {
    // Damaged text: recovery validates `doc` and reports the draft as unreadable.
    doc = undefined;
  }
  return { ...rest, doc };
}

export function putDraft(db: StudioDb, draft: DraftRecord): Promise<Result<void, DbError>> {
  return attempt(async () => {
    await db.drafts.put(storedDraft(draft));
  });
}

export function getDraft(db: StudioDb, mapId: string): Promise<Result<DraftRecord | null, DbError>> {
  return attempt(async () => {
    const row = await db.drafts.get(mapId);
    return row === undefined ? null : readDraft(row);
  });
}

export function deleteDraft(db: StudioDb, mapId: string): Promise<Result<void, DbError>> {
  return attempt(() => db.drafts.delete(mapId));
}

/** Every draft, the most recent first. */
export function listDrafts(db: StudioDb): Promise<Result<DraftRecord[], DbError>> {
  return attempt(async () => (await db.drafts.orderBy('savedAt').reverse().toArray()).map(readDraft));
}
