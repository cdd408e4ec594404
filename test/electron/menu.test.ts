import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installApplicationMenu, type MenuSettings } from '../../electron/main/menu';
import { MENU_COMMAND_IDS, type MenuCommandId } from '../../shared/ipc/contract';
import { Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const settingsFor = (platform: NodeJS.Platform, isPackaged = true) => {
  const sendCommand = vi.fn<MenuSettings['sendCommand']>();
  const settings: MenuSettings = { platform, isPackaged, appName: 'Journey Studio', sendCommand };
  return { settings, sendCommand };
};

const submenuOf = (item: MenuItemConstructorOptions): MenuItemConstructorOptions[] =>
  Array.isArray(item.submenu) ? item.submenu : [];

const allItems = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...allItems(submenuOf(item))]);

const itemWithId = (
  template: MenuItemConstructorOptions[],
  id: MenuCommandId,
): MenuItemConstructorOptions => {
  const item = allItems(template).find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`no menu item for ${id}`);
  return item;
};

const topLabels = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.role);

const roles = (template: MenuItemConstructorOptions[]) => allItems(template).map((item) => item.role);

beforeEach(resetFakeElectron);

describe.each(['darwin', 'win32', 'linux'] as const)('the %s menu', (platform) => {
  it.each([
    ['file.new', 'CmdOrCtrl+N'],
    ['file.open', 'CmdOrCtrl+O'],
    ['file.save', 'CmdOrCtrl+S'],
    ['file.saveAs', 'Shift+CmdOrCtrl+S'],
    ['file.close', 'CmdOrCtrl+W'],
    ['edit.undo', 'CmdOrCtrl+Z'],
    ['edit.find', 'CmdOrCtrl+F'],
    ['view.commandPalette', 'CmdOrCtrl+K'],
    ['view.zoomIn', 'CmdOrCtrl+='],
    ['view.zoomOut', 'CmdOrCtrl+-'],
  ] as const)('binds %s to %s', (id, accelerator) => {
    const template = buildMenuTemplate(settingsFor(platform).settings);
    expect(itemWithId(template, id).accelerator).toBe(accelerator);
  });

  it('offers every menu command exactly once, each sending its own id to the window it was used in', () => {
    const { settings, sendCommand } = settingsFor(platform);
    const template = buildMenuTemplate(settings);
    const ids = allItems(template).flatMap((item) => (item.id === undefined ? [] : [item.id]));
    expect([...ids].sort()).toEqual([...MENU_COMMAND_IDS].sort());
    const focusedWindow = { id: 7 };
    for (const id of MENU_COMMAND_IDS) {
      sendCommand.mockClear();
      const item = itemWithId(template, id);
      // Electron calls click(menuItem, focusedWindow, keyboardEvent).
      (item.click as unknown as (item: unknown, window: unknown, event: unknown) => void)(
        {},
        focusedWindow,
        {},
      );
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith(id, focusedWindow);
    }
  });

  it('leaves undo and redo to the app history, not to Electron roles', () => {
    const template = buildMenuTemplate(settingsFor(platform).settings);
    expect(roles(template)).not.toContain('undo');
    expect(roles(template)).not.toContain('redo');
    expect(itemWithId(template, 'edit.undo').role).toBeUndefined();
    expect(itemWithId(template, 'edit.redo').role).toBeUndefined();
  });

  it('offers cut, copy, paste, duplicate, delete and select all as app commands whose keys stay with the page', () => {
    const template = buildMenuTemplate(settingsFor(platform).settings);
    for (const role of ['cut', 'copy', 'paste', 'selectAll'] as const)
      expect(roles(template)).not.toContain(role);
    const shown = [
      ['edit.cut', 'CmdOrCtrl+X'],
      ['edit.copy', 'CmdOrCtrl+C'],
      ['edit.paste', 'CmdOrCtrl+V'],
      ['edit.duplicate', 'CmdOrCtrl+D'],
      ['edit.delete', 'Delete'],
      ['edit.selectAll', 'CmdOrCtrl+A'],
    ] as const;
    for (const [id, accelerator] of shown) {
      const item = itemWithId(template, id);
      expect(item.accelerator).toBe(accelerator);
      // A registered Delete or Ctrl+C would never reach a text field on Windows and Linux.
      expect(item.registerAccelerator).toBe(false);
    }
  });

  it('has an Insert menu for stages, lanes and the five item kinds, and View holds find, palette and shortcuts', () => {
    const template = buildMenuTemplate(settingsFor(platform).settings);
    const insert = template.find((item) => item.label === 'Insert');
    expect(submenuOf(insert ?? {}).flatMap((item) => (item.id === undefined ? [] : [item.id]))).toEqual([
      'insert.stage',
      'insert.lane',
      'insert.touchpoint',
      'insert.friction',
      'insert.magic',
      'insert.opportunity',
      'insert.note',
    ]);
    const view = template.find((item) => item.label === 'View');
    expect(submenuOf(view ?? {}).map((item) => item.id)).toEqual(
      expect.arrayContaining(['edit.find', 'view.commandPalette', 'help.shortcuts']),
    );
    expect(itemWithId(template, 'help.shortcuts').accelerator).toBeUndefined();
  });

  it('keeps full screen native', () => {
    expect(roles(buildMenuTemplate(settingsFor(platform).settings))).toContain('togglefullscreen');
  });

  it('offers DevTools only in a development build', () => {
    expect(roles(buildMenuTemplate(settingsFor(platform, true).settings))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate(settingsFor(platform, false).settings))).toContain('toggleDevTools');
  });

  it('can quit', () => {
    expect(roles(buildMenuTemplate(settingsFor(platform).settings))).toContain('quit');
  });
});

describe('platform conventions', () => {
  it('redoes with ⇧⌘Z on macOS and Ctrl+Y elsewhere', () => {
    expect(itemWithId(buildMenuTemplate(settingsFor('darwin').settings), 'edit.redo').accelerator).toBe(
      'Shift+CmdOrCtrl+Z',
    );
    expect(itemWithId(buildMenuTemplate(settingsFor('win32').settings), 'edit.redo').accelerator).toBe(
      'CmdOrCtrl+Y',
    );
    expect(itemWithId(buildMenuTemplate(settingsFor('linux').settings), 'edit.redo').accelerator).toBe(
      'CmdOrCtrl+Y',
    );
  });

  it('puts the app menu (About, Hide, Quit) first on macOS only', () => {
    const mac = buildMenuTemplate(settingsFor('darwin').settings);
    expect(topLabels(mac)).toEqual(['Journey Studio', 'File', 'Edit', 'Insert', 'View', 'help']);
    const appMenu = submenuOf(mac[0] ?? {});
    expect(appMenu[0]?.id).toBe('help.about');
    expect(appMenu.map((item) => item.role)).toEqual(expect.arrayContaining(['hide', 'quit']));
    expect(roles(submenuOf(mac[1] ?? {}))).not.toContain('quit');

    const windows = buildMenuTemplate(settingsFor('win32').settings);
    expect(topLabels(windows)).toEqual(['File', 'Edit', 'Insert', 'View', 'help']);
    expect(roles(submenuOf(windows[0] ?? {}))).toContain('quit');
    expect(submenuOf(windows[4] ?? {}).map((item) => item.id)).toContain('help.about');
  });

  it('labels the About item with the app name', () => {
    expect(itemWithId(buildMenuTemplate(settingsFor('linux').settings), 'help.about').label).toBe(
      'About Journey Studio',
    );
  });
});

describe('installApplicationMenu', () => {
  it('sets the built template as the application menu', () => {
    const { settings } = settingsFor('linux');
    installApplicationMenu(settings);
    expect(topLabels(Menu.getApplicationMenu()?.template as MenuItemConstructorOptions[])).toEqual(
      topLabels(buildMenuTemplate(settings)),
    );
  });
});
