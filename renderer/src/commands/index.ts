export { COMMANDS, COMMAND_GROUPS, commandById, findCommand, shortcutsOf } from './registry';
export type {
  Command,
  CommandContext,
  CommandGroup,
  CommandId,
  RunCommand,
  ViewportControls,
} from './registry';
export { formatShortcut, isMacPlatform, isTextEntryTarget, matchesShortcut } from './shortcuts';
export type { KeyChord, Shortcut } from './shortcuts';
export { openFileResult } from './openMap';
export { createNewMap, mapTemplates } from './templates';
export type { MapStarterId, MapTemplate, NewMap } from './templates';
export { deleteHeader } from './selectionCommands';
export type { TextClipboard } from './systemClipboard';
export { describeSaveError, saveDocument, suggestedFileName } from './saveMap';
export type { SaveOptions } from './saveMap';
export { closeMap } from './closeMap';
export type { ClosableWindow } from './closeMap';
