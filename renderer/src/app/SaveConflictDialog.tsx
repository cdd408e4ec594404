import { useRef } from 'react';
import { useStudioApi } from '../bridge';
import { saveDocument } from '../commands';
import { ModalDialog } from '../components/ModalDialog';
import { t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';

/**
 * A save found a newer file on disk: Overwrite / Save As… / Cancel. Cancel has the initial focus, so
 * an Enter pressed out of habit never replaces someone else's work.
 */
export function SaveConflictDialog() {
  const api = useStudioApi();
  const store = useStudioStoreApi();
  const conflict = useStudioStore((state) => state.saveConflict);
  const setSaveConflict = useStudioStore((state) => state.setSaveConflict);
  const cancelRef = useRef<HTMLButtonElement>(null);
  if (conflict === null) return null;
  const cancel = () => setSaveConflict(null);
  const choose = (options: { overwriteChanged?: boolean; saveAs?: boolean }) => {
    setSaveConflict(null);
    void saveDocument(api, store, options);
  };
  const title = t('save.conflict.title', { fileName: conflict.fileName });
  return (
    <ModalDialog
      label={title}
      role="alertdialog"
      describedBy="save-conflict-message"
      onClose={cancel}
      initialFocus={cancelRef}
    >
      <div className="modal__header">
        <h2 className="modal__title" dir="auto">
          {title}
        </h2>
      </div>
      <div className="modal__body">
        <p id="save-conflict-message" className="modal__intro">
          {t('save.conflict.message')}
        </p>
      </div>
      <div className="modal__actions">
        <button type="button" ref={cancelRef} className="modal__button" onClick={cancel}>
          {t('save.conflict.cancel')}
        </button>
        <button type="button" className="modal__button" onClick={() => choose({ saveAs: true })}>
          {t('save.conflict.saveAs')}
        </button>
        <button
          type="button"
          className="modal__button modal__button--danger"
          onClick={() => choose({ overwriteChanged: true })}
        >
          {t('save.conflict.overwrite')}
        </button>
      </div>
    </ModalDialog>
  );
}
