/**
 * "The revisions of this map changed": recording, renaming and importing announce it so that an open
 * History panel reloads its list. A plain module-level signal, not store state: the list lives in
 * IndexedDB, and the store should not hold a second copy of it.
 */
type Listener = (mapId: string) => void;

const listeners = new Set<Listener>();

export function onHistoryChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function announceHistoryChanged(mapId: string): void {
  for (const listener of listeners) listener(mapId);
}
