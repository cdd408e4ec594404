import { useEffect } from 'react';
import { t } from '../i18n';
import { useStudioStore } from '../store';

/** Long enough to read a file name twice; a warning that matters more is an error alert instead. */
export const NOTICE_SHOWN_MS = 8_000;

/**
 * A passing confirmation ("Saved “grocery.cxmap”."), read out politely and never in the way: a small
 * toast at the foot of the window that goes by itself, or at once with its close button.
 */
export function SaveNotice() {
  const notice = useStudioStore((state) => state.notice);
  const dismissNotice = useStudioStore((state) => state.dismissNotice);
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(dismissNotice, NOTICE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);
  if (notice === null) return null;
  return (
    <div className="notice-toast">
      <p role="status" className="notice-toast__message" dir="auto">
        {notice}
      </p>
      <button
        type="button"
        className="notice-toast__dismiss"
        onClick={dismissNotice}
        aria-label={t('alert.dismiss')}
        title={t('alert.dismiss')}
      >
        ×
      </button>
    </div>
  );
}
