export { COMMANDS, commandById, findCommand } from './registry';
export type { Command, CommandContext, CommandId, RunCommand, ViewportControls } from './registry';
export { formatShortcut, isMacPlatform, isTextEntryTarget, matchesShortcut } from './shortcuts';
export type { KeyChord, Shortcut } from './shortcuts';
export { openFileResult } from './openMap';
