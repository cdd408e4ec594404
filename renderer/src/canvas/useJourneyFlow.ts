import { useMemo, useRef } from 'react';
import { layoutMap } from '../../../shared/logic/layout';
import type { MapLayout } from '../../../shared/logic/layout';
import type { JourneyMap } from '../../../shared/model';
import { useStudioStore } from '../store';
import { gridNodes, itemNodes, linkEdges } from './flowElements';
import type { ItemFlowNode, JourneyFlowNode, LinkFlowEdge } from './flowTypes';

export interface JourneyFlow {
  readonly layout: MapLayout;
  // Mutable array types because React Flow's props ask for them; nobody mutates them.
  readonly nodes: JourneyFlowNode[];
  readonly edges: LinkFlowEdge[];
}

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

  const grid = useMemo(() => gridNodes({ stages, lanes }, layout), [stages, lanes, layout]);

  // Last build's item nodes by id: a node whose inputs are unchanged is reused, not rebuilt.
  const previousItemNodes = useRef<ReadonlyMap<string, ItemFlowNode>>(new Map());
  const cards = useMemo(() => {
    const built = itemNodes({ stages, items }, layout, selected, previousItemNodes.current);
    previousItemNodes.current = new Map(built.map((node) => [node.id, node]));
    return built;
  }, [stages, items, layout, selected]);

  const nodes = useMemo((): JourneyFlowNode[] => [...grid, ...cards], [grid, cards]);
  const edges = useMemo(() => linkEdges({ links }, layout), [links, layout]);

  return { layout, nodes, edges };
}
