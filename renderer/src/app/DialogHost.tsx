import { useCallback } from 'react';
import { describeDeletion } from '../../../shared/logic';
import { deleteHeader } from '../commands';
import type { RunCommand } from '../commands';
import { CommandPalette } from '../components/CommandPalette';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { NewMapDialog } from '../components/NewMapDialog';
import { ShortcutSheet } from '../components/ShortcutSheet';
import { ExportPngDialog } from '../export/ExportPngDialog';
import { StoryboardExportDialog } from '../storyboard/StoryboardExportDialog';
import { PosterExportDialog } from '../storyboard/PosterExportDialog';
import { MermaidExportDialog } from '../interop/MermaidExportDialog';
import { MermaidImportDialog } from '../interop/MermaidImportDialog';
import { CloseMapDialog } from './CloseMapDialog';
import { SurveyImportDialog } from '../evidence/SurveyImportDialog';
import { ActionPlanDialog } from '../actionPlan/ActionPlanDialog';
import { NameRevisionDialog } from '../history/NameRevisionDialog';
import { PresentationHost } from '../storyboard/presentation/PresentationMode';
import { OpenLinkDialog } from '../panels/DescriptionLinks';
import { t, tCount } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import type { HeaderRef } from '../store';

/** Shows the store's active dialog, if any: commands open dialogs as data, this renders them. */
export function DialogHost({ runCommand }: { runCommand: RunCommand }) {
  const dialog = useStudioStore((state) => state.activeDialog);
  const closeDialog = useStudioStore((state) => state.closeDialog);
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'newMap':
      return <NewMapDialog onClose={closeDialog} />;
    case 'commandPalette':
      return <CommandPalette runCommand={runCommand} onClose={closeDialog} />;
    case 'shortcuts':
      return <ShortcutSheet onClose={closeDialog} />;
    case 'confirmHeaderDeletion':
      return <ConfirmHeaderDeletion header={dialog.header} onClose={closeDialog} />;
    case 'confirmCloseMap':
      return <CloseMapDialog onClose={closeDialog} />;
    case 'nameRevision':
      return (
        <NameRevisionDialog
          revisionId={dialog.revisionId}
          initialLabel={dialog.label}
          initialNote={dialog.note}
          onClose={closeDialog}
        />
      );
    case 'exportPng':
      return <ExportPngDialog onClose={closeDialog} />;
    case 'exportStoryboard':
      return <StoryboardExportDialog onClose={closeDialog} />;
    case 'exportPoster':
      return <PosterExportDialog onClose={closeDialog} />;
    case 'mermaidExport':
      return <MermaidExportDialog onClose={closeDialog} />;
    case 'surveyImport':
      return <SurveyImportDialog onClose={closeDialog} />;
    case 'mermaidImport':
      return <MermaidImportDialog onClose={closeDialog} />;
    case 'actionPlan':
      return <ActionPlanDialog onClose={closeDialog} />;
    case 'presentation':
      return <PresentationHost onClose={closeDialog} />;
    case 'confirmOpenLink':
      return <OpenLinkDialog href={dialog.href} host={dialog.host} onClose={closeDialog} />;
  }
}

/** "Delete stage “Order”? This also deletes 4 items, 2 links and 0 metrics…" */
function ConfirmHeaderDeletion({ header, onClose }: { header: HeaderRef; onClose(): void }) {
  const store = useStudioStoreApi();
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const confirm = useCallback(() => {
    onClose();
    deleteHeader(store, header);
  }, [header, onClose, store]);
  const record = (header.kind === 'stage' ? map?.stages : map?.lanes)?.find(({ id }) => id === header.id);
  if (map === null || record === undefined) return null;
  const summary = describeDeletion(
    map,
    header.kind === 'stage' ? { stageIds: [header.id] } : { laneIds: [header.id] },
  );
  const name = record.name.trim() === '' ? '…' : record.name;
  const takesNothingElse = summary.removedItemIds.length === 0 && summary.removedMetricIds.length === 0;
  return (
    <ConfirmDialog
      title={
        header.kind === 'stage'
          ? t('confirm.deleteStage.title', { name })
          : t('confirm.deleteLane.title', { name })
      }
      message={
        takesNothingElse
          ? t('confirm.deletion.bodyEmpty')
          : t('confirm.deletion.body', {
              items: tCount('count.items', summary.removedItemIds.length),
              links: tCount('count.links', summary.removedLinkIds.length),
              metrics: tCount('count.metrics', summary.removedMetricIds.length),
            })
      }
      confirmLabel={t('confirm.delete')}
      onConfirm={confirm}
      onCancel={onClose}
    />
  );
}
