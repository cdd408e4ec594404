import { Menu } from 'electron';
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommandId, RecentDocument } from '../../shared/ipc/contract';

export interface MenuSettings {
  readonly platform: NodeJS.Platform;
  /** DevTools are a developer's tool; a packaged app does not offer them. */
  readonly isPackaged: boolean;
  readonly appName: string;
  /** Forwards a command to the renderer of `window` (the focused one when the menu was used). */
  readonly sendCommand: (command: MenuCommandId, window: BaseWindow | undefined) => void;
  /** File > New Window; main opens it itself, there may be no window to ask. */
  readonly openNewWindow?: () => void;
  /** File > Open Recent lists these (newest first); a missing file is shown but cannot be picked. */
  readonly recentDocuments?: readonly RecentDocument[];
  readonly openRecent?: (path: string, window: BaseWindow | undefined) => void;
}

/** File > Open Recent: one item per map, the file name with its folder so two "plan.cxmap" differ. */
const openRecentMenu = (settings: MenuSettings): MenuItemConstructorOptions[] => {
  const { openRecent, recentDocuments } = settings;
  if (openRecent === undefined || recentDocuments === undefined) return [];
  const items: MenuItemConstructorOptions[] =
    recentDocuments.length === 0
      ? [{ label: 'No recent maps', enabled: false }]
      : recentDocuments.map((document) => ({
          label: document.missing ? `${document.name} (missing)` : document.name,
          sublabel: document.path,
          toolTip: document.path,
          enabled: !document.missing,
          click: (_item, window) => openRecent(document.path, window),
        }));
  return [{ label: 'Open Recent', submenu: items }];
};

/**
 * The native menu as data. Items with a command id only forward the id: the renderer's command
 * registry performs it, so menu, shortcut and palette do the same thing. Undo and redo are commands
 * too, not Electron roles, because the history is the app's own, not the text field's.
 */
export const buildMenuTemplate = (settings: MenuSettings): MenuItemConstructorOptions[] => {
  const isMac = settings.platform === 'darwin';
  const command = (id: MenuCommandId, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: (_item, window) => settings.sendCommand(id, window),
  });
  /**
   * Keys the renderer's own shortcuts already take and that text fields need for themselves (Delete,
   * Ctrl+C): shown in the menu but not registered, so a key press reaches the page, which decides
   * between the field and the map; a click still sends the command. (`registerAccelerator` works on
   * Windows and Linux; on macOS the renderer hands a menu Copy in a text field back to the field.)
   */
  const shownKeyCommand = (
    id: MenuCommandId,
    label: string,
    accelerator: string,
  ): MenuItemConstructorOptions => ({
    ...command(id, label, accelerator),
    registerAccelerator: false,
  });
  const about = command('help.about', `About ${settings.appName}`);

  const appMenu: MenuItemConstructorOptions = {
    label: settings.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('file.new', 'New', 'CmdOrCtrl+N'),
      command('file.open', 'Open…', 'CmdOrCtrl+O'),
      ...openRecentMenu(settings),
      ...(settings.openNewWindow === undefined
        ? []
        : [{ label: 'New Window', accelerator: 'Shift+CmdOrCtrl+N', click: settings.openNewWindow }]),
      { type: 'separator' },
      command('file.save', 'Save', 'CmdOrCtrl+S'),
      command('file.saveAs', 'Save As…', 'Shift+CmdOrCtrl+S'),
      command('history.saveRevisionAs', 'Save Revision As…', 'Alt+CmdOrCtrl+S'),
      command('history.createFutureState', 'Create Future-State Map'),
      { type: 'separator' },
      command('file.importMermaid', 'Import Mermaid Journey…'),
      command('file.exportMermaid', 'Export as Mermaid…'),
      command('file.exportPng', 'Export PNG…'),
      command('file.exportStoryboard', 'Export PDF Storyboard…'),
      command('file.exportPoster', 'Export PDF Poster…'),
      command('evidence.importSurvey', 'Import Survey CSV…'),
      command('evidence.exportMetrics', 'Export Metrics as CSV'),
      command('evidence.exportQuotes', 'Export Quotes as CSV'),
      { type: 'separator' },
      command('file.close', 'Close', 'CmdOrCtrl+W'),
      // On macOS Quit lives in the app menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('edit.undo', 'Undo', 'CmdOrCtrl+Z'),
      // Each platform's own redo: ⇧⌘Z on macOS, Ctrl+Y on Windows and Linux.
      command('edit.redo', 'Redo', isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      { type: 'separator' },
      // Commands, not roles: on the map they copy items; in a text field the renderer gives them back
      // to the field (see useBridgeEvents).
      shownKeyCommand('edit.cut', 'Cut', 'CmdOrCtrl+X'),
      shownKeyCommand('edit.copy', 'Copy', 'CmdOrCtrl+C'),
      shownKeyCommand('edit.paste', 'Paste', 'CmdOrCtrl+V'),
      shownKeyCommand('edit.duplicate', 'Duplicate', 'CmdOrCtrl+D'),
      shownKeyCommand('edit.delete', 'Delete', 'Delete'),
      shownKeyCommand('edit.selectAll', 'Select All', 'CmdOrCtrl+A'),
    ],
  };

  const insertMenu: MenuItemConstructorOptions = {
    label: 'Insert',
    submenu: [
      command('insert.stage', 'Stage'),
      command('insert.lane', 'Lane'),
      { type: 'separator' },
      command('insert.touchpoint', 'Touchpoint'),
      command('insert.friction', 'Friction Point'),
      command('insert.magic', 'Magic Moment'),
      command('insert.opportunity', 'Opportunity'),
      command('insert.note', 'Note'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('view.zoomIn', 'Zoom In', 'CmdOrCtrl+='),
      command('view.zoomOut', 'Zoom Out', 'CmdOrCtrl+-'),
      command('view.zoomToFit', 'Zoom to Fit', 'CmdOrCtrl+0'),
      { type: 'separator' },
      command('edit.find', 'Find…', 'CmdOrCtrl+F'),
      command('view.commandPalette', 'Command Palette…', 'CmdOrCtrl+K'),
      command('view.actionPlan', 'Action Plan'),
      command('view.present', 'Present', 'F5'),
      // `?` is typed text in a field, so it is the renderer's key, never a registered accelerator.
      command('help.shortcuts', 'Keyboard Shortcuts'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(settings.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      // macOS users look for About in the app menu (its Help menu keeps the system's search field);
      // elsewhere About closes the Help menu.
      ...(isMac ? [] : [about]),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, insertMenu, viewMenu, helpMenu];
};

export const installApplicationMenu = (settings: MenuSettings): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(settings)));
};
