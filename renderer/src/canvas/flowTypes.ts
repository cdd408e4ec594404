import type { Edge, Node } from '@xyflow/react';
import type { Item, Lane, LaneKind, Stage } from '../../../shared/model';

/** React Flow's view of a journey map: everything here is derived from the document, never stored. */

export type StageHeaderFlowNode = Node<
  { readonly stage: Stage; readonly index: number; readonly stageCount: number },
  'stageHeader'
>;
export type LaneHeaderFlowNode = Node<
  { readonly lane: Lane; readonly index: number; readonly laneCount: number },
  'laneHeader'
>;
export type CellFlowNode = Node<
  {
    readonly stageId: string;
    readonly laneId: string;
    readonly stageName: string;
    readonly laneName: string;
    readonly laneKind: LaneKind;
    readonly rowIndex: number;
    readonly itemCount: number;
  },
  'cell'
>;
export type ItemFlowNode = Node<{ readonly item: Item; readonly stageName: string }, 'item'>;
/** The "+ Add stage" button after the last column and "+ Add lane" below the last row. */
export type AddStageFlowNode = Node<{ readonly stageCount: number }, 'addStage'>;
export type AddLaneFlowNode = Node<{ readonly laneCount: number }, 'addLane'>;
/** One point of the drawn curve, in the curve node's own coordinates; `value` null is a gap. */
export interface EmotionCurvePoint {
  readonly stageId: string;
  readonly x: number;
  readonly value: number | null;
}
export type EmotionCurveFlowNode = Node<{ readonly points: readonly EmotionCurvePoint[] }, 'emotionCurve'>;

export type JourneyFlowNode =
  | StageHeaderFlowNode
  | LaneHeaderFlowNode
  | CellFlowNode
  | ItemFlowNode
  | AddStageFlowNode
  | AddLaneFlowNode
  | EmotionCurveFlowNode;

/** Drawn by `LinkEdge` (canvas/edges), whose label sits above the cards. */
export type LinkFlowEdge = Edge<Record<string, never>, 'link'>;

/** The sides of an item card where links attach; every handle is a source (the flow is "loose"). */
export const ITEM_HANDLE_SIDES = ['top', 'right', 'bottom', 'left'] as const;
export type ItemHandleSide = (typeof ITEM_HANDLE_SIDES)[number];
