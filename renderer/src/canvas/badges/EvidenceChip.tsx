import { memo } from 'react';
import type { EvidenceStatus } from '../../../../shared/logic';
import { t } from '../../i18n';

const MARKS: Readonly<Record<EvidenceStatus, string>> = { observed: '●', assumed: '○', proposed: '◇' };

/** "Observed" / "Assumed" / "Proposed" on a card, so a reader tells research from guesses at a glance. */
export const EvidenceChip = memo(function EvidenceChip({
  status,
  id,
}: {
  status: EvidenceStatus;
  id?: string;
}) {
  const description = t(`evidenceChip.${status}.description`);
  return (
    <span
      className={`evidence-chip evidence-chip--${status}`}
      data-testid="evidence-chip"
      data-evidence={status}
      id={id}
      title={description}
    >
      <span aria-hidden="true">{MARKS[status]}</span> {t(`evidenceChip.${status}`)}
      <span className="evidence-chip__hint">{` — ${description}`}</span>
    </span>
  );
});
