import type { Metric, MetricKind } from '../../../shared/model';
import { t } from '../i18n';

/** A typographic minus, as the issue writes figures ("NPS −71.1"); a hyphen reads as a dash. */
const signed = (value: number): string => (value < 0 ? `−${Math.abs(value)}` : String(value));

/** A metric value as people read it: percentages with %, open-ended kinds with their unit. */
export function formatMetricValue(kind: MetricKind, value: number, unit?: string): string {
  switch (kind) {
    case 'csat':
    case 'churn':
      return `${signed(value)}%`;
    case 'resolution_time':
    case 'custom':
      return unit === undefined || unit.trim() === '' ? signed(value) : `${signed(value)} ${unit}`;
    default:
      return signed(value);
  }
}

/** "NPS", or a custom KPI's own name (from the file: shown as text, never as markup). */
export function metricName(metric: Pick<Metric, 'kind' | 'name'>): string {
  return metric.kind === 'custom' && metric.name !== undefined
    ? metric.name
    : t(`evidence.kind.${metric.kind}`);
}

/** Today as `YYYY-MM-DD` in the user's calendar, the default date of a new snapshot or quote. */
export function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
