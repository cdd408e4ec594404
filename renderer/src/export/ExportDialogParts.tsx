import { t } from '../i18n';

/** Where a one-step export stands (the storyboard has steps of its own). */
export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'failed'; readonly reason: string };

/** The status line of a one-step export. */
export function ExportStateStatus({ state }: { state: ExportState }) {
  const text =
    state.kind === 'working'
      ? t('export.working')
      : state.kind === 'failed'
        ? t('export.failed', { reason: state.reason })
        : '';
  return <ExportStatus failed={state.kind === 'failed'} text={text} />;
}

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
