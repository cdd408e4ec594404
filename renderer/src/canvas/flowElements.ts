import { MarkerType, Position } from '@xyflow/react';
import type { NodeHandle } from '@xyflow/react';
import type { ItemPlacement, MapLayout } from '../../../shared/logic/layout';
import type { Item, JourneyMap } from '../../../shared/model';
import { ITEM_HANDLE_SIDES } from './flowTypes';
import type {
  CellFlowNode,
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
const Z_INDEX = { cell: -2, header: -1, item: 1 } as const;

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
        data: { stage, index: column.index },
        selectable: false,
        focusable: false,
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
        data: { lane },
        selectable: false,
        focusable: false,
        zIndex: Z_INDEX.header,
      },
    ];
  });
}

export function cellNodes(map: Pick<JourneyMap, 'lanes'>, layout: MapLayout): CellFlowNode[] {
  return layout.rows.flatMap((row) => {
    const lane = map.lanes[row.index];
    if (lane === undefined) return [];
    return layout.columns.map((column) => ({
      id: `cell:${column.index}:${row.index}`,
      type: 'cell' as const,
      position: { x: column.x, y: row.y },
      width: column.width,
      height: row.height,
      data: { laneKind: lane.kind, rowIndex: row.index },
      selectable: false,
      focusable: false,
      zIndex: Z_INDEX.cell,
    }));
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
      draggable: false,
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

export function linkEdges(map: Pick<JourneyMap, 'links'>, layout: MapLayout): LinkFlowEdge[] {
  const edges: LinkFlowEdge[] = [];
  for (const link of map.links) {
    const source = layout.items.get(link.from);
    const target = layout.items.get(link.to);
    // A link to an item that is not on the canvas has nowhere to go; the validator reports it.
    if (source === undefined || target === undefined) continue;
    const sides = linkHandleSides(source, target);
    edges.push({
      id: link.id,
      type: 'smoothstep',
      source: link.from,
      target: link.to,
      sourceHandle: sides.source,
      targetHandle: sides.target,
      label: link.label,
      markerEnd: { type: MarkerType.ArrowClosed, color: LINK_COLOR, width: 18, height: 18 },
      selectable: false,
      focusable: false,
      className: 'journey-link',
    });
  }
  return edges;
}

export function gridNodes(map: Pick<JourneyMap, 'stages' | 'lanes'>, layout: MapLayout): JourneyFlowNode[] {
  return [...cellNodes(map, layout), ...stageHeaderNodes(map, layout), ...laneHeaderNodes(map, layout)];
}
