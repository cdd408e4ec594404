import type { JourneyMap } from '../model/schema';

/** One point of the emotion curve: a stage and how its touchpoints feel on average. */
export interface EmotionPoint {
  readonly stageId: string;
  /** Mean emotion (1–5) of the stage's scored touchpoints; null when none is scored (a gap in the curve). */
  readonly mean: number | null;
  /** How many touchpoints the mean is taken over, so the UI can say how much it rests on. */
  readonly count: number;
}

/**
 * The emotion curve, one point per stage in stage order. Only touchpoints count: the curve is how the
 * customer feels at the moments they meet us, and a friction or magic card's emotion would count the
 * same moment twice.
 */
export const emotionCurve = (map: Pick<JourneyMap, 'stages' | 'items'>): EmotionPoint[] => {
  // One pass over the items, not one per stage: the canvas recomputes this on every edit of the map.
  const byStage = new Map<string, { total: number; count: number }>();
  for (const item of map.items) {
    if (item.kind !== 'touchpoint' || item.emotion === undefined) continue;
    const sums = byStage.get(item.stageId);
    if (sums === undefined) byStage.set(item.stageId, { total: item.emotion, count: 1 });
    else {
      sums.total += item.emotion;
      sums.count += 1;
    }
  }
  return map.stages.map((stage) => {
    const sums = byStage.get(stage.id);
    return {
      stageId: stage.id,
      mean: sums === undefined ? null : sums.total / sums.count,
      count: sums?.count ?? 0,
    };
  });
};
