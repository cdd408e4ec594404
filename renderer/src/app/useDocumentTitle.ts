import { useEffect } from 'react';
import { t } from '../i18n';
import { useStudioStore } from '../store';

/** "<map title> — Journey Studio", or the app's name with no map open. */
export function useDocumentTitle(): void {
  const mapTitle = useStudioStore((state) => (state.doc === null ? null : state.doc.map.title));
  useEffect(() => {
    if (mapTitle === null) {
      document.title = t('app.name');
      return;
    }
    const title = mapTitle.trim() === '' ? t('map.untitled') : mapTitle;
    document.title = t('window.titleWithMap', { title });
  }, [mapTitle]);
}
