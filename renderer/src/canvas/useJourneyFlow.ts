import { useMemo, useRef } from 'react';
import { emotionCurve } from '../../../shared/logic';
import type { EmotionPoint } from '../../../shared/logic';
import { layoutMap } from '../../../shared/logic/layout';
import type { MapLayout } from '../../../shared/logic/layout';
import type { JourneyMap } from '../../../shared/model';
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

/**
 * The canvas' nodes and edges, derived from the map. Each step depends only on the parts of the map
 * it reads, and Immer keeps unchanged parts identical, so editing a link's label redraws one edge
 * and leaves the layout and every node alone.
 */
export function useJourneyFlow(map: JourneyMap): JourneyFlow {
  const { stages, lanes, items, links } = map;
  const layout = useMemo(() => layoutMap({ stages, lanes, items }), [stages, lanes, items]);

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
    const next = hasEmotionLane ? emotionCurve({ ...map, stages, items }) : NO_CURVE;
    if (sameCurve(next, previousCurve.current)) return previousCurve.current;
    previousCurve.current = next;
    return next;
    // `map` itself changes on every edit; the curve reads only its stages and items.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hasEmotionLane, stages, items]);
  const curves = useMemo(() => emotionCurveNodes({ lanes }, layout, curve), [lanes, layout, curve]);

  // Last build's item nodes by id: a node whose inputs are unchanged is reused, not rebuilt.
  const previousItemNodes = useRef<ReadonlyMap<string, ItemFlowNode>>(new Map());
  const cards = useMemo(() => {
    const built = itemNodes({ stages, items }, layout, selected, previousItemNodes.current);
    previousItemNodes.current = new Map(built.map((node) => [node.id, node]));
    return built;
  }, [stages, items, layout, selected]);

  const nodes = useMemo((): JourneyFlowNode[] => [...grid, ...curves, ...cards], [grid, curves, cards]);
  const edges = useMemo(() => linkEdges({ links }, layout, selectedLinks), [links, layout, selectedLinks]);

  return { layout, nodes, edges };
}
