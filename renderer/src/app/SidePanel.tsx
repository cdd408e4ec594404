import { PanelIcon } from '../components/icons';
import { SidePanelContent } from '../panels/SidePanelContent';
import { t } from '../i18n';
import { useStudioStore } from '../store';

const PANEL_ID = 'side-panel-content';

/** The inspector's place on the right; it only shows a hint until the inspector arrives. */
export function SidePanel() {
  const isOpen = useStudioStore((state) => state.isSidePanelOpen);
  const setSidePanelOpen = useStudioStore((state) => state.setSidePanelOpen);
  const toggleLabel = isOpen ? t('sidePanel.hide') : t('sidePanel.show');

  return (
    <aside
      className={`side-panel ${isOpen ? 'side-panel--open' : 'side-panel--closed'}`}
      aria-label={t('sidePanel.label')}
    >
      <div className="side-panel__header">
        {isOpen && <h2 className="side-panel__title">{t('sidePanel.label')}</h2>}
        <button
          type="button"
          className="tool-button"
          aria-label={toggleLabel}
          title={toggleLabel}
          aria-expanded={isOpen}
          aria-controls={PANEL_ID}
          onClick={() => setSidePanelOpen(!isOpen)}
        >
          <PanelIcon />
        </button>
      </div>
      <div id={PANEL_ID} className="side-panel__content" hidden={!isOpen}>
        <SidePanelContent />
      </div>
    </aside>
  );
}
