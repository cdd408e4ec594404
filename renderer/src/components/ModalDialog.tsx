import { useEffect, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import './dialogs.css';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: a backdrop, Esc and a click outside close it, Tab stays inside, and focus goes back
 * where it was when it closes (so a keyboard user continues from the same card). `initialFocus`
 * names the element to focus first (a search field); else the first focusable one.
 */
export function ModalDialog({
  label,
  role = 'dialog',
  describedBy,
  onClose,
  className,
  initialFocus,
  children,
}: {
  label: string;
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
  onClose(): void;
  className?: string;
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = initialFocus?.current ?? dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? dialogRef.current)?.focus();
    return () => {
      // The element may have gone with what the dialog did (a deleted stage): then focus stays put.
      if (previouslyFocused?.isConnected === true) previouslyFocused.focus();
    };
    // Only on open and close: re-focusing on every render would steal focus from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Closing on Esc is handled at the window too, so it works even when focus left the dialog.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const keepTabInside = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (first === undefined || last === undefined) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={dialogRef}
        role={role}
        aria-modal="true"
        aria-label={label}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={`modal ${className ?? ''}`}
        onKeyDown={keepTabInside}
      >
        {children}
      </div>
    </div>
  );
}
