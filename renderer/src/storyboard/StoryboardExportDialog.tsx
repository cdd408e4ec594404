import { useCallback, useEffect, useRef, useState } from 'react';
import type { PdfPageSize } from '../../../shared/ipc/contract';
import type { JourneyMap } from '../../../shared/model';
import { useStudioApi } from '../bridge';
import { ModalDialog } from '../components/ModalDialog';
import { settleFileCall } from '../export/settleFileCall';
import { defaultStudioDb, describeRevisionError, listRevisions, loadRevisionMap } from '../db';
import type { RevisionMeta } from '../db';
import { exportFileName } from '../export/downloadFile';
import { ExportActions, ExportStatus } from '../export/ExportDialogParts';
import { describeFileError, t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { PrintRoot } from './PrintRoot';
import { readRedactExports } from './presentation/redactSetting';
import { StoryboardDocument } from './StoryboardDocument';
import type { StoryboardOptions } from './StoryboardDocument';
import { pageRule } from './storyboardModel';

type ExportState =
  { kind: 'idle' } | { kind: 'preparing' } | { kind: 'printing' } | { kind: 'failed'; reason: string };

const revisionName = (revision: RevisionMeta): string =>
  revision.label === null || revision.label.trim() === ''
    ? t('storyboard.export.unnamedRevision')
    : revision.label;

/** The open map's revisions, newest first; empty where the browser keeps no local database. */
function useRevisions(mapId: string | null): readonly RevisionMeta[] {
  const [found, setFound] = useState<{ mapId: string; revisions: readonly RevisionMeta[] } | null>(null);
  useEffect(() => {
    const db = defaultStudioDb();
    if (mapId === null || db === null) return;
    let current = true;
    void listRevisions(db, mapId).then((listed) => {
      if (current && listed.ok) setFound({ mapId, revisions: listed.value.revisions });
    });
    return () => {
      current = false;
    };
  }, [mapId]);
  return found !== null && found.mapId === mapId ? found.revisions : [];
}

/**
 * Export PDF storyboard: paper, the revision whose metrics the summary compares with, and whether to
 * redact personal data in quotes. Export mounts the storyboard in the print root and asks the bridge
 * to print it (Electron writes the PDF; a browser opens its print dialog), then unmounts it.
 */
export function StoryboardExportDialog({ onClose }: { onClose(): void }) {
  const api = useStudioApi();
  const store = useStudioStoreApi();
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const revisions = useRevisions(map?.id ?? null);
  const [paper, setPaper] = useState<PdfPageSize>('A4');
  const [compareId, setCompareId] = useState('');
  const [redact, setRedact] = useState(false);
  const touchedRedact = useRef(false);
  useEffect(() => {
    // The remembered "Redact personal data in exports" is the default; a click here decides this export.
    let live = true;
    void readRedactExports().then((value) => {
      if (live && !touchedRedact.current) setRedact(value);
    });
    return () => {
      live = false;
    };
  }, []);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [job, setJob] = useState<{ map: JourneyMap; options: StoryboardOptions } | null>(null);

  const start = async () => {
    if (map === null) return;
    setState({ kind: 'preparing' });
    let compared: StoryboardOptions['compared'] = null;
    const chosen = revisions.find(({ id }) => id === compareId);
    const db = defaultStudioDb();
    if (chosen !== undefined && db !== null) {
      const loaded = await loadRevisionMap(db, chosen.id);
      if (!loaded.ok) {
        const reason = describeRevisionError(loaded.error, map.title);
        setState({ kind: 'failed', reason: t('storyboard.export.compareFailed', { reason }) });
        return;
      }
      compared = { label: revisionName(chosen), map: loaded.value };
    }
    const named = revisions.find((revision) => revision.kind === 'named');
    setJob({
      map,
      options: {
        paper,
        redact,
        compared,
        revisionLabel: named === undefined ? null : revisionName(named),
        exportedAt: Date.now(),
      },
    });
  };

  const print = useCallback(async () => {
    if (job === null) return;
    setState({ kind: 'printing' });
    const name = exportFileName(
      t('storyboard.export.fileName', {
        title: job.map.title.trim() === '' ? t('map.untitled') : job.map.title,
      }),
      'pdf',
      t('map.untitled'),
    );
    const result = await settleFileCall(
      api.printToPdf({ suggestedName: name, pageSize: job.options.paper, landscape: true }),
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

  const working = state.kind === 'preparing' || state.kind === 'printing';
  const pages = (map?.stages.length ?? 0) + 2;
  return (
    <ModalDialog label={t('storyboard.export.title')} onClose={working ? () => undefined : onClose}>
      <div className="modal__header">
        <h2 className="modal__title">{t('storyboard.export.title')}</h2>
      </div>
      <div className="modal__body">
        <p className="modal__intro">{t('storyboard.export.intro')}</p>
        <fieldset className="export-dialog__choices" disabled={working}>
          <legend>{t('storyboard.export.paper')}</legend>
          {(['A4', 'Letter'] as const).map((size) => (
            <label key={size}>
              <input
                type="radio"
                name="storyboard-paper"
                checked={paper === size}
                onChange={() => setPaper(size)}
              />{' '}
              {t(size === 'A4' ? 'storyboard.export.a4' : 'storyboard.export.letter')}
            </label>
          ))}
        </fieldset>
        <label className="export-dialog__check">
          {t('storyboard.export.compare')}{' '}
          <select value={compareId} disabled={working} onChange={(event) => setCompareId(event.target.value)}>
            <option value="">{t('storyboard.export.compareNone')}</option>
            {revisions.map((revision) => (
              <option key={revision.id} value={revision.id}>
                {t('storyboard.export.revisionOption', {
                  label: revisionName(revision),
                  date: new Date(revision.createdAt).toLocaleString(),
                })}
              </option>
            ))}
          </select>
        </label>
        <label className="export-dialog__check">
          <input
            type="checkbox"
            disabled={working}
            checked={redact}
            onChange={(event) => {
              touchedRedact.current = true;
              setRedact(event.target.checked);
            }}
          />{' '}
          {t('storyboard.export.redact')}
        </label>
        {api.platform === 'web' ? <p className="modal__intro">{t('storyboard.export.browserHint')}</p> : null}
        <ExportStatus
          failed={state.kind === 'failed'}
          text={
            state.kind === 'preparing'
              ? t('storyboard.export.preparing', { pages })
              : state.kind === 'printing'
                ? t('storyboard.export.printing')
                : state.kind === 'failed'
                  ? t('export.failed', { reason: state.reason })
                  : ''
          }
        />
      </div>
      <ExportActions
        working={working}
        submitLabel={t('storyboard.export.submit')}
        submitDisabled={map === null}
        onSubmit={() => void start()}
        onCancel={onClose}
      />
      {job === null ? null : (
        <PrintRoot pageRule={pageRule(`${job.options.paper} landscape`)} onReady={() => void print()}>
          <StoryboardDocument map={job.map} options={job.options} />
        </PrintRoot>
      )}
    </ModalDialog>
  );
}
