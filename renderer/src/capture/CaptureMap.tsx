import '../canvas/canvas.css';
import './capture.css';
import { getSmoothStepPath, Position } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { CSSProperties } from 'react';
import {
  emotionCurve,
  hasEvidenceChip,
  metricsIndex,
  seriesOfItem,
  seriesOfStage,
} from '../../../shared/logic';
import type { EvidenceStatus, MetricsIndex } from '../../../shared/logic';
import { layoutMap } from '../../../shared/logic/layout';
import type { Item, JourneyMap } from '../../../shared/model';
import { EvidenceChip } from '../canvas/badges/EvidenceChip';
import { MetricBadges } from '../canvas/badges/MetricBadges';
import { plottedSegments, smoothPath } from '../canvas/emotionCurveGeometry';
import {
  cellNodes,
  emotionCurveNodes,
  itemNodes,
  laneHeaderNodes,
  LINK_COLOR,
  linkEdges,
  stageHeaderNodes,
} from '../canvas/flowElements';
import type { JourneyFlowNode, LinkFlowEdge } from '../canvas/flowTypes';
import { EmotionScale } from '../canvas/nodes/EmotionCurveNode';
import { ItemMarker } from '../canvas/nodes/ItemMarker';
import { t } from '../i18n';

/**
 * The whole map drawn once, statically, at zoom 1: plain positioned boxes with the canvas' classes
 * and builders, no React Flow store, no handles, menus, minimap or virtualisation. The PNG capture
 * rasterises exactly this, so it is as simple a DOM as the picture allows (fast to lay out and to
 * paint). Every text is a React text node: a title with markup is drawn as the characters it is.
 */

/** Room around the outermost nodes, so borders and shadows are not cut (as the browser PNG path). */
export const CAPTURE_MARGIN = 32;
export const CAPTURE_BACKGROUND = '#f8fafc';

export interface CaptureBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const NO_SELECTION: ReadonlySet<string> = new Set();
const NO_PREVIOUS = new Map();

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const boxOf = (node: JourneyFlowNode): Box => ({
  x: node.position.x,
  y: node.position.y,
  width: node.width ?? 0,
  height: node.height ?? 0,
});

/** The content's size: the nodes' bounds plus the margin on every side, in whole CSS pixels. */
export function captureBounds(nodes: readonly JourneyFlowNode[]): CaptureBounds {
  if (nodes.length === 0) return { x: 0, y: 0, width: 2 * CAPTURE_MARGIN, height: 2 * CAPTURE_MARGIN };
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const box = boxOf(node);
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return {
    x: left,
    y: top,
    width: Math.ceil(right - left + 2 * CAPTURE_MARGIN),
    height: Math.ceil(bottom - top + 2 * CAPTURE_MARGIN),
  };
}

/** Evidence as the canvas shows it: measured or quoted items are observed, others as recorded. */
function evidenceOf(item: Item, index: MetricsIndex, quoted: ReadonlySet<string>): EvidenceStatus {
  if (seriesOfItem(index, item.id).length > 0 || quoted.has(item.id)) return 'observed';
  return item.evidence ?? 'assumed';
}

const formatScore = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function NodeContent({
  node,
  index,
  quoted,
}: {
  node: JourneyFlowNode;
  index: MetricsIndex;
  quoted: ReadonlySet<string>;
}) {
  switch (node.type) {
    case 'cell':
      return (
        <div
          className={`grid-cell grid-cell--${node.data.laneKind} grid-cell--${node.data.rowIndex % 2 === 0 ? 'even' : 'odd'}`}
        />
      );
    case 'stageHeader': {
      const { stage, index: position } = node.data;
      return (
        <div className="stage-header">
          <div className="stage-header__top">
            <span className="stage-header__number">{position + 1}</span>
            <span className="stage-header__name" dir="auto">
              {stage.name}
            </span>
          </div>
          {stage.goal !== undefined && stage.goal !== '' && (
            <div className="stage-header__goal" dir="auto">
              {stage.goal}
            </div>
          )}
          <MetricBadges series={seriesOfStage(index, stage.id)} />
        </div>
      );
    }
    case 'laneHeader': {
      const { lane } = node.data;
      const kindLabel = t(`laneKind.${lane.kind}`);
      return (
        <div className={`lane-header lane-header--${lane.kind}`}>
          <div className="lane-header__top">
            <span className="lane-header__name" dir="auto">
              {lane.name}
            </span>
          </div>
          {!lane.name.toLocaleLowerCase().includes(kindLabel.toLocaleLowerCase()) && (
            <span className="lane-header__kind">{kindLabel}</span>
          )}
          {lane.kind === 'emotions' && <EmotionScale height={node.height ?? 0} />}
        </div>
      );
    }
    case 'emotionCurve': {
      const height = node.height ?? 0;
      const segments = plottedSegments(node.data.points, height);
      return (
        <svg className="emotion-curve" width={node.width} height={height} aria-hidden="true">
          {segments.map((segment) => (
            <path key={segment[0]?.stageId} className="emotion-curve__line" d={smoothPath(segment, height)} />
          ))}
          {segments.flat().map((point) => (
            <g key={point.stageId} className="emotion-curve__point">
              <circle cx={point.x} cy={point.y} r={11} />
              <text x={point.x} y={point.y} dy="0.35em" textAnchor="middle">
                {formatScore(point.value)}
              </text>
            </g>
          ))}
        </svg>
      );
    }
    case 'item': {
      const { item } = node.data;
      const series = seriesOfItem(index, item.id);
      return (
        <div
          className={`item-card item-card--${item.kind}${series.length > 0 ? ' item-card--with-badges' : ''}`}
          data-item-id={item.id}
        >
          <div className="item-card__meta">
            <ItemMarker item={item} />
            {hasEvidenceChip(item.kind) && <EvidenceChip status={evidenceOf(item, index, quoted)} />}
            {item.owner !== undefined && (
              <span className="item-card__owner" dir="auto">
                {item.owner}
              </span>
            )}
          </div>
          {item.title.trim() === '' ? (
            <div className="item-card__title item-card__title--empty">{t('canvas.untitled')}</div>
          ) : (
            <div className="item-card__title" dir="auto">
              {item.title}
            </div>
          )}
          <MetricBadges series={series} />
        </div>
      );
    }
    default:
      return null;
  }
}

const SIDE_POSITION = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
} as const;

type Side = keyof typeof SIDE_POSITION;

const anchor = (box: Box, side: Side): { x: number; y: number } => {
  switch (side) {
    case 'top':
      return { x: box.x + box.width / 2, y: box.y };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height };
    case 'left':
      return { x: box.x, y: box.y + box.height / 2 };
  }
};

const isSide = (value: string | null | undefined): value is Side =>
  value === 'top' || value === 'right' || value === 'bottom' || value === 'left';

interface LinkGeometry {
  readonly id: string;
  readonly path: string;
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
}

/** Every link's smooth-step path and label point, as React Flow computes them on the canvas. */
function linkGeometry(edges: readonly LinkFlowEdge[], boxes: ReadonlyMap<string, Box>): LinkGeometry[] {
  const links: LinkGeometry[] = [];
  for (const edge of edges) {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (source === undefined || target === undefined) continue;
    if (!isSide(edge.sourceHandle) || !isSide(edge.targetHandle)) continue;
    const from = anchor(source, edge.sourceHandle);
    const to = anchor(target, edge.targetHandle);
    const [path, labelX, labelY] = getSmoothStepPath({
      sourceX: from.x,
      sourceY: from.y,
      sourcePosition: SIDE_POSITION[edge.sourceHandle],
      targetX: to.x,
      targetY: to.y,
      targetPosition: SIDE_POSITION[edge.targetHandle],
    });
    links.push({
      id: edge.id,
      path,
      label: typeof edge.label === 'string' ? edge.label : '',
      labelX,
      labelY,
    });
  }
  return links;
}

/** Every link's line and arrow as the canvas draws them, under the cards; labels are drawn apart. */
const CaptureLinks = memo(function CaptureLinks({
  links,
  bounds,
}: {
  links: readonly LinkGeometry[];
  bounds: CaptureBounds;
}) {
  return (
    <svg
      className="capture-links"
      width={bounds.width}
      height={bounds.height}
      viewBox={`${bounds.x - CAPTURE_MARGIN} ${bounds.y - CAPTURE_MARGIN} ${bounds.width} ${bounds.height}`}
      aria-hidden="true"
    >
      <defs>
        <marker
          id="capture-arrow"
          viewBox="-10 -10 20 20"
          markerWidth="18"
          markerHeight="18"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
          refX="0"
          refY="0"
        >
          <polyline
            points="-5,-4 0,0 -5,4 -5,-4"
            fill={LINK_COLOR}
            stroke={LINK_COLOR}
            strokeLinejoin="round"
          />
        </marker>
      </defs>
      {links.map((link) => (
        <g key={link.id} className="journey-link">
          <path className="react-flow__edge-path" d={link.path} fill="none" markerEnd="url(#capture-arrow)" />
        </g>
      ))}
    </svg>
  );
});

/**
 * The links' labels, after (so above) the cards: a label at a path's midpoint often lies over a
 * neighbouring card, which hid it in the PNG. The same pills as the canvas (canvas.css .link-label);
 * a label's text is a text node, whatever characters it holds.
 */
const CaptureLinkLabels = memo(function CaptureLinkLabels({
  links,
  offset,
}: {
  links: readonly LinkGeometry[];
  offset: { readonly x: number; readonly y: number };
}) {
  return (
    <div className="capture-link-labels">
      {links
        .filter((link) => link.label !== '')
        .map((link) => (
          <div
            key={link.id}
            className="link-label"
            style={{
              left: link.labelX + offset.x,
              top: link.labelY + offset.y,
              transform: 'translate(-50%, -50%)',
            }}
            dir="auto"
          >
            {link.label}
          </div>
        ))}
    </div>
  );
});

export interface CaptureMapProps {
  readonly map: JourneyMap;
  readonly background: boolean;
}

/** The nodes the capture draws, with their bounds; the view reports the bounds' size as "ready". */
export function useCaptureNodes(map: JourneyMap): {
  nodes: readonly JourneyFlowNode[];
  edges: readonly LinkFlowEdge[];
  bounds: CaptureBounds;
} {
  return useMemo(() => {
    const layout = layoutMap(map);
    const hasEmotionLane = map.lanes.some((lane) => lane.kind === 'emotions');
    const nodes: JourneyFlowNode[] = [
      ...cellNodes(map, layout),
      ...stageHeaderNodes(map, layout),
      ...laneHeaderNodes(map, layout),
      ...emotionCurveNodes(map, layout, hasEmotionLane ? emotionCurve(map) : []),
      ...itemNodes(map, layout, NO_SELECTION, NO_PREVIOUS),
    ];
    return { nodes, edges: linkEdges(map, layout), bounds: captureBounds(nodes) };
  }, [map]);
}

export const CaptureMap = memo(function CaptureMap({ map, background }: CaptureMapProps) {
  const { nodes, edges, bounds } = useCaptureNodes(map);
  const index = useMemo(() => metricsIndex(map.metrics), [map.metrics]);
  const quoted = useMemo(() => new Set(map.quotes.flatMap((quote) => quote.itemIds)), [map.quotes]);
  const links = useMemo(
    () =>
      linkGeometry(
        edges,
        new Map(nodes.filter((node) => node.type === 'item').map((node) => [node.id, boxOf(node)])),
      ),
    [nodes, edges],
  );
  const frame: CSSProperties = {
    width: bounds.width,
    height: bounds.height,
    background: background ? CAPTURE_BACKGROUND : 'transparent',
  };
  const offset = { x: CAPTURE_MARGIN - bounds.x, y: CAPTURE_MARGIN - bounds.y };
  // Cells under the curve and headers, links over those, cards over links, link labels on top (the
  // canvas' z-order).
  const under = nodes.filter((node) => node.type !== 'item');
  const cards = nodes.filter((node) => node.type === 'item');
  const place = (node: JourneyFlowNode) => {
    const box = boxOf(node);
    return (
      <div
        key={node.id}
        className={`capture-node capture-node--${node.type ?? 'node'}`}
        style={{ left: box.x + offset.x, top: box.y + offset.y, width: box.width, height: box.height }}
      >
        <NodeContent node={node} index={index} quoted={quoted} />
      </div>
    );
  };
  return (
    <div className="capture-map" data-testid="capture-map" style={frame}>
      {under.map(place)}
      <CaptureLinks links={links} bounds={bounds} />
      {cards.map(place)}
      <CaptureLinkLabels links={links} offset={offset} />
    </div>
  );
});
