import { historyForFile } from '../../../shared/logic';
import type { CxDocument, HistoryEntry, JourneyMap } from '../../../shared/model';
import {
  applyRetention,
  defaultStudioDb,
  describeRevisionError,
  exportHistory,
  importHistory,
  recordRevision,
} from '../db';
import type { RecordRevisionInput, StudioDb } from '../db';
import { t, tCount } from '../i18n';
import type { StudioStore } from '../store';
import { announceHistoryChanged } from './historyEvents';
import { readIncludeHistory } from './historySettings';

/**
 * Records a revision and then thins the automatic ones. Resolves whether it was stored; a failure is
 * shown (in words that say the open map is untouched) and never thrown: the working copy and its
 * draft do not depend on history.
 */
export async function recordAndThin(
  db: StudioDb,
  store: StudioStore,
  input: RecordRevisionInput,
  describeFailure: (reason: string) => string = (reason) => t('history.failed', { reason }),
): Promise<boolean> {
  const recorded = await recordRevision(db, input);
  if (!recorded.ok) {
    // Full storage gets its own advice: the generic one speaks of drafts, not of history.
    const reason =
      recorded.error.kind === 'quota'
        ? t('history.quota')
        : describeRevisionError(recorded.error, input.map.title);
    store.getState().showError(describeFailure(reason));
    return false;
  }
  // Thinning is housekeeping: if it fails, the revision is stored all the same, and it runs next time.
  await applyRetention(db, input.map.id, Date.now());
  announceHistoryChanged(input.map.id);
  return true;
}

/** Saves' recordings, one after the other: each revision's parent is the one recorded before it. */
let recordingQueue: Promise<void> = Promise.resolve();

/** After a save: an automatic revision of exactly the copy that was written, queued behind earlier ones. */
export function recordSavedRevision(
  store: StudioStore,
  written: JourneyMap,
  filePath: string | null,
): Promise<void> {
  const db = defaultStudioDb();
  if (db === null) return Promise.resolve();
  recordingQueue = recordingQueue.then(async () => {
    await recordAndThin(db, store, { map: written, kind: 'auto', filePath }, (reason) =>
      t('history.recordFailed', { reason }),
    );
  });
  return recordingQueue;
}

/**
 * The `history` to write into the file when the user asked to include it; null when not asked (or
 * there is no database), so the written document stays exactly as it was.
 */
export async function historyForSave(mapId: string): Promise<HistoryEntry[] | null> {
  const db = defaultStudioDb();
  if (db === null || !(await readIncludeHistory(db))) return null;
  const entries = await exportHistory(db, mapId);
  return entries.ok && entries.value.length > 0 ? historyForFile(entries.value) : null;
}

/** A file's `history` joins the local one by revision id (nothing duplicated); says how many were new. */
export async function importFileHistory(store: StudioStore, doc: CxDocument): Promise<void> {
  const db = defaultStudioDb();
  if (db === null || doc.history === undefined || doc.history.length === 0) return;
  const imported = await importHistory(db, doc.map.id, doc.history);
  if (!imported.ok) {
    store
      .getState()
      .showError(t('history.failed', { reason: describeRevisionError(imported.error, doc.map.title) }));
    return;
  }
  announceHistoryChanged(doc.map.id);
  if (imported.value.added > 0) store.getState().showNotice(tCount('history.imported', imported.value.added));
}
