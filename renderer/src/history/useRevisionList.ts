import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultStudioDb, describeRevisionError, listRevisions, storageUsed } from '../db';
import type { RevisionMeta } from '../db';
import { onHistoryChanged } from './historyEvents';

export interface RevisionListState {
  /** Null until the first list has been read. */
  readonly revisions: readonly RevisionMeta[] | null;
  readonly skipped: number;
  readonly bytesUsed: number | null;
  readonly problem: string | null;
}

const INITIAL: RevisionListState = { revisions: null, skipped: 0, bytesUsed: null, problem: null };

/**
 * The open map's revisions (newest first), how many rows could not be read, and the storage they
 * use; read again whenever this map's history changes. Without a database the list stays empty.
 */
export function useRevisionList(mapId: string, mapTitle: string): RevisionListState {
  const [state, setState] = useState<RevisionListState>(INITIAL);
  // Read when a message needs it: renaming the map must not re-read its history on every keystroke.
  const titleRef = useRef(mapTitle);
  titleRef.current = mapTitle;

  const read = useCallback(
    async (isCurrent: () => boolean) => {
      const db = defaultStudioDb();
      if (db === null) {
        if (isCurrent()) setState({ ...INITIAL, revisions: [] });
        return;
      }
      const [listed, used] = await Promise.all([listRevisions(db, mapId), storageUsed(db, mapId)]);
      if (!isCurrent()) return;
      setState({
        revisions: listed.ok ? listed.value.revisions : [],
        skipped: listed.ok ? listed.value.skipped : 0,
        bytesUsed: used.ok ? used.value : null,
        problem: listed.ok ? null : describeRevisionError(listed.error, titleRef.current),
      });
    },
    [mapId],
  );

  useEffect(() => {
    let current = true;
    const isCurrent = () => current;
    setState(INITIAL);
    void read(isCurrent);
    const unsubscribe = onHistoryChanged((changed) => {
      if (changed === mapId) void read(isCurrent);
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [mapId, read]);

  return state;
}
