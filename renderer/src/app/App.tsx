import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { RevisionView } from '../revisions/RevisionView';
import { ContextMenuProvider } from '../components/ContextMenu';
import { useStudioStore } from '../store';
import { DialogHost } from './DialogHost';
import { DiskChangeBanner } from './DiskChangeBanner';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';
import { RecoveryPrompt } from './RecoveryPrompt';
import { FindBar } from '../panels/FindBar';
import { SaveConflictDialog } from './SaveConflictDialog';
import { SaveNotice } from './SaveNotice';
import { SidePanel } from './SidePanel';
import { Toolbar } from './Toolbar';
import { useBridgeEvents } from './useBridgeEvents';
import { useCommandRunner } from './useCommandRunner';
import { useDocumentTitle } from './useDocumentTitle';
import { useFileDrop } from './useFileDrop';
import { useFileWatch } from './useFileWatch';
import { t } from '../i18n';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/** The window: toolbar on top, the map (or the empty state) in the middle, the inspector on the right. */
export function App() {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  // A revision preview or comparison replaces the editing canvas, read-only, until it is closed.
  const showsRevision = useStudioStore((state) => state.revisionView !== null);
  const runCommand = useCommandRunner();
  useKeyboardShortcuts(runCommand);
  useBridgeEvents(runCommand);
  useDocumentTitle();
  useFileWatch();
  const isDraggingFile = useFileDrop();

  return (
    <ContextMenuProvider runCommand={runCommand}>
      <div className="studio">
        <Toolbar runCommand={runCommand} />
        <ErrorAlert />
        <DiskChangeBanner />
        <SaveNotice />
        <RecoveryPrompt />
        <div className="studio__body">
          <main className="studio__canvas">
            {map === null ? (
              <EmptyState runCommand={runCommand} />
            ) : showsRevision ? (
              <RevisionView />
            ) : (
              <JourneyCanvas map={map} />
            )}
            {/* Find filters the editing canvas; a revision view has its own banner in that corner. */}
            {!showsRevision && <FindBar />}
          </main>
          <SidePanel />
        </div>
      </div>
      <DialogHost runCommand={runCommand} />
      <SaveConflictDialog />
      {isDraggingFile && (
        <div className="drop-overlay" aria-hidden="true">
          {t('drop.overlay')}
        </div>
      )}
    </ContextMenuProvider>
  );
}
