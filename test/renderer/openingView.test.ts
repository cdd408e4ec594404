import { describe, expect, it } from 'vitest';
import {
  READABLE_FIT_ZOOM,
  START_MIN_ZOOM,
  fitZoom,
  openingViewport,
} from '../../renderer/src/canvas/openingView';
import { nearestFirst } from '../../renderer/src/canvas/useJourneyFlow';
import type { ItemFlowNode } from '../../renderer/src/canvas/flowTypes';

const laptopPane = { width: 1280, height: 720 };
const PADDING = 0.06;

describe('the view a freshly opened map starts in', () => {
  it('fits a workshop-sized map whole (the grocery sample: 6 stages by 6 lanes)', () => {
    const grocery = { width: 1640, height: 928 };
    expect(fitZoom(grocery, laptopPane, PADDING)).toBeGreaterThanOrEqual(READABLE_FIT_ZOOM);
    expect(openingViewport(grocery, laptopPane, PADDING)).toBeNull();
  });

  it('fits a mid-sized map whole when its titles can still be read from afar', () => {
    const twelveStages = { width: 3_100, height: 1_500 };
    expect(fitZoom(twelveStages, laptopPane, PADDING)).toBeLessThan(0.5);
    expect(openingViewport(twelveStages, laptopPane, PADDING)).toBeNull();
  });

  it('opens a map too large to read whole at its top-left corner, readable', () => {
    const large = { width: 19_400, height: 4_454 };
    const start = openingViewport(large, laptopPane, PADDING);
    expect(start).not.toBeNull();
    expect(start?.zoom).toBe(START_MIN_ZOOM);
    // The grid starts at (0, 0): a small margin keeps the first lane and stage names on screen.
    expect(start?.x).toBeGreaterThanOrEqual(0);
    expect(start?.x).toBeLessThan(50);
    expect(start?.y).toBeGreaterThanOrEqual(0);
    expect(start?.y).toBeLessThan(50);
  });

  it('shows every lane of a long, short map when they fit at a readable zoom', () => {
    const longJourney = { width: 48_000, height: 640 };
    const start = openingViewport(longJourney, laptopPane, PADDING);
    expect(start).not.toBeNull();
    const zoom = start?.zoom ?? 0;
    expect(zoom).toBeGreaterThan(START_MIN_ZOOM);
    expect(zoom).toBeLessThanOrEqual(1);
    expect((start?.y ?? 0) + longJourney.height * zoom).toBeLessThanOrEqual(laptopPane.height);
  });

  it('fits an empty map (nothing to read) rather than dividing by zero', () => {
    expect(openingViewport({ width: 0, height: 0 }, laptopPane, PADDING)).toBeNull();
  });
});

describe('the order cards arrive in while a large map mounts', () => {
  const card = (id: string, x: number, y: number): ItemFlowNode =>
    ({ id, type: 'item', position: { x, y }, width: 200, height: 80, data: {} }) as unknown as ItemFlowNode;

  it('puts the cards nearest the middle of the view first, and keeps every card', () => {
    const cards = [
      card('far-left', 0, 0),
      card('middle', 1_000, 500),
      card('near', 1_300, 600),
      card('far-right', 5_000, 0),
    ];
    const ordered = nearestFirst(cards, { x: 1_100, y: 540 });
    expect(ordered.map((each) => each.id)).toEqual(['middle', 'near', 'far-left', 'far-right']);
    expect(cards.map((each) => each.id)).toEqual(['far-left', 'middle', 'near', 'far-right']);
  });
});
