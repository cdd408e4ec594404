import { useRef } from 'react';
import { t } from '../i18n';
import { ModalDialog } from './ModalDialog';

/**
 * Asks before an action that takes more than the user pointed at. Cancel has the initial focus, so
 * an Enter pressed out of habit does not delete a whole stage.
 */
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
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      label={title}
      role="alertdialog"
      describedBy="confirm-dialog-message"
      onClose={onCancel}
      initialFocus={cancelRef}
    >
      <div className="modal__header">
        <h2 className="modal__title" dir="auto">
          {title}
        </h2>
      </div>
      <div className="modal__body">
        <p id="confirm-dialog-message" className="modal__intro">
          {message}
        </p>
      </div>
      <div className="modal__actions">
        <button ref={cancelRef} type="button" className="modal__button" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="modal__button modal__button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
