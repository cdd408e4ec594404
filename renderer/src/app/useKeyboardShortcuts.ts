import { useLayoutEffect } from 'react';
import { COMMANDS, isMacPlatform, isTextEntryTarget, matchesShortcut } from '../commands';
import type { RunCommand } from '../commands';

/**
 * Global shortcuts from the command registry. Shortcuts with Ctrl/⌘ work everywhere (Ctrl+O from a
 * text field still opens); plain keys are left to text fields. The browser's own meaning of a key
 * (Ctrl+O opens a local page, Ctrl+= zooms the page) is cancelled when a command takes it.
 */
export function useKeyboardShortcuts(runCommand: RunCommand): void {
  // A layout effect: the listener is in place before the first paint, so a key pressed as soon as
  // the window shows is never lost.
  useLayoutEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = COMMANDS.find(
        (candidate) => candidate.shortcut !== null && matchesShortcut(event, candidate.shortcut, isMac),
      );
      if (command === undefined) return;
      if (command.shortcut?.mod !== true && isTextEntryTarget(event.target)) return;
      event.preventDefault();
      runCommand(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runCommand]);
}
