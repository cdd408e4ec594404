import { describeFormatError, t } from '../i18n';
import { describeDbError } from './describeDbError';
import type { RevisionError } from './revisionErrors';

/**
 * The sentence the user reads when a stored revision cannot be listed or loaded. `mapTitle` names the
 * map where the format's own message needs a name (it speaks of files).
 */
export function describeRevisionError(error: RevisionError, mapTitle: string): string {
  switch (error.kind) {
    case 'not-found':
      return t('revisions.error.notFound');
    case 'corrupt':
      return t('revisions.error.corrupt', { reason: error.reason });
    case 'newer-version':
      return t('revisions.error.newerVersion', { version: error.version, supported: error.supported });
    case 'invalid':
      return t('revisions.error.invalid', { problem: describeFormatError(error.error, mapTitle) });
    case 'quota':
    case 'blocked':
    case 'unavailable':
    case 'failed':
      return describeDbError(error);
  }
}
