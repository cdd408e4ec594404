import { useEffect, useState } from 'react';
import type { RecentDocument } from '../../../shared/ipc/contract';
import { useStudioApi } from '../bridge';
import { openFileResult } from '../commands';
import { t } from '../i18n';
import { useStudioStoreApi } from '../store';

/**
 * The start screen's recent maps, newest first. A file that has gone (moved, deleted, an unplugged
 * drive) stays listed, marked, until the user removes it: it may come back when the drive does.
 */
export function RecentMaps() {
  const api = useStudioApi();
  const store = useStudioStoreApi();
  const [recent, setRecent] = useState<readonly RecentDocument[]>([]);

  useEffect(() => {
    let active = true;
    // A bridge that cannot list (a broken channel) leaves the list empty: the start screen still works.
    api.listRecent().then(
      (documents) => active && setRecent(documents),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [api]);

  if (recent.length === 0) return null;

  const open = async (document: RecentDocument) => {
    const result = await api.openRecent(document.path);
    if (!result.ok && result.error.kind === 'not-found') {
      setRecent((current) =>
        current.map((entry) => (entry.path === document.path ? { ...entry, missing: true } : entry)),
      );
    }
    await openFileResult(result, store);
  };

  const remove = async (document: RecentDocument) => {
    try {
      setRecent(await api.removeRecent(document.path));
    } catch {
      store.getState().showError(t('recent.removeFailed', { name: document.name }));
    }
  };

  return (
    <nav className="recent-maps" aria-labelledby="recent-maps-heading">
      <h2 id="recent-maps-heading" className="recent-maps__heading">
        {t('recent.heading')}
      </h2>
      <ul className="recent-maps__list">
        {recent.map((document) => (
          <li key={document.path} className="recent-maps__entry">
            <button
              type="button"
              // Still openable: the drive may be back. A file still missing says so in an alert.
              className={`recent-maps__open${document.missing ? ' recent-maps__open--missing' : ''}`}
              title={document.path}
              onClick={() => void open(document)}
            >
              <span className="recent-maps__name" dir="auto">
                {document.name}
              </span>
              <span className="recent-maps__path" dir="auto">
                {document.missing ? t('recent.missing') : document.path}
              </span>
            </button>
            <button
              type="button"
              className="recent-maps__remove"
              aria-label={t('recent.remove', { name: document.name })}
              title={t('recent.remove', { name: document.name })}
              onClick={() => void remove(document)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
