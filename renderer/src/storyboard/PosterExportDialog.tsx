import { useCallback, useEffect, useState } from 'react';
import { useStudioApi } from '../bridge';
import { ModalDialog } from '../components/ModalDialog';
import { exportFileName } from '../export/downloadFile';
import { ExportActions, ExportStateStatus } from '../export/ExportDialogParts';
import type { ExportState } from '../export/ExportDialogParts';
import { renderStaticMapPng } from '../export/staticMapPng';
import { settleFileCall } from '../export/settleFileCall';
import { describeFileError, t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { PrintRoot } from './PrintRoot';
import { posterLayout } from './posterLayout';
import type { PosterLayout } from './posterLayout';
import { pageRule } from './storyboardModel';

interface PosterJob {
  readonly title: string;
  readonly url: string;
  readonly layout: PosterLayout;
}

/**
 * Export PDF poster: the whole map on one sheet sized to it. The picture is the PNG export's (the
 * static drawing of every node), scaled to fit; the title above it is real text.
 */
export function PosterExportDialog({ onClose }: { onClose(): void }) {
  const api = useStudioApi();
  const store = useStudioStoreApi();
  const title = useStudioStore((state) => state.doc?.map.title ?? '');
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [job, setJob] = useState<PosterJob | null>(null);

  // The picture's object URL lives as long as its print job.
  useEffect(() => (job === null ? undefined : () => URL.revokeObjectURL(job.url)), [job]);

  const start = async () => {
    const map = store.getState().doc?.map;
    if (map === undefined) {
      setState({ kind: 'failed', reason: t('export.png.noCanvas') });
      return;
    }
    setState({ kind: 'working' });
    try {
      // The PNG export's static picture: every node at full detail, whatever the canvas' zoom shows.
      const blob = await renderStaticMapPng(map, { scale: 2, background: true });
      const url = URL.createObjectURL(blob);
      const image = new Image();
      image.src = url;
      await image.decode();
      setJob({
        title: title.trim() === '' ? t('map.untitled') : title,
        url,
        // Drawn at 2×: half the pixels are the map's own size.
        layout: posterLayout(image.naturalWidth / 2, image.naturalHeight / 2),
      });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const print = useCallback(async () => {
    if (job === null) return;
    const name = exportFileName(t('poster.export.fileName', { title: job.title }), 'pdf', t('map.untitled'));
    const landscape = job.layout.pageWidthMm >= job.layout.pageHeightMm;
    const result = await settleFileCall(
      api.printToPdf({ suggestedName: name, pageSize: 'A4', landscape }),
      name,
    );
    setJob(null);
    if (result.ok) {
      if (api.platform === 'electron')
        store.getState().showNotice(t('storyboard.export.done', { file: result.value.name }));
      onClose();
    } else if (result.error.kind === 'cancelled') setState({ kind: 'idle' });
    else setState({ kind: 'failed', reason: describeFileError(result.error, name) });
  }, [api, job, onClose, store]);

  const working = state.kind === 'working';
  return (
    <ModalDialog label={t('poster.export.title')} onClose={working ? () => undefined : onClose}>
      <div className="modal__header">
        <h2 className="modal__title">{t('poster.export.title')}</h2>
      </div>
      <div className="modal__body">
        <p className="modal__intro">{t('poster.export.intro')}</p>
        {api.platform === 'web' ? <p className="modal__intro">{t('storyboard.export.browserHint')}</p> : null}
        <ExportStateStatus state={state} />
      </div>
      <ExportActions
        working={working}
        submitLabel={t('poster.export.submit')}
        onSubmit={() => void start()}
        onCancel={onClose}
      />
      {job === null ? null : (
        <PrintRoot
          pageRule={pageRule(`${job.layout.pageWidthMm}mm ${job.layout.pageHeightMm}mm`)}
          onReady={() => void print()}
        >
          <div className="poster">
            <h1 className="poster__title" dir="auto">
              {job.title}
            </h1>
            <img
              className="poster__image"
              src={job.url}
              alt={job.title}
              style={{ width: `${job.layout.imageWidthMm}mm`, height: `${job.layout.imageHeightMm}mm` }}
            />
          </div>
        </PrintRoot>
      )}
    </ModalDialog>
  );
}
