import { memo, useId } from 'react';
import { t } from '../../i18n';
import { useRedactExports } from './redactSetting';

/** The remembered "Redact personal data in exports" switch, with what it does and does not catch. */
export const RedactExportsToggle = memo(function RedactExportsToggle() {
  const [redact, setRedact] = useRedactExports();
  const hintId = useId();
  return (
    <div className="redact-toggle">
      <label>
        <input
          type="checkbox"
          checked={redact}
          aria-describedby={hintId}
          onChange={(event) => setRedact(event.target.checked)}
        />{' '}
        {t('redact.toggle')}
      </label>
      <p id={hintId} className="panel-field__hint">
        {t('redact.hint')}
      </p>
    </div>
  );
});
