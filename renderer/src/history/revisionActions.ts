import type { JourneyMap } from '../../../shared/model';
import { defaultStudioDb, describeRevisionError, loadRevisionMap, recordRevision } from '../db';
import type { RevisionMeta, StudioDb } from '../db';
import { t } from '../i18n';
import type { ComparedSide, StudioStore } from '../store';
import { announceHistoryChanged } from './historyEvents';
import { recordAndThin } from './recording';

/** What the user reads for a revision: its label, else when it was saved ("Automatic save, 14:05"). */
export function revisionTitle(revision: RevisionMeta): string {
  if (revision.label !== null) return revision.label;
  const when = new Date(revision.createdAt).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
  return `${t('history.automatic')}, ${when}`;
}

/** The revision's map, or null after telling the user why it cannot be shown. */
async function loadOrExplain(
  db: StudioDb,
  store: StudioStore,
  revision: RevisionMeta,
): Promise<JourneyMap | null> {
  const loaded = await loadRevisionMap(db, revision.id);
  if (loaded.ok) return loaded.value;
  const title = store.getState().doc?.map.title ?? '';
  store.getState().showError(describeRevisionError(loaded.error, title));
  return null;
}

export async function previewRevision(
  db: StudioDb,
  store: StudioStore,
  revision: RevisionMeta,
): Promise<void> {
  const map = await loadOrExplain(db, store, revision);
  if (map !== null)
    store.getState().showRevisionPreview({ revisionId: revision.id, label: revisionTitle(revision), map });
}

/**
 * Makes the revision the open map as one undoable step. The current state is recorded first (an
 * automatic "Before restoring …" revision), so history is never rewritten; if that cannot be stored,
 * nothing is restored: the user would otherwise have only the undo stack to get it back.
 */
export async function restoreRevision(
  db: StudioDb,
  store: StudioStore,
  revision: RevisionMeta,
): Promise<boolean> {
  const map = await loadOrExplain(db, store, revision);
  const current = store.getState().doc?.map;
  if (map === null || current === undefined) return false;
  const label = revisionTitle(revision);
  const safety = await recordAndThin(db, store, {
    map: current,
    kind: 'auto',
    label: t('history.beforeRestoring', { label }),
  });
  if (!safety) return false;
  store.getState().restoreMap(map, t('history.restoreLabel', { label }));
  store.getState().showNotice(t('history.restored', { label }));
  return true;
}

const currentSide = (store: StudioStore): ComparedSide | null => {
  const map = store.getState().doc?.map;
  return map === undefined ? null : { revisionId: null, label: t('history.currentMap'), map };
};

export async function compareWithCurrent(
  db: StudioDb,
  store: StudioStore,
  revision: RevisionMeta,
): Promise<void> {
  const map = await loadOrExplain(db, store, revision);
  const current = currentSide(store);
  if (map === null || current === null) return;
  store.getState().showComparison({ revisionId: revision.id, label: revisionTitle(revision), map }, current);
}

/** Two revisions side by side, the older one as "before" whatever order they were ticked in. */
export async function compareRevisions(
  db: StudioDb,
  store: StudioStore,
  first: RevisionMeta,
  second: RevisionMeta,
): Promise<void> {
  const [older, newer] = first.createdAt <= second.createdAt ? [first, second] : [second, first];
  const before = await loadOrExplain(db, store, older);
  const after = before === null ? null : await loadOrExplain(db, store, newer);
  if (before === null || after === null) return;
  store
    .getState()
    .showComparison(
      { revisionId: older.id, label: revisionTitle(older), map: before },
      { revisionId: newer.id, label: revisionTitle(newer), map: after },
    );
}

/** The as-is map a future-state map was made from, or null for any other map. */
export function asIsIdOf(map: JourneyMap): string | null {
  const variantOf = map['variantOf'];
  return typeof variantOf === 'string' && variantOf !== '' ? variantOf : null;
}

/** As-is (its newest stored revision) against the open to-be map, in the same compare view. */
export async function compareWithAsIs(db: StudioDb, store: StudioStore): Promise<void> {
  const current = currentSide(store);
  const asIsId = current === null ? null : asIsIdOf(current.map);
  if (current === null || asIsId === null) return;
  const headId = await db.maps
    .get(asIsId)
    .then((row) => row?.headRevisionId ?? null)
    // Unreadable counts as missing: the message below says what to do either way.
    .catch(() => null);
  if (headId === null) {
    store.getState().showError(t('history.asIsMissing'));
    return;
  }
  const asIs = await loadRevisionMap(db, headId);
  if (!asIs.ok) {
    store.getState().showError(describeRevisionError(asIs.error, current.map.title));
    return;
  }
  store
    .getState()
    .showComparison({ revisionId: headId, label: t('history.asIsMap'), map: asIs.value }, current);
}

/**
 * "Create future-state map": the open map copied as a to-be variant (new id, linked to its as-is map
 * by `variantOf`), opened as a new unsaved map. The as-is state is recorded first so the to-be map
 * can always be compared with it, and the copy starts its own history with a named revision.
 */
export async function createFutureState(
  store: StudioStore,
  now: () => Date = () => new Date(),
): Promise<void> {
  const doc = store.getState().doc;
  if (doc === null) return;
  const asIs = doc.map;
  const stamp = now().toISOString();
  const title = t('history.futureTitle', { title: asIs.title });
  const toBe: JourneyMap = {
    ...asIs,
    id: crypto.randomUUID(),
    title,
    createdAt: stamp,
    updatedAt: stamp,
    variantOf: asIs.id,
    variant: 'to-be',
  };
  const db = defaultStudioDb();
  if (db !== null) await recordAndThin(db, store, { map: asIs, kind: 'auto' });
  // The new map has no file: `history` of the as-is file is its past, not the copy's.
  const { history: _asIsHistory, ...rest } = doc;
  store
    .getState()
    .loadDocument(
      { ...rest, map: toBe },
      { fileName: `${title}.cxmap`, filePath: null, recoveredDraft: { changeCount: 0 } },
    );
  if (db === null) return;
  const recorded = await recordRevision(db, {
    map: toBe,
    kind: 'named',
    label: t('history.futureCreated', { title: asIs.title }),
    parentId: null,
  });
  if (!recorded.ok)
    store.getState().showError(t('history.failed', { reason: describeRevisionError(recorded.error, title) }));
  else announceHistoryChanged(toBe.id);
}
