import { memo, useCallback, useMemo } from 'react';
import { actionPlan, HIGH_SCORE_FROM as HIGH_FROM } from '../../../shared/logic';
import type { PlannedOpportunity, Quadrant } from '../../../shared/logic';
import { ModalDialog } from '../components/ModalDialog';
import { t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import './actionPlan.css';

const QUADRANTS: readonly Quadrant[] = ['quick-win', 'big-bet', 'fill-in', 'money-pit'];
/**
 * Where a 1–5 score sits along an axis, 0…1: the low scores (1, 2) spread over the low half and the
 * high ones (3–5, see `quadrantOf`) over the high half, so each dot lands inside its own quadrant.
 */
const axisFraction = (score: number): number =>
  score < HIGH_FROM
    ? ((score - 0.5) / (HIGH_FROM - 1)) * 0.5
    : 0.5 + ((score - HIGH_FROM + 0.5) / (6 - HIGH_FROM)) * 0.5;

const titleOf = (title: string): string => (title.trim() === '' ? t('canvas.untitled') : title);

/** Closes the plan and takes the user to the opportunity on the canvas, selected. */
function useGoToItem(onClose: () => void): (itemId: string) => void {
  const store = useStudioStoreApi();
  return useCallback(
    (itemId: string) => {
      onClose();
      const state = store.getState();
      state.selectItems([itemId]);
      state.revealItem(itemId);
    },
    [store, onClose],
  );
}

/**
 * The opportunities as an action plan: a 2×2 impact/effort matrix (impact up, effort right) and the
 * same opportunities as a list by priority, with status, owner and the friction points they address.
 * Numbers in the matrix match the list's ranks, so the two read together.
 */
export function ActionPlanDialog({ onClose }: { onClose(): void }) {
  const items = useStudioStore((state) => state.doc?.map.items ?? null);
  const plan = useMemo(() => (items === null ? [] : actionPlan({ items })), [items]);
  const goTo = useGoToItem(onClose);
  return (
    <ModalDialog label={t('actionPlan.title')} onClose={onClose} className="action-plan">
      <div className="modal__header">
        <h2 className="modal__title">{t('actionPlan.title')}</h2>
        <button type="button" className="modal__button" onClick={onClose}>
          {t('actionPlan.close')}
        </button>
      </div>
      <div className="modal__body action-plan__body">
        {plan.length === 0 ? (
          <p className="modal__intro">{t('actionPlan.empty')}</p>
        ) : (
          <>
            <Matrix plan={plan} onPick={goTo} />
            <PriorityList plan={plan} onPick={goTo} />
          </>
        )}
      </div>
    </ModalDialog>
  );
}

const Matrix = memo(function Matrix({
  plan,
  onPick,
}: {
  plan: readonly PlannedOpportunity[];
  onPick(itemId: string): void;
}) {
  // Opportunities with the same scores share a spot; each later one steps right so all stay clickable.
  const seen = new Map<string, number>();
  return (
    <section className="action-plan__matrix-section" aria-labelledby="action-plan-matrix">
      <h3 id="action-plan-matrix" className="action-plan__heading">
        {t('actionPlan.matrix')}
      </h3>
      <div className="action-plan__matrix-frame">
        <span className="action-plan__axis action-plan__axis--impact">{t('actionPlan.axis.impact')}</span>
        <div className="action-plan__matrix" data-testid="action-plan-matrix">
          {QUADRANTS.map((quadrant) => (
            <div key={quadrant} className={`action-plan__quadrant action-plan__quadrant--${quadrant}`}>
              {t(`actionPlan.quadrant.${quadrant}`)}
            </div>
          ))}
          {plan.map((entry, index) => {
            const { impact, deliveryEffort } = entry.item;
            if (impact === undefined || deliveryEffort === undefined) return null;
            const spot = `${impact}/${deliveryEffort}`;
            const offset = seen.get(spot) ?? 0;
            seen.set(spot, offset + 1);
            const title = titleOf(entry.item.title);
            return (
              <button
                key={entry.item.id}
                type="button"
                className={`action-plan__dot action-plan__dot--${entry.quadrant ?? 'none'}`}
                style={{
                  left: `calc(${axisFraction(deliveryEffort) * 100}% + ${offset * 14}px)`,
                  top: `${(1 - axisFraction(impact)) * 100}%`,
                }}
                aria-label={t('actionPlan.dot', { title, impact, effort: deliveryEffort })}
                title={title}
                onClick={() => onPick(entry.item.id)}
              >
                {index + 1}
              </button>
            );
          })}
        </div>
        <span className="action-plan__axis action-plan__axis--effort">{t('actionPlan.axis.effort')}</span>
      </div>
    </section>
  );
});

const PriorityList = memo(function PriorityList({
  plan,
  onPick,
}: {
  plan: readonly PlannedOpportunity[];
  onPick(itemId: string): void;
}) {
  return (
    <section className="action-plan__list-section" aria-labelledby="action-plan-list">
      <h3 id="action-plan-list" className="action-plan__heading">
        {t('actionPlan.list')}
      </h3>
      <ol className="action-plan__list" aria-labelledby="action-plan-list">
        {plan.map((entry) => (
          <PlanEntry key={entry.item.id} entry={entry} onPick={onPick} />
        ))}
      </ol>
    </section>
  );
});

function PlanEntry({ entry, onPick }: { entry: PlannedOpportunity; onPick(itemId: string): void }) {
  const { item } = entry;
  const owner = item.owner?.trim();
  return (
    <li className="action-plan__entry" data-testid="action-plan-entry">
      <button type="button" className="action-plan__entry-title" dir="auto" onClick={() => onPick(item.id)}>
        {titleOf(item.title)}
      </button>
      <div className="action-plan__facts">
        <span className={`action-plan__status action-plan__status--${item.status ?? 'none'}`}>
          {t(`actionPlan.status.${item.status ?? 'none'}`)}
        </span>
        {entry.quadrant !== null && <span>{t(`actionPlan.quadrant.${entry.quadrant}`)}</span>}
        <span>
          {entry.priority === null
            ? t('actionPlan.unscored')
            : t('actionPlan.scores', {
                impact: item.impact ?? 0,
                effort: item.deliveryEffort ?? 0,
                priority: entry.priority,
              })}
        </span>
        <span dir="auto">{owner ? t('actionPlan.owner', { owner }) : t('actionPlan.noOwner')}</span>
      </div>
      <div className="action-plan__addresses" dir="auto">
        {entry.addresses.length === 0
          ? t('actionPlan.addressesNothing')
          : t('actionPlan.addresses', {
              titles: entry.addresses.map((addressed) => titleOf(addressed.title)).join(', '),
            })}
      </div>
    </li>
  );
}
