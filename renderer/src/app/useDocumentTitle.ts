import { useEffect } from 'react';
import { useStudioApi } from '../bridge';
import { t } from '../i18n';
import { selectIsDirty, useStudioStore } from '../store';

/**
 * "<map title> — Journey Studio", with "• " in front while there are unsaved changes, or the app's
 * name with no map open. The file name is left out: the map's title already names it for the user,
 * and main adds the file to the native title bar where it has the path. Main also gets the state for
 * its close guard (Save / Don't Save / Cancel) and the macOS edited dot.
 */
export function useDocumentTitle(): void {
  const api = useStudioApi();
  const mapTitle = useStudioStore((state) => (state.doc === null ? null : state.doc.map.title));
  const filePath = useStudioStore((state) => state.filePath);
  const dirty = useStudioStore(selectIsDirty);
  useEffect(() => {
    // First: the web bridge writes the tab title itself, and with no map open ours must win.
    void api.setDocumentState({ title: mapTitle ?? '', filePath, dirty });
    if (mapTitle === null) {
      document.title = t('app.name');
    } else {
      const title = mapTitle.trim() === '' ? t('map.untitled') : mapTitle;
      document.title = dirty ? t('window.titleWithMapDirty', { title }) : t('window.titleWithMap', { title });
    }
  }, [api, mapTitle, filePath, dirty]);
}
