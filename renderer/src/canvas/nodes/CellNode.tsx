import type { NodeProps } from '@xyflow/react';
import { memo, useCallback } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { cellItems, neighbourCell } from '../../../../shared/logic';
import type { ItemKind } from '../../../../shared/model';
import { useContextMenu } from '../../components/ContextMenu';
import { tCount } from '../../i18n';
import { useStudioStoreApi } from '../../store';
import {
  DIRECTION_BY_ARROW,
  ITEM_KIND_BY_KEY,
  addItemToCell,
  defaultItemKindForLane,
} from '../canvasActions';
import { CELL_MENU, isContextMenuKey, openMenuAtElement, targetCell } from '../canvasContextMenu';
import { useCanvasEditingStore } from '../canvasEditing';
import { cellElement, itemElement } from '../canvasFocus';
import type { CellFlowNode } from '../flowTypes';

/**
 * A cell of the grid, behind its cards. It is a keyboard stop: arrows walk the grid, Enter goes into
 * the cell's first card, T / F / M / O / N add a touchpoint, friction, magic moment, opportunity or
 * note. A double-click on its empty part adds the item its lane is for.
 */
function CellNodeView({ data }: NodeProps<CellFlowNode>) {
  const { stageId, laneId, stageName, laneName, laneKind, rowIndex, itemCount } = data;
  const store = useStudioStoreApi();
  const editingStore = useCanvasEditingStore();
  const contextMenu = useContextMenu();

  const addItem = useCallback(
    (kind: ItemKind) => {
      const itemId = addItemToCell(store, kind, { stageId, laneId });
      if (itemId !== null) editingStore.getState().startEditing({ kind: 'item', id: itemId });
    },
    [store, editingStore, stageId, laneId],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      event.stopPropagation();
      addItem(defaultItemKindForLane(laneKind));
    },
    [addItem, laneKind],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey) return;
      const root = event.currentTarget.closest('.react-flow') ?? document;
      const direction = DIRECTION_BY_ARROW[event.key];
      const kind = event.altKey || event.shiftKey ? undefined : ITEM_KIND_BY_KEY[event.key.toLowerCase()];
      if (isContextMenuKey(event)) {
        event.preventDefault();
        event.stopPropagation();
        targetCell(store, { stageId, laneId });
        openMenuAtElement(contextMenu, event.currentTarget, CELL_MENU);
      } else if (direction !== undefined && !event.altKey) {
        event.preventDefault();
        event.stopPropagation();
        const map = store.getState().doc?.map;
        const next = map === undefined ? null : neighbourCell(map, { stageId, laneId }, direction);
        if (next !== null) cellElement(root, next)?.focus({ preventScroll: true });
      } else if (kind !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        addItem(kind);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        event.stopPropagation();
        const map = store.getState().doc?.map;
        const first = map === undefined ? undefined : cellItems(map, stageId, laneId)[0];
        if (first !== undefined) itemElement(root, first.id)?.focus({ preventScroll: true });
      }
    },
    [store, stageId, laneId, addItem, contextMenu],
  );

  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      if (event.target === event.currentTarget) store.getState().setTargetCell({ stageId, laneId });
    },
    [store, stageId, laneId],
  );

  const parity = rowIndex % 2 === 0 ? 'even' : 'odd';
  return (
    <div
      className={`grid-cell grid-cell--${laneKind} grid-cell--${parity}`}
      data-testid="grid-cell"
      data-cell-stage={stageId}
      data-cell-lane={laneId}
      role="group"
      tabIndex={0}
      aria-label={tCount('canvas.cellLabel', itemCount, { lane: laneName, stage: stageName })}
      onDoubleClick={onDoubleClick}
      onKeyDown={onKeyDown}
      // The toolbar's and the palette's insert commands then add to the cell the user is on.
      onFocus={onFocus}
    />
  );
}

export const CellNode = memo(CellNodeView);
