import { validateDocument } from '../../../shared/format';
import type { FormatError } from '../../../shared/format';
import type { StudioApi } from '../../../shared/ipc/contract';
import type { CxDocument } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import type { DraftRecord } from '../db';
import { tCount } from '../i18n';
import type { StudioStore } from '../store';

const RELATIVE_TIME = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "2 minutes ago", "yesterday", "now": how long ago a draft was written, in whole units. */
export function describeDraftAge(savedAt: number, now: number): string {
  const elapsed = Math.max(0, now - savedAt);
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return RELATIVE_TIME.format(-Math.floor(elapsed / ms), unit);
  }
  return RELATIVE_TIME.format(-Math.floor(elapsed / 1000), 'second');
}

export function describeChangeCount(draft: DraftRecord): string {
  return tCount('recovery.changes', draft.changeCount);
}

/**
 * The document a draft holds, read like a file from disk (migrated, validated): IndexedDB data may
 * come from an older version of the app, or be damaged.
 */
export function documentOfDraft(draft: DraftRecord): Result<CxDocument, FormatError> {
  return validateDocument(draft.doc);
}

/**
 * A recovered draft of a file on disk: did someone change (or delete) the file since the draft's edits
 * began? If so the disk-change banner offers Reload or Keep mine, and a save asks before overwriting:
 * neither the draft nor the newer file is dropped without the user choosing. Only Electron knows paths.
 */
export async function checkDraftAgainstDisk(
  api: StudioApi,
  store: StudioStore,
  draft: Pick<DraftRecord, 'filePath' | 'baseMtimeMs'>,
): Promise<void> {
  const path = draft.filePath;
  if (path === null || api.platform !== 'electron') return;
  const current = await api.openRecent(path);
  const state = store.getState();
  // The user opened something else meanwhile: this check is no longer about the open map.
  if (state.filePath !== path) return;
  if (!current.ok) {
    if (current.error.kind === 'not-found') state.reportDiskChange({ path, kind: 'deleted' });
    return;
  }
  const mtimeMs = current.value.mtimeMs;
  if (draft.baseMtimeMs !== null && mtimeMs !== undefined && mtimeMs !== draft.baseMtimeMs) {
    state.reportDiskChange({ path, kind: 'changed' });
  }
}
