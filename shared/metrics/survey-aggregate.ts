import type { Metric, Quote } from '../model';
import { computeForQuestion, roundForKind, SURVEY_QUESTIONS, type SurveyQuestion } from './scores';
import { matchedItemId, type TouchpointMatch } from './fuzzy-match';
import type { SurveyResponse } from './survey-mapping';

export type SurveyPeriod = 'month' | 'quarter' | 'all';

/** One figure of the preview: a touchpoint's score for one question over one period. */
export interface SurveyFigure {
  readonly touchpoint: string;
  readonly question: SurveyQuestion;
  /** First day of the period, `YYYY-MM-DD` (for 'all', the first day answered). */
  readonly periodStart: string;
  readonly periodLabel: string;
  /** Rounded as the kind is stored (`roundForKind`). */
  readonly value: number;
  readonly responses: number;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const periodOf = (date: string, period: SurveyPeriod): { start: string; label: string } => {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (period === 'month') {
    return { start: `${date.slice(0, 7)}-01`, label: `${MONTH_NAMES[month - 1] ?? ''} ${year}` };
  }
  const quarter = Math.floor((month - 1) / 3);
  return {
    start: `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`,
    label: `Q${quarter + 1} ${year}`,
  };
};

/**
 * Computes the preview: for every touchpoint name × period × question, the figure and its sample
 * size. Sorted by touchpoint, then period, then NPS, CSAT, CES, so the preview reads like a table.
 */
export const aggregateSurvey = (
  responses: readonly SurveyResponse[],
  { period = 'month' }: { readonly period?: SurveyPeriod } = {},
): SurveyFigure[] => {
  const earliest = responses.reduce<string | null>(
    (first, response) => (first === null || response.date < first ? response.date : first),
    null,
  );
  const groups = new Map<
    string,
    { touchpoint: string; question: SurveyQuestion; start: string; label: string; scores: number[] }
  >();
  for (const response of responses) {
    const { start, label } =
      period === 'all'
        ? { start: earliest ?? response.date, label: 'All responses' }
        : periodOf(response.date, period);
    const key = JSON.stringify([response.touchpoint, start, response.question]);
    const group = groups.get(key);
    if (group) group.scores.push(response.score);
    else
      groups.set(key, {
        touchpoint: response.touchpoint,
        question: response.question,
        start,
        label,
        scores: [response.score],
      });
  }
  const figures: SurveyFigure[] = [];
  for (const group of groups.values()) {
    const figure = computeForQuestion(group.question, group.scores);
    if (!figure) continue;
    figures.push({
      touchpoint: group.touchpoint,
      question: group.question,
      periodStart: group.start,
      periodLabel: group.label,
      value: roundForKind(group.question, figure.value),
      responses: figure.responses,
    });
  }
  const questionOrder = (question: SurveyQuestion): number => SURVEY_QUESTIONS.indexOf(question);
  return figures.sort(
    (a, b) =>
      a.touchpoint.localeCompare(b.touchpoint, 'en') ||
      a.periodStart.localeCompare(b.periodStart) ||
      questionOrder(a.question) - questionOrder(b.question),
  );
};

/**
 * The snapshots to add for the figures whose touchpoint is tied to an item; figures of unmatched names
 * are left out (the user creates or picks their items first). `takenAt` is the period's first day: the
 * figure describes the period, the start names it unambiguously, and importing the same period twice
 * gives the same date, so the duplicate is easy to spot.
 */
export const snapshotsFromAggregate = (
  figures: readonly SurveyFigure[],
  matches: ReadonlyMap<string, TouchpointMatch>,
  newId: () => string,
  source: string,
): Metric[] =>
  figures.flatMap((figure) => {
    const itemId = matchedItemId(matches.get(figure.touchpoint));
    if (itemId === undefined) return [];
    return [
      {
        id: newId(),
        kind: figure.question,
        value: figure.value,
        takenAt: figure.periodStart,
        itemId,
        sampleSize: figure.responses,
        source,
      },
    ];
  });

/**
 * Sentiment (−2…2) of a comment from the score it came with, so quotes sort and colour without a
 * language model:
 * - NPS 0–10: detractors 0–3 → −2 and 4–6 → −1, passives 7–8 → 0, promoters 9 → +1 and 10 → +2.
 * - CSAT 1–5: score − 3 (1 → −2 … 5 → +2).
 * - CES 1–7 (agreement that it was easy; higher is better): 1–2 → −2, 3 → −1, 4 → 0, 5 → +1, 6–7 → +2.
 */
export const sentimentFromScore = (question: SurveyQuestion, score: number): -2 | -1 | 0 | 1 | 2 => {
  switch (question) {
    case 'nps':
      return score <= 3 ? -2 : score <= 6 ? -1 : score <= 8 ? 0 : score === 9 ? 1 : 2;
    case 'csat':
      return score <= 1 ? -2 : score === 2 ? -1 : score === 3 ? 0 : score === 4 ? 1 : 2;
    case 'ces':
      return score <= 2 ? -2 : score === 3 ? -1 : score === 4 ? 0 : score === 5 ? 1 : 2;
  }
};

/** The schema's cap on a quote's text (FORMAT.md's `text`); longer comments are cut, not refused. */
const MAX_QUOTE_CHARS = 100_000;

/** A quote for every comment on a row whose touchpoint is tied to an item, in file order. */
export const quotesFromComments = (
  responses: readonly SurveyResponse[],
  matches: ReadonlyMap<string, TouchpointMatch>,
  newId: () => string,
): Quote[] =>
  responses.flatMap((response) => {
    const itemId = matchedItemId(matches.get(response.touchpoint));
    if (itemId === undefined || response.comment === undefined) return [];
    return [
      {
        id: newId(),
        text: response.comment.slice(0, MAX_QUOTE_CHARS),
        source: 'survey' as const,
        capturedAt: response.date,
        sentiment: sentimentFromScore(response.question, response.score),
        itemIds: [itemId],
      },
    ];
  });
