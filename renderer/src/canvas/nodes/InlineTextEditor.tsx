import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';

interface InlineTextEditorProps {
  readonly initialValue: string;
  readonly label: string;
  /** Called once with the typed text (Enter or leaving the field). */
  onCommit(value: string): void;
  /** Called once on Escape: nothing changes. */
  onCancel(): void;
  readonly className?: string;
  /** A card title wraps over a few lines while typing; a header name stays on one line. */
  readonly wraps?: boolean;
}

/**
 * A name typed in place on the canvas. Enter commits, Escape cancels, leaving the field commits:
 * one commit is one edit, so one undo step. `nodrag`/`nopan`/`nowheel` keep React Flow from turning
 * text selection with the mouse into a drag of the card or the map.
 */
export function InlineTextEditor({
  initialValue,
  label,
  onCommit,
  onCancel,
  className = '',
  wraps = false,
}: InlineTextEditorProps) {
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Enter commits and then the field unmounts, which blurs it: the blur must not commit a second time.
  const finished = useRef(false);

  useEffect(() => {
    const field = fieldRef.current;
    if (field === null) return;
    field.focus({ preventScroll: true });
    field.select();
  }, []);

  const finish = (commit: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (commit) onCommit(fieldRef.current?.value ?? initialValue);
    else onCancel();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Keys typed here are text, never canvas or global shortcuts (T adds no item, arrows move the caret).
    event.stopPropagation();
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };

  const shared = {
    ref: fieldRef,
    className: `inline-editor nodrag nopan nowheel ${className}`,
    defaultValue: initialValue,
    'aria-label': label,
    dir: 'auto',
    onKeyDown,
    onBlur: () => finish(true),
    // A click in the field is for the caret: it must not select the card or header around it.
    onClick: (event: { stopPropagation(): void }) => event.stopPropagation(),
    onDoubleClick: (event: { stopPropagation(): void }) => event.stopPropagation(),
  } as const;
  return wraps ? <textarea {...shared} rows={3} /> : <input {...shared} type="text" />;
}
