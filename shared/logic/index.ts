/**
 * Pure operations on a journey map, for the editor's store.
 *
 * Every edit mutates the map it is given — meant to be an Immer draft inside a store action — and
 * returns a small, plain result (never a draft, which Immer revokes when the recipe ends). A refused
 * edit returns `{ ok: false, error }` and leaves the map untouched, so the recipe records no patch.
 * New ids come from the caller (a single `id`, or a `newId` generator for edits that create many)
 * so that undo/redo replays and tests are deterministic. Keep the result in a variable: an Immer
 * recipe must not return it.
 *
 * Every edit keeps the rules of FORMAT.md ("Rules a valid document keeps") and `order` dense
 * (0..n-1) in every cell it touches.
 */
export type { CellRef } from './cells';
export { cellItems, cellExists, hasItemOrderGaps, normaliseItemOrder } from './cells';
export type { EditError, EditResult } from './errors';
export type { DeletionSummary, DeletionTarget } from './deletion';
export { describeDeletion } from './deletion';
export type { BlankMapOptions } from './blank-map';
export { createBlankMap } from './blank-map';
export { setMapTitle, setMapDescription, stampUpdated } from './map-details';
export type { NewStage } from './stages';
export { addStage, renameStage, setStageGoal, setStageDescription, moveStage, deleteStage } from './stages';
export type { NewLane } from './lanes';
export { addLane, renameLane, setLaneKind, moveLane, deleteLane } from './lanes';
export type { ItemFields, NewItem } from './items';
export { addItem, updateItem, moveItems, duplicateItems, deleteItems } from './items';
export type { ClipboardFragment, PastedItems } from './clipboard';
export { copyItems, parseClipboardFragment, pasteFragment } from './clipboard';
export type { NewLink } from './links';
export { addLink, deleteLink, setLinkLabel } from './links';
export type { NewPersona, PersonaFields, PersonaDeletionSummary } from './personas';
export { addPersona, updatePersona, deletePersona, describePersonaDeletion } from './personas';
export type { Direction } from './navigation';
export { neighbourCell, firstCell } from './navigation';
export type { EmotionPoint } from './emotion';
export { emotionCurve } from './emotion';
export type { CollectionDiff, FieldChange, MapDiff, RecordChange } from './diff';
export { CELL_FIELD, diffMaps, isEmptyDiff, ORDER_FIELD, POSITION_FIELD } from './diff';
export type { MetricSeriesRow } from './diff-metrics';
export { diffMetricSeries } from './diff-metrics';
export type { CountedChange, CountedCollection, DiffSummary, DiffSummaryPart } from './diff-summary';
export { formatDiffSummary, MAX_METRIC_PARTS, summarizeDiff } from './diff-summary';
export type { HistoryConflict, HistoryMerge } from './history-merge';
export { historyForFile, mergeHistories } from './history-merge';
export type {
  EvidenceStatus,
  Insight,
  InsightKind,
  InsightOptions,
  ItemEvidence,
  MetricsIndex,
  PlannedOpportunity,
  Quadrant,
} from './insights';
export {
  actionPlan,
  computeInsights,
  evidenceOf,
  EVIDENCED_KINDS,
  hasEvidenceChip,
  HIGH_SCORE_FROM,
  INSIGHT_KINDS,
  metricsIndex,
  quadrantOf,
  seriesLabel,
  seriesOfItem,
  seriesOfStage,
  STALE_AFTER_DAYS,
} from './insights';
export type {
  ItemEvidenceCount,
  MetricFields,
  MetricScopeRef,
  NewMetric,
  NewQuote,
  OpportunityFields,
  QuoteFields,
  SurveyImport,
  SurveyImportSummary,
  SurveyNewItem,
} from './evidence';
export {
  addMetric,
  addQuote,
  applySurveyImport,
  deleteMetric,
  deleteQuote,
  evidenceStatusOf,
  itemEvidenceOf,
  linkQuote,
  setItemEvidence,
  setOpportunityFields,
  updateMetric,
  updateQuote,
} from './evidence';
export type { DescriptionLink } from './description-links';
export {
  findDescriptionLinks,
  MAX_DESCRIPTION_LINKS,
  MAX_LINK_DISPLAY,
  MAX_LINK_LENGTH,
} from './description-links';
