import type { CellRef } from '../../../shared/logic';
import type { SliceCreator } from './types';

/**
 * What the canvas points commands at besides the selection: the cell the user last focused or
 * right-clicked (so "Paste" and "Add touchpoint" from its context menu land in *that* cell), and a
 * request to edit a link's label in place (the label editor is canvas view state, so a command can
 * only ask for it, as `requestFitView` does for the viewport).
 */
export interface CanvasTargetSlice {
  /** Used by the insert and paste commands when no item is selected; may name a deleted cell. */
  readonly targetCell: CellRef | null;
  readonly linkLabelRequest: { readonly linkId: string; readonly sequence: number } | null;
  setTargetCell(cell: CellRef | null): void;
  requestLinkLabelEdit(linkId: string): void;
}

export const createCanvasTargetSlice: SliceCreator<CanvasTargetSlice> = (set) => ({
  targetCell: null,
  linkLabelRequest: null,
  setTargetCell: (cell) =>
    set((state) => {
      state.targetCell = cell === null ? null : { stageId: cell.stageId, laneId: cell.laneId };
    }),
  requestLinkLabelEdit: (linkId) =>
    set((state) => {
      state.linkLabelRequest = { linkId, sequence: (state.linkLabelRequest?.sequence ?? 0) + 1 };
    }),
});
