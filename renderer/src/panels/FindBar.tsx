import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findItems, itemMatches } from '../../../shared/logic/item-filter';
import { t, tCount } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { FilterChips } from './FilterChips';
import { channelLabel } from './itemOptions';
import './panels.css';

/**
 * Find (Ctrl/Cmd+F) and filter, over the canvas. Enter and Shift+Enter walk through the matches in
 * reading order, selecting and revealing each; Esc closes. Matches respect the filter chips and the
 * persona focus, so the walk never lands on a dimmed card.
 */
export function FindBar() {
  const store = useStudioStoreApi();
  const { findQuery, filters, focusedPersonaId } = useStudioStore(
    useShallow((state) => ({
      findQuery: state.findQuery,
      filters: state.filters,
      focusedPersonaId: state.focusedPersonaId,
    })),
  );
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const [position, setPosition] = useState<{ query: string; index: number } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => {
    if (map === null || findQuery === null) return [];
    const criteria = { filters, focusedPersonaId, findQuery };
    return findItems(map, findQuery, channelLabel).filter((item) =>
      itemMatches(item, criteria, channelLabel),
    );
  }, [map, findQuery, filters, focusedPersonaId]);

  const filterCount = filters.kinds.length + filters.channels.length + filters.owners.length;
  if (map === null) return null;
  if (findQuery === null) {
    return (
      <div className="find-bar find-bar--closed">
        <button type="button" className="panel-button" onClick={() => store.getState().setFindQuery('')}>
          {filterCount > 0 ? tCount('filter.active', filterCount) : t('find.open')}
        </button>
      </div>
    );
  }

  // The position belongs to the query it was reached with: typing starts the walk over.
  const index = position?.query === findQuery && position.index < matches.length ? position.index : -1;
  const go = (step: 1 | -1) => {
    if (matches.length === 0) return;
    const next =
      index < 0 ? (step === 1 ? 0 : matches.length - 1) : (index + step + matches.length) % matches.length;
    const item = matches[next];
    if (item === undefined) return;
    setPosition({ query: findQuery, index: next });
    store.getState().selectItems([item.id]);
    store.getState().revealItem(item.id);
    // The canvas focuses a revealed card on the next frame; the user is still finding, so the
    // text field takes focus back one frame later and Enter keeps walking the matches.
    requestAnimationFrame(() => requestAnimationFrame(() => inputRef.current?.focus()));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter is the find bar's own: app shortcuts (Enter edits the selected card) must not see it.
      event.preventDefault();
      event.stopPropagation();
      go(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      store.getState().setFindQuery(null);
    }
  };
  const status =
    findQuery.trim() === ''
      ? ''
      : matches.length === 0
        ? t('find.none')
        : index < 0
          ? tCount('find.count', matches.length)
          : t('find.position', { index: index + 1, count: matches.length });

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <div className="find-bar__row">
        <input
          ref={inputRef}
          className="panel-field__input find-bar__input"
          type="search"
          dir="auto"
          aria-label={t('find.input')}
          placeholder={t('find.placeholder')}
          value={findQuery}
          // The bar opens because the user asked to find something: typing should start at once.
          autoFocus
          onChange={(event) => store.getState().setFindQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <span className="find-bar__status" role="status">
          {status}
        </span>
        <button
          type="button"
          className="panel-button"
          aria-label={t('find.previous')}
          title={t('find.previous')}
          disabled={matches.length === 0}
          onClick={() => go(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="panel-button"
          aria-label={t('find.next')}
          title={t('find.next')}
          disabled={matches.length === 0}
          onClick={() => go(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="panel-button"
          aria-label={t('find.close')}
          title={t('find.close')}
          onClick={() => store.getState().setFindQuery(null)}
        >
          ×
        </button>
      </div>
      <FilterChips map={map} />
    </div>
  );
}
