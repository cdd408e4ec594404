import { validateDocument } from '../../../shared/format';
import type { FormatError } from '../../../shared/format';
import type { CxDocument } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import type { DraftRecord } from '../db';
import { tCount } from '../i18n';

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
