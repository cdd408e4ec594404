import { t } from '../i18n';

/**
 * The line under an export's options: progress while it works, the reason when it failed (an alert,
 * so a screen reader says it at once), nothing otherwise. Shared by every export dialog.
 */
export function ExportStatus({ text, failed }: { text: string; failed: boolean }) {
  return (
    <p className="export-dialog__status" role={failed ? 'alert' : 'status'}>
      {text}
    </p>
  );
}

/** Cancel and the export's own button; both wait while an export runs, so it is never started twice. */
export function ExportActions({
  working,
  submitLabel,
  submitDisabled = false,
  onSubmit,
  onCancel,
}: {
  working: boolean;
  submitLabel: string;
  submitDisabled?: boolean;
  onSubmit(): void;
  onCancel(): void;
}) {
  return (
    <div className="modal__actions">
      <button type="button" className="modal__button" disabled={working} onClick={onCancel}>
        {t('export.cancel')}
      </button>
      <button
        type="button"
        className="modal__button modal__button--primary"
        disabled={working || submitDisabled}
        onClick={onSubmit}
      >
        {submitLabel}
      </button>
    </div>
  );
}
