import type { CellRef } from '../../../shared/logic';
import { MENU_SEPARATOR } from '../components/ContextMenu';
import type { ContextMenuApi, ContextMenuEntry } from '../components/ContextMenu';
import { t } from '../i18n';
import type { StudioStore } from '../store';

/**
 * The canvas' context menus (right-click, the ContextMenu key, Shift+F10). Commands act on the
 * store's selection, so each opener first points the selection (or the target cell) at what was
 * clicked, then opens the menu: the menu's commands are the toolbar's, palette's and keyboard's.
 */

const INSERT_ITEM_COMMANDS = [
  'insert.touchpoint',
  'insert.friction',
  'insert.magic',
  'insert.opportunity',
  'insert.note',
] as const satisfies readonly ContextMenuEntry[];

export const ITEM_MENU: readonly ContextMenuEntry[] = [
  'edit.copy',
  'edit.cut',
  'edit.duplicate',
  'edit.delete',
  MENU_SEPARATOR,
  ...INSERT_ITEM_COMMANDS,
];
export const CELL_MENU: readonly ContextMenuEntry[] = ['edit.paste', MENU_SEPARATOR, ...INSERT_ITEM_COMMANDS];
/** A link's menu: its label editor lives on the canvas, so that entry is an action, not a command. */
export function linkMenu(store: StudioStore, linkId: string): readonly ContextMenuEntry[] {
  return [
    { label: t('canvas.menu.editLinkLabel'), perform: () => store.getState().requestLinkLabelEdit(linkId) },
    'edit.delete',
  ];
}
export const PANE_MENU: readonly ContextMenuEntry[] = [
  'insert.stage',
  'insert.lane',
  MENU_SEPARATOR,
  'view.zoomToFit',
];

/** A right-click on a card outside the selection selects that card alone; inside, the selection stays. */
export function targetItem(store: StudioStore, itemId: string): void {
  const state = store.getState();
  if (!state.selectedItemIds.includes(itemId)) state.selectOnlyItem(itemId);
}

/** Insert and paste go into `cell`: nothing stays selected, so the active cell is this one. */
export function targetCell(store: StudioStore, cell: CellRef): void {
  const state = store.getState();
  state.clearSelection();
  state.setTargetCell(cell);
}

/** "Delete" from a link's menu deletes that link (or the selected links it belongs to), never cards. */
export function targetLink(store: StudioStore, linkId: string): void {
  const state = store.getState();
  if (state.selectedLinkIds.includes(linkId) && state.selectedItemIds.length === 0) return;
  state.clearSelection();
  store.getState().changeLinkSelection([{ id: linkId, selected: true }]);
}

/** The keys that open a context menu from the keyboard. */
export const isContextMenuKey = (event: { key: string; shiftKey: boolean }): boolean =>
  event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');

/** Opens `entries` at the top-left corner of a focused card or cell, where the user is looking. */
export function openMenuAtElement(
  contextMenu: ContextMenuApi,
  element: Element,
  entries: readonly ContextMenuEntry[],
): void {
  const rect = element.getBoundingClientRect();
  contextMenu.openAt({ x: rect.left + 8, y: rect.top + 8, commandIds: entries });
}
