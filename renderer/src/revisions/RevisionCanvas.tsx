import { Background, BackgroundVariant, Controls, ReactFlow, useReactFlow } from '@xyflow/react';
import type { NodeMouseHandler } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { layoutMap } from '../../../shared/logic/layout';
import type { JourneyMap } from '../../../shared/model';
import { FIT_VIEW_OPTIONS } from '../canvas/JourneyCanvas';
import { cellNodes, itemNodes, laneHeaderNodes, linkEdges, stageHeaderNodes } from '../canvas/flowElements';
import type { ItemFlowNode, JourneyFlowNode } from '../canvas/flowTypes';
import { t } from '../i18n';
import type { ChangeMarks } from './compareModel';
import { NO_MARKS } from './compareModel';
import { ChangeMarksContext, REVISION_NODE_TYPES } from './RevisionNodes';

const NO_PREVIOUS = new Map<string, ItemFlowNode>();

export interface RevisionCanvasProps {
  readonly map: JourneyMap;
  readonly marks?: ChangeMarks;
  /** The item whose changes the panel shows; outlined and centred. */
  readonly focusedItemId?: string | null;
  readonly onItemClick?: (itemId: string) => void;
}

/** Centres the focused item when the panel picks one; the user's own panning is left alone otherwise. */
function useCentreOn(map: JourneyMap, itemId: string | null) {
  const { setCenter, getZoom } = useReactFlow();
  const layout = useMemo(
    () => layoutMap({ stages: map.stages, lanes: map.lanes, items: map.items }),
    [map.stages, map.lanes, map.items],
  );
  useEffect(() => {
    if (itemId === null) return;
    const placement = layout.items.get(itemId);
    if (placement === undefined) return;
    void setCenter(placement.x + placement.width / 2, placement.y + placement.height / 2, {
      zoom: Math.max(getZoom(), 0.6),
      duration: 200,
    });
    // Only a new pick moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId]);
  return layout;
}

/**
 * A map drawn read-only with the editing canvas' builders: same grid, same cards, nothing to drag,
 * connect or type into. Items keep their ids as node ids, so stepping the timeline from one revision
 * to the next moves each surviving card (animated in CSS) rather than redrawing it.
 */
export function RevisionCanvas({
  map,
  marks = NO_MARKS,
  focusedItemId = null,
  onItemClick,
}: RevisionCanvasProps) {
  const layout = useCentreOn(map, focusedItemId);
  const selected = useMemo(() => new Set(focusedItemId === null ? [] : [focusedItemId]), [focusedItemId]);
  const nodes = useMemo((): JourneyFlowNode[] => {
    const grid = [
      ...cellNodes(map, layout),
      ...stageHeaderNodes(map, layout),
      ...laneHeaderNodes(map, layout),
    ];
    const cards = itemNodes(map, layout, selected, NO_PREVIOUS).map((node) => ({
      ...node,
      draggable: false,
      // Only cards that changed can be picked: their field list is what selecting shows.
      selectable: marks.items.has(node.id),
    }));
    return [...grid, ...cards];
  }, [map, layout, selected, marks]);
  const edges = useMemo(
    () => linkEdges(map, layout).map((edge) => ({ ...edge, selectable: false })),
    [map, layout],
  );
  const onNodeClick: NodeMouseHandler<JourneyFlowNode> = (_event, node) => {
    if (node.type === 'item' && marks.items.has(node.id)) onItemClick?.(node.id);
  };

  return (
    <ChangeMarksContext.Provider value={marks}>
      <div className="revision-canvas-frame">
        <ReactFlow<JourneyFlowNode>
          className="journey-canvas revision-canvas"
          aria-label={t('revisions.canvasLabel')}
          nodes={nodes}
          edges={edges}
          nodeTypes={REVISION_NODE_TYPES}
          onNodeClick={onNodeClick}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable
          deleteKeyCode={null}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          minZoom={0.05}
          maxZoom={2}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#d4d4d8" />
          <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
        </ReactFlow>
      </div>
    </ChangeMarksContext.Provider>
  );
}
