import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { useStudioStore } from '../store';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';
import { SidePanel } from './SidePanel';
import { Toolbar } from './Toolbar';
import { useBridgeEvents } from './useBridgeEvents';
import { useCommandRunner } from './useCommandRunner';
import { useDocumentTitle } from './useDocumentTitle';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/** The window: toolbar on top, the map (or the empty state) in the middle, the inspector on the right. */
export function App() {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const runCommand = useCommandRunner();
  useKeyboardShortcuts(runCommand);
  useBridgeEvents(runCommand);
  useDocumentTitle();

  return (
    <div className="studio">
      <Toolbar runCommand={runCommand} />
      <ErrorAlert />
      <div className="studio__body">
        <main className="studio__canvas">
          {map === null ? <EmptyState runCommand={runCommand} /> : <JourneyCanvas map={map} />}
        </main>
        <SidePanel />
      </div>
    </div>
  );
}
