import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import type { AriaLabelConfig, FitViewOptions, NodeChange, NodeTypes } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import type { JourneyMap } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import type { SelectionChange } from '../store';
import type { JourneyFlowNode, LinkFlowEdge } from './flowTypes';
import { CellNode } from './nodes/CellNode';
import { ItemNode } from './nodes/ItemNode';
import { LaneHeaderNode } from './nodes/LaneHeaderNode';
import { StageHeaderNode } from './nodes/StageHeaderNode';
import { useJourneyFlow } from './useJourneyFlow';

// Module constants: React Flow re-registers node types (and warns) when it gets a new object.
const NODE_TYPES: NodeTypes = {
  stageHeader: StageHeaderNode,
  laneHeader: LaneHeaderNode,
  cell: CellNode,
  item: ItemNode,
};

export const FIT_VIEW_OPTIONS: FitViewOptions = { padding: 0.06, duration: 0 };
// Low enough that fitting a 2,000-item map still shows all of it.
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;
/** Beyond this many items only the cards in view are in the DOM; below it every card stays reachable. */
const VIRTUALISE_ABOVE_ITEMS = 400;

/** React Flow's built-in labels, from our catalog; none may read like a toolbar button's name. */
const ARIA_LABELS: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': t('canvas.nodeDescription'),
  'node.a11yDescription.keyboardDisabled': t('canvas.nodeDescription'),
  'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('canvas.nodeMoved', { direction, x, y }),
  'edge.a11yDescription.default': t('canvas.edgeDescription'),
  'controls.ariaLabel': t('canvas.controls'),
  'controls.zoomIn.ariaLabel': t('canvas.controls.zoomIn'),
  'controls.zoomOut.ariaLabel': t('canvas.controls.zoomOut'),
  'controls.fitView.ariaLabel': t('canvas.controls.fitView'),
  'controls.interactive.ariaLabel': t('canvas.controls.interactive'),
  'minimap.ariaLabel': t('canvas.minimap'),
  'handle.ariaLabel': t('canvas.handle'),
};

const MINIMAP_SIZE = { width: 176, height: 120 } as const;

const MINIMAP_COLORS: Readonly<Record<string, string>> = {
  touchpoint: '#cbd5e1',
  friction: '#fb7185',
  magic: '#f59e0b',
  opportunity: '#34d399',
  note: '#fde047',
};

function minimapColor(node: JourneyFlowNode): string {
  if (node.type === 'item') return MINIMAP_COLORS[node.data.item.kind] ?? '#cbd5e1';
  if (node.type === 'cell') return 'transparent';
  return '#e2e8f0';
}

function selectionChangesOf(changes: readonly NodeChange<JourneyFlowNode>[]): SelectionChange[] {
  return changes.flatMap((change) =>
    change.type === 'select' ? [{ id: change.id, selected: change.selected }] : [],
  );
}

/** Fits the view whenever the store asks (a map was loaded, "Zoom to fit"); React Flow waits for nodes. */
function useFitViewOnRequest(): void {
  const fitViewRequest = useStudioStore((state) => state.fitViewRequest);
  const { fitView } = useReactFlow();
  useEffect(() => {
    void fitView(FIT_VIEW_OPTIONS);
  }, [fitViewRequest, fitView]);
}

export function JourneyCanvas({ map }: { map: JourneyMap }) {
  const { nodes, edges } = useJourneyFlow(map);
  const store = useStudioStoreApi();
  useFitViewOnRequest();

  // Nodes are derived from the store, so the only change we take from React Flow is selection.
  const applyNodeChanges = useCallback(
    (changes: NodeChange<JourneyFlowNode>[]) => {
      const selection = selectionChangesOf(changes);
      if (selection.length > 0) store.getState().changeItemSelection(selection);
    },
    [store],
  );

  return (
    <ReactFlow<JourneyFlowNode, LinkFlowEdge>
      className="journey-canvas"
      aria-label={t('canvas.label')}
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      onNodesChange={applyNodeChanges}
      connectionMode={ConnectionMode.Loose}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable
      deleteKeyCode={null}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      onlyRenderVisibleElements={map.items.length > VIRTUALISE_ABOVE_ITEMS}
      ariaLabelConfig={ARIA_LABELS}
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#d4d4d8" />
      <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
      <MiniMap<JourneyFlowNode>
        style={MINIMAP_SIZE}
        pannable
        zoomable
        nodeColor={minimapColor}
        nodeStrokeWidth={0}
        maskColor="rgba(244, 244, 245, 0.7)"
      />
    </ReactFlow>
  );
}
