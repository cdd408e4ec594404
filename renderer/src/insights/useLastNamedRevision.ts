import { useEffect, useState } from 'react';
import { defaultStudioDb, listRevisions } from '../db';

/**
 * When the open map's newest named revision was made (ms), for the "not reviewed" insight; undefined
 * while loading, when there is none, or when the browser keeps no local database (then the insight is
 * simply not offered: no revision data, no claim). Read when the panel opens or the map changes id.
 */
export function useLastNamedRevisionAt(mapId: string | null): number | undefined {
  const [found, setFound] = useState<{ mapId: string; at: number } | null>(null);
  useEffect(() => {
    const db = defaultStudioDb();
    if (mapId === null || db === null) return;
    let current = true;
    void listRevisions(db, mapId).then((listed) => {
      if (!current || !listed.ok) return;
      // Newest first, so the first named one is the last review.
      const named = listed.value.revisions.find((revision) => revision.kind === 'named');
      setFound(named === undefined ? null : { mapId, at: named.createdAt });
    });
    return () => {
      current = false;
    };
  }, [mapId]);
  return found !== null && found.mapId === mapId ? found.at : undefined;
}
