import { useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { COMMANDS, formatShortcut, isMacPlatform } from '../commands';
import type { Command, RunCommand } from '../commands';
import { t } from '../i18n';
import { useStudioStoreApi } from '../store';
import { ModalDialog } from './ModalDialog';

/**
 * Whether `query` matches `label`: every word of the query is the start of a word of the label, or
 * appears in it ("add fr" finds "Add friction point", "zoom" finds all three zooms). Case and accents
 * are ignored, so typing is forgiving without ranking surprises.
 */
export function labelMatches(label: string, query: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const haystack = fold(label);
  return fold(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word));
}

/**
 * Ctrl/⌘+K: every command available right now, filtered as the user types; arrows pick, Enter runs,
 * Esc closes. Commands that can't run now (Undo with nothing to undo) are not offered at all.
 */
export function CommandPalette({ runCommand, onClose }: { runCommand: RunCommand; onClose(): void }) {
  const store = useStudioStoreApi();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const isMac = isMacPlatform();

  // The palette is modal: the state cannot change under it, so reading it once on open is enough.
  const [available] = useState(() => COMMANDS.filter((command) => command.isEnabled(store.getState())));
  const matches = useMemo(
    () => available.filter((command) => labelMatches(t(command.label), query)),
    [available, query],
  );
  const active = matches[Math.min(activeIndex, matches.length - 1)];
  const optionId = (command: Command) => `${listId}-${command.id}`;

  const run = (command: Command) => {
    onClose();
    runCommand(command.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    if (event.key === 'ArrowDown') setActiveIndex((index) => (index >= last ? 0 : index + 1));
    else if (event.key === 'ArrowUp') setActiveIndex((index) => (index <= 0 ? last : index - 1));
    else if (event.key === 'Home') setActiveIndex(0);
    else if (event.key === 'End') setActiveIndex(last);
    else if (event.key === 'Enter' && active !== undefined) run(active);
    else return;
    event.preventDefault();
  };

  return (
    <ModalDialog label={t('palette.label')} onClose={onClose} className="palette" initialFocus={inputRef}>
      <input
        ref={inputRef}
        className="palette__input"
        role="combobox"
        aria-label={t('palette.input')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active === undefined ? undefined : optionId(active)}
        placeholder={t('palette.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('palette.results')} className="palette__list">
        {matches.map((command) => (
          <li
            key={command.id}
            id={optionId(command)}
            role="option"
            aria-selected={command === active}
            className="palette__option"
            // The input keeps focus; a click still runs the option.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(command)}
          >
            <span>{t(command.label)}</span>
            {command.shortcut !== null && (
              <span className="shortcut-keys">{formatShortcut(command.shortcut, isMac)}</span>
            )}
          </li>
        ))}
      </ul>
      {matches.length === 0 && (
        <p className="palette__empty" role="status" dir="auto">
          {t('palette.noMatch', { query })}
        </p>
      )}
    </ModalDialog>
  );
}
