import {
  ConnectionMode,
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi as useFlowStoreApi,
} from '@xyflow/react';
import type {
  AriaLabelConfig,
  Connection,
  FitViewOptions,
  EdgeChange,
  NodeChange,
  NodeTypes,
  OnNodeDrag,
  ReactFlowState,
  XYPosition,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { useStore } from 'zustand';
import { dropTargetAt } from '../../../shared/logic/drop-target';
import type { MapLayout } from '../../../shared/logic/layout';
import type { JourneyMap } from '../../../shared/model';
import { useContextMenu } from '../components/ContextMenu';
import { FitIcon } from '../components/icons';
import { t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { useShowsDetail } from './badges/evidenceSelectors';
import type { SelectionChange, StudioStore } from '../store';
import { connectItems } from './canvasActions';
import {
  CELL_MENU,
  ITEM_MENU,
  PANE_MENU,
  linkMenu,
  targetCell,
  targetItem,
  targetLink,
} from './canvasContextMenu';
import { CanvasEditingProvider, useCanvasEditingStore } from './canvasEditing';
import { focusSoon, itemElement } from './canvasFocus';
import { CanvasMiniMap } from './CanvasMiniMap';
import { EDGE_TYPES } from './edges/LinkEdge';
import { mapBounds } from './flowElements';
import { LevelOfDetailContext, OVERVIEW_ZOOM } from './levelOfDetail';
import { openingViewport } from './openingView';
import { PanningDots } from './PanningDots';
import './canvas.css';
import type { JourneyFlowNode, LinkFlowEdge } from './flowTypes';
import { AddLaneNode, AddStageNode } from './nodes/AddButtonNodes';
import { CellNode } from './nodes/CellNode';
import { EmotionCurveNode } from './nodes/EmotionCurveNode';
import { InlineTextEditor } from './nodes/InlineTextEditor';
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
  addStage: AddStageNode,
  addLane: AddLaneNode,
  emotionCurve: EmotionCurveNode,
};

const FIT_VIEW_PADDING = 0.06;
/** For views that build every node (the revision canvas); the editor fits its map's bounds instead. */
export const FIT_VIEW_OPTIONS: FitViewOptions = { padding: FIT_VIEW_PADDING, duration: 0 };
// Low enough that fitting a 2,000-item map still shows all of it.
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;
/** Beyond this many items only the cards in view are in the DOM; below it every card stays reachable. */
const VIRTUALISE_ABOVE_ITEMS = 400;
/** Shift-click adds to the selection, Shift-drag draws a selection box (Ctrl/⌘-click adds too). */
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];

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

function selectionChangesOf(changes: readonly (NodeChange | EdgeChange)[]): SelectionChange[] {
  return changes.flatMap((change) =>
    change.type === 'select' ? [{ id: change.id, selected: change.selected }] : [],
  );
}

/**
 * Moves the dragged cards into the cell under the pointer, as one `moveItems` (one undo step); a
 * drop outside every cell changes nothing, so the cards snap back to where the layout puts them.
 */
export function dropItems(
  store: StudioStore,
  layout: MapLayout,
  itemIds: readonly string[],
  point: XYPosition,
): boolean {
  if (itemIds.length === 0) return false;
  const target = dropTargetAt(layout, point, new Set(itemIds));
  if (target === null) return false;
  store.getState().moveItems(itemIds, target, target.index);
  return true;
}

/** Where a drag ended on screen: the mouse, or the finger that lifted. */
function pointerOf(event: MouseEvent | TouchEvent): { clientX: number; clientY: number } | undefined {
  return 'changedTouches' in event ? event.changedTouches[0] : event;
}

const isOverviewZoom = (state: ReactFlowState): boolean => state.transform[2] < OVERVIEW_ZOOM;

/** A boolean, so the canvas re-renders only when the zoom crosses the threshold; cards not at all. */
function useIsOverview(): boolean {
  return useFlowStore(isOverviewZoom);
}

const hasPaneSize = (state: ReactFlowState): boolean => state.width > 0 && state.height > 0;

/**
 * Moves the view when the store asks: a freshly opened map fits whole if it can be read whole and
 * otherwise opens at its start (openingView.ts); "Zoom to fit" always fits. Each request is handled
 * once, when the pane has its size (the choice depends on it).
 */
function useViewOnRequest(layout: MapLayout): void {
  const viewRequest = useStudioStore((state) => state.viewRequest);
  const paneReady = useFlowStore(hasPaneSize);
  const flowStore = useFlowStoreApi();
  const { fitBounds, setViewport } = useReactFlow();
  const handledSequence = useRef<number | null>(null);
  // A layout effect: the pane's size arrives from a ResizeObserver before the first paint, so the map
  // is never painted in a view it is about to leave.
  useLayoutEffect(() => {
    if (handledSequence.current === viewRequest.sequence || !paneReady) return;
    handledSequence.current = viewRequest.sequence;
    const { width, height } = flowStore.getState();
    const bounds = mapBounds(layout);
    const start =
      viewRequest.kind === 'open' ? openingViewport(bounds, { width, height }, FIT_VIEW_PADDING) : null;
    if (start === null) void fitBounds(bounds, { padding: FIT_VIEW_PADDING, duration: 0 });
    else void setViewport(start);
    // Only a new request (or the pane getting its size) moves the view; an edit must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewRequest, paneReady]);
}

/** Brings the item of a reveal request (find, insights) to the centre of the view and focuses it. */
function useRevealOnRequest(layout: MapLayout): void {
  const revealRequest = useStudioStore((state) => state.revealRequest);
  const { setCenter, getZoom } = useReactFlow();
  useEffect(() => {
    if (revealRequest === null) return;
    const placement = layout.items.get(revealRequest.itemId);
    if (placement === undefined) return;
    void setCenter(placement.x + placement.width / 2, placement.y + placement.height / 2, {
      zoom: Math.max(getZoom(), 0.6),
      duration: 200,
    });
    focusSoon(() => itemElement(document, revealRequest.itemId));
    // Only a new request moves the view; a layout change alone must not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealRequest]);
}

interface LinkLabelEditing {
  readonly linkId: string;
  readonly label: string;
  readonly left: number;
  readonly top: number;
}

export function JourneyCanvas({ map }: { map: JourneyMap }) {
  return (
    <CanvasEditingProvider>
      <JourneyCanvasView map={map} />
    </CanvasEditingProvider>
  );
}

function JourneyCanvasView({ map }: { map: JourneyMap }) {
  const isOverview = useIsOverview();
  // Culling off (the overview, or a map small enough to keep every card reachable): every card renders.
  const culls = !isOverview && map.items.length > VIRTUALISE_ABOVE_ITEMS;
  const { layout, nodes: derivedNodes, edges } = useJourneyFlow(map, !culls);
  const store = useStudioStoreApi();
  const { screenToFlowPosition, flowToScreenPosition } = useReactFlow();
  const contextMenu = useContextMenu();
  const frameRef = useRef<HTMLDivElement>(null);
  // Level of detail: a boolean, so the canvas re-renders only when the zoom crosses the threshold.
  const isFar = !useShowsDetail();
  // While a card's title is typed in place, link labels go back under the cards (see canvas.css).
  const isRenamingCard = useStore(useCanvasEditingStore(), (state) => state.editing?.kind === 'item');
  useViewOnRequest(layout);
  useRevealOnRequest(layout);

  // Where the cards being dragged are right now; the document only changes on drop.
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, XYPosition>>(new Map());
  const nodes = useMemo(
    () =>
      dragPositions.size === 0
        ? derivedNodes
        : derivedNodes.map((node) => {
            const position = dragPositions.get(node.id);
            return position === undefined ? node : { ...node, position, dragging: true };
          }),
    [derivedNodes, dragPositions],
  );

  // Nodes are derived from the store: we take selection and in-flight drag positions from React Flow.
  const applyNodeChanges = useCallback(
    (changes: NodeChange<JourneyFlowNode>[]) => {
      const selection = selectionChangesOf(changes);
      if (selection.length > 0) store.getState().changeItemSelection(selection);
      const moved = changes.flatMap((change) =>
        change.type === 'position' && change.position !== undefined && change.dragging === true
          ? [[change.id, change.position] as const]
          : [],
      );
      if (moved.length > 0) setDragPositions((before) => new Map([...before, ...moved]));
    },
    [store],
  );
  const applyEdgeChanges = useCallback(
    (changes: EdgeChange<LinkFlowEdge>[]) => {
      const selection = selectionChangesOf(changes);
      if (selection.length > 0) store.getState().changeLinkSelection(selection);
    },
    [store],
  );

  const onNodeDragStop: OnNodeDrag<JourneyFlowNode> = useCallback(
    (event, _node, dragged) => {
      const itemIds = dragged.filter((node) => node.type === 'item').map((node) => node.id);
      const pointer = pointerOf(event);
      if (pointer !== undefined) {
        dropItems(store, layout, itemIds, screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY }));
      }
      setDragPositions(new Map());
    },
    [store, layout, screenToFlowPosition],
  );

  const onConnect = useCallback((connection: Connection) => void connectItems(store, connection), [store]);
  const onPaneClick = useCallback(() => store.getState().clearSelection(), [store]);
  const requestFitView = useCallback(() => store.getState().requestFitView(), [store]);

  const [linkLabelEditing, setLinkLabelEditing] = useState<LinkLabelEditing | null>(null);
  const onEdgeDoubleClick = useCallback((event: ReactMouseEvent, edge: LinkFlowEdge) => {
    const frame = (event.currentTarget as Element).closest('.journey-canvas-frame')?.getBoundingClientRect();
    setLinkLabelEditing({
      linkId: edge.id,
      label: typeof edge.label === 'string' ? edge.label : '',
      left: event.clientX - (frame?.left ?? 0),
      top: event.clientY - (frame?.top ?? 0),
    });
  }, []);
  const commitLinkLabel = useCallback(
    (value: string) => {
      if (linkLabelEditing === null) return;
      setLinkLabelEditing(null);
      if (value !== linkLabelEditing.label) {
        store.getState().setLinkLabel(linkLabelEditing.linkId, value.trim() === '' ? null : value);
      }
    },
    [store, linkLabelEditing],
  );

  // "Edit link label" from a menu or the palette: the editor opens halfway between the two cards.
  const linkLabelRequest = useStudioStore((state) => state.linkLabelRequest);
  useEffect(() => {
    if (linkLabelRequest === null) return;
    const link = store
      .getState()
      .doc?.map.links.find((candidate) => candidate.id === linkLabelRequest.linkId);
    const from = link === undefined ? undefined : layout.items.get(link.from);
    const to = link === undefined ? undefined : layout.items.get(link.to);
    if (link === undefined || from === undefined || to === undefined) return;
    const middle = flowToScreenPosition({
      x: (from.x + from.width / 2 + to.x + to.width / 2) / 2,
      y: (from.y + from.height / 2 + to.y + to.height / 2) / 2,
    });
    const frame = frameRef.current?.getBoundingClientRect();
    setLinkLabelEditing({
      linkId: link.id,
      label: link.label ?? '',
      left: middle.x - (frame?.left ?? 0),
      top: middle.y - (frame?.top ?? 0),
    });
    // Only a new request opens the editor; a later layout change must not reopen it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkLabelRequest]);

  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: JourneyFlowNode) => {
      if (node.type === 'item') {
        targetItem(store, node.id);
        contextMenu.open(event, ITEM_MENU);
      } else if (node.type === 'cell') {
        targetCell(store, { stageId: node.data.stageId, laneId: node.data.laneId });
        contextMenu.open(event, CELL_MENU);
      } else {
        // Headers have their own "⋯" menu; no browser menu (Reload, Inspect) on the map either.
        event.preventDefault();
      }
    },
    [store, contextMenu],
  );
  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: LinkFlowEdge) => {
      targetLink(store, edge.id);
      contextMenu.open(event, linkMenu(store, edge.id));
    },
    [store, contextMenu],
  );
  const onPaneContextMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent) => contextMenu.open(event, PANE_MENU),
    [contextMenu],
  );

  return (
    <LevelOfDetailContext.Provider value={!isFar}>
      <div
        className={
          isRenamingCard ? 'journey-canvas-frame journey-canvas-frame--renaming-card' : 'journey-canvas-frame'
        }
        ref={frameRef}
      >
        <ReactFlow<JourneyFlowNode, LinkFlowEdge>
          className={
            isOverview
              ? 'journey-canvas journey-canvas--far journey-canvas--overview'
              : isFar
                ? 'journey-canvas journey-canvas--far'
                : 'journey-canvas'
          }
          aria-label={t('canvas.label')}
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={applyNodeChanges}
          onEdgesChange={applyEdgeChanges}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onPaneClick={onPaneClick}
          onEdgeDoubleClick={onEdgeDoubleClick}
          onNodeContextMenu={onNodeContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          onPaneContextMenu={onPaneContextMenu}
          connectionMode={ConnectionMode.Loose}
          nodesDraggable
          nodesConnectable
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECTION_KEYS}
          // Only our Delete command deletes, so it is one undo step with the right label.
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          // Not in the overview: there the whole map is in view anyway, and culling would re-render
          // every node wrapper on each pan frame (profiled at 2,000 cards: ~20 ms of a frame's script).
          onlyRenderVisibleElements={culls}
          ariaLabelConfig={ARIA_LABELS}
        >
          {/*
          Read from afar the dots are noise and the whole map is in view, so neither the dot pattern
          nor the minimap is drawn there (both redraw on every zoom step).
        */}
          {!isFar && <PanningDots gap={24} size={1} color="#d4d4d8" />}
          {/* Our own fit button: React Flow's fits only the cards built so far (see mapBounds). */}
          <Controls showInteractive={false} showFitView={false}>
            <ControlButton
              className="react-flow__controls-fitview"
              onClick={requestFitView}
              title={t('canvas.controls.fitView')}
              aria-label={t('canvas.controls.fitView')}
            >
              <FitIcon />
            </ControlButton>
          </Controls>
          {!isFar && <CanvasMiniMap nodes={nodes} />}
        </ReactFlow>
        {linkLabelEditing !== null && (
          <div
            className="link-label-editor"
            style={{ left: linkLabelEditing.left, top: linkLabelEditing.top }}
          >
            <InlineTextEditor
              initialValue={linkLabelEditing.label}
              label={t('canvas.linkLabelField')}
              onCommit={commitLinkLabel}
              onCancel={() => setLinkLabelEditing(null)}
            />
          </div>
        )}
      </div>
    </LevelOfDetailContext.Provider>
  );
}
