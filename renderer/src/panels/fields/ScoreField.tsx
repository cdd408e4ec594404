import { useId } from 'react';
import { SCORE_MAX, SCORE_MIN } from '../../../../shared/model';
import { t } from '../../i18n';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

interface ScoreFieldProps {
  /** "Success 1–5": the group's accessible name says the scale. */
  readonly label: string;
  readonly value: number | undefined;
  readonly onChange: (value: number | null) => void;
  readonly hint?: string;
}

/**
 * A 1–5 score as a segmented radio group with "—" to clear: one click or arrow key per change, and
 * a value outside the scale cannot be entered at all.
 */
export function ScoreField({ label, value, onChange, hint }: ScoreFieldProps) {
  const name = useId();
  const labelId = `${name}-label`;
  const hintId = `${name}-hint`;
  return (
    <div
      role="radiogroup"
      className="score-field"
      aria-labelledby={labelId}
      aria-describedby={hint === undefined ? undefined : hintId}
    >
      <span id={labelId} className="panel-field__label">
        {label}
      </span>
      <div className="score-field__options">
        <label className="score-field__option" title={t('inspector.score.clear')}>
          <input
            type="radio"
            name={name}
            checked={value === undefined}
            aria-label={t('inspector.score.clear')}
            onChange={() => onChange(null)}
          />
          <span aria-hidden="true">—</span>
        </label>
        {SCORES.map((score) => (
          <label key={score} className="score-field__option">
            <input type="radio" name={name} checked={value === score} onChange={() => onChange(score)} />
            <span>{score}</span>
          </label>
        ))}
      </div>
      {hint !== undefined && (
        <p id={hintId} className="score-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
