/**
 * Keyboard shortcuts as data. `mod` is Ctrl, or ⌘ on macOS, so one definition serves every platform
 * (as Electron's `CmdOrCtrl` and Playwright's `ControlOrMeta` do).
 */
export interface Shortcut {
  /** `KeyboardEvent.key` values (lower case) or `KeyboardEvent.code` values that trigger it. */
  readonly keys: readonly string[];
  readonly mod?: boolean;
  /** `undefined`: either way (Ctrl+= and Ctrl++ are the same key on most layouts). */
  readonly shift?: boolean;
  /** How the key is written for the user: "O", "=", "1". */
  readonly display: string;
}

/** The parts of a `KeyboardEvent` a shortcut looks at, so matching is testable without a DOM. */
export interface KeyChord {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

export function matchesShortcut(chord: KeyChord, shortcut: Shortcut, isMac: boolean): boolean {
  const mod = isMac ? chord.metaKey : chord.ctrlKey;
  const otherModifier = isMac ? chord.ctrlKey : chord.metaKey;
  if (mod !== (shortcut.mod ?? false) || otherModifier || chord.altKey) return false;
  if (shortcut.shift !== undefined && chord.shiftKey !== shortcut.shift) return false;
  return shortcut.keys.includes(chord.key.toLowerCase()) || shortcut.keys.includes(chord.code);
}

/** "Ctrl+O" on Windows and Linux, "⌘O" on macOS: each platform's own way of writing it. */
export function formatShortcut(shortcut: Shortcut, isMac: boolean): string {
  if (isMac)
    return `${shortcut.shift === true ? '⇧' : ''}${shortcut.mod === true ? '⌘' : ''}${shortcut.display}`;
  const parts = [
    shortcut.mod === true ? 'Ctrl' : null,
    shortcut.shift === true ? 'Shift' : null,
    shortcut.display,
  ];
  return parts.filter((part): part is string => part !== null).join('+');
}

export function isMacPlatform(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /^(Mac|iPhone|iPad|iPod)/i.test(platform);
}

/** Shortcuts without Ctrl/⌘ must not fire while the user is typing text. */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
