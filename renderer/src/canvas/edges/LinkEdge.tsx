import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath } from '@xyflow/react';
import type { EdgeProps, EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { LinkFlowEdge } from '../flowTypes';

/**
 * A link between two cards: the smooth-step path and arrow React Flow draws for 'smoothstep', with
 * the label as an HTML pill in the edge-label layer. React Flow's own label is SVG in the edge layer,
 * which lies under the cards, so a card next to the path's midpoint hid it; the label layer is lifted
 * above the cards in canvas.css.
 *
 * The pill is a React child of the edge (a portal), so its click and double-click bubble to React
 * Flow's edge wrapper: clicking selects the link and double-clicking opens the label editor exactly
 * as on the line. It has no `nopan` class, so a drag that starts on it still pans the map.
 */
export const LinkEdge = memo(function LinkEdge({
  sourceX,
  sourceY,
  sourcePosition,
  targetX,
  targetY,
  targetPosition,
  label,
  selected,
  markerEnd,
  interactionWidth,
}: EdgeProps<LinkFlowEdge>) {
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  const text = typeof label === 'string' ? label : '';
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} interactionWidth={interactionWidth} />
      {text !== '' && (
        <EdgeLabelRenderer>
          <div
            className={selected === true ? 'link-label link-label--selected' : 'link-label'}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            dir="auto"
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

// A module constant: React Flow re-registers edge types (and warns) when it gets a new object.
export const EDGE_TYPES: EdgeTypes = { link: LinkEdge };
