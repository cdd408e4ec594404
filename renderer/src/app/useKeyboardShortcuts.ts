import { useLayoutEffect } from 'react';
import { COMMANDS, isMacPlatform, isTextEntryTarget, matchesShortcut, shortcutsOf } from '../commands';
import type { Command, KeyChord, RunCommand } from '../commands';
import { useStudioStoreApi } from '../store';

/** The command a key press runs, if any; text fields keep plain keys and the keys they use themselves. */
export function commandForKey(
  chord: KeyChord,
  target: EventTarget | null,
  isMac: boolean,
): Command | undefined {
  const command = COMMANDS.find((candidate) =>
    shortcutsOf(candidate).some((shortcut) => matchesShortcut(chord, shortcut, isMac)),
  );
  if (command === undefined || !isTextEntryTarget(target)) return command;
  const usesMod = command.shortcut?.mod === true;
  return usesMod && command.textFieldOwnsKeys !== true ? command : undefined;
}

/**
 * Global shortcuts from the command registry. Shortcuts with Ctrl/⌘ work everywhere (Ctrl+O from a
 * text field still opens) unless the field has its own meaning for them (Ctrl+Z undoes the typing,
 * not the map); plain keys (Delete, ?) are left to text fields. The browser's own meaning of a key
 * (Ctrl+O opens a local page, Ctrl+D bookmarks) is cancelled when a command takes it. While a dialog
 * is up, its own keys rule: nothing behind it changes.
 */
export function useKeyboardShortcuts(runCommand: RunCommand): void {
  const store = useStudioStoreApi();
  // A layout effect: the listener is in place before the first paint, so a key pressed as soon as
  // the window shows is never lost.
  useLayoutEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (store.getState().activeDialog !== null) return;
      const command = commandForKey(event, event.target, isMac);
      if (command === undefined) return;
      event.preventDefault();
      runCommand(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runCommand, store]);
}
