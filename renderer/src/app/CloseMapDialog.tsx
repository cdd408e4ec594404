import { useStudioApi } from '../bridge';
import { saveDocument } from '../commands';
import { ChoiceDialog } from '../components/ConfirmDialog';
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
    <ChoiceDialog
      title={heading}
      message={t('closeMap.message')}
      onCancel={onClose}
      cancelLabel={t('closeMap.cancel')}
      choices={[
        { label: t('closeMap.discard'), onChoose: discard, tone: 'danger' },
        { label: t('closeMap.save'), onChoose: save, tone: 'primary', initialFocus: true },
      ]}
    />
  );
}
