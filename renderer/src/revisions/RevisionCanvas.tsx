import { Background, BackgroundVariant, Controls, Panel, ReactFlow, useReactFlow } from '@xyflow/react';
import type { NodeMouseHandler } from '@xyflow/react';
import { memo, useEffect, useMemo } from 'react';
import { emotionCurve } from '../../../shared/logic';
import { layoutMap } from '../../../shared/logic/layout';
import type { JourneyMap } from '../../../shared/model';
import { EDGE_TYPES } from '../canvas/edges/LinkEdge';
import { FIT_VIEW_OPTIONS } from '../canvas/JourneyCanvas';
import {
  cellNodes,
  emotionCurveNodes,
  itemNodes,
  laneHeaderNodes,
  linkEdges,
  stageHeaderNodes,
} from '../canvas/flowElements';
import type { ItemFlowNode, JourneyFlowNode } from '../canvas/flowTypes';
import { t } from '../i18n';
import type { ChangeMarks, ComparedEmotion } from './compareModel';
import { NO_MARKS } from './compareModel';
import { BeforeEmotionContext, ChangeMarksContext, REVISION_NODE_TYPES } from './RevisionNodes';

const NO_PREVIOUS = new Map<string, ItemFlowNode>();

export interface RevisionCanvasProps {
  readonly map: JourneyMap;
  readonly marks?: ChangeMarks;
  /** While comparing: both sides' emotion curves on `map`'s stages; a preview draws `map`'s own. */
  readonly emotion?: ComparedEmotion;
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

/** Which compared emotion curve is which: the swatches draw each line as the canvas does. */
const EmotionLegend = memo(function EmotionLegend() {
  return (
    <div className="revision-emotion-legend" data-testid="revision-emotion-legend">
      <span>{t('revisions.emotionLegend')}</span>
      <svg className="revision-emotion-legend__swatch" width="24" height="8" aria-hidden="true">
        <line
          className="revision-emotion-legend__swatch--before"
          x1="0"
          y1="4"
          x2="24"
          y2="4"
          strokeDasharray="5 4"
        />
      </svg>
      <span>{t('revisions.emotionLegend.before')}</span>
      <svg className="revision-emotion-legend__swatch" width="24" height="8" aria-hidden="true">
        <line className="revision-emotion-legend__swatch--after" x1="0" y1="4" x2="24" y2="4" />
      </svg>
      <span>{t('revisions.emotionLegend.after')}</span>
    </div>
  );
});

/**
 * A map drawn read-only with the editing canvas' builders: same grid, same cards, nothing to drag,
 * connect or type into. Items keep their ids as node ids, so stepping the timeline from one revision
 * to the next moves each surviving card (animated in CSS) rather than redrawing it.
 */
export function RevisionCanvas({
  map,
  marks = NO_MARKS,
  emotion,
  focusedItemId = null,
  onItemClick,
}: RevisionCanvasProps) {
  const layout = useCentreOn(map, focusedItemId);
  const hasEmotionLane = map.lanes.some((lane) => lane.kind === 'emotions');
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
    // A compared map's ghost cards must not count towards "after": its curve comes from `emotion`.
    const curve = hasEmotionLane ? (emotion?.after ?? emotionCurve(map)) : [];
    return [...grid, ...emotionCurveNodes(map, layout, curve), ...cards];
  }, [map, layout, selected, marks, emotion, hasEmotionLane]);
  const edges = useMemo(
    () => linkEdges(map, layout).map((edge) => ({ ...edge, selectable: false })),
    [map, layout],
  );
  const onNodeClick: NodeMouseHandler<JourneyFlowNode> = (_event, node) => {
    if (node.type === 'item' && marks.items.has(node.id)) onItemClick?.(node.id);
  };

  return (
    <ChangeMarksContext.Provider value={marks}>
      <BeforeEmotionContext.Provider value={emotion?.before ?? null}>
        <div className="revision-canvas-frame">
          <ReactFlow<JourneyFlowNode>
            className="journey-canvas revision-canvas"
            aria-label={t('revisions.canvasLabel')}
            nodes={nodes}
            edges={edges}
            nodeTypes={REVISION_NODE_TYPES}
            edgeTypes={EDGE_TYPES}
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
            {emotion !== undefined && hasEmotionLane && (
              <Panel position="bottom-center">
                <EmotionLegend />
              </Panel>
            )}
          </ReactFlow>
        </div>
      </BeforeEmotionContext.Provider>
    </ChangeMarksContext.Provider>
  );
}
