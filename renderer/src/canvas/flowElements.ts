import { MarkerType, Position } from '@xyflow/react';
import type { NodeHandle, Rect } from '@xyflow/react';
import type { ItemPlacement, MapLayout } from '../../../shared/logic/layout';
import type { EmotionPoint } from '../../../shared/logic';
import type { Item, JourneyMap } from '../../../shared/model';
import { ITEM_HANDLE_SIDES } from './flowTypes';
import type {
  AddLaneFlowNode,
  AddStageFlowNode,
  CellFlowNode,
  EmotionCurveFlowNode,
  ItemFlowNode,
  ItemHandleSide,
  JourneyFlowNode,
  LaneHeaderFlowNode,
  LinkFlowEdge,
  StageHeaderFlowNode,
} from './flowTypes';

/**
 * Builders from (map, layout) to React Flow nodes and edges. Every node carries its size, so React
 * Flow can place it, fit the view and draw its links before the DOM has measured anything (a fresh
 * load of a large map, the PNG export's hidden window).
 */

/** Grid nodes sit under the items and links; items above links, so a card is never crossed out. */
const Z_INDEX = { cell: -2, curve: -1, header: -1, item: 1 } as const;

/**
 * React Flow lets clicks through nodes that are neither selectable nor draggable; cells and headers
 * take clicks, double-clicks and focus of their own, so they opt back in.
 */
const TAKES_POINTER = { pointerEvents: 'all' } as const;

/** Room for the "+ Add stage" / "+ Add lane" buttons beyond the grid. */
const ADD_BUTTON_SIZE = { stageWidth: 150, laneHeight: 48 } as const;
/** Space between the grid and the add-stage / add-lane buttons beside and below it. */
const ADD_BUTTON_GAP = 12;

/**
 * The rectangle every node of the map lies in: the grid and the add buttons. Fitting the view uses
 * this rather than React Flow's measured nodes: while only the cards in view are built, the others
 * have never been measured, and a fit would frame only what is already on screen.
 */
export function mapBounds(layout: MapLayout): Rect {
  return {
    x: 0,
    y: 0,
    width: layout.width + ADD_BUTTON_GAP + ADD_BUTTON_SIZE.stageWidth,
    height: layout.height + ADD_BUTTON_GAP + ADD_BUTTON_SIZE.laneHeight,
  };
}

const HANDLE_POSITION: Readonly<Record<ItemHandleSide, Position>> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

export function stageHeaderNodes(map: Pick<JourneyMap, 'stages'>, layout: MapLayout): StageHeaderFlowNode[] {
  return layout.columns.flatMap((column) => {
    const stage = map.stages[column.index];
    if (stage === undefined) return [];
    return [
      {
        id: `stage:${column.index}`,
        type: 'stageHeader',
        position: { x: column.x, y: 0 },
        width: column.width,
        height: layout.metrics.stageHeaderHeight,
        data: { stage, index: column.index, stageCount: map.stages.length },
        selectable: false,
        focusable: false,
        draggable: false,
        style: TAKES_POINTER,
        zIndex: Z_INDEX.header,
      },
    ];
  });
}

export function laneHeaderNodes(map: Pick<JourneyMap, 'lanes'>, layout: MapLayout): LaneHeaderFlowNode[] {
  return layout.rows.flatMap((row) => {
    const lane = map.lanes[row.index];
    if (lane === undefined) return [];
    return [
      {
        id: `lane:${row.index}`,
        type: 'laneHeader',
        position: { x: 0, y: row.y },
        width: layout.metrics.laneHeaderWidth,
        height: row.height,
        data: { lane, index: row.index, laneCount: map.lanes.length },
        selectable: false,
        focusable: false,
        draggable: false,
        style: TAKES_POINTER,
        zIndex: Z_INDEX.header,
      },
    ];
  });
}

/** How many placed items each cell holds, keyed `column:row`. */
function itemCountsByCell(layout: MapLayout): Map<string, number> {
  const counts = new Map<string, number>();
  for (const placement of layout.items.values()) {
    const key = `${placement.columnIndex}:${placement.rowIndex}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function sameCellData(a: CellFlowNode['data'], b: CellFlowNode['data']): boolean {
  return (
    a.stageId === b.stageId &&
    a.laneId === b.laneId &&
    a.stageName === b.stageName &&
    a.laneName === b.laneName &&
    a.laneKind === b.laneKind &&
    a.rowIndex === b.rowIndex &&
    a.itemCount === b.itemCount
  );
}

/**
 * One node per (stage, lane) cell. A cell whose data and box did not change is last build's object,
 * so adding a card re-renders one cell, not all of them.
 */
export function cellNodes(
  map: Pick<JourneyMap, 'stages' | 'lanes'>,
  layout: MapLayout,
  previous: ReadonlyMap<string, JourneyFlowNode> = new Map(),
): CellFlowNode[] {
  const counts = itemCountsByCell(layout);
  return layout.rows.flatMap((row) => {
    const lane = map.lanes[row.index];
    if (lane === undefined) return [];
    return layout.columns.flatMap((column): CellFlowNode[] => {
      const stage = map.stages[column.index];
      if (stage === undefined) return [];
      const id = `cell:${column.index}:${row.index}`;
      const data = {
        stageId: stage.id,
        laneId: lane.id,
        stageName: stage.name,
        laneName: lane.name,
        laneKind: lane.kind,
        rowIndex: row.index,
        itemCount: counts.get(`${column.index}:${row.index}`) ?? 0,
      };
      const before = previous.get(id);
      if (
        before?.type === 'cell' &&
        sameCellData(before.data, data) &&
        before.position.x === column.x &&
        before.position.y === row.y &&
        before.width === column.width &&
        before.height === row.height
      ) {
        return [before];
      }
      return [
        {
          id,
          type: 'cell',
          position: { x: column.x, y: row.y },
          width: column.width,
          height: row.height,
          data,
          selectable: false,
          focusable: false,
          draggable: false,
          style: TAKES_POINTER,
          zIndex: Z_INDEX.cell,
        },
      ];
    });
  });
}

/** "+ Add stage" after the last column, "+ Add lane" below the last row. */
export function addButtonNodes(
  map: Pick<JourneyMap, 'stages' | 'lanes'>,
  layout: MapLayout,
): [AddStageFlowNode, AddLaneFlowNode] {
  const common = {
    selectable: false,
    focusable: false,
    draggable: false,
    style: TAKES_POINTER,
    zIndex: Z_INDEX.header,
  } as const;
  return [
    {
      id: 'add-stage',
      type: 'addStage',
      position: { x: layout.width + ADD_BUTTON_GAP, y: 0 },
      width: ADD_BUTTON_SIZE.stageWidth,
      height: layout.metrics.stageHeaderHeight,
      data: { stageCount: map.stages.length },
      ...common,
    },
    {
      id: 'add-lane',
      type: 'addLane',
      position: { x: 0, y: layout.height + ADD_BUTTON_GAP },
      width: layout.metrics.laneHeaderWidth,
      height: ADD_BUTTON_SIZE.laneHeight,
      data: { laneCount: map.lanes.length },
      ...common,
    },
  ];
}

/**
 * The emotion curve over every lane of kind `emotions`: one node spanning the lane's cells, with a
 * point per stage at the column's centre.
 */
export function emotionCurveNodes(
  map: Pick<JourneyMap, 'lanes'>,
  layout: MapLayout,
  curve: readonly EmotionPoint[],
): EmotionCurveFlowNode[] {
  const first = layout.columns[0];
  if (first === undefined) return [];
  const width = layout.columns.length * layout.metrics.columnWidth;
  const points = curve.map((point, index) => ({
    stageId: point.stageId,
    x: (index + 0.5) * layout.metrics.columnWidth,
    value: point.mean,
  }));
  return layout.rows.flatMap((row): EmotionCurveFlowNode[] => {
    if (map.lanes[row.index]?.kind !== 'emotions') return [];
    return [
      {
        id: `emotion-curve:${row.index}`,
        type: 'emotionCurve',
        position: { x: first.x, y: row.y },
        width,
        height: row.height,
        data: { points },
        selectable: false,
        focusable: false,
        draggable: false,
        zIndex: Z_INDEX.curve,
        className: 'emotion-curve-node',
      },
    ];
  });
}

function itemHandles(width: number, height: number): NodeHandle[] {
  const anchors: Readonly<Record<ItemHandleSide, { x: number; y: number }>> = {
    top: { x: width / 2, y: 0 },
    right: { x: width, y: height / 2 },
    bottom: { x: width / 2, y: height },
    left: { x: 0, y: height / 2 },
  };
  return ITEM_HANDLE_SIDES.map((side) => ({
    id: side,
    type: 'source',
    position: HANDLE_POSITION[side],
    x: anchors[side].x,
    y: anchors[side].y,
    width: 0,
    height: 0,
  }));
}

function sameItemNode(
  node: ItemFlowNode,
  item: Item,
  stageName: string,
  placement: ItemPlacement,
  selected: boolean,
) {
  return (
    node.data.item === item &&
    node.data.stageName === stageName &&
    node.position.x === placement.x &&
    node.position.y === placement.y &&
    node.width === placement.width &&
    node.height === placement.height &&
    node.selected === selected
  );
}

/**
 * One node per placed item. A node whose inputs did not change is the very object built last time,
 * so React Flow and `memo` skip it: selecting one card of 2,000 re-renders one card.
 */
export function itemNodes(
  map: Pick<JourneyMap, 'stages' | 'items'>,
  layout: MapLayout,
  selectedIds: ReadonlySet<string>,
  previous: ReadonlyMap<string, ItemFlowNode>,
): ItemFlowNode[] {
  const nodes: ItemFlowNode[] = [];
  for (const item of map.items) {
    const placement = layout.items.get(item.id);
    if (placement === undefined || placement.itemId !== item.id) continue;
    const stageName = map.stages[placement.columnIndex]?.name ?? '';
    const selected = selectedIds.has(item.id);
    const before = previous.get(item.id);
    if (before !== undefined && sameItemNode(before, item, stageName, placement, selected)) {
      nodes.push(before);
      continue;
    }
    nodes.push({
      id: item.id,
      type: 'item',
      position: { x: placement.x, y: placement.y },
      width: placement.width,
      height: placement.height,
      handles: itemHandles(placement.width, placement.height),
      data: { item, stageName },
      selected,
      draggable: true,
      focusable: false,
      zIndex: Z_INDEX.item,
    });
  }
  return nodes;
}

/** Links leave and enter cards on the facing sides: across columns sideways, within one up or down. */
export function linkHandleSides(
  source: ItemPlacement,
  target: ItemPlacement,
): { source: ItemHandleSide; target: ItemHandleSide } {
  if (source.columnIndex === target.columnIndex) {
    return target.y >= source.y ? { source: 'bottom', target: 'top' } : { source: 'top', target: 'bottom' };
  }
  return target.columnIndex > source.columnIndex
    ? { source: 'right', target: 'left' }
    : { source: 'left', target: 'right' };
}

export const LINK_COLOR = '#94a3b8';

export function linkEdges(
  map: Pick<JourneyMap, 'links'>,
  layout: MapLayout,
  selectedLinkIds: ReadonlySet<string> = new Set(),
): LinkFlowEdge[] {
  const edges: LinkFlowEdge[] = [];
  for (const link of map.links) {
    const source = layout.items.get(link.from);
    const target = layout.items.get(link.to);
    // A link to an item that is not on the canvas has nowhere to go; the validator reports it.
    if (source === undefined || target === undefined) continue;
    const sides = linkHandleSides(source, target);
    edges.push({
      id: link.id,
      // A smooth-step path whose label is drawn above the cards (EDGE_TYPES in edges/LinkEdge).
      type: 'link',
      source: link.from,
      target: link.to,
      sourceHandle: sides.source,
      targetHandle: sides.target,
      label: link.label,
      markerEnd: { type: MarkerType.ArrowClosed, color: LINK_COLOR, width: 18, height: 18 },
      selectable: true,
      selected: selectedLinkIds.has(link.id),
      focusable: false,
      // A wide invisible path around the line, so a thin link is easy to click and double-click.
      interactionWidth: 16,
      className: 'journey-link',
    });
  }
  return edges;
}

export function gridNodes(
  map: Pick<JourneyMap, 'stages' | 'lanes'>,
  layout: MapLayout,
  previous?: ReadonlyMap<string, JourneyFlowNode>,
): JourneyFlowNode[] {
  return [
    ...cellNodes(map, layout, previous),
    ...stageHeaderNodes(map, layout),
    ...laneHeaderNodes(map, layout),
    ...addButtonNodes(map, layout),
  ];
}
