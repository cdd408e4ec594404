import { memo, useCallback, useEffect, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { defaultStudioDb } from '../db';
import type { RevisionMeta } from '../db';
import { describeDraftAge } from '../drafts/recovery';
import { t, tCount } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { INCLUDE_HISTORY_KEY, readIncludeHistory, writeSetting } from './historySettings';
import {
  asIsIdOf,
  compareRevisions,
  compareWithAsIs,
  compareWithCurrent,
  previewRevision,
  restoreRevision,
} from './revisionActions';
import { describeRevisionChanges, formatBytes } from './revisionSummaryText';
import { useRevisionList } from './useRevisionList';
import './history.css';

/** "Include history when saving", remembered in the settings table for every map. */
const IncludeHistoryToggle = memo(function IncludeHistoryToggle() {
  const [included, setIncluded] = useState<boolean | null>(null);
  useEffect(() => {
    const db = defaultStudioDb();
    if (db === null) return;
    let cancelled = false;
    void readIncludeHistory(db).then((value) => {
      if (!cancelled) setIncluded(value);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  const toggle = (value: boolean) => {
    setIncluded(value);
    const db = defaultStudioDb();
    if (db !== null) void writeSetting(db, INCLUDE_HISTORY_KEY, value);
  };
  return (
    <label className="history__toggle">
      <input
        type="checkbox"
        checked={included === true}
        disabled={included === null}
        onChange={(event) => toggle(event.target.checked)}
      />
      {t('history.includeHistory')}
    </label>
  );
});

interface RevisionRowProps {
  readonly revision: RevisionMeta;
  readonly previous: RevisionMeta | null;
  readonly now: number;
  readonly checked: boolean;
  readonly active: boolean;
  onToggle(revision: RevisionMeta, checked: boolean): void;
  onPreview(revision: RevisionMeta): void;
  onRestore(revision: RevisionMeta): void;
  onCompare(revision: RevisionMeta): void;
  onRename(revision: RevisionMeta): void;
}

/** One revision: what it is called, when and by whom, what changed since the one before it. */
const RevisionRow = memo(function RevisionRow({
  revision,
  previous,
  now,
  checked,
  active,
  onToggle,
  onPreview,
  onRestore,
  onCompare,
  onRename,
}: RevisionRowProps) {
  const name = revision.label ?? t('history.automatic');
  return (
    <li className="history__row" aria-current={active ? 'true' : undefined}>
      <input
        type="checkbox"
        className="history__check"
        checked={checked}
        aria-label={t('history.selectForCompare', { label: name })}
        onChange={(event) => onToggle(revision, event.target.checked)}
      />
      <div className="history__body">
        <button type="button" className="history__open" onClick={() => onPreview(revision)}>
          <span className="history__label" dir="auto">
            {name}
          </span>
          <span className="history__meta">
            <time dateTime={new Date(revision.createdAt).toISOString()}>
              {describeDraftAge(revision.createdAt, now)}
            </time>
            {revision.author !== null && (
              <span dir="auto"> · {t('history.by', { author: revision.author })}</span>
            )}
          </span>
          <span className="history__summary">
            {describeRevisionChanges(revision.summary, previous?.summary ?? null)}
          </span>
          {revision.note !== null && (
            <span className="history__note" dir="auto">
              {revision.note}
            </span>
          )}
        </button>
        <div className="history__actions">
          <button type="button" className="history__action" onClick={() => onRestore(revision)}>
            {t('history.restore')}
          </button>
          <button type="button" className="history__action" onClick={() => onCompare(revision)}>
            {t('history.compareWithCurrent')}
          </button>
          <button type="button" className="history__action" onClick={() => onRename(revision)}>
            {t('history.rename')}
          </button>
        </div>
      </div>
    </li>
  );
});

/** Up and Down move between the revisions' main buttons, Home and End to the ends of the list. */
function moveBetweenRows(event: KeyboardEvent<HTMLUListElement>) {
  const keys = ['ArrowUp', 'ArrowDown', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.history__open')];
  const index = buttons.findIndex((button) => button === document.activeElement);
  if (index === -1) return;
  event.preventDefault();
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : Math.min(buttons.length - 1, Math.max(0, index + (event.key === 'ArrowUp' ? -1 : 1)));
  buttons[next]?.focus();
}

/**
 * The History tab (issue "Living maps"): the open map's revisions newest first, each previewable,
 * restorable, comparable with the current map or another revision, and renamable; whether saves
 * carry the history into the file; storage used; rows that could not be read, counted.
 */
export function HistoryPanel() {
  const store = useStudioStoreApi();
  const mapId = useStudioStore((state) => state.doc?.map.id ?? '');
  const mapTitle = useStudioStore((state) => state.doc?.map.title ?? '');
  const isToBe = useStudioStore((state) => (state.doc === null ? false : asIsIdOf(state.doc.map) !== null));
  const previewedId = useStudioStore((state) =>
    state.revisionView?.kind === 'preview' ? state.revisionView.revisionId : null,
  );
  const { revisions, skipped, bytesUsed, problem } = useRevisionList(mapId, mapTitle);
  const [checkedIds, setCheckedIds] = useState<readonly string[]>([]);
  const headingId = useId();
  const now = Date.now();

  // Ticks of another map's revisions mean nothing here.
  useEffect(() => setCheckedIds([]), [mapId]);

  const withDb = useCallback(
    (action: (db: NonNullable<ReturnType<typeof defaultStudioDb>>) => Promise<unknown>) => {
      const db = defaultStudioDb();
      if (db !== null) void action(db);
    },
    [],
  );
  const onToggle = useCallback((revision: RevisionMeta, checked: boolean) => {
    // The two most recent ticks: ticking a third replaces the oldest tick.
    setCheckedIds((ids) =>
      checked
        ? [...ids.filter((id) => id !== revision.id), revision.id].slice(-2)
        : ids.filter((id) => id !== revision.id),
    );
  }, []);
  const onPreview = useCallback(
    (revision: RevisionMeta) => withDb((db) => previewRevision(db, store, revision)),
    [store, withDb],
  );
  const onRestore = useCallback(
    (revision: RevisionMeta) => withDb((db) => restoreRevision(db, store, revision)),
    [store, withDb],
  );
  const onCompare = useCallback(
    (revision: RevisionMeta) => withDb((db) => compareWithCurrent(db, store, revision)),
    [store, withDb],
  );
  const onRename = useCallback(
    (revision: RevisionMeta) =>
      store.getState().openDialog({
        kind: 'nameRevision',
        revisionId: revision.id,
        label: revision.label ?? '',
        note: revision.note ?? '',
      }),
    [store],
  );
  const checked = (revisions ?? []).filter((revision) => checkedIds.includes(revision.id));
  const compareChecked = () => {
    const [first, second] = checked;
    if (first !== undefined && second !== undefined)
      withDb((db) => compareRevisions(db, store, first, second));
  };

  return (
    <section className="history" aria-labelledby={headingId}>
      <h2 id={headingId} className="history__heading">
        {t('history.heading')}
      </h2>
      <IncludeHistoryToggle />
      {isToBe && (
        <button
          type="button"
          className="history__button"
          onClick={() => withDb((db) => compareWithAsIs(db, store))}
        >
          {t('history.compareWithAsIs')}
        </button>
      )}
      {skipped > 0 && (
        <p className="history__notice" role="status">
          {tCount('history.skipped', skipped)}
        </p>
      )}
      {problem !== null && (
        <p className="history__notice" role="alert">
          {problem}
        </p>
      )}
      {revisions === null ? (
        <p className="history__empty">{t('history.loading')}</p>
      ) : revisions.length === 0 ? (
        <p className="history__empty">{t('history.empty')}</p>
      ) : (
        <>
          <div className="history__compare">
            <button
              type="button"
              className="history__button"
              disabled={checked.length !== 2}
              onClick={compareChecked}
            >
              {t('history.compareSelected')}
            </button>
            {checked.length !== 2 && <span className="history__hint">{t('history.compareHint')}</span>}
          </div>
          <ul className="history__list" aria-label={t('history.listLabel')} onKeyDown={moveBetweenRows}>
            {revisions.map((revision, index) => (
              <RevisionRow
                key={revision.id}
                revision={revision}
                previous={revisions[index + 1] ?? null}
                now={now}
                checked={checkedIds.includes(revision.id)}
                active={previewedId === revision.id}
                onToggle={onToggle}
                onPreview={onPreview}
                onRestore={onRestore}
                onCompare={onCompare}
                onRename={onRename}
              />
            ))}
          </ul>
        </>
      )}
      {bytesUsed !== null && (
        <p className="history__storage">{t('history.storage', { size: formatBytes(bytesUsed) })}</p>
      )}
    </section>
  );
}
