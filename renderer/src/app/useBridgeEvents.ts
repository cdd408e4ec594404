import { useEffect } from 'react';
import { useStudioApi } from '../bridge';
import { findCommand, isTextEntryTarget, openFileResult, saveDocument } from '../commands';
import type { CommandId, RunCommand } from '../commands';
import { useStudioStoreApi } from '../store';

/**
 * Menu commands that mean something else while the user types in a text field: the menu's Undo
 * there undoes the typing, its Copy copies the selected text. Chromium's editing commands do that.
 */
const TEXT_FIELD_EDITING: Partial<Record<CommandId, string>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.cut': 'cut',
  'edit.copy': 'copy',
  'edit.paste': 'paste',
  'edit.selectAll': 'selectAll',
};

/** Native-menu commands and files the OS hands us (double-click, second launch) run like any other. */
export function useBridgeEvents(runCommand: RunCommand): void {
  const api = useStudioApi();
  const store = useStudioStoreApi();

  useEffect(
    () =>
      api.onMenuCommand((id) => {
        if (id === 'file.saveAndClose') {
          // The close guard's "Save": the window closes only once the map is really written.
          void saveDocument(api, store).then((saved) => (saved ? api.confirmClose() : undefined));
          return;
        }
        // The menu may offer commands this version of the renderer does not have yet.
        const command = findCommand(id);
        if (command === undefined) return;
        const editing = TEXT_FIELD_EDITING[command.id];
        if (editing !== undefined && isTextEntryTarget(document.activeElement)) {
          // execCommand is deprecated for rich editors but remains how Chromium runs a field's own
          // undo/copy/paste on behalf of a menu; nothing newer offers that.
          document.execCommand(editing);
          return;
        }
        runCommand(command.id);
      }),
    [api, runCommand, store],
  );

  useEffect(() => api.onOpenFile((file) => void openFileResult(file, store)), [api, store]);
}
