import { getNodesBounds } from '@xyflow/react';
import type { Node, Rect } from '@xyflow/react';
import { toBlob } from 'html-to-image';

export interface PngOptions {
  /** 1 for the map's own size, 2 for high-density screens and print. */
  readonly scale: 1 | 2;
  /** Paint the canvas colour behind the map; without it the PNG is transparent around the cards. */
  readonly background: boolean;
}

/** Editing affordances ("+ Add stage", header menus, link handles) are not part of the map's picture. */
const EDITING_NODE_TYPES = new Set(['addStage', 'addLane']);
const EDITING_CLASSES = [
  'react-flow__node-addStage',
  'react-flow__node-addLane',
  'header-menu',
  'react-flow__handle',
];
const isPartOfTheMap = (element: HTMLElement): boolean =>
  !(
    element.classList instanceof DOMTokenList &&
    EDITING_CLASSES.some((name) => element.classList.contains(name))
  );

/** Room around the outermost nodes, so borders and shadows are not cut. */
const MARGIN = 32;
const BACKGROUND_COLOUR = '#f8fafc';
/** Chromium refuses canvases above this side (and 16,384² pixels in all); a bigger map is scaled down. */
const MAX_CANVAS_SIDE = 16_384;

/** The size of the picture of `bounds` at `scale`, kept within what a canvas can hold. */
export function pngSize(bounds: Rect, scale: number): { width: number; height: number; pixelRatio: number } {
  const width = Math.ceil(bounds.width + 2 * MARGIN);
  const height = Math.ceil(bounds.height + 2 * MARGIN);
  const fit = Math.min(1, MAX_CANVAS_SIDE / (width * scale), MAX_CANVAS_SIDE / (height * scale));
  return { width, height, pixelRatio: scale * fit };
}

/**
 * The whole map as a PNG, not only what is on screen (DESIGN §5, browser path): the React Flow
 * viewport element is drawn at zoom 1 with a transform that puts every node's bounds in the picture.
 * All nodes must be in the DOM (the caller fits the view first when the canvas virtualises).
 */
export async function renderMapPng(
  viewport: HTMLElement,
  nodes: readonly Node[],
  options: PngOptions,
): Promise<Blob> {
  const bounds = getNodesBounds(nodes.filter((node) => !EDITING_NODE_TYPES.has(node.type ?? '')));
  const { width, height, pixelRatio } = pngSize(bounds, options.scale);
  const blob = await toBlob(viewport, {
    width,
    height,
    pixelRatio,
    ...(options.background ? { backgroundColor: BACKGROUND_COLOUR } : {}),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${MARGIN - bounds.x}px, ${MARGIN - bounds.y}px) scale(1)`,
    },
    // Fonts are the system's; embedding would fetch every stylesheet's font files for nothing.
    skipFonts: true,
    filter: isPartOfTheMap,
  });
  if (blob === null) throw new Error('the browser could not draw the picture');
  return blob;
}
