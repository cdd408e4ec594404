import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import { downloadFile, exportFileName } from './downloadFile';
import { ExportActions, ExportStateStatus } from './ExportDialogParts';
import type { ExportState } from './ExportDialogParts';
import { renderMapPng } from './mapPng';
import type { PngOptions } from './mapPng';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Export PNG: size (1× or 2×) and background, then the whole map as a download named after it. */
export function ExportPngDialog({ onClose }: { onClose(): void }) {
  const flow = useReactFlow();
  const title = useStudioStore((state) => state.doc?.map.title ?? '');
  const [options, setOptions] = useState<PngOptions>({ scale: 2, background: true });
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const exportPng = async () => {
    const viewport = document.querySelector<HTMLElement>('.journey-canvas .react-flow__viewport');
    if (viewport === null) {
      setState({ kind: 'failed', reason: t('export.png.noCanvas') });
      return;
    }
    setState({ kind: 'working' });
    const saved = flow.getViewport();
    try {
      // A large map renders only what is on screen; fitted, every node is in the DOM to be drawn. Not
      // `fitView`: its promise waits for a queued fit that a selection change can leave pending.
      const frame = viewport.closest('.react-flow')?.getBoundingClientRect();
      const bounds = getNodesBounds(flow.getNodes());
      if (frame !== undefined && frame.width > 0 && frame.height > 0) {
        void flow.setViewport(getViewportForBounds(bounds, frame.width, frame.height, 0.01, 2, 0));
      }
      await nextFrame();
      await nextFrame();
      const blob = await renderMapPng(viewport, flow.getNodes(), options);
      downloadFile(document, exportFileName(title, 'png', t('map.untitled')), blob);
      onClose();
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      void flow.setViewport(saved);
    }
  };

  const working = state.kind === 'working';
  return (
    <ModalDialog label={t('export.png.title')} onClose={working ? () => undefined : onClose}>
      <div className="modal__header">
        <h2 className="modal__title">{t('export.png.title')}</h2>
      </div>
      <div className="modal__body">
        <fieldset className="export-dialog__choices" disabled={working}>
          <legend>{t('export.png.size')}</legend>
          {([1, 2] as const).map((scale) => (
            <label key={scale}>
              <input
                type="radio"
                name="png-scale"
                checked={options.scale === scale}
                onChange={() => setOptions((current) => ({ ...current, scale }))}
              />{' '}
              {t(scale === 1 ? 'export.png.scale1' : 'export.png.scale2')}
            </label>
          ))}
        </fieldset>
        <label className="export-dialog__check">
          <input
            type="checkbox"
            disabled={working}
            checked={options.background}
            onChange={(event) => setOptions((current) => ({ ...current, background: event.target.checked }))}
          />{' '}
          {t('export.png.background')}
        </label>
        <ExportStateStatus state={state} />
      </div>
      <ExportActions
        working={working}
        submitLabel={t('export.png.submit')}
        onSubmit={() => void exportPng()}
        onCancel={onClose}
      />
    </ModalDialog>
  );
}
