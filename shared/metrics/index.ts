/**
 * Metric maths and survey import ("Evidence on the map"): pure and deterministic, for the badges,
 * insights and the survey-import dialog. Nothing here writes to a map; the UI adds what it returns.
 */
export { METRIC_KIND_LABELS } from './labels';
export type { ScoreFigure, SurveyQuestion } from './scores';
export {
  computeCes,
  computeCsat,
  computeForQuestion,
  computeNps,
  DECIMALS_BY_KIND,
  roundForKind,
  roundTo,
  SURVEY_QUESTIONS,
  SURVEY_SCALES,
} from './scores';
export { validateMetricValue } from './validate';
export type { ChangeAssessment, GoodDirection, MetricScope, MetricSeries } from './series';
export {
  assessChange,
  customDirectionOf,
  delta,
  direction,
  directionOfSeries,
  groupSeries,
  latest,
  previous,
  scopeOf,
  seriesKeyOf,
  sparklinePoints,
} from './series';
export type { FallingTrend, MissedTarget } from './trends';
export { describeMissedTarget, describeTrend, findFallingSeries, findMissedTargets } from './trends';
export type {
  CsvDelimiter,
  CsvEncoding,
  CsvError,
  CsvRow,
  ParsedCsv,
  ParseSurveyCsvOptions,
} from './survey-csv';
export { decodeCsvBytes, MAX_SURVEY_CSV_BYTES, parseSurveyCsv } from './survey-csv';
export type {
  ColumnMapping,
  MappedField,
  MappingError,
  RowProblem,
  SurveyMapping,
  SurveyResponse,
  ValidatedSurvey,
} from './survey-mapping';
export {
  guessColumnMapping,
  MAX_LISTED_PROBLEMS,
  parseSurveyDate,
  validateSurveyRows,
} from './survey-mapping';
export type { MatchableItem, TouchpointMatch } from './fuzzy-match';
export {
  exactKey,
  FUZZY_MATCH_THRESHOLD,
  matchedItemId,
  matchTouchpoints,
  nameSimilarity,
} from './fuzzy-match';
export type { SurveyFigure, SurveyPeriod } from './survey-aggregate';
export {
  aggregateSurvey,
  quotesFromComments,
  sentimentFromScore,
  snapshotsFromAggregate,
} from './survey-aggregate';
