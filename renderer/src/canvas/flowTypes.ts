import type { Edge, Node } from '@xyflow/react';
import type { Item, Lane, LaneKind, Stage } from '../../../shared/model';

/** React Flow's view of a journey map: everything here is derived from the document, never stored. */

export type StageHeaderFlowNode = Node<{ readonly stage: Stage; readonly index: number }, 'stageHeader'>;
export type LaneHeaderFlowNode = Node<{ readonly lane: Lane }, 'laneHeader'>;
export type CellFlowNode = Node<{ readonly laneKind: LaneKind; readonly rowIndex: number }, 'cell'>;
export type ItemFlowNode = Node<{ readonly item: Item; readonly stageName: string }, 'item'>;

export type JourneyFlowNode = StageHeaderFlowNode | LaneHeaderFlowNode | CellFlowNode | ItemFlowNode;

export type LinkFlowEdge = Edge<Record<string, never>, 'smoothstep'>;

/** The sides of an item card where links attach; every handle is a source (the flow is "loose"). */
export const ITEM_HANDLE_SIDES = ['top', 'right', 'bottom', 'left'] as const;
export type ItemHandleSide = (typeof ITEM_HANDLE_SIDES)[number];
