import { memo, useCallback, useMemo } from 'react';
import { computeInsights, INSIGHT_KINDS } from '../../../shared/logic';
import type { Insight, InsightKind } from '../../../shared/logic';
import type { JourneyMap } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { insightTarget, insightText } from './insightText';
import { useLastNamedRevisionAt } from './useLastNamedRevision';
import './insights.css';

/**
 * Proactive CX: what fell, what is weak, what is unbacked and what has no owner, in sections. Every
 * entry takes the user to its item (selected and scrolled into view) or selects its stage.
 */
export function InsightsPanel() {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const openDialog = useStudioStore((state) => state.openDialog);
  const lastNamedRevisionAt = useLastNamedRevisionAt(map?.id ?? null);
  // Recomputed per map version only; "now" is when that version was first shown (stale-metric ages).
  const insights = useMemo(
    () => (map === null ? [] : computeInsights(map, Date.now(), { lastNamedRevisionAt })),
    [map, lastNamedRevisionAt],
  );
  if (map === null) return null;

  const sections = INSIGHT_KINDS.flatMap((kind) => {
    const entries = insights.filter((insight) => insight.kind === kind);
    return entries.length === 0 ? [] : [{ kind, entries }];
  });
  return (
    <div className="insights">
      <button type="button" className="panel-button" onClick={() => openDialog({ kind: 'actionPlan' })}>
        {t('insights.openActionPlan')}
      </button>
      {sections.length === 0 ? (
        <p className="panel-field__hint">{t('insights.empty')}</p>
      ) : (
        sections.map(({ kind, entries }) => (
          <InsightSection key={kind} kind={kind} entries={entries} map={map} />
        ))
      )}
    </div>
  );
}

const InsightSection = memo(function InsightSection({
  kind,
  entries,
  map,
}: {
  kind: InsightKind;
  entries: readonly Insight[];
  map: JourneyMap;
}) {
  const headingId = `insights-${kind}`;
  return (
    <section className="insights__section" aria-labelledby={headingId}>
      <h3 className="insights__heading" id={headingId}>
        {t(`insights.section.${kind}`)}
      </h3>
      <ul className="insights__list">
        {entries.map((insight, index) => (
          <li key={index}>
            <InsightEntry insight={insight} text={insightText(map, insight)} />
          </li>
        ))}
      </ul>
    </section>
  );
});

function InsightEntry({ insight, text }: { insight: Insight; text: string }) {
  const store = useStudioStoreApi();
  const { itemId, stageId } = insightTarget(insight);
  const go = useCallback(() => {
    const state = store.getState();
    if (itemId !== undefined) {
      state.selectItems([itemId]);
      state.revealItem(itemId);
    } else if (stageId !== undefined) {
      state.selectHeader({ kind: 'stage', id: stageId });
    }
  }, [store, itemId, stageId]);
  if (itemId === undefined && stageId === undefined) {
    return (
      <p className="insights__entry insights__entry--static" dir="auto">
        {text}
      </p>
    );
  }
  return (
    <button type="button" className="insights__entry" dir="auto" onClick={go}>
      {text}
    </button>
  );
}
