import type { MetricKind } from '../model';

/** How each kind is named in messages and insights; custom metrics are named by their own `name`. */
export const METRIC_KIND_LABELS: Readonly<Record<MetricKind, string>> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  churn: 'Churn',
  resolution_time: 'Resolution time',
  custom: 'Custom metric',
};
