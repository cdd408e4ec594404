import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { itemNodes, linkEdges, linkHandleSides, gridNodes } from '../../renderer/src/canvas/flowElements';
import type { ItemFlowNode } from '../../renderer/src/canvas/flowTypes';
import { layoutMap } from '../../shared/logic/layout';
import type { ItemPlacement } from '../../shared/logic/layout';
import { commuteMap } from './sampleMaps';

const byId = (nodes: readonly ItemFlowNode[]) => new Map(nodes.map((node) => [node.id, node]));

const placement = (columnIndex: number, y: number): ItemPlacement => ({
  itemId: 'x',
  columnIndex,
  rowIndex: 0,
  slot: 0,
  x: columnIndex * 240,
  y,
  width: 200,
  height: 70,
});

describe('canvas nodes', () => {
  it('has a header per stage and lane and a cell per stage and lane pair', () => {
    const map = commuteMap();
    const nodes = gridNodes(map, layoutMap(map));
    const countOf = (type: string) => nodes.filter((node) => node.type === type).length;

    expect(countOf('stageHeader')).toBe(map.stages.length);
    expect(countOf('laneHeader')).toBe(map.lanes.length);
    expect(countOf('cell')).toBe(map.stages.length * map.lanes.length);
    expect(nodes.every((node) => node.selectable === false)).toBe(true);
  });

  it('puts each item where the layout placed it, with its size, and draggable', () => {
    const map = commuteMap();
    const layout = layoutMap(map);

    for (const node of itemNodes(map, layout, new Set(), new Map())) {
      const placed = layout.items.get(node.id);
      expect(node.position).toEqual({ x: placed?.x, y: placed?.y });
      expect([node.width, node.height]).toEqual([placed?.width, placed?.height]);
      expect(node.draggable).toBe(true);
    }
  });

  it('reuses the node of every item an edit did not touch', () => {
    const map = commuteMap();
    const before = itemNodes(map, layoutMap(map), new Set(), new Map());
    const edited = produce(map, (draft) => {
      const item = draft.items.find((candidate) => candidate.id === 'tp-dock');
      if (item) item.title = 'Dock beeps twice';
    });

    const after = itemNodes(edited, layoutMap(edited), new Set(), byId(before));

    const rebuilt = after.filter((node, index) => node !== before[index]).map((node) => node.id);
    expect(rebuilt).toEqual(['tp-dock']);
  });

  it('rebuilds only the nodes whose selection changed', () => {
    const map = commuteMap();
    const layout = layoutMap(map);
    const before = itemNodes(map, layout, new Set(), new Map());

    const after = itemNodes(map, layout, new Set(['fr-full']), byId(before));

    expect(after.filter((node, index) => node !== before[index]).map((node) => node.id)).toEqual(['fr-full']);
    expect(after.find((node) => node.id === 'fr-full')?.selected).toBe(true);
  });
});

describe('canvas edges', () => {
  it('draws one edge per link, with its label', () => {
    const map = commuteMap();
    const edges = linkEdges(map, layoutMap(map));

    expect(edges.map((edge) => [edge.source, edge.target, edge.label])).toEqual(
      map.links.map((link) => [link.from, link.to, link.label]),
    );
  });

  it('leaves out a link to an item that is not on the canvas', () => {
    const map = commuteMap();
    map.links.push({ id: 'lk-ghost', from: 'tp-app', to: 'no-such-item' });

    expect(linkEdges(map, layoutMap(map)).map((edge) => edge.id)).not.toContain('lk-ghost');
  });

  it('joins facing sides: sideways across stages, up or down within one', () => {
    expect(linkHandleSides(placement(0, 100), placement(2, 100))).toEqual({
      source: 'right',
      target: 'left',
    });
    expect(linkHandleSides(placement(2, 100), placement(0, 100))).toEqual({
      source: 'left',
      target: 'right',
    });
    expect(linkHandleSides(placement(1, 100), placement(1, 200))).toEqual({
      source: 'bottom',
      target: 'top',
    });
    expect(linkHandleSides(placement(1, 200), placement(1, 100))).toEqual({
      source: 'top',
      target: 'bottom',
    });
  });
});
