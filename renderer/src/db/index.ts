export { StudioDb, STUDIO_DB_NAME, defaultStudioDb } from './studioDb';
export type { DraftRecord, MapRecord, RecentRecord, RevisionRecord, SettingRecord } from './studioDb';
export { toDbError } from './dbErrors';
export type { DbError } from './dbErrors';
export { deleteDraft, getDraft, listDrafts, putDraft } from './draftsTable';
export { describeDbError } from './describeDbError';
