import '../drafts/recovery.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useStudioApi } from '../bridge';
import { defaultStudioDb, deleteDraft, describeDbError, listDrafts, putDraft } from '../db';
import type { DraftRecord } from '../db';
import { startAutosave } from '../drafts/autosave';
import {
  checkDraftAgainstDisk,
  describeChangeCount,
  describeDraftAge,
  documentOfDraft,
} from '../drafts/recovery';
import { describeFormatError, t } from '../i18n';
import { useStudioStoreApi } from '../store';

/**
 * Keeps the working copy of the open map in IndexedDB (autosave) and, at start, offers to recover the
 * drafts a crashed or reloaded session left behind, one at a time. Database failures become alerts;
 * nothing here throws into React, and without a database the app simply runs without drafts.
 */
export function RecoveryPrompt() {
  const store = useStudioStoreApi();
  const api = useStudioApi();
  const [drafts, setDrafts] = useState<readonly DraftRecord[]>([]);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const keepDraftOf = useRef<(mapId: string) => void>(() => undefined);
  const messageId = useId();

  useEffect(() => {
    const db = defaultStudioDb();
    if (db === null) return;
    let active = true;
    const showDbError = (error: Parameters<typeof describeDbError>[0]) =>
      store.getState().showError(describeDbError(error));
    void listDrafts(db).then((result) => {
      if (!active) return;
      if (result.ok) setDrafts(result.value);
      else showDbError(result.error);
    });
    const autosave = startAutosave(
      store,
      { save: (draft) => putDraft(db, draft), remove: (mapId) => deleteDraft(db, mapId) },
      { onError: showDbError },
    );
    keepDraftOf.current = autosave.keep;
    return () => {
      active = false;
      autosave.stop();
    };
  }, [store]);

  const draft = drafts[0];
  if (draft === undefined) return null;

  const next = () => {
    setConfirmingDiscard(false);
    setDrafts((current) => current.slice(1));
  };

  const recover = () => {
    const parsed = documentOfDraft(draft);
    if (!parsed.ok) {
      // Left in the table on purpose: a damaged draft may still be rescued by hand, never silently lost.
      store
        .getState()
        .showError(
          t('recovery.corrupt', { title: draft.title, reason: describeFormatError(parsed.error, '') }),
        );
      next();
      return;
    }
    store.getState().loadDocument(parsed.value, {
      fileName: draft.fileName ?? `${draft.title}.cxmap`,
      filePath: draft.filePath,
      mtimeMs: draft.baseMtimeMs,
      recoveredDraft: { changeCount: draft.changeCount },
    });
    keepDraftOf.current(draft.mapId);
    void checkDraftAgainstDisk(api, store, draft);
    next();
  };

  const discard = () => {
    const db = defaultStudioDb();
    if (db !== null) {
      void deleteDraft(db, draft.mapId).then((result) => {
        if (!result.ok) store.getState().showError(describeDbError(result.error));
      });
    }
    next();
  };

  return (
    <section
      className="recovery-prompt"
      role="region"
      aria-label={t('recovery.label')}
      aria-describedby={messageId}
    >
      {confirmingDiscard ? (
        <>
          <p id={messageId} className="recovery-prompt__message" dir="auto">
            {t('recovery.confirmDiscard', { title: draft.title })}
          </p>
          <button type="button" className="recovery-prompt__button" onClick={discard}>
            {t('recovery.confirmDiscardButton')}
          </button>
          <button
            type="button"
            className="recovery-prompt__button"
            onClick={() => setConfirmingDiscard(false)}
          >
            {t('recovery.cancel')}
          </button>
        </>
      ) : (
        <>
          <p id={messageId} className="recovery-prompt__message" dir="auto">
            {t('recovery.message', {
              title: draft.title,
              changes: describeChangeCount(draft),
              when: describeDraftAge(draft.savedAt, Date.now()),
            })}
          </p>
          <button
            type="button"
            className="recovery-prompt__button recovery-prompt__button--primary"
            onClick={recover}
          >
            {t('recovery.recover')}
          </button>
          <button
            type="button"
            className="recovery-prompt__button"
            onClick={() => setConfirmingDiscard(true)}
          >
            {t('recovery.discard')}
          </button>
        </>
      )}
    </section>
  );
}
