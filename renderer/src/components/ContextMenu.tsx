/**
 * The context menu: a short list of registry commands at the pointer.
 *
 * API (for the canvas and panels):
 *   const contextMenu = useContextMenu();
 *   <div onContextMenu={(event) => contextMenu.open(event, ['edit.copy', 'edit.duplicate', 'edit.delete'])} />
 *   contextMenu.openAt({ x, y, commandIds })   // from a keyboard shortcut (Shift+F10), at a card's corner
 * `commandIds` may contain `MENU_SEPARATOR` between groups of commands (a line, skipped by the arrows),
 * and `{ label, perform }` actions for what only the opener can do (open the canvas' link label editor),
 * which have no place in the registry, the native menu or the palette.
 *
 * `open` calls `preventDefault()` on the event (no browser menu) and opens at its client position.
 * Select what the menu should act on *before* opening it: commands act on the store's selection.
 * Commands that can't run now are shown disabled, so the menu's shape does not jump around.
 * The menu is a `role="menu"` of `menuitem`s: arrows, Home/End move, Enter/Space run, Esc or a click
 * elsewhere close it, and focus returns to where it was.
 * `<ContextMenuProvider>` wraps the app in `App.tsx`; outside it `useContextMenu()` throws.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { commandById, formatShortcut, isMacPlatform } from '../commands';
import type { CommandId, RunCommand } from '../commands';
import { t } from '../i18n';
import { useStudioStoreApi } from '../store';
import './dialogs.css';
import './contextMenu.css';

/** Put between two commands of a menu to draw a line between their groups. */
export const MENU_SEPARATOR = 'separator';
export interface ContextMenuAction {
  readonly label: string;
  perform(): void;
}
export type ContextMenuEntry = CommandId | ContextMenuAction | typeof MENU_SEPARATOR;

export interface ContextMenuRequest {
  readonly x: number;
  readonly y: number;
  readonly commandIds: readonly ContextMenuEntry[];
}

export interface ContextMenuApi {
  open(
    event: { clientX: number; clientY: number; preventDefault(): void },
    commandIds: readonly ContextMenuEntry[],
  ): void;
  openAt(request: ContextMenuRequest): void;
  close(): void;
}

const ContextMenuContext = createContext<ContextMenuApi | null>(null);

export function useContextMenu(): ContextMenuApi {
  const api = useContext(ContextMenuContext);
  if (api === null) throw new Error('useContextMenu must be used inside <ContextMenuProvider>.');
  return api;
}

export function ContextMenuProvider({
  runCommand,
  children,
}: {
  runCommand: RunCommand;
  children: ReactNode;
}) {
  const [request, setRequest] = useState<ContextMenuRequest | null>(null);
  const close = useCallback(() => setRequest(null), []);
  const api = useMemo(
    (): ContextMenuApi => ({
      open: (event, commandIds) => {
        event.preventDefault();
        setRequest({ x: event.clientX, y: event.clientY, commandIds });
      },
      openAt: setRequest,
      close,
    }),
    [close],
  );
  return (
    <ContextMenuContext.Provider value={api}>
      {children}
      {request !== null && <ContextMenu request={request} runCommand={runCommand} onClose={close} />}
    </ContextMenuContext.Provider>
  );
}

/** Keeps the menu inside the window when opened near the right or bottom edge. */
const MENU_MARGIN = 8;

function ContextMenu({
  request,
  runCommand,
  onClose,
}: {
  request: ContextMenuRequest;
  runCommand: RunCommand;
  onClose(): void;
}) {
  const store = useStudioStoreApi();
  const menuRef = useRef<HTMLUListElement>(null);
  const [position, setPosition] = useState({ left: request.x, top: request.y });
  const isMac = isMacPlatform();
  const [entries] = useState(() =>
    request.commandIds.map((id) => {
      if (id === MENU_SEPARATOR) return null;
      if (typeof id === 'object') return { ...id, shortcut: null, enabled: true };
      const command = commandById(id);
      return {
        label: t(command.label),
        shortcut: command.shortcut === null ? null : formatShortcut(command.shortcut, isMac),
        enabled: command.isEnabled(store.getState()),
        perform: () => runCommand(command.id),
      };
    }),
  );

  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (menu === null) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const { width, height } = menu.getBoundingClientRect();
    setPosition({
      left: Math.max(MENU_MARGIN, Math.min(request.x, window.innerWidth - width - MENU_MARGIN)),
      top: Math.max(MENU_MARGIN, Math.min(request.y, window.innerHeight - height - MENU_MARGIN)),
    });
    menu.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !menu.contains(event.target)) onClose();
    };
    window.addEventListener('pointerdown', closeOnOutsidePointer, true);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', closeOnOutsidePointer, true);
      window.removeEventListener('blur', onClose);
      if (previouslyFocused?.isConnected === true) previouslyFocused.focus();
    };
  }, [request, onClose]);

  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    // The menu has the keyboard: Delete or Ctrl+Z here must not also reach the global shortcuts.
    event.stopPropagation();
    const items = [
      ...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? []),
    ];
    const current = items.indexOf(document.activeElement as HTMLElement);
    const last = items.length - 1;
    const target: Record<string, number | undefined> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
      return;
    }
    const index = target[event.key];
    if (index === undefined) return;
    event.preventDefault();
    items[index]?.focus();
  };

  return (
    <ul
      ref={menuRef}
      role="menu"
      aria-label={t('contextMenu.label')}
      className="context-menu"
      style={position}
      onKeyDown={moveFocus}
      onContextMenu={(event) => event.preventDefault()}
    >
      {entries.map((entry, index) =>
        entry === null ? (
          // Separators have no identity of their own; the list never reorders while open.
          <li key={`separator-${index}`} role="separator" className="context-menu__separator" />
        ) : (
          <ContextMenuItem key={entry.label} {...entry} onClose={onClose} />
        ),
      )}
    </ul>
  );
}

function ContextMenuItem({
  label,
  shortcut,
  enabled,
  perform,
  onClose,
}: {
  label: string;
  shortcut: string | null;
  enabled: boolean;
  perform(): void;
  onClose(): void;
}) {
  return (
    <li role="none">
      <button
        type="button"
        role="menuitem"
        className="context-menu__item"
        disabled={!enabled}
        onClick={() => {
          onClose();
          perform();
        }}
      >
        <span>{label}</span>
        {shortcut !== null && <span className="shortcut-keys">{shortcut}</span>}
      </button>
    </li>
  );
}
