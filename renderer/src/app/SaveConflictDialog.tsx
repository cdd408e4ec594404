import { useStudioApi } from '../bridge';
import { saveDocument } from '../commands';
import { ChoiceDialog } from '../components/ConfirmDialog';
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
  if (conflict === null) return null;
  const cancel = () => setSaveConflict(null);
  const choose = (options: { overwriteChanged?: boolean; saveAs?: boolean }) => {
    setSaveConflict(null);
    void saveDocument(api, store, options);
  };
  const title = t('save.conflict.title', { fileName: conflict.fileName });
  return (
    <ChoiceDialog
      title={title}
      message={t('save.conflict.message')}
      onCancel={cancel}
      cancelLabel={t('save.conflict.cancel')}
      choices={[
        { label: t('save.conflict.saveAs'), onChoose: () => choose({ saveAs: true }) },
        {
          label: t('save.conflict.overwrite'),
          onChoose: () => choose({ overwriteChanged: true }),
          tone: 'danger',
        },
      ]}
    />
  );
}
