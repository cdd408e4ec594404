import { useStore as useFlowStore, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { memo, useId, useLayoutEffect, useRef } from 'react';

/**
 * The canvas's dotted background, drawn like React Flow's `<Background variant="dots">` but cheap to
 * pan. React Flow's re-renders on every pan frame and moves its pattern inside an SVG that fills the
 * canvas, so the browser re-rasters the whole canvas area each frame (profiled at 100 cards, zoom 1:
 * raster was 6× the bare React Flow page's and every pan frame ran late). Here the dot layer is one
 * viewport plus one gap in size, re-rendered only when the zoom changes; a pan only slides it by the
 * offset modulo the gap, a compositor transform that repaints nothing.
 */

interface PanningDotsProps {
  /** Flow units between dots (scaled by the zoom, as React Flow's `gap`). */
  readonly gap: number;
  /** A dot's diameter in flow units (scaled by the zoom, as React Flow's `size`). */
  readonly size: number;
  readonly color: string;
}

const zoomOf = (state: ReactFlowState): number => state.transform[2];

/** Where the layer sits for a viewport offset: in [−gap, 0), so it always covers the canvas. */
const slide = (offset: number, scaledGap: number): number =>
  (((offset % scaledGap) + scaledGap) % scaledGap) - scaledGap;

function PanningDotsView({ gap, size, color }: PanningDotsProps) {
  const zoom = useFlowStore(zoomOf);
  const flowStore = useStoreApi();
  const layerRef = useRef<SVGSVGElement>(null);
  const patternId = `journey-dots-${useId().replace(/:/g, '')}`;
  const scaledGap = gap * zoom || 1;
  const radius = (size * zoom) / 2;

  // Outside React: a pan frame writes one transform and renders nothing.
  useLayoutEffect(() => {
    const place = ({ transform: [x, y] }: ReactFlowState): void => {
      const layer = layerRef.current;
      if (layer !== null) {
        layer.style.transform = `translate(${slide(x, scaledGap)}px, ${slide(y, scaledGap)}px)`;
      }
    };
    place(flowStore.getState());
    return flowStore.subscribe(place);
  }, [flowStore, scaledGap]);

  return (
    <div className="react-flow__background journey-dots" data-testid="rf__background" aria-hidden="true">
      <svg
        ref={layerRef}
        className="journey-dots__layer"
        style={{ width: `calc(100% + ${scaledGap}px)`, height: `calc(100% + ${scaledGap}px)` }}
      >
        {/* The same tile as React Flow's: a dot centred on each gap corner. */}
        <pattern
          id={patternId}
          width={scaledGap}
          height={scaledGap}
          patternUnits="userSpaceOnUse"
          patternTransform={`translate(-${scaledGap / 2},-${scaledGap / 2})`}
        >
          <circle cx={radius} cy={radius} r={radius} fill={color} />
        </pattern>
        <rect x="0" y="0" width="100%" height="100%" fill={`url(#${patternId})`} />
      </svg>
    </div>
  );
}

export const PanningDots = memo(PanningDotsView);
