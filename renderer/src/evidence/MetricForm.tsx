import { memo, useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { MetricFields, MetricScopeRef } from '../../../shared/logic';
import { validateMetricValue } from '../../../shared/metrics';
import type { Metric, MetricDirection, MetricKind } from '../../../shared/model';
import { METRIC_KINDS } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import { today } from './format';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads an optional number field: blank is "not given", anything else must be a number. */
const optionalNumber = (text: string): number | null | 'invalid' => {
  if (text.trim() === '') return null;
  const value = Number(text.replace('−', '-').replace(',', '.'));
  return Number.isFinite(value) ? value : 'invalid';
};

/**
 * Adds a snapshot to `scope`, or edits `metric`. Checked here first so the user sees why a value is
 * refused next to the field ("NPS must be between −100 and 100"); the store checks again.
 */
export const MetricForm = memo(function MetricForm({
  scope,
  metric,
  onDone,
}: {
  scope: MetricScopeRef;
  metric?: Metric;
  onDone(): void;
}) {
  const addMetric = useStudioStore((state) => state.addMetric);
  const updateMetric = useStudioStore((state) => state.updateMetric);
  const formId = useId();
  const [kind, setKind] = useState<MetricKind>(metric?.kind ?? 'nps');
  const [name, setName] = useState(metric?.name ?? '');
  const [value, setValue] = useState(metric === undefined ? '' : String(metric.value));
  const [unit, setUnit] = useState(metric?.unit ?? '');
  const [direction, setDirection] = useState<MetricDirection>(metric?.direction ?? 'higher');
  const [target, setTarget] = useState(metric?.target === undefined ? '' : String(metric.target));
  const [takenAt, setTakenAt] = useState(metric?.takenAt.slice(0, 10) ?? today());
  const [sampleSize, setSampleSize] = useState(
    metric?.sampleSize === undefined ? '' : String(metric.sampleSize),
  );
  const [source, setSource] = useState(metric?.source ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = optionalNumber(value);
    if (number === null || number === 'invalid') return setProblem(t('evidence.metric.valueRequired'));
    const checked = validateMetricValue(kind, number);
    if (!checked.ok) return setProblem(checked.error);
    if (kind === 'custom' && name.trim() === '') return setProblem(t('evidence.metric.nameRequired'));
    if (!ISO_DAY.test(takenAt)) return setProblem(t('evidence.metric.dateRequired'));
    const targetValue = optionalNumber(target);
    if (targetValue === 'invalid') return setProblem(t('evidence.metric.targetInvalid'));
    const sample = optionalNumber(sampleSize);
    if (sample === 'invalid' || (sample !== null && (!Number.isInteger(sample) || sample < 0)))
      return setProblem(t('evidence.metric.sampleInvalid'));
    const open = kind === 'custom' || kind === 'resolution_time';
    const fields: MetricFields = {
      kind,
      value: number,
      takenAt,
      name: kind === 'custom' ? name : null,
      unit: open ? unit : null,
      direction: kind === 'custom' ? direction : null,
      target: targetValue,
      sampleSize: sample,
      source,
    };
    const saved =
      metric === undefined
        ? addMetric({ ...fields, ...scope, kind, value: number, takenAt }) !== null
        : updateMetric(metric.id, fields);
    if (saved) onDone();
  };

  const field = (label: string, input: ReactNode, key: string) => (
    <div className="panel-field" key={key}>
      <label className="panel-field__label" htmlFor={`${formId}-${key}`}>
        {label}
      </label>
      {input}
    </div>
  );
  const text = (key: string, current: string, set: (next: string) => void, inputMode?: 'decimal') => (
    <input
      id={`${formId}-${key}`}
      className="panel-field__input"
      dir="auto"
      autoComplete="off"
      inputMode={inputMode}
      value={current}
      onChange={(event) => set(event.target.value)}
    />
  );

  return (
    <form
      className="evidence-form"
      onSubmit={submit}
      aria-label={
        metric === undefined
          ? t('evidence.metrics.add')
          : t('evidence.metrics.edit', { date: metric.takenAt.slice(0, 10) })
      }
    >
      {field(
        t('evidence.metric.kind'),
        <select
          id={`${formId}-kind`}
          className="panel-field__input"
          value={kind}
          onChange={(event) => setKind(event.target.value as MetricKind)}
        >
          {METRIC_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`evidence.kind.${option}`)}
            </option>
          ))}
        </select>,
        'kind',
      )}
      {kind === 'custom' && field(t('evidence.metric.name'), text('name', name, setName), 'name')}
      {field(t('evidence.metric.value'), text('value', value, setValue, 'decimal'), 'value')}
      {(kind === 'custom' || kind === 'resolution_time') &&
        field(t('evidence.metric.unit'), text('unit', unit, setUnit), 'unit')}
      {kind === 'custom' &&
        field(
          t('evidence.metric.direction'),
          <select
            id={`${formId}-direction`}
            className="panel-field__input"
            value={direction}
            onChange={(event) => setDirection(event.target.value as MetricDirection)}
          >
            <option value="higher">{t('evidence.metric.direction.higher')}</option>
            <option value="lower">{t('evidence.metric.direction.lower')}</option>
          </select>,
          'direction',
        )}
      {field(t('evidence.metric.target'), text('target', target, setTarget, 'decimal'), 'target')}
      {field(
        t('evidence.metric.date'),
        <input
          id={`${formId}-date`}
          type="date"
          className="panel-field__input"
          value={takenAt}
          onChange={(event) => setTakenAt(event.target.value)}
        />,
        'date',
      )}
      {field(t('evidence.metric.sampleSize'), text('sample', sampleSize, setSampleSize, 'decimal'), 'sample')}
      {field(t('evidence.metric.source'), text('source', source, setSource), 'source')}
      {problem !== null && (
        <p role="alert" className="evidence-form__problem">
          {problem}
        </p>
      )}
      <div className="evidence-form__actions">
        <button type="submit" className="evidence-button evidence-button--primary">
          {t('evidence.metric.save')}
        </button>
        <button type="button" className="evidence-button" onClick={onDone}>
          {t('evidence.metric.cancel')}
        </button>
      </div>
    </form>
  );
});
