import { t } from '../i18n';
import type { DbError } from './dbErrors';

/** The sentence the user reads when the local database fails; it always says the map is still open. */
export function describeDbError(error: DbError): string {
  switch (error.kind) {
    case 'quota':
      return t('db.error.quota');
    case 'blocked':
      return t('db.error.blocked');
    case 'unavailable':
      return t('db.error.unavailable', { detail: error.detail });
    case 'failed':
      return t('db.error.failed', { detail: error.detail });
  }
}
