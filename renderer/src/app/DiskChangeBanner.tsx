import { useCallback } from 'react';
import { useStudioApi } from '../bridge';
import { openFileResult } from '../commands';
import { fileNameOfPath, t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';

/**
 * "«file» was changed on disk. Reload · Keep mine". Nothing happens until the user chooses: Reload
 * reads the file again; Keep mine keeps the open map as unsaved work, and its next save asks first.
 */
export function DiskChangeBanner() {
  const api = useStudioApi();
  const store = useStudioStoreApi();
  const change = useStudioStore((state) => state.diskChange);
  const keepMine = useStudioStore((state) => state.keepMineOverDisk);
  const reload = useCallback(async () => {
    const path = store.getState().diskChange?.path;
    if (path === undefined) return;
    await openFileResult(await api.openRecent(path), store);
  }, [api, store]);
  if (change === null) return null;
  const fileName = fileNameOfPath(change.path);
  return (
    <div role="alert" className="error-alert">
      <p className="error-alert__message" dir="auto">
        {change.kind === 'deleted' ? t('disk.deleted', { fileName }) : t('disk.changed', { fileName })}
      </p>
      {change.kind === 'changed' && (
        <button type="button" className="error-alert__dismiss" onClick={() => void reload()}>
          {t('disk.reload')}
        </button>
      )}
      <button type="button" className="error-alert__dismiss" onClick={keepMine}>
        {t('disk.keepMine')}
      </button>
    </div>
  );
}
