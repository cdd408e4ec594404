import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent, WheelEvent as ReactWheelEvent } from 'react';
import { t } from '../i18n';
import type { JourneyFlowNode } from './flowTypes';

/**
 * The map overview in the canvas's corner, drawn to cost nothing while the canvas pans or zooms.
 * React Flow's `<MiniMap>` re-renders on every pan frame and redraws its mask in the same SVG as the
 * map's blocks, so each frame repaints and re-rasters every block (profiled: with the dotted
 * background, most of the raster left in a pan at zoom 1). Here the blocks are painted on a canvas when
 * the nodes change; the "you are here" window is a separate layer whose dimming is its own shadow,
 * moved by a compositor transform outside React. Dragging in the overview pans the canvas, the wheel
 * zooms it, as React Flow's `pannable` and `zoomable` did.
 */

const WIDTH = 176;
const HEIGHT = 120;
/** Blank margin around the map, in overview pixels (React Flow's `offsetScale`). */
const MARGIN = 5;

const COLORS: Readonly<Record<string, string>> = {
  touchpoint: '#cbd5e1',
  friction: '#fb7185',
  magic: '#f59e0b',
  opportunity: '#34d399',
  note: '#fde047',
};
const HEADER_COLOR = '#e2e8f0';

interface Block {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
}

/** Flow coordinates → overview pixels: `(flow − origin) / scale`. */
interface Frame {
  readonly originX: number;
  readonly originY: number;
  readonly scale: number;
}

/** Cards and headers, in their colours; cells, the curve and the add buttons are not drawn. */
function blockOf(node: JourneyFlowNode): Block | null {
  const color =
    node.type === 'item'
      ? (COLORS[node.data.item.kind] ?? COLORS['touchpoint'])
      : node.type === 'stageHeader' || node.type === 'laneHeader'
        ? HEADER_COLOR
        : undefined;
  if (color === undefined || node.width === undefined || node.height === undefined) return null;
  return {
    id: node.id,
    x: node.position.x,
    y: node.position.y,
    width: node.width,
    height: node.height,
    color,
  };
}

/** The whole map (every node, drawn or not) fitted into the overview, centred, with a margin. */
function frameOf(nodes: readonly JourneyFlowNode[]): Frame {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + (node.width ?? 0));
    bottom = Math.max(bottom, node.position.y + (node.height ?? 0));
  }
  if (!Number.isFinite(left)) return { originX: 0, originY: 0, scale: 1 };
  const scale = Math.max((right - left) / (WIDTH - 2 * MARGIN), (bottom - top) / (HEIGHT - 2 * MARGIN), 1e-3);
  return {
    originX: (left + right) / 2 - (WIDTH / 2) * scale,
    originY: (top + bottom) / 2 - (HEIGHT / 2) * scale,
    scale,
  };
}

/** Blocks by colour: one path and one fill per colour, however many cards there are. */
function byColor(blocks: readonly Block[]): Map<string, Block[]> {
  const groups = new Map<string, Block[]>();
  for (const block of blocks) {
    const group = groups.get(block.color);
    if (group === undefined) groups.set(block.color, [block]);
    else group.push(block);
  }
  return groups;
}

/**
 * The map's blocks, painted on a canvas when the nodes change: a few fills, where an SVG of one
 * element per card cost a DOM element, its style and its layout for each of thousands of cards when a
 * map opened, and a reconciliation of all of them on every edit.
 */
const MapBlocks = memo(function MapBlocks({ blocks, frame }: { blocks: readonly Block[]; frame: Frame }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (canvas === null || canvas === undefined || context === null || context === undefined) return;
    // Sharp on a high-density screen: the bitmap has the screen's pixels, the element the CSS size.
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(WIDTH * ratio);
    canvas.height = Math.round(HEIGHT * ratio);
    const scale = ratio / frame.scale;
    context.setTransform(scale, 0, 0, scale, -frame.originX * scale, -frame.originY * scale);
    for (const [color, group] of byColor(blocks)) {
      context.fillStyle = color;
      context.beginPath();
      for (const block of group) context.roundRect(block.x, block.y, block.width, block.height, 5);
      context.fill();
    }
  }, [blocks, frame]);
  return (
    <canvas
      ref={canvasRef}
      className="canvas-minimap__blocks"
      style={{ display: 'block', width: WIDTH, height: HEIGHT }}
      role="img"
      aria-label={t('canvas.minimap')}
    />
  );
});

function CanvasMiniMapView({ nodes }: { nodes: readonly JourneyFlowNode[] }) {
  const flowStore = useStoreApi();
  const { setViewport, zoomTo } = useReactFlow();
  const windowRef = useRef<HTMLDivElement>(null);
  const dragFrom = useRef<{ x: number; y: number } | null>(null);
  const blocks = useMemo(() => nodes.flatMap((node) => blockOf(node) ?? []), [nodes]);
  const frame = useMemo(() => frameOf(nodes), [nodes]);

  // Outside React: a pan or zoom frame moves (and on zoom resizes) one layer and renders nothing.
  useLayoutEffect(() => {
    const place = ({ transform: [x, y, zoom], width, height }: ReactFlowState): void => {
      const element = windowRef.current;
      if (element === null) return;
      const left = (-x / zoom - frame.originX) / frame.scale;
      const top = (-y / zoom - frame.originY) / frame.scale;
      element.style.width = `${width / zoom / frame.scale}px`;
      element.style.height = `${height / zoom / frame.scale}px`;
      element.style.transform = `translate(${left}px, ${top}px)`;
    };
    place(flowStore.getState());
    return flowStore.subscribe(place);
  }, [flowStore, frame]);

  // A drag moves the window under the pointer, so the canvas pans by the same distance on the map.
  const onPointerDown = useCallback((event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    dragFrom.current = { x: event.clientX, y: event.clientY };
  }, []);
  const onPointerMove = useCallback(
    (event: ReactPointerEvent<HTMLDivElement>) => {
      const from = dragFrom.current;
      if (from === null) return;
      dragFrom.current = { x: event.clientX, y: event.clientY };
      const [x, y, zoom] = flowStore.getState().transform;
      void setViewport({
        x: x - (event.clientX - from.x) * frame.scale * zoom,
        y: y - (event.clientY - from.y) * frame.scale * zoom,
        zoom,
      });
    },
    [flowStore, setViewport, frame],
  );
  const endDrag = useCallback(() => {
    dragFrom.current = null;
  }, []);
  const onWheel = useCallback(
    (event: ReactWheelEvent<HTMLDivElement>) => {
      const zoom = flowStore.getState().transform[2];
      void zoomTo(zoom * 2 ** (-event.deltaY * 0.002));
    },
    [flowStore, zoomTo],
  );

  return (
    <Panel position="bottom-right" className="react-flow__minimap canvas-minimap" data-testid="rf__minimap">
      <div
        className="canvas-minimap__area"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onWheel={onWheel}
      >
        <MapBlocks blocks={blocks} frame={frame} />
        <div ref={windowRef} className="canvas-minimap__window" aria-hidden="true" />
      </div>
    </Panel>
  );
}

export const CanvasMiniMap = memo(CanvasMiniMapView);
