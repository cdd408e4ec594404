import { t } from '../i18n';
import { useStudioStore } from '../store';

/** Why the last action failed, until the user dismisses it (or a map opens successfully). */
export function ErrorAlert() {
  const message = useStudioStore((state) => state.errorMessage);
  const dismissError = useStudioStore((state) => state.dismissError);
  if (message === null) return null;
  return (
    <div role="alert" className="error-alert">
      <span className="error-alert__icon" aria-hidden="true">
        !
      </span>
      <p className="error-alert__message" dir="auto">
        {message}
      </p>
      <button type="button" className="error-alert__dismiss" onClick={dismissError}>
        {t('alert.dismiss')}
      </button>
    </div>
  );
}
