import type { CellRef } from '../../../shared/logic';
import { describeDeletion, firstCell } from '../../../shared/logic';
import type { ItemKind } from '../../../shared/model';
import type { StudioState, StudioStore } from '../store';
import type { TextClipboard } from './systemClipboard';
import { readFragment, writeFragment } from './systemClipboard';

/**
 * Where "insert" and "paste" put things: the cell of the first selected item (the user is working
 * there), else the cell the canvas last focused or right-clicked, else the top-left cell. Null for a
 * map without stages or lanes.
 */
export function activeCell(state: StudioState): CellRef | null {
  const map = state.doc?.map;
  if (map === undefined) return null;
  const firstSelectedId = state.selectedItemIds[0];
  const selected = map.items.find((item) => item.id === firstSelectedId);
  if (selected !== undefined) return { stageId: selected.stageId, laneId: selected.laneId };
  const target = state.targetCell;
  // The target may have been deleted (or belong to a map opened since): only a live cell counts.
  if (
    target !== null &&
    map.stages.some((stage) => stage.id === target.stageId) &&
    map.lanes.some((lane) => lane.id === target.laneId)
  ) {
    return target;
  }
  return firstCell(map);
}

export const hasSelectedItems = (state: StudioState): boolean =>
  state.doc !== null && state.selectedItemIds.length > 0;

export const hasSomethingToDelete = (state: StudioState): boolean =>
  state.doc !== null &&
  (state.selectedItemIds.length > 0 || state.selectedLinkIds.length > 0 || state.selectedHeader !== null);

export const hasActiveCell = (state: StudioState): boolean => activeCell(state) !== null;

export async function copySelection(store: StudioStore, clipboard: TextClipboard | null): Promise<void> {
  const { copyItems, selectedItemIds } = store.getState();
  const fragment = copyItems(selectedItemIds);
  if (fragment !== null) await writeFragment(clipboard, fragment);
}

export async function cutSelection(store: StudioStore, clipboard: TextClipboard | null): Promise<void> {
  const { copyItems, deleteItems, selectedItemIds } = store.getState();
  const fragment = copyItems(selectedItemIds);
  if (fragment === null) return;
  deleteItems(selectedItemIds);
  await writeFragment(clipboard, fragment);
}

/**
 * Pastes the in-app clipboard, or — when this window copied nothing yet — what another window put on
 * the system clipboard. The pasted items become the selection, ready to be dragged or deleted.
 */
export async function pasteIntoActiveCell(store: StudioStore, clipboard: TextClipboard | null) {
  const fromOtherWindow = store.getState().clipboard === null ? await readFragment(clipboard) : null;
  // Read the state after the await: the user may have clicked elsewhere meanwhile.
  const state = store.getState();
  const cell = activeCell(state);
  if (cell === null) return;
  if (fromOtherWindow === null && state.clipboard === null) return;
  const pastedIds = state.pasteItems(cell, fromOtherWindow ?? undefined);
  if (pastedIds.length > 0) state.selectItems(pastedIds);
}

export function duplicateSelection(store: StudioStore): void {
  const state = store.getState();
  const copies = state.duplicateItems(state.selectedItemIds);
  if (copies.length > 0) state.selectItems(copies);
}

/**
 * Delete: items and links go at once (undo brings them back); a stage or lane takes every item in it
 * along, so the user confirms first, in a dialog that says what goes.
 */
export function deleteSelected(store: StudioStore): void {
  const state = store.getState();
  if (state.selectedItemIds.length > 0 || state.selectedLinkIds.length > 0) {
    state.deleteSelection();
    return;
  }
  if (state.selectedHeader !== null) {
    state.openDialog({ kind: 'confirmHeaderDeletion', header: state.selectedHeader });
  }
}

/** Deletes a stage or lane the user confirmed; returns how many items went with it. */
export function deleteHeader(store: StudioStore, header: { kind: 'stage' | 'lane'; id: string }): number {
  const state = store.getState();
  const map = state.doc?.map;
  if (map === undefined) return 0;
  const summary = describeDeletion(
    map,
    header.kind === 'stage' ? { stageIds: [header.id] } : { laneIds: [header.id] },
  );
  if (header.kind === 'stage') state.deleteStage(header.id);
  else state.deleteLane(header.id);
  store.getState().selectHeader(null);
  return summary.removedItemIds.length;
}

export function insertItem(store: StudioStore, kind: ItemKind): void {
  const state = store.getState();
  const cell = activeCell(state);
  if (cell === null) return;
  const id = state.addItem(kind, cell);
  if (id === null) return;
  state.selectOnlyItem(id);
  state.revealItem(id);
}

export function insertStage(store: StudioStore): void {
  const state = store.getState();
  const id = state.addStage();
  if (id !== null) state.selectHeader({ kind: 'stage', id });
}

export function insertLane(store: StudioStore): void {
  const state = store.getState();
  const id = state.addLane();
  if (id !== null) state.selectHeader({ kind: 'lane', id });
}
