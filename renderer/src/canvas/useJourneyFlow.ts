import { useStoreApi as useFlowStoreApi } from '@xyflow/react';
import type { ReactFlowState, XYPosition } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { emotionCurve } from '../../../shared/logic';
import type { EmotionPoint } from '../../../shared/logic';
import { layoutMap } from '../../../shared/logic/layout';
import type { MapLayout } from '../../../shared/logic/layout';
import type { Item, JourneyMap } from '../../../shared/model';
import { useStudioStore } from '../store';
import { emotionCurveNodes, gridNodes, itemNodes, linkEdges } from './flowElements';
import type { ItemFlowNode, JourneyFlowNode, LinkFlowEdge } from './flowTypes';

export interface JourneyFlow {
  readonly layout: MapLayout;
  // Mutable array types because React Flow's props ask for them; nobody mutates them.
  readonly nodes: JourneyFlowNode[];
  readonly edges: LinkFlowEdge[];
}

const NO_CURVE: readonly EmotionPoint[] = [];

const sameCurve = (a: readonly EmotionPoint[], b: readonly EmotionPoint[]) =>
  a.length === b.length &&
  a.every((point, index) => point.stageId === b[index]?.stageId && point.mean === b[index]?.mean);

/** Whether two item lists place the same cards in the same cells in the same order (what the layout reads). */
export function samePlacementInputs(a: readonly Item[], b: readonly Item[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const before = a[index];
    const after = b[index];
    if (before === after) continue;
    if (
      before === undefined ||
      after === undefined ||
      before.id !== after.id ||
      before.stageId !== after.stageId ||
      before.laneId !== after.laneId ||
      before.order !== after.order
    ) {
      return false;
    }
  }
  return true;
}

/**
 * The layout, kept as the same object while only item content changes: a rename or a new colour moves
 * no card, so the cells, curve and edges derived from the layout keep their references too.
 */
function useStableLayout(
  stages: JourneyMap['stages'],
  lanes: JourneyMap['lanes'],
  items: JourneyMap['items'],
) {
  const previous = useRef<{
    stages: unknown;
    lanes: unknown;
    items: readonly Item[];
    layout: MapLayout;
  } | null>(null);
  return useMemo(() => {
    const last = previous.current;
    if (
      last !== null &&
      last.stages === stages &&
      last.lanes === lanes &&
      samePlacementInputs(last.items, items)
    ) {
      previous.current = { ...last, items };
      return last.layout;
    }
    const layout = layoutMap({ stages, lanes, items });
    previous.current = { stages, lanes, items, layout };
    return layout;
  }, [stages, lanes, items]);
}

/** Up to this many cards appear in one go; more, a chunk per frame. */
const MOUNT_AT_ONCE = 400;
/** Cards added per frame while every card of a large map comes onto the canvas: each frame stays a short task. */
export const MOUNT_CHUNK = 120;
/**
 * At most this many frames to mount every card: React Flow re-reads every mounted node on each step,
 * so fixed small chunks make it quadratic (measured at 5,000 cards: 8.2 s to all cards with chunks of
 * 120, 4.6 s in 8 steps, though its longest task grows from 0.6 to 1.2 s).
 */
const MOUNT_STEPS = 8;

const chunkFor = (total: number): number => Math.max(MOUNT_CHUNK, Math.ceil(total / MOUNT_STEPS));

/**
 * How many cards React Flow gets while every card of a large map is coming onto the canvas (the view
 * zoomed out to the overview, where nothing is culled). Mounting 2,000 cards in one commit blocked the
 * main thread for seconds (profiled: one task of 2–3 s); a chunk per animation frame keeps every task
 * short. While React Flow culls to the cards in view it gets them all: it builds only the visible ones.
 * Each new `phase` (another map, culling switched off) starts again; edits in between are not chunked.
 */
function useProgressiveMount(phase: string, total: number, rendersEveryCard: boolean): number {
  const chunk = chunkFor(total);
  const initial = rendersEveryCard && total > MOUNT_AT_ONCE ? chunk : Number.POSITIVE_INFINITY;
  const [progress, setProgress] = useState(() => ({ phase, mounted: initial }));
  // A new phase starts again (state adjusted during render, as React recommends for resets).
  if (progress.phase !== phase) setProgress({ phase, mounted: initial });
  const mounted = progress.phase === phase ? progress.mounted : initial;
  const growing = mounted < total;
  useEffect(() => {
    if (!growing) return;
    const frame = requestAnimationFrame(() =>
      setProgress((before) => ({
        phase: before.phase,
        mounted: before.mounted + chunk >= total ? Number.POSITIVE_INFINITY : before.mounted + chunk,
      })),
    );
    return () => cancelAnimationFrame(frame);
  }, [growing, mounted, total, chunk]);
  return mounted;
}

/**
 * The cards nearest the middle of the view first: while a map is mounted in chunks, the cards the user
 * was looking at stay on the canvas and the rest arrive around them.
 */
export function nearestFirst(cards: readonly ItemFlowNode[], centre: XYPosition): ItemFlowNode[] {
  const distance = (card: ItemFlowNode) => {
    const dx = card.position.x + (card.width ?? 0) / 2 - centre.x;
    const dy = card.position.y + (card.height ?? 0) / 2 - centre.y;
    return dx * dx + dy * dy;
  };
  return cards
    .map((card) => ({ card, distance: distance(card) }))
    .sort((a, b) => a.distance - b.distance)
    .map(({ card }) => card);
}

const viewCentreOf = (state: ReactFlowState): XYPosition => {
  const [x, y, zoom] = state.transform;
  return { x: (state.width / 2 - x) / zoom, y: (state.height / 2 - y) / zoom };
};

/**
 * The canvas' nodes and edges, derived from the map. Each step depends only on the parts of the map
 * it reads, and Immer keeps unchanged parts identical, so editing a link's label redraws one edge
 * and leaves the layout and every node alone.
 */
export function useJourneyFlow(map: JourneyMap, rendersEveryCard: boolean): JourneyFlow {
  const { stages, lanes, items, links } = map;
  const layout = useStableLayout(stages, lanes, items);

  const selectedItemIds = useStudioStore((state) => state.selectedItemIds);
  const selected = useMemo(() => new Set(selectedItemIds), [selectedItemIds]);
  const selectedLinkIds = useStudioStore((state) => state.selectedLinkIds);
  const selectedLinks = useMemo(() => new Set(selectedLinkIds), [selectedLinkIds]);

  // Last build's grid nodes by id: a cell whose count and names are unchanged is reused.
  const previousGridNodes = useRef<ReadonlyMap<string, JourneyFlowNode>>(new Map());
  const grid = useMemo(() => {
    const built = gridNodes({ stages, lanes }, layout, previousGridNodes.current);
    previousGridNodes.current = new Map(built.map((node) => [node.id, node]));
    return built;
  }, [stages, lanes, layout]);

  // The curve only changes when a touchpoint's emotion (or the stages) does: keep it otherwise.
  const hasEmotionLane = lanes.some((lane) => lane.kind === 'emotions');
  const previousCurve = useRef<readonly EmotionPoint[]>(NO_CURVE);
  const curve = useMemo(() => {
    const next = hasEmotionLane ? emotionCurve({ stages, items }) : NO_CURVE;
    if (sameCurve(next, previousCurve.current)) return previousCurve.current;
    previousCurve.current = next;
    return next;
  }, [hasEmotionLane, stages, items]);
  const curves = useMemo(() => emotionCurveNodes({ lanes }, layout, curve), [lanes, layout, curve]);

  // Last build's item nodes by id: a node whose inputs are unchanged is reused, not rebuilt.
  const previousItemNodes = useRef<ReadonlyMap<string, ItemFlowNode>>(new Map());
  const cards = useMemo(() => {
    const built = itemNodes({ stages, items }, layout, selected, previousItemNodes.current);
    previousItemNodes.current = new Map(built.map((node) => [node.id, node]));
    return built;
  }, [stages, items, layout, selected]);

  const mounted = useProgressiveMount(`${map.id}|${rendersEveryCard}`, cards.length, rendersEveryCard);
  const growing = mounted < cards.length;
  const flowStore = useFlowStoreApi();
  // Read once per growth (and per edit during it), not per frame: where the view is when it starts.
  const growthOrder = useMemo(
    () => (growing ? nearestFirst(cards, viewCentreOf(flowStore.getState())) : cards),
    [growing, cards, flowStore],
  );
  const mountedCards = useMemo(
    () => (growing ? growthOrder.slice(0, mounted) : cards),
    [growing, growthOrder, mounted, cards],
  );
  const nodes = useMemo(
    (): JourneyFlowNode[] => [...grid, ...curves, ...mountedCards],
    [grid, curves, mountedCards],
  );
  const allEdges = useMemo(() => linkEdges({ links }, layout, selectedLinks), [links, layout, selectedLinks]);
  const edges = useMemo(() => {
    if (!growing) return allEdges;
    // A link waits for both its cards, so React Flow never looks for a node that is not there yet.
    const present = new Set(mountedCards.map((card) => card.id));
    return allEdges.filter((edge) => present.has(edge.source) && present.has(edge.target));
  }, [allEdges, growing, mountedCards]);

  return { layout, nodes, edges };
}
