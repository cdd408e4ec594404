import { memo, useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { defaultStudioDb, describeRevisionError, renameRevision } from '../db';
import { ModalDialog } from '../components/ModalDialog';
import { t } from '../i18n';
import { useStudioStoreApi } from '../store';
import { announceHistoryChanged } from './historyEvents';
import { AUTHOR_NAME_KEY, readAuthorName, writeSetting } from './historySettings';
import { recordAndThin } from './recording';
import './history.css';

interface NameRevisionDialogProps {
  /** Null: record a new named revision of the open map; else rename that stored revision. */
  readonly revisionId: string | null;
  readonly initialLabel: string;
  readonly initialNote: string;
  onClose(): void;
}

/** "Save revision as…" (name required, note optional, author remembered) and "Rename revision". */
export const NameRevisionDialog = memo(function NameRevisionDialog({
  revisionId,
  initialLabel,
  initialNote,
  onClose,
}: NameRevisionDialogProps) {
  const store = useStudioStoreApi();
  const baseId = useId();
  const [label, setLabel] = useState(initialLabel);
  const [note, setNote] = useState(initialNote);
  const [author, setAuthor] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const creating = revisionId === null;

  useEffect(() => {
    const db = defaultStudioDb();
    if (!creating || db === null) return;
    let cancelled = false;
    // Only fills a field the user has not typed into yet.
    void readAuthorName(db).then((name) => {
      if (!cancelled) setAuthor((typed) => (typed === '' ? name : typed));
    });
    return () => {
      cancelled = true;
    };
  }, [creating]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (trimmed === '') {
      setProblem(t('history.field.labelRequired'));
      return;
    }
    const db = defaultStudioDb();
    const map = store.getState().doc?.map;
    if (db === null || map === undefined) return onClose();
    onClose();
    if (revisionId !== null) {
      const renamed = await renameRevision(db, revisionId, { label: trimmed, note });
      if (!renamed.ok) store.getState().showError(describeRevisionError(renamed.error, map.title));
      else announceHistoryChanged(map.id);
      return;
    }
    const authorName = author.trim();
    await writeSetting(db, AUTHOR_NAME_KEY, authorName);
    const stored = await recordAndThin(db, store, {
      map,
      kind: 'named',
      label: trimmed,
      note: note.trim() === '' ? null : note,
      author: authorName === '' ? null : authorName,
    });
    if (stored) store.getState().showNotice(t('history.savedNamed', { label: trimmed }));
  };

  const title = creating ? t('history.saveDialog.title') : t('history.renameDialog.title');
  return (
    <ModalDialog label={title} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="modal__header">
          <h2 className="modal__title">{title}</h2>
        </div>
        <div className="modal__body name-revision">
          <label className="name-revision__field" htmlFor={`${baseId}-label`}>
            {t('history.field.label')}
          </label>
          <input
            id={`${baseId}-label`}
            className="name-revision__input"
            value={label}
            placeholder={t('history.field.labelPlaceholder')}
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : `${baseId}-problem`}
            onChange={(event) => {
              setLabel(event.target.value);
              setProblem(null);
            }}
          />
          {problem !== null && (
            <p id={`${baseId}-problem`} className="name-revision__problem" role="alert">
              {problem}
            </p>
          )}
          <label className="name-revision__field" htmlFor={`${baseId}-note`}>
            {t('history.field.note')}
          </label>
          <textarea
            id={`${baseId}-note`}
            className="name-revision__input"
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          {creating && (
            <>
              <label className="name-revision__field" htmlFor={`${baseId}-author`}>
                {t('history.field.author')}
              </label>
              <input
                id={`${baseId}-author`}
                className="name-revision__input"
                value={author}
                onChange={(event) => setAuthor(event.target.value)}
              />
            </>
          )}
        </div>
        <div className="modal__actions">
          <button type="button" className="modal__button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="modal__button modal__button--primary">
            {creating ? t('history.save') : t('history.renameSave')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
});
