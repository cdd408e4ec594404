import { useState } from 'react';
import { serializeCxmap } from '../../../shared/format';
import type { CaptureApi } from '../../../shared/ipc/contract';
import { useStudioApi } from '../bridge';
import { ModalDialog } from '../components/ModalDialog';
import { describeFileError, t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { downloadFile, exportFileName } from './downloadFile';
import { ExportActions, ExportStateStatus } from './ExportDialogParts';
import type { ExportState } from './ExportDialogParts';
import { renderStaticMapPng } from './staticMapPng';
import { settleFileCall } from './settleFileCall';
import type { PngOptions } from './staticMapPng';

/** Measured by `npm run bench`: about 15 s at 500 items, more than 30 s at 1,000, through html-to-image. */
const SLOW_IN_BROWSER_ITEMS = 400;

/** Export PNG: size (1× or 2×) and background, then the whole map as a download named after it. */
export function ExportPngDialog({ onClose }: { onClose(): void }) {
  const api = useStudioApi();
  const store = useStudioStoreApi();
  const title = useStudioStore((state) => state.doc?.map.title ?? '');
  const itemCount = useStudioStore((state) => state.doc?.map.items.length ?? 0);
  // html-to-image (the browser's only way) copies every element with its style on the main thread.
  const warnsSlow = api.capture?.exportPng === undefined && itemCount > SLOW_IN_BROWSER_ITEMS;
  const [options, setOptions] = useState<PngOptions>({ scale: 2, background: true });
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  /**
   * Electron: main draws the whole map in a hidden capture window and rasterises it with Chromium's
   * own screenshot (`capturePage`), then asks where to save. Far faster than html-to-image, which
   * clones every node with its computed style.
   */
  const exportThroughCapture = async (exportPngFile: NonNullable<CaptureApi['exportPng']>) => {
    const doc = store.getState().doc;
    const name = exportFileName(title, 'png', t('map.untitled'));
    const text = doc === null ? null : serializeCxmap(doc);
    if (text === null || !text.ok) {
      setState({ kind: 'failed', reason: t('export.png.noCanvas') });
      return;
    }
    setState({ kind: 'working' });
    const result = await settleFileCall(
      exportPngFile({
        suggestedName: name,
        documentText: text.value,
        scale: options.scale,
        background: options.background,
      }),
      name,
    );
    if (result.ok) onClose();
    else if (result.error.kind === 'cancelled') setState({ kind: 'idle' });
    else setState({ kind: 'failed', reason: describeFileError(result.error, name) });
  };

  const exportPng = async () => {
    const exportPngFile = api.capture?.exportPng ?? null;
    if (exportPngFile !== null) {
      await exportThroughCapture(exportPngFile);
      return;
    }
    const map = store.getState().doc?.map;
    if (map === undefined) {
      setState({ kind: 'failed', reason: t('export.png.noCanvas') });
      return;
    }
    setState({ kind: 'working' });
    try {
      // The capture view's static DOM, drawn off-screen: the open canvas and its view stay as they are.
      const blob = await renderStaticMapPng(map, options);
      downloadFile(document, exportFileName(title, 'png', t('map.untitled')), blob);
      onClose();
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
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
        {warnsSlow ? (
          <p className="modal__intro">{t('export.png.slowInBrowser', { count: itemCount })}</p>
        ) : null}
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
