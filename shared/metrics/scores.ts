import type { MetricKind } from '../model';

/** A survey figure: the metric's value and how many answers it rests on. */
export interface ScoreFigure {
  /** Unrounded; round with `roundForKind` for display and storage. */
  readonly value: number;
  readonly responses: number;
}

/** The scales survey answers are given on (FORMAT.md, `metrics[].kind`). */
export const SURVEY_SCALES = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
} as const;
export type SurveyQuestion = keyof typeof SURVEY_SCALES;
export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = ['nps', 'csat', 'ces'];

/**
 * Decimals each kind is shown and stored with. NPS and CSAT with one and CES with two are what the
 * survey tools our users compare against print (and what `fixtures/surveys/expected.json` holds).
 */
export const DECIMALS_BY_KIND: Readonly<Record<MetricKind, number>> = {
  nps: 1,
  csat: 1,
  ces: 2,
  churn: 1,
  resolution_time: 2,
  custom: 2,
};

/**
 * Rounds half away from zero, so −1.25 and 1.25 round to the same magnitude. The value is first cut to
 * 12 significant digits: 4.025 is stored as 4.02499999…, and users expect the 4.03 that the decimal
 * they computed by hand rounds to.
 */
export const roundTo = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  // Keeps −0 out of the data: it would print as "0" but compare oddly and serialise as 0 anyway.
  return rounded === 0 ? 0 : rounded;
};

export const roundForKind = (kind: MetricKind, value: number): number =>
  roundTo(value, DECIMALS_BY_KIND[kind]);

/** Net Promoter Score: % of promoters (9–10) minus % of detractors (0–6), on −100…100. */
export const computeNps = (scores: readonly number[]): ScoreFigure | null => {
  if (scores.length === 0) return null;
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score >= 9) promoters += 1;
    else if (score <= 6) detractors += 1;
  }
  return { value: ((promoters - detractors) * 100) / scores.length, responses: scores.length };
};

/** Customer satisfaction: % of answers that are 4 or 5 on a 1–5 scale. */
export const computeCsat = (scores: readonly number[]): ScoreFigure | null => {
  if (scores.length === 0) return null;
  const satisfied = scores.filter((score) => score >= 4).length;
  return { value: (satisfied * 100) / scores.length, responses: scores.length };
};

/** Customer effort score: the mean answer on a 1–7 agreement scale. */
export const computeCes = (scores: readonly number[]): ScoreFigure | null => {
  if (scores.length === 0) return null;
  const total = scores.reduce((sum, score) => sum + score, 0);
  return { value: total / scores.length, responses: scores.length };
};

export const computeForQuestion = (
  question: SurveyQuestion,
  scores: readonly number[],
): ScoreFigure | null => {
  switch (question) {
    case 'nps':
      return computeNps(scores);
    case 'csat':
      return computeCsat(scores);
    case 'ces':
      return computeCes(scores);
  }
};
