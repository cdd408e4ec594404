import type { StudioApi } from '../../../shared/ipc/contract';
import type { PlainMessageKey } from '../i18n';
import type { StudioState, StudioStore } from '../store';
import { openFileResult } from './openMap';
import type { Shortcut } from './shortcuts';

/** The viewport operations commands need; the app provides them from React Flow. */
export interface ViewportControls {
  zoomIn(): void;
  zoomOut(): void;
}

export interface CommandContext {
  readonly api: StudioApi;
  readonly store: StudioStore;
  readonly viewport: ViewportControls;
}

/**
 * A user command as data (excalidraw's actions): the toolbar, the keyboard, the native menu and the
 * command palette (next issue) all run the same object, so they cannot disagree on what it does or
 * when it is available.
 */
interface CommandDefinition {
  readonly id: string;
  readonly label: PlainMessageKey;
  readonly shortcut: Shortcut | null;
  isEnabled(state: StudioState): boolean;
  perform(context: CommandContext): void | Promise<void>;
}

const hasMap = (state: StudioState): boolean => state.doc !== null;

const COMMAND_DEFINITIONS = [
  {
    id: 'file.open',
    label: 'command.file.open',
    shortcut: { keys: ['o'], mod: true, shift: false, display: 'O' },
    isEnabled: () => true,
    perform: async ({ api, store }) => openFileResult(await api.openMapDialog(), store),
  },
  {
    id: 'view.zoomIn',
    label: 'command.view.zoomIn',
    shortcut: { keys: ['=', '+'], mod: true, display: '=' },
    isEnabled: hasMap,
    perform: ({ viewport }) => viewport.zoomIn(),
  },
  {
    id: 'view.zoomOut',
    label: 'command.view.zoomOut',
    shortcut: { keys: ['-', '_'], mod: true, display: '-' },
    isEnabled: hasMap,
    perform: ({ viewport }) => viewport.zoomOut(),
  },
  {
    id: 'view.zoomToFit',
    label: 'command.view.zoomToFit',
    shortcut: { keys: ['Digit1'], shift: true, display: '1' },
    isEnabled: hasMap,
    perform: ({ store }) => store.getState().requestFitView(),
  },
] as const satisfies readonly CommandDefinition[];

export type CommandId = (typeof COMMAND_DEFINITIONS)[number]['id'];
export type Command = CommandDefinition & { readonly id: CommandId };

/** Runs a command by id, whatever triggered it (toolbar, keyboard, native menu). */
export type RunCommand = (id: CommandId) => void;

/** Every command, in the order the toolbar and the command palette list them. */
export const COMMANDS: readonly Command[] = COMMAND_DEFINITIONS;

const COMMANDS_BY_ID: ReadonlyMap<string, Command> = new Map(
  COMMANDS.map((command) => [command.id, command]),
);

export function findCommand(id: string): Command | undefined {
  return COMMANDS_BY_ID.get(id);
}

export function commandById(id: CommandId): Command {
  const command = COMMANDS_BY_ID.get(id);
  if (command === undefined) throw new Error(`No command "${id}" is registered.`);
  return command;
}
