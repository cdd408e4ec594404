import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CellFlowNode } from '../flowTypes';

/** An empty cell of the grid: it only draws the lines and the lane's tint behind the cards. */
function CellNodeView({ data }: NodeProps<CellFlowNode>) {
  const parity = data.rowIndex % 2 === 0 ? 'even' : 'odd';
  return <div className={`grid-cell grid-cell--${data.laneKind} grid-cell--${parity}`} aria-hidden="true" />;
}

export const CellNode = memo(CellNodeView);
