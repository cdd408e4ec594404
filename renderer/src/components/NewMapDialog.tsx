import { createNewMap, mapTemplates } from '../commands';
import type { MapStarterId } from '../commands';
import { t, tCount } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { ModalDialog } from './ModalDialog';

interface Starter {
  readonly id: MapStarterId;
  readonly title: string;
  readonly detail: string;
}

function starters(): readonly Starter[] {
  return [
    { id: 'blank', title: t('newMap.blank'), detail: t('newMap.blankDescription') },
    ...mapTemplates().map(({ id, map }) => ({
      id,
      title: map.title,
      detail: tCount('newMap.stageCount', map.stages.length, {
        names: map.stages.map((stage) => stage.name).join(', '),
      }),
    })),
  ];
}

/** Ctrl/⌘+N: a blank map or one of the templates, opened as a new, unsaved map. */
export function NewMapDialog({ onClose }: { onClose(): void }) {
  const store = useStudioStoreApi();
  const replacesAMap = useStudioStore((state) => state.doc !== null);

  const start = (starter: MapStarterId) => {
    const { doc, source } = createNewMap(starter, t('newMap.blankTitle'));
    onClose();
    store.getState().loadDocument(doc, source);
  };

  return (
    <ModalDialog label={t('newMap.label')} onClose={onClose} describedBy="new-map-intro">
      <div className="modal__header">
        <h2 className="modal__title">{t('newMap.label')}</h2>
        <button type="button" className="modal__button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </div>
      <div className="modal__body">
        <p id="new-map-intro" className="modal__intro">
          {t('newMap.intro')}
          {replacesAMap && ` ${t('newMap.replaceWarning')}`}
        </p>
        <ul className="starter-list">
          {starters().map((starter) => (
            <li key={starter.id}>
              <button type="button" className="starter" onClick={() => start(starter.id)}>
                <span className="starter__title" dir="auto">
                  {starter.title}
                </span>
                <span className="starter__detail" dir="auto">
                  {starter.detail}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </ModalDialog>
  );
}
