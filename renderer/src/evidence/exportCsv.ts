import { metricsToCsv, quotesToCsv } from '../../../shared/interop';
import { exportFileName, downloadFile } from '../export/downloadFile';
import { t } from '../i18n';
import type { StudioStore } from '../store';

/**
 * Metrics or quotes of the open map as a CSV download. The same Blob download serves the browser and
 * Electron (Chromium asks where to save), so nothing is added to the main process.
 */
export function exportEvidenceCsv(store: StudioStore, what: 'metrics' | 'quotes'): void {
  const map = store.getState().doc?.map;
  if (map === undefined) return;
  const text = what === 'metrics' ? metricsToCsv(map) : quotesToCsv(map);
  const name = exportFileName(
    what === 'metrics'
      ? t('evidence.export.metricsName', { title: map.title })
      : t('evidence.export.quotesName', { title: map.title }),
    'csv',
    what,
  );
  downloadFile(document, name, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  store.getState().showNotice(t('evidence.export.done', { file: name }));
}
