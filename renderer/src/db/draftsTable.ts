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

export function putDraft(db: StudioDb, draft: DraftRecord): Promise<Result<void, DbError>> {
  return attempt(async () => {
    await db.drafts.put(draft);
  });
}

export function getDraft(db: StudioDb, mapId: string): Promise<Result<DraftRecord | null, DbError>> {
  return attempt(async () => (await db.drafts.get(mapId)) ?? null);
}

export function deleteDraft(db: StudioDb, mapId: string): Promise<Result<void, DbError>> {
  return attempt(() => db.drafts.delete(mapId));
}

/** Every draft, the most recent first. */
export function listDrafts(db: StudioDb): Promise<Result<DraftRecord[], DbError>> {
  return attempt(() => db.drafts.orderBy('savedAt').reverse().toArray());
}
