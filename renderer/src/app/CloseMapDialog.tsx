import { useRef } from 'react';
import { useStudioApi } from '../bridge';
import { saveDocument } from '../commands';
import { ModalDialog } from '../components/ModalDialog';
import { defaultStudioDb, deleteDraft, describeDbError } from '../db';
import { t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';

/**
 * Close with unsaved changes (browser build; Electron asks natively): Save / Don't Save / Cancel.
 * Save has the initial focus, as in native editors, so Enter keeps the work.
 */
export function CloseMapDialog({ onClose }: { onClose(): void }) {
  const api = useStudioApi();
  const store = useStudioStoreApi();
  const title = useStudioStore((state) => state.doc?.map.title ?? '');
  const saveRef = useRef<HTMLButtonElement>(null);
  const heading = t('closeMap.title', { title: title.trim() === '' ? t('map.untitled') : title });

  const save = () => {
    onClose();
    void saveDocument(api, store).then((saved) => {
      if (saved) store.getState().closeDocument();
    });
  };

  const discard = () => {
    onClose();
    const mapId = store.getState().doc?.map.id;
    store.getState().closeDocument();
    const db = defaultStudioDb();
    if (db === null || mapId === undefined) return;
    // Closing writes the unsaved work as a draft (it never drops work on its own); the user has just
    // said to drop it, so the draft goes too. Dexie runs the two writes in the order they were made.
    void deleteDraft(db, mapId).then((result) => {
      if (!result.ok) store.getState().showError(describeDbError(result.error));
    });
  };

  return (
    <ModalDialog
      label={heading}
      role="alertdialog"
      describedBy="close-map-message"
      onClose={onClose}
      initialFocus={saveRef}
    >
      <div className="modal__header">
        <h2 className="modal__title" dir="auto">
          {heading}
        </h2>
      </div>
      <div className="modal__body">
        <p id="close-map-message" className="modal__intro">
          {t('closeMap.message')}
        </p>
      </div>
      <div className="modal__actions">
        <button type="button" className="modal__button" onClick={onClose}>
          {t('closeMap.cancel')}
        </button>
        <button type="button" className="modal__button modal__button--danger" onClick={discard}>
          {t('closeMap.discard')}
        </button>
        <button type="button" ref={saveRef} className="modal__button modal__button--primary" onClick={save}>
          {t('closeMap.save')}
        </button>
      </div>
    </ModalDialog>
  );
}
