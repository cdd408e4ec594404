import { memo } from 'react';
import {
  assessChange,
  delta,
  directionOfSeries,
  latest,
  roundForKind,
  sparklinePoints,
} from '../../../../shared/metrics';
import type { ChangeAssessment, MetricSeries } from '../../../../shared/metrics';
import { seriesLabel } from '../../../../shared/logic';
import { t } from '../../i18n';

/** At most this many badges per card or header; the rest are counted ("+2 more"). */
export const MAX_BADGES = 3;
const SPARK_WIDTH = 28;
const SPARK_HEIGHT = 10;

const formatValue = (series: MetricSeries, value: number): string => String(roundForKind(series.kind, value));

/** "NPS 24, down 7 since previous — worse": the whole badge in words, for screen readers and tooltips. */
export const describeBadge = (series: MetricSeries): string => {
  const last = latest(series);
  if (last === undefined) return '';
  const metric = seriesLabel(series);
  const value = formatValue(series, last.value);
  const change = delta(series);
  if (change === null) return t('badge.metric.single', { metric, value });
  const assessment = assessChange(series.kind, change, directionOfSeries(series));
  if (assessment === 'same') return t('badge.metric.unchanged', { metric, value });
  const amount = formatValue(series, Math.abs(change));
  return t('badge.metric.changed', {
    metric,
    value,
    change: t(change > 0 ? 'badge.change.up' : 'badge.change.down', { amount }),
    assessment: t(assessment === 'better' ? 'badge.assessment.better' : 'badge.assessment.worse'),
  });
};

const Sparkline = memo(function Sparkline({ series }: { series: MetricSeries }) {
  if (series.snapshots.length < 2) return null;
  const points = sparklinePoints(series, SPARK_WIDTH, SPARK_HEIGHT)
    .map(([x, y]) => `${x},${y}`)
    .join(' ');
  return (
    <svg
      className="metric-badge__spark"
      width={SPARK_WIDTH}
      height={SPARK_HEIGHT}
      viewBox={`-1 -1 ${SPARK_WIDTH + 2} ${SPARK_HEIGHT + 2}`}
      aria-hidden="true"
      focusable="false"
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
});

const MetricBadge = memo(function MetricBadge({ series }: { series: MetricSeries }) {
  const last = latest(series);
  if (last === undefined) return null;
  const change = delta(series);
  const assessment: ChangeAssessment =
    change === null ? 'same' : assessChange(series.kind, change, directionOfSeries(series));
  const label = describeBadge(series);
  return (
    <span
      className={`metric-badge metric-badge--${assessment}`}
      data-testid="metric-badge"
      data-assessment={assessment}
      role="img"
      aria-label={label}
      title={label}
    >
      <span className="metric-badge__kind" dir="auto">
        {seriesLabel(series)}
      </span>
      <span className="metric-badge__value">{formatValue(series, last.value)}</span>
      <Sparkline series={series} />
      {change !== null && assessment !== 'same' && (
        <span className="metric-badge__delta" aria-hidden="true">
          {change > 0 ? '▲' : '▼'}
          {formatValue(series, Math.abs(change))}
        </span>
      )}
    </span>
  );
});

/** A card's or stage's metrics: latest value, sparkline and change, coloured good or bad for the kind. */
export const MetricBadges = memo(function MetricBadges({
  series,
  id,
}: {
  series: readonly MetricSeries[];
  id?: string;
}) {
  if (series.length === 0) return null;
  const shown = series.slice(0, MAX_BADGES);
  const hidden = series.length - shown.length;
  return (
    <div className="metric-badges" id={id}>
      {shown.map((one) => (
        <MetricBadge key={one.key} series={one} />
      ))}
      {hidden > 0 && (
        <span className="metric-badges__more" title={t('badge.moreLabel', { count: hidden })}>
          {t('badge.more', { count: hidden })}
        </span>
      )}
    </div>
  );
});
