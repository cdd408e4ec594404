export { StudioDb, STUDIO_DB_NAME, defaultStudioDb } from './studioDb';
export type {
  DraftRecord,
  MapRecord,
  RecentRecord,
  RevisionBodyRecord,
  RevisionRecord,
  RevisionSummary,
  SettingRecord,
} from './studioDb';
export { toDbError } from './dbErrors';
export type { DbError } from './dbErrors';
export { deleteDraft, getDraft, listDrafts, putDraft } from './draftsTable';
export { describeDbError } from './describeDbError';
export {
  applyRetention,
  exportHistory,
  importHistory,
  listRevisions,
  loadRevisionMap,
  recordRevision,
  renameRevision,
  storageEstimate,
  storageUsed,
} from './revisionsTable';
export type {
  RecordRevisionInput,
  RecordedRevision,
  RevisionKind,
  RevisionList,
  RevisionMeta,
  StorageEstimate,
} from './revisionsTable';
export type { RevisionError } from './revisionErrors';
export { summarizeMap } from './revisionSummary';
export { describeRevisionError } from './describeRevisionError';
