import { memo, useId, useMemo } from 'react';
import { evidenceStatusOf, itemEvidenceOf } from '../../../shared/logic';
import type { Item, JourneyMap, OpportunityStatus } from '../../../shared/model';
import { OPPORTUNITY_STATUSES } from '../../../shared/model';
import { t, tCount } from '../i18n';
import { ScoreField } from '../panels/fields/ScoreField';
import { SelectField } from '../panels/fields/SelectField';
import { useStudioStore } from '../store';
import { MetricsSection } from './MetricsSection';
import './evidence.css';

/**
 * An item's evidence: how much backs it (quotes, metric series), what it rests on, its metric
 * snapshots, and for an opportunity its action plan.
 */
export const ItemEvidenceSection = memo(function ItemEvidenceSection({ item }: { item: Item }) {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const scope = useMemo(() => ({ itemId: item.id }), [item.id]);
  if (map === null) return null;
  return (
    <>
      <EvidenceStatusField map={map} item={item} />
      <MetricsSection map={map} scope={scope} />
      {item.kind === 'opportunity' && <OpportunityPlan map={map} item={item} />}
    </>
  );
});

type StatusChoice = 'observed' | 'assumed' | 'proposed';

const EvidenceStatusField = memo(function EvidenceStatusField({
  map,
  item,
}: {
  map: JourneyMap;
  item: Item;
}) {
  const setItemEvidence = useStudioStore((state) => state.setItemEvidence);
  const headingId = useId();
  const counts = itemEvidenceOf(map, item.id);
  const status = evidenceStatusOf(map, item.id);
  return (
    <section className="evidence-section" aria-labelledby={headingId}>
      <h4 id={headingId} className="evidence-section__heading">
        {t('evidence.item.heading')}
      </h4>
      <p className="panel-field__hint">
        {t('evidence.item.counts', {
          quotes: tCount('count.quotes', counts.quoteCount),
          series: tCount('evidence.count.series', counts.metricSeriesCount),
        })}
      </p>
      {status === 'observed' ? (
        // Observed is derived from the linked quotes and metrics, so it is shown, not chosen.
        <p className="inspector__summary">{t('evidence.status.observed')}</p>
      ) : (
        <SelectField<StatusChoice>
          label={t('evidence.status')}
          value={status}
          options={[
            { value: 'assumed', label: t('evidence.status.assumed') },
            { value: 'proposed', label: t('evidence.status.proposed') },
          ]}
          onChange={(next) => setItemEvidence(item.id, next === 'proposed' ? 'proposed' : 'assumed')}
        />
      )}
    </section>
  );
});

type StatusOption = OpportunityStatus | '';

const OpportunityPlan = memo(function OpportunityPlan({ map, item }: { map: JourneyMap; item: Item }) {
  const setOpportunityFields = useStudioStore((state) => state.setOpportunityFields);
  const headingId = useId();
  const frictions = map.items.filter((candidate) => candidate.kind === 'friction');
  const addressed = item.addressesItemIds ?? [];
  return (
    <section className="evidence-section" aria-labelledby={headingId}>
      <h4 id={headingId} className="evidence-section__heading">
        {t('evidence.opportunity.heading')}
      </h4>
      <ScoreField
        label={t('evidence.opportunity.impact')}
        value={item.impact}
        onChange={(impact) => setOpportunityFields(item.id, { impact })}
      />
      <ScoreField
        label={t('evidence.opportunity.deliveryEffort')}
        value={item.deliveryEffort}
        onChange={(deliveryEffort) => setOpportunityFields(item.id, { deliveryEffort })}
      />
      <SelectField<StatusOption>
        label={t('evidence.opportunity.status')}
        value={item.status ?? ''}
        options={[
          { value: '', label: t('evidence.opportunity.status.none') },
          ...OPPORTUNITY_STATUSES.map((value) => ({
            value,
            label: t(`evidence.opportunity.status.${value}`),
          })),
        ]}
        onChange={(status) => setOpportunityFields(item.id, { status: status === '' ? null : status })}
      />
      <fieldset className="panel-field panel-field--group">
        <legend className="panel-field__label">{t('evidence.opportunity.addresses')}</legend>
        {frictions.length === 0 ? (
          <p className="panel-field__hint">{t('evidence.opportunity.noFriction')}</p>
        ) : (
          frictions.map((friction) => (
            <label key={friction.id} className="panel-check" dir="auto">
              <input
                type="checkbox"
                checked={addressed.includes(friction.id)}
                onChange={(event) =>
                  setOpportunityFields(item.id, {
                    addressesItemIds: event.target.checked
                      ? [...addressed, friction.id]
                      : addressed.filter((id) => id !== friction.id),
                  })
                }
              />
              <span className="panel-check__text">{friction.title || t('inspector.untitled')}</span>
            </label>
          ))
        )}
      </fieldset>
    </section>
  );
});

/** The metric section for a stage or the whole map (their inspectors have no other evidence). */
export const ScopeMetricsSection = memo(function ScopeMetricsSection({ stageId }: { stageId?: string }) {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const scope = useMemo(() => (stageId === undefined ? {} : { stageId }), [stageId]);
  if (map === null) return null;
  return <MetricsSection map={map} scope={scope} />;
});
