import { memo, useId, useMemo, useState } from 'react';
import type { MetricScopeRef } from '../../../shared/logic';
import type { MetricSeries } from '../../../shared/metrics';
import { groupSeries, latest } from '../../../shared/metrics';
import type { JourneyMap, Metric } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import { formatMetricValue, metricName } from './format';
import { MetricForm } from './MetricForm';
import './evidence.css';

const inScope = (metric: Metric, scope: MetricScopeRef): boolean =>
  scope.itemId !== undefined
    ? metric.itemId === scope.itemId
    : scope.stageId !== undefined
      ? metric.stageId === scope.stageId
      : metric.itemId === undefined && metric.stageId === undefined;

/** The metric snapshots of one scope (an item, a stage, the whole map): series, chart, add and edit. */
export const MetricsSection = memo(function MetricsSection({
  map,
  scope,
}: {
  map: JourneyMap;
  scope: MetricScopeRef;
}) {
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const series = useMemo(
    () => groupSeries(map.metrics.filter((metric) => inScope(metric, scope))),
    [map.metrics, scope],
  );
  return (
    <section className="evidence-section" aria-labelledby={headingId}>
      <h4 id={headingId} className="evidence-section__heading">
        {t('evidence.metrics.heading')}
      </h4>
      {series.length === 0 && <p className="panel-field__hint">{t('evidence.metrics.none')}</p>}
      {series.map((one) => (
        <SeriesView key={one.key} series={one} scope={scope} />
      ))}
      {adding ? (
        <MetricForm scope={scope} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="evidence-button" onClick={() => setAdding(true)}>
          {t('evidence.metrics.add')}
        </button>
      )}
    </section>
  );
});

/** One series: the latest figure, a small chart with the target line, and every snapshot. */
const SeriesView = memo(function SeriesView({
  series,
  scope,
}: {
  series: MetricSeries;
  scope: MetricScopeRef;
}) {
  const deleteMetric = useStudioStore((state) => state.deleteMetric);
  const [editingId, setEditingId] = useState<string | null>(null);
  const last = latest(series);
  if (last === undefined) return null;
  const name = metricName(last);
  return (
    <div className="metric-series">
      <p className="metric-series__latest" dir="auto">
        {t('evidence.metrics.series', { name, value: formatMetricValue(last.kind, last.value, last.unit) })}
        {last.sampleSize !== undefined && (
          <span className="metric-series__sample">
            {' '}
            {t('evidence.metrics.sample', { count: last.sampleSize })}
          </span>
        )}
      </p>
      <SeriesChart series={series} label={t('evidence.metrics.chart', { name })} />
      <ul className="metric-series__snapshots">
        {[...series.snapshots].reverse().map((snapshot) =>
          editingId === snapshot.id ? (
            <li key={snapshot.id}>
              <MetricForm scope={scope} metric={snapshot} onDone={() => setEditingId(null)} />
            </li>
          ) : (
            <li key={snapshot.id} className="metric-series__snapshot">
              <span dir="auto">
                {t('evidence.metrics.snapshot', {
                  date: snapshot.takenAt.slice(0, 10),
                  value: formatMetricValue(snapshot.kind, snapshot.value, snapshot.unit),
                })}
                {snapshot.sampleSize !== undefined &&
                  ` · ${t('evidence.metrics.sample', { count: snapshot.sampleSize })}`}
                {snapshot.source !== undefined && ` · ${snapshot.source}`}
              </span>
              <button
                type="button"
                className="evidence-icon-button"
                aria-label={t('evidence.metrics.edit', { date: snapshot.takenAt.slice(0, 10) })}
                title={t('evidence.metrics.edit', { date: snapshot.takenAt.slice(0, 10) })}
                onClick={() => setEditingId(snapshot.id)}
              >
                ✎
              </button>
              <button
                type="button"
                className="evidence-icon-button"
                aria-label={t('evidence.metrics.delete', { date: snapshot.takenAt.slice(0, 10) })}
                title={t('evidence.metrics.delete', { date: snapshot.takenAt.slice(0, 10) })}
                onClick={() => deleteMetric(snapshot.id)}
              >
                ×
              </button>
            </li>
          ),
        )}
      </ul>
    </div>
  );
});

const CHART_WIDTH = 240;
const CHART_HEIGHT = 48;
const CHART_PAD = 4;

/**
 * The series as an inline SVG line, oldest left, with the latest target as a dashed line. Scaled to
 * the values and the target together, so a target far off the values still shows where it is.
 */
const SeriesChart = memo(function SeriesChart({ series, label }: { series: MetricSeries; label: string }) {
  const values = series.snapshots.map((snapshot) => snapshot.value);
  const target = latest(series)?.target;
  const all = target === undefined ? values : [...values, target];
  const min = Math.min(...all);
  const span = Math.max(...all) - min;
  const y = (value: number) =>
    CHART_PAD + (span === 0 ? 0.5 : 1 - (value - min) / span) * (CHART_HEIGHT - 2 * CHART_PAD);
  const x = (index: number) =>
    values.length === 1
      ? CHART_WIDTH / 2
      : CHART_PAD + (index / (values.length - 1)) * (CHART_WIDTH - 2 * CHART_PAD);
  const points = values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  return (
    <svg
      className="metric-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
      width={CHART_WIDTH}
      height={CHART_HEIGHT}
    >
      {target !== undefined && (
        <line
          className="metric-chart__target"
          x1={0}
          x2={CHART_WIDTH}
          y1={y(target)}
          y2={y(target)}
          data-testid="metric-target"
        >
          <title>{t('evidence.metrics.target', { value: String(target) })}</title>
        </line>
      )}
      <polyline className="metric-chart__line" points={points} fill="none" />
      {values.map((value, index) => (
        <circle
          key={series.snapshots[index]?.id ?? index}
          className="metric-chart__dot"
          cx={x(index)}
          cy={y(value)}
          r={2.5}
        />
      ))}
    </svg>
  );
});
