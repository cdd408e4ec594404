import { useEffect } from 'react';
import { useStudioApi } from '../bridge';
import { findCommand, openFileResult } from '../commands';
import { useStudioStoreApi } from '../store';
import type { RunCommand } from '../commands';

/** Native-menu commands and files the OS hands us (double-click, second launch) run like any other. */
export function useBridgeEvents(runCommand: RunCommand): void {
  const api = useStudioApi();
  const store = useStudioStoreApi();

  useEffect(
    () =>
      api.onMenuCommand((id) => {
        // The menu may offer commands this version of the renderer does not have yet.
        const command = findCommand(id);
        if (command !== undefined) runCommand(command.id);
      }),
    [api, runCommand],
  );

  useEffect(() => api.onOpenFile((file) => openFileResult(file, store)), [api, store]);
}
