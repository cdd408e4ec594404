import { useId, useRef } from 'react';
import { t } from '../i18n';
import { ModalDialog } from './ModalDialog';

export interface Choice {
  readonly label: string;
  readonly onChoose: () => void;
  /** `danger` for what loses or overwrites work, `primary` for the safe way forward. */
  readonly tone?: 'danger' | 'primary';
  /** Focus this choice first instead of Cancel (Save in "Save changes before closing?"). */
  readonly initialFocus?: boolean;
}

/**
 * A question with Cancel and one or more choices (Delete; Don't Save / Save; Save As… / Overwrite).
 * Cancel comes first and has the initial focus unless a choice asks for it, so an Enter pressed out
 * of habit never deletes or overwrites anything.
 */
export function ChoiceDialog({
  title,
  message,
  choices,
  onCancel,
  cancelLabel = t('dialog.cancel'),
}: {
  title: string;
  message: string;
  choices: readonly Choice[];
  onCancel(): void;
  cancelLabel?: string;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const focusedChoiceRef = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  const focusesChoice = choices.some((choice) => choice.initialFocus === true);
  return (
    <ModalDialog
      label={title}
      role="alertdialog"
      describedBy={messageId}
      onClose={onCancel}
      initialFocus={focusesChoice ? focusedChoiceRef : cancelRef}
    >
      <div className="modal__header">
        <h2 className="modal__title" dir="auto">
          {title}
        </h2>
      </div>
      <div className="modal__body">
        <p id={messageId} className="modal__intro">
          {message}
        </p>
      </div>
      <div className="modal__actions">
        <button ref={cancelRef} type="button" className="modal__button" onClick={onCancel}>
          {cancelLabel}
        </button>
        {choices.map((choice) => (
          <button
            key={choice.label}
            ref={choice.initialFocus === true ? focusedChoiceRef : undefined}
            type="button"
            className={`modal__button${choice.tone === undefined ? '' : ` modal__button--${choice.tone}`}`}
            onClick={choice.onChoose}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </ModalDialog>
  );
}

/** Asks before an action that takes more than the user pointed at (Cancel focused first). */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <ChoiceDialog
      title={title}
      message={message}
      onCancel={onCancel}
      choices={[{ label: confirmLabel, onChoose: onConfirm, tone: 'danger' }]}
    />
  );
}
