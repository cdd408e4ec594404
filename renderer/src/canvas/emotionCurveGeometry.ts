import type { EmotionCurvePoint } from './flowTypes';

export interface PlottedPoint {
  readonly stageId: string;
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

/** Room above 5 and below 1, so the dots and their numbers are not cut by the lane's edges. */
const VERTICAL_MARGIN = 24;

/** y of an emotion score (1 at the bottom, 5 at the top) inside a lane `height` pixels tall. */
export function emotionY(value: number, height: number): number {
  const usable = Math.max(height - 2 * VERTICAL_MARGIN, 1);
  const clamped = Math.min(Math.max(value, 1), 5);
  return VERTICAL_MARGIN + ((5 - clamped) / 4) * usable;
}

/** The scored stages as runs of neighbours: a stage without a score breaks the line into two. */
export function plottedSegments(points: readonly EmotionCurvePoint[], height: number): PlottedPoint[][] {
  const segments: PlottedPoint[][] = [];
  let current: PlottedPoint[] = [];
  for (const point of points) {
    if (point.value === null) {
      if (current.length > 0) segments.push(current);
      current = [];
      continue;
    }
    current.push({
      stageId: point.stageId,
      x: point.x,
      y: emotionY(point.value, height),
      value: point.value,
    });
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

const format = (value: number) => Number(value.toFixed(2));

/**
 * A smooth line through `points` (Catmull-Rom turned into cubic Béziers): it passes through every
 * score, so the dots sit on the line. The control points are clamped to the lane, so the curve
 * never overshoots above 5 or below 1.
 */
export function smoothPath(points: readonly PlottedPoint[], height: number): string {
  const [first] = points;
  if (first === undefined) return '';
  const top = emotionY(5, height);
  const bottom = emotionY(1, height);
  const clampY = (y: number) => Math.min(Math.max(y, top), bottom);
  const parts = [`M ${format(first.x)} ${format(first.y)}`];
  for (let index = 0; index < points.length - 1; index += 1) {
    const p0 = points[index - 1] ?? points[index];
    const p1 = points[index];
    const p2 = points[index + 1];
    const p3 = points[index + 2] ?? p2;
    if (p0 === undefined || p1 === undefined || p2 === undefined || p3 === undefined) continue;
    const c1x = p1.x + (p2.x - p0.x) / 6;
    const c1y = clampY(p1.y + (p2.y - p0.y) / 6);
    const c2x = p2.x - (p3.x - p1.x) / 6;
    const c2y = clampY(p2.y - (p3.y - p1.y) / 6);
    parts.push(
      `C ${format(c1x)} ${format(c1y)} ${format(c2x)} ${format(c2y)} ${format(p2.x)} ${format(p2.y)}`,
    );
  }
  return parts.join(' ');
}
