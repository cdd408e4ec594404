import { serializeCxmap } from '../../../shared/format';
import type { SaveError, StudioApi } from '../../../shared/ipc/contract';
import type { CxDocument } from '../../../shared/model';
import { t } from '../i18n';
import type { StudioStore } from '../store';
import { historyPointOf } from '../store/sessionSlice';
import { historyForSave, recordSavedRevision } from '../history/recording';
import { prepareRevisionEncoder } from '../workers/revisionEncoder';

export interface SaveOptions {
  /** Ask where to save even when the map has a file (Save As…). */
  readonly saveAs?: boolean;
  /** The user chose Overwrite in the changed-on-disk dialog. */
  readonly overwriteChanged?: boolean;
}

/** The name a save dialog or a download proposes: the file's own, else the map's title. */
export function suggestedFileName(fileName: string | null, title: string): string {
  if (fileName !== null) return fileName;
  const base = title.trim() === '' ? t('map.untitled') : title.trim();
  return `${base}.cxmap`;
}

/**
 * The copy that goes to disk. `updatedAt` is stamped here only, not in the open map: stamping the
 * open map would be an edit with no undo step of its own, and it would change the map object the
 * window compares with to know it is saved (so a save would leave the map "unsaved").
 */
function stampedForSave(doc: CxDocument, now: Date): CxDocument {
  return { ...doc, map: { ...doc.map, updatedAt: now.toISOString() } };
}

function saveErrorReason(error: Exclude<SaveError, { kind: 'cancelled' | 'changed-on-disk' }>): string {
  switch (error.kind) {
    case 'permission-denied':
      return t('save.reason.permissionDenied', { path: error.path });
    case 'disk-full':
      return t('save.reason.diskFull');
    case 'not-found':
      return t('save.reason.notFound', { path: error.path });
    case 'is-directory':
      return t('save.reason.isDirectory');
    case 'too-large':
      return t('save.reason.tooLarge', { size: String(error.bytes) });
    case 'invalid-request':
      return t('save.reason.invalidRequest', { reason: error.reason.replace(/[.\s]+$/, '') });
    case 'io':
      return t('save.reason.io', { message: error.message.replace(/[.\s]+$/, '') });
  }
}

/** Why a save did not happen, saying that nothing was lost. */
export function describeSaveError(
  error: Exclude<SaveError, { kind: 'cancelled' | 'changed-on-disk' }>,
  fileName: string,
): string {
  return t('save.refused.withReason', {
    fileName,
    reason: saveErrorReason(error),
    nothingWritten: t('save.nothingWritten'),
  });
}

/**
 * Saves the open map: validates and serializes it (refusing, with a message, to write what a reader
 * would refuse), writes it through the bridge and, once written, marks exactly the map that was
 * written as saved. Edits made while the write was in flight stay unsaved. Resolves whether the map
 * was written (a cancelled dialog, a refusal or a conflict waiting for the user's answer is `false`).
 */
export async function saveDocument(
  api: StudioApi,
  store: StudioStore,
  options: SaveOptions = {},
  now: () => Date = () => new Date(),
): Promise<boolean> {
  const state = store.getState();
  const { doc, fileName, filePath, fileMtimeMs } = state;
  if (doc === null) return false;
  const name = suggestedFileName(fileName, doc.map.title);
  const path = options.saveAs === true ? null : filePath;
  // "Keep mine" over a newer file: ask before overwriting even if the OS could not tell us.
  if (path !== null && state.keptMineOverDisk && options.overwriteChanged !== true) {
    state.setSaveConflict({ fileName: name });
    return false;
  }
  // The revision recorded after the write deflates the map in a worker: start it loading now.
  prepareRevisionEncoder();
  // "Include history when saving": only the written copy carries it, never the open map.
  const history = await historyForSave(doc.map.id);
  const stamped = stampedForSave(history === null ? doc : { ...doc, history }, now());
  // User Timing for `npm run bench` (test/bench): serialize, and below the revision's write.
  performance.mark('studio:serialize-start');
  const serialized = serializeCxmap(stamped);
  performance.measure('studio:serialize', 'studio:serialize-start');
  if (!serialized.ok) {
    state.showError(t('save.refused.invalid', { fileName: name, nothingWritten: t('save.nothingWritten') }));
    return false;
  }
  const historyPoint = historyPointOf(state);
  const result = await api.saveMap({
    path,
    suggestedName: name,
    text: serialized.value,
    expectedMtimeMs: path === null ? null : fileMtimeMs,
    ...(options.overwriteChanged === true ? { overwriteChanged: true } : {}),
  });
  const after = store.getState();
  // Another map was opened while the write was in flight: this result is not about it.
  if (after.savedMap !== state.savedMap || after.doc === null) return false;
  if (result.ok) {
    // Once the file is written, and not awaited: the file is saved whatever happens to its revision
    // (a failure is shown), and a save still recording must not make the runner drop the next Ctrl+S.
    // Started before the state changes below, so that the database works while React re-renders
    // for them rather than after.
    performance.mark('studio:revision-record-start');
    void recordSavedRevision(store, stamped.map, result.value.path).then(() =>
      performance.measure('studio:revision-record', 'studio:revision-record-start'),
    );
    after.markSaved(doc.map, historyPoint, {
      fileName: result.value.name,
      filePath: result.value.path,
      mtimeMs: result.value.mtimeMs,
    });
    after.showNotice(t('save.saved', { fileName: result.value.name }));
    return true;
  }
  const { error } = result;
  if (error.kind === 'changed-on-disk') after.setSaveConflict({ fileName: name });
  else if (error.kind !== 'cancelled') after.showError(describeSaveError(error, name));
  return false;
}
