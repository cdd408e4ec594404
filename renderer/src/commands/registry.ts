import type { StudioApi } from '../../../shared/ipc/contract';
import type { PlainMessageKey } from '../i18n';
import type { StudioState, StudioStore } from '../store';
import { openFileResult } from './openMap';
import { closeMap } from './closeMap';
import { saveDocument } from './saveMap';
import { createFutureState } from '../history/revisionActions';
import { exportEvidenceCsv } from '../evidence/exportCsv';
import {
  copySelection,
  cutSelection,
  deleteSelected,
  duplicateSelection,
  hasActiveCell,
  hasSelectedItems,
  hasSomethingToDelete,
  insertItem,
  insertLane,
  insertStage,
  pasteIntoActiveCell,
} from './selectionCommands';
import type { Shortcut } from './shortcuts';
import type { TextClipboard } from './systemClipboard';

/** The viewport operations commands need; the app provides them from React Flow. */
export interface ViewportControls {
  zoomIn(): void;
  zoomOut(): void;
}

export interface CommandContext {
  readonly api: StudioApi;
  readonly store: StudioStore;
  readonly viewport: ViewportControls;
  /** The system clipboard, or null where the page has none (copy and paste then stay in-app). */
  readonly clipboard: TextClipboard | null;
}

/** Where the shortcut sheet lists a command (and the native menu puts it). */
export type CommandGroup = 'file' | 'edit' | 'insert' | 'view' | 'help';

/**
 * A user command as data (excalidraw's actions): the toolbar, the keyboard, the native menu, the
 * context menu and the command palette all run the same object, so they cannot disagree on what it
 * does or when it is available.
 */
interface CommandDefinition {
  readonly id: string;
  readonly group: CommandGroup;
  readonly label: PlainMessageKey;
  /** The shortcut shown to the user (tooltips, menus, the shortcut sheet). */
  readonly shortcut: Shortcut | null;
  /** Other keys that do the same (Ctrl+Y for redo, Backspace for delete); matched, not shown. */
  readonly alternativeShortcuts?: readonly Shortcut[];
  /**
   * The keys have a meaning of their own in a text field (Ctrl+Z undoes typing, Ctrl+C copies the
   * selected text), so there they are left to the field even though they use Ctrl/⌘.
   */
  readonly textFieldOwnsKeys?: boolean;
  isEnabled(state: StudioState): boolean;
  // A promise (a save, an open) is awaited by the runner so its failure reaches the user.
  perform(context: CommandContext): unknown;
}

const hasMap = (state: StudioState): boolean => state.doc !== null;
const always = (): boolean => true;

const mod = (key: string, display: string, shift = false): Shortcut => ({
  keys: [key],
  mod: true,
  shift,
  display,
});

const COMMAND_DEFINITIONS = [
  {
    id: 'file.new',
    group: 'file',
    label: 'command.file.new',
    shortcut: mod('n', 'N'),
    isEnabled: always,
    perform: ({ store }) => store.getState().openDialog({ kind: 'newMap' }),
  },
  {
    id: 'file.open',
    group: 'file',
    label: 'command.file.open',
    shortcut: { keys: ['o'], mod: true, shift: false, display: 'O' },
    isEnabled: always,
    perform: async ({ api, store }) => openFileResult(await api.openMapDialog(), store),
  },
  {
    id: 'file.save',
    group: 'file',
    label: 'command.file.save',
    shortcut: mod('s', 'S'),
    isEnabled: hasMap,
    perform: ({ api, store }) => saveDocument(api, store),
  },
  {
    id: 'file.saveAs',
    group: 'file',
    label: 'command.file.saveAs',
    shortcut: mod('s', 'S', true),
    isEnabled: hasMap,
    perform: ({ api, store }) => saveDocument(api, store, { saveAs: true }),
  },
  {
    id: 'file.exportPng',
    group: 'file',
    label: 'command.file.exportPng',
    shortcut: null,
    isEnabled: (state) => state.doc !== null && state.revisionView === null,
    perform: ({ store }) => store.getState().openDialog({ kind: 'exportPng' }),
  },
  {
    id: 'file.exportStoryboard',
    group: 'file',
    label: 'command.file.exportStoryboard',
    shortcut: null,
    isEnabled: (state) => state.doc !== null && state.revisionView === null,
    perform: ({ store }) => store.getState().openDialog({ kind: 'exportStoryboard' }),
  },
  {
    id: 'file.exportPoster',
    group: 'file',
    label: 'command.file.exportPoster',
    shortcut: null,
    isEnabled: (state) => state.doc !== null && state.revisionView === null,
    perform: ({ store }) => store.getState().openDialog({ kind: 'exportPoster' }),
  },
  {
    id: 'file.exportMermaid',
    group: 'file',
    label: 'command.file.exportMermaid',
    shortcut: null,
    isEnabled: hasMap,
    perform: ({ store }) => store.getState().openDialog({ kind: 'mermaidExport' }),
  },
  {
    id: 'file.importMermaid',
    group: 'file',
    label: 'command.file.importMermaid',
    shortcut: null,
    isEnabled: always,
    perform: ({ store }) => store.getState().openDialog({ kind: 'mermaidImport' }),
  },
  {
    id: 'evidence.importSurvey',
    group: 'file',
    label: 'command.evidence.importSurvey',
    shortcut: null,
    isEnabled: (state) => state.doc !== null && state.revisionView === null,
    perform: ({ store }) => store.getState().openDialog({ kind: 'surveyImport' }),
  },
  {
    id: 'evidence.exportMetrics',
    group: 'file',
    label: 'command.evidence.exportMetrics',
    shortcut: null,
    isEnabled: hasMap,
    perform: ({ store }) => exportEvidenceCsv(store, 'metrics'),
  },
  {
    id: 'evidence.exportQuotes',
    group: 'file',
    label: 'command.evidence.exportQuotes',
    shortcut: null,
    isEnabled: hasMap,
    perform: ({ store }) => exportEvidenceCsv(store, 'quotes'),
  },
  {
    id: 'history.saveRevisionAs',
    group: 'file',
    label: 'command.history.saveRevisionAs',
    // Ctrl/⌘+Alt+S would fit, but shortcuts cannot use Alt yet (`matchesShortcut` refuses it).
    shortcut: null,
    isEnabled: hasMap,
    perform: ({ store }) =>
      store.getState().openDialog({ kind: 'nameRevision', revisionId: null, label: '', note: '' }),
  },
  {
    id: 'history.createFutureState',
    group: 'file',
    label: 'command.history.createFutureState',
    shortcut: null,
    isEnabled: hasMap,
    perform: ({ store }) => createFutureState(store),
  },
  {
    id: 'file.close',
    group: 'file',
    label: 'command.file.close',
    shortcut: mod('w', 'W'),
    isEnabled: (state) => state.doc !== null,
    perform: ({ api, store }) => closeMap(api, store, window),
  },
  {
    id: 'edit.undo',
    group: 'edit',
    label: 'command.edit.undo',
    shortcut: mod('z', 'Z'),
    textFieldOwnsKeys: true,
    isEnabled: (state) => state.doc !== null && state.undoStack.length > 0,
    perform: ({ store }) => void store.getState().undo(),
  },
  {
    id: 'edit.redo',
    group: 'edit',
    label: 'command.edit.redo',
    shortcut: mod('z', 'Z', true),
    alternativeShortcuts: [mod('y', 'Y')],
    textFieldOwnsKeys: true,
    isEnabled: (state) => state.doc !== null && state.redoStack.length > 0,
    perform: ({ store }) => void store.getState().redo(),
  },
  {
    id: 'edit.cut',
    group: 'edit',
    label: 'command.edit.cut',
    shortcut: mod('x', 'X'),
    textFieldOwnsKeys: true,
    isEnabled: hasSelectedItems,
    perform: ({ store, clipboard }) => cutSelection(store, clipboard),
  },
  {
    id: 'edit.copy',
    group: 'edit',
    label: 'command.edit.copy',
    shortcut: mod('c', 'C'),
    textFieldOwnsKeys: true,
    isEnabled: hasSelectedItems,
    perform: ({ store, clipboard }) => copySelection(store, clipboard),
  },
  {
    id: 'edit.paste',
    group: 'edit',
    label: 'command.edit.paste',
    shortcut: mod('v', 'V'),
    textFieldOwnsKeys: true,
    // Enabled with no in-app copy too: another window may have put items on the system clipboard.
    isEnabled: hasActiveCell,
    perform: ({ store, clipboard }) => pasteIntoActiveCell(store, clipboard),
  },
  {
    id: 'edit.duplicate',
    group: 'edit',
    label: 'command.edit.duplicate',
    shortcut: mod('d', 'D'),
    isEnabled: hasSelectedItems,
    perform: ({ store }) => duplicateSelection(store),
  },
  {
    id: 'edit.delete',
    group: 'edit',
    label: 'command.edit.delete',
    shortcut: { keys: ['delete'], display: 'Delete' },
    alternativeShortcuts: [{ keys: ['backspace'], display: 'Backspace' }],
    isEnabled: hasSomethingToDelete,
    perform: ({ store }) => deleteSelected(store),
  },
  {
    id: 'edit.selectAll',
    group: 'edit',
    label: 'command.edit.selectAll',
    shortcut: mod('a', 'A'),
    textFieldOwnsKeys: true,
    isEnabled: (state) => (state.doc?.map.items.length ?? 0) > 0,
    perform: ({ store }) => store.getState().selectAllItems(),
  },
  {
    id: 'edit.find',
    group: 'edit',
    label: 'command.edit.find',
    shortcut: mod('f', 'F'),
    isEnabled: hasMap,
    // Keeps a query already typed: pressing Ctrl+F again only brings the find bar back to focus.
    perform: ({ store }) => store.getState().setFindQuery(store.getState().findQuery ?? ''),
  },
  {
    id: 'insert.touchpoint',
    group: 'insert',
    label: 'command.insert.touchpoint',
    shortcut: null,
    isEnabled: hasActiveCell,
    perform: ({ store }) => insertItem(store, 'touchpoint'),
  },
  {
    id: 'insert.friction',
    group: 'insert',
    label: 'command.insert.friction',
    shortcut: null,
    isEnabled: hasActiveCell,
    perform: ({ store }) => insertItem(store, 'friction'),
  },
  {
    id: 'insert.magic',
    group: 'insert',
    label: 'command.insert.magic',
    shortcut: null,
    isEnabled: hasActiveCell,
    perform: ({ store }) => insertItem(store, 'magic'),
  },
  {
    id: 'insert.opportunity',
    group: 'insert',
    label: 'command.insert.opportunity',
    shortcut: null,
    isEnabled: hasActiveCell,
    perform: ({ store }) => insertItem(store, 'opportunity'),
  },
  {
    id: 'insert.note',
    group: 'insert',
    label: 'command.insert.note',
    shortcut: null,
    isEnabled: hasActiveCell,
    perform: ({ store }) => insertItem(store, 'note'),
  },
  {
    id: 'insert.stage',
    group: 'insert',
    label: 'command.insert.stage',
    shortcut: null,
    isEnabled: hasMap,
    perform: ({ store }) => insertStage(store),
  },
  {
    id: 'insert.lane',
    group: 'insert',
    label: 'command.insert.lane',
    shortcut: null,
    isEnabled: hasMap,
    perform: ({ store }) => insertLane(store),
  },
  {
    id: 'view.zoomIn',
    group: 'view',
    label: 'command.view.zoomIn',
    shortcut: { keys: ['=', '+'], mod: true, display: '=' },
    isEnabled: hasMap,
    perform: ({ viewport }) => viewport.zoomIn(),
  },
  {
    id: 'view.zoomOut',
    group: 'view',
    label: 'command.view.zoomOut',
    shortcut: { keys: ['-', '_'], mod: true, display: '-' },
    isEnabled: hasMap,
    perform: ({ viewport }) => viewport.zoomOut(),
  },
  {
    id: 'view.zoomToFit',
    group: 'view',
    label: 'command.view.zoomToFit',
    shortcut: { keys: ['Digit1'], shift: true, display: '1' },
    isEnabled: hasMap,
    perform: ({ store }) => store.getState().requestFitView(),
  },
  {
    id: 'view.commandPalette',
    group: 'view',
    label: 'command.view.commandPalette',
    shortcut: mod('k', 'K'),
    isEnabled: always,
    perform: ({ store }) => store.getState().openDialog({ kind: 'commandPalette' }),
  },
  {
    id: 'view.actionPlan',
    group: 'view',
    label: 'command.view.actionPlan',
    shortcut: null,
    isEnabled: hasMap,
    perform: ({ store }) => store.getState().openDialog({ kind: 'actionPlan' }),
  },
  {
    id: 'view.present',
    group: 'view',
    label: 'command.view.present',
    shortcut: { keys: ['f5'], display: 'F5' },
    isEnabled: hasMap,
    perform: ({ store }) => store.getState().openDialog({ kind: 'presentation' }),
  },
  {
    id: 'help.shortcuts',
    group: 'help',
    label: 'command.help.shortcuts',
    // `?` is Shift+/ on US layouts but a key of its own on others: match the character, either shift.
    shortcut: { keys: ['?'], display: '?' },
    isEnabled: always,
    perform: ({ store }) => store.getState().openDialog({ kind: 'shortcuts' }),
  },
] as const satisfies readonly CommandDefinition[];

export type CommandId = (typeof COMMAND_DEFINITIONS)[number]['id'];
export type Command = CommandDefinition & { readonly id: CommandId };

/** Runs a command by id, whatever triggered it (toolbar, keyboard, native menu, palette). */
export type RunCommand = (id: CommandId) => void;

/** Every command, in the order the command palette and the shortcut sheet list them. */
/** Commands that change the open map (or act on its selection on the editing canvas). */
const MAP_CHANGING_IDS: ReadonlySet<string> = new Set(['evidence.importSurvey', 'history.createFutureState']);
const changesTheMap = (command: Command): boolean =>
  command.group === 'edit' || command.group === 'insert' || MAP_CHANGING_IDS.has(command.id);

/**
 * While a revision is previewed or compared, the canvas shows it read-only and the open map is hidden
 * underneath: nothing may change what the user cannot see, whichever key, menu or button asks.
 */
export const COMMANDS: readonly Command[] = (COMMAND_DEFINITIONS as readonly Command[]).map((command) =>
  changesTheMap(command)
    ? {
        ...command,
        isEnabled: (state: StudioState) => state.revisionView === null && command.isEnabled(state),
      }
    : command,
);

export const COMMAND_GROUPS: readonly CommandGroup[] = ['file', 'edit', 'insert', 'view', 'help'];

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

/** Every shortcut that runs `command`: the shown one first. */
export function shortcutsOf(command: Command): readonly Shortcut[] {
  return [...(command.shortcut === null ? [] : [command.shortcut]), ...(command.alternativeShortcuts ?? [])];
}
