import { ReactFlow } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { layoutMap } from '../../../shared/logic/layout';
import { generateMap } from '../generateMap';

/**
 * The bench's baseline: `<ReactFlow defaultNodes defaultEdges fitView />` (uncontrolled, so a drag moves the node) with React Flow's defaults and no app
 * code, the same item count, positions, sizes and links as Journey Studio's layout of the same
 * generated map. `?items=N` picks the size. Mount time is from just before `render` to the first
 * animation frame in which every node is in the DOM and measured (visible).
 */

declare global {
  interface Window {
    /** Set once the first frame with every node painted has run; read by test/bench/harness.ts. */
    __benchMountMs?: number;
    __benchNodeCount?: number;
  }
}

const itemCount = Number(new URLSearchParams(location.search).get('items') ?? '100');
const map = generateMap({ itemCount });
const layout = layoutMap(map);
const nodes: Node[] = map.items.flatMap((item) => {
  const placed = layout.items.get(item.id);
  if (placed === undefined) return [];
  return [
    {
      id: item.id,
      position: { x: placed.x, y: placed.y },
      width: placed.width,
      height: placed.height,
      data: { label: item.title },
    },
  ];
});
const edges: Edge[] = map.links.map((link) => ({ id: link.id, source: link.from, target: link.to }));
window.__benchNodeCount = nodes.length;

const root = document.getElementById('root');
if (root === null) throw new Error('No #root element.');
const start = performance.now();
createRoot(root).render(<ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView />);

function waitForPaint(): void {
  requestAnimationFrame(() => {
    const rendered = document.querySelectorAll<HTMLElement>('.react-flow__node');
    const allShown =
      rendered.length === nodes.length && [...rendered].every((node) => node.style.visibility !== 'hidden');
    if (allShown) window.__benchMountMs = performance.now() - start;
    else waitForPaint();
  });
}
waitForPaint();
