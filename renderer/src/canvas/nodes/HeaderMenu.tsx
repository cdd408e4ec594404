import { useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';

export interface HeaderMenuEntry {
  readonly label: string;
  readonly disabled?: boolean;
  perform(): void;
}

/**
 * The "⋯" button of a stage or lane header and its small menu. Arrow keys walk the entries, Escape
 * or leaving the menu closes it and gives focus back to the button.
 */
export function HeaderMenu({ label, entries }: { label: string; entries: readonly HeaderMenuEntry[] }) {
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (isOpen) menuRef.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
  }, [isOpen]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus({ preventScroll: true });
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = [
      ...(menuRef.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? []),
    ];
    const here = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    buttons[(here + step + buttons.length) % buttons.length]?.focus();
  };

  const onMenuBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget))
      close(false);
  };

  return (
    <div className="header-menu nodrag nopan">
      <button
        ref={buttonRef}
        type="button"
        className="header-menu__button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={(event) => {
          event.stopPropagation();
          setOpen((open) => !open);
        }}
        onDoubleClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
      >
        ⋯
      </button>
      {isOpen && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className="header-menu__list"
          onKeyDown={onMenuKeyDown}
          onBlur={onMenuBlur}
          onClick={(event) => event.stopPropagation()}
          onDoubleClick={(event) => event.stopPropagation()}
        >
          {entries.map((entry) => (
            <button
              key={entry.label}
              type="button"
              role="menuitem"
              className="header-menu__entry"
              disabled={entry.disabled}
              onClick={() => {
                close(false);
                entry.perform();
              }}
            >
              {entry.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
