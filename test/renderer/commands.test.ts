import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  commandById,
  formatShortcut,
  matchesShortcut,
  shortcutsOf,
} from '../../renderer/src/commands';
import type { KeyChord } from '../../renderer/src/commands';
import { MENU_COMMAND_IDS } from '../../shared/ipc/contract';
import { createStudioStore } from '../../renderer/src/store';
import { commuteMap, documentOf } from './sampleMaps';

const chord = (key: string, modifiers: Partial<KeyChord> = {}): KeyChord => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

const shortcutOf = (id: Parameters<typeof commandById>[0]) => {
  const shortcut = commandById(id).shortcut;
  if (shortcut === null) throw new Error(`${id} has no shortcut`);
  return shortcut;
};

describe('the command registry', () => {
  it('has the editor’s commands, each a native menu command too', () => {
    expect(COMMANDS.map((command) => command.id)).toEqual(
      expect.arrayContaining([
        'file.new',
        'file.open',
        'edit.undo',
        'edit.redo',
        'edit.cut',
        'edit.copy',
        'edit.paste',
        'edit.duplicate',
        'edit.delete',
        'edit.selectAll',
        'edit.find',
        'insert.stage',
        'insert.lane',
        'insert.touchpoint',
        'insert.friction',
        'insert.magic',
        'insert.opportunity',
        'insert.note',
        'view.commandPalette',
        'view.zoomIn',
        'view.zoomOut',
        'view.zoomToFit',
        'help.shortcuts',
      ]),
    );
    for (const command of COMMANDS) expect(MENU_COMMAND_IDS).toContain(command.id);
  });

  it('gives no two commands the same shortcut', () => {
    const written = COMMANDS.flatMap((command) =>
      shortcutsOf(command).map((shortcut) => formatShortcut(shortcut, false)),
    );
    expect(new Set(written).size).toBe(written.length);
  });

  it('allows opening always and viewing only with a map', () => {
    const store = createStudioStore();
    expect(commandById('file.open').isEnabled(store.getState())).toBe(true);
    expect(commandById('view.zoomIn').isEnabled(store.getState())).toBe(false);

    store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'a.cxmap', filePath: null });

    expect(commandById('view.zoomIn').isEnabled(store.getState())).toBe(true);
  });
});

describe('shortcuts', () => {
  it('uses Ctrl on Windows and Linux and ⌘ on macOS', () => {
    const open = shortcutOf('file.open');

    expect(matchesShortcut(chord('o', { ctrlKey: true }), open, false)).toBe(true);
    expect(matchesShortcut(chord('o', { metaKey: true }), open, false)).toBe(false);
    expect(matchesShortcut(chord('o', { metaKey: true }), open, true)).toBe(true);
    expect(matchesShortcut(chord('o', { ctrlKey: true }), open, true)).toBe(false);
    expect(formatShortcut(open, false)).toBe('Ctrl+O');
    expect(formatShortcut(open, true)).toBe('⌘O');
  });

  it('matches the letter whatever Caps Lock says, but not with extra modifiers', () => {
    const open = shortcutOf('file.open');

    expect(matchesShortcut(chord('O', { ctrlKey: true }), open, false)).toBe(true);
    expect(matchesShortcut(chord('o', { ctrlKey: true, altKey: true }), open, false)).toBe(false);
    expect(matchesShortcut(chord('o', { ctrlKey: true, shiftKey: true }), open, false)).toBe(false);
  });

  it('zooms in with Ctrl+= or Ctrl++ and fits with Shift+1 on any layout', () => {
    expect(matchesShortcut(chord('=', { ctrlKey: true }), shortcutOf('view.zoomIn'), false)).toBe(true);
    expect(
      matchesShortcut(chord('+', { ctrlKey: true, shiftKey: true }), shortcutOf('view.zoomIn'), false),
    ).toBe(true);
    expect(matchesShortcut(chord('-', { ctrlKey: true }), shortcutOf('view.zoomOut'), false)).toBe(true);
    expect(
      matchesShortcut(chord('!', { shiftKey: true, code: 'Digit1' }), shortcutOf('view.zoomToFit'), false),
    ).toBe(true);
    expect(matchesShortcut(chord('1', { code: 'Digit1' }), shortcutOf('view.zoomToFit'), false)).toBe(false);
    expect(formatShortcut(shortcutOf('view.zoomToFit'), false)).toBe('Shift+1');
  });
});
