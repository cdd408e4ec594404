import type { CellRef, Direction } from '../../../shared/logic';
import { neighbourCell } from '../../../shared/logic';
import type { ItemKind, LaneKind } from '../../../shared/model';
import type { StudioStore } from '../store';

/**
 * What the canvas' gestures and keys do to the map, as plain functions over the store: the node
 * components stay small, and tests can drive the same paths that React Flow's pointer events do.
 */

/** A new item takes the kind its lane is for; lanes not about a particular kind get touchpoints. */
export function defaultItemKindForLane(laneKind: LaneKind): ItemKind {
  switch (laneKind) {
    case 'pains':
      return 'friction';
    case 'opportunities':
      return 'opportunity';
    case 'thoughts':
      return 'note';
    default:
      return 'touchpoint';
  }
}

/** Keys that add an item to the focused cell: T, F, M, O, N. */
export const ITEM_KIND_BY_KEY: Readonly<Record<string, ItemKind>> = {
  t: 'touchpoint',
  f: 'friction',
  m: 'magic',
  o: 'opportunity',
  n: 'note',
};

/** Adds an item at the end of `cell` and selects it; returns its id (null when refused). */
export function addItemToCell(store: StudioStore, kind: ItemKind, cell: CellRef): string | null {
  const itemId = store.getState().addItem(kind, cell);
  if (itemId !== null) store.getState().selectOnlyItem(itemId);
  return itemId;
}

/** The part of React Flow's `Connection` a link needs. */
export interface ItemConnection {
  readonly source: string | null;
  readonly target: string | null;
}

/** A handle dragged onto another card links the two; a drop on the card itself links nothing. */
export function connectItems(store: StudioStore, connection: ItemConnection): string | null {
  const { source, target } = connection;
  if (source === null || target === null || source === target) return null;
  return store.getState().addLink(source, target);
}

/**
 * Moves the selected items (or `itemId` alone when it is not selected) to the cell next to its own,
 * as one undo step; returns the cell they went to, or null at the edge of the map.
 */
export function moveItemsToNeighbour(
  store: StudioStore,
  itemId: string,
  direction: Direction,
): CellRef | null {
  const state = store.getState();
  const map = state.doc?.map;
  const item = map?.items.find((candidate) => candidate.id === itemId);
  if (map === undefined || item === undefined) return null;
  const target = neighbourCell(map, item, direction);
  if (target === null) return null;
  const moving = state.selectedItemIds.includes(itemId) ? state.selectedItemIds : [itemId];
  state.moveItems(moving, target);
  if (!state.selectedItemIds.includes(itemId)) state.selectOnlyItem(itemId);
  return target;
}

export const DIRECTION_BY_ARROW: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
