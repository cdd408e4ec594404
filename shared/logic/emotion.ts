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
export const emotionCurve = (map: JourneyMap): EmotionPoint[] =>
  map.stages.map((stage) => {
    const scores = map.items
      .filter((item) => item.stageId === stage.id && item.kind === 'touchpoint')
      .flatMap((item) => (item.emotion === undefined ? [] : [item.emotion]));
    const total = scores.reduce((sum, score) => sum + score, 0);
    return {
      stageId: stage.id,
      mean: scores.length === 0 ? null : total / scores.length,
      count: scores.length,
    };
  });
