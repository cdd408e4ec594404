import { METRIC_RANGES, type MetricKind } from '../model';
import { err, ok, type Result } from '../result';
import { METRIC_KIND_LABELS } from './labels';

/**
 * Checks a value typed for a metric against its kind's range (FORMAT.md), with a message the form can
 * show as is. The same bounds the file reader enforces, so what the form accepts always saves.
 */
export const validateMetricValue = (kind: MetricKind, value: number): Result<number, string> => {
  const label = METRIC_KIND_LABELS[kind];
  if (!Number.isFinite(value)) return err(`${label} must be a number`);
  const { min, max } = METRIC_RANGES[kind];
  if (value >= min && value <= max) return ok(value);
  // Open-ended kinds have a sentinel bound; "between 0 and 9007199254740991" would only confuse.
  if (max === Number.MAX_SAFE_INTEGER && min === 0) return err(`${label} must be 0 or more`);
  if (max === Number.MAX_SAFE_INTEGER) return err(`${label} is too large`);
  return err(`${label} must be between ${formatBound(min)} and ${formatBound(max)}`);
};

/** A typographic minus, as the message shows it. */
const formatBound = (bound: number): string => (bound < 0 ? `−${Math.abs(bound)}` : String(bound));
