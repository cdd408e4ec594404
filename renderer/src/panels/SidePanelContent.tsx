import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import { FocusBanner } from './FocusBanner';
import { Inspector } from './Inspector';
import { PersonasPanel } from './PersonasPanel';
import { QuotesPanel } from '../evidence/QuotesPanel';
import { HistoryPanel } from '../history/HistoryPanel';
import { InsightsPanel } from '../insights/InsightsPanel';
import './panels.css';

const TABS = ['inspector', 'personas', 'quotes', 'insights', 'history'] as const;
type Tab = (typeof TABS)[number];

function TabContent({ tab }: { tab: Tab }) {
  switch (tab) {
    case 'inspector':
      return <Inspector />;
    case 'personas':
      return <PersonasPanel />;
    case 'quotes':
      return <QuotesPanel />;
    case 'insights':
      return <InsightsPanel />;
    case 'history':
      return <HistoryPanel />;
  }
}

/** The side panel's tabs (WAI-ARIA tabs: arrow keys move between them), with the focus banner. */
export function SidePanelContent() {
  const [tab, setTab] = useState<Tab>('inspector');
  const baseId = useId();
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const hasMap = useStudioStore((state) => state.doc !== null);

  const moveWithArrows = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowLeft' ? -1 : 1;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? 'inspector';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  if (!hasMap) return <p className="side-panel__placeholder">{t('panels.noMap')}</p>;
  return (
    <div className="panels">
      <FocusBanner />
      <div className="panels__tabs" role="tablist" aria-label={t('panels.tabs')} onKeyDown={moveWithArrows}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabRefs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${name}-tab`}
            className="panels__tab"
            aria-selected={tab === name}
            aria-controls={`${baseId}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {t(`panels.tab.${name}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-${tab}-panel`}
        aria-labelledby={`${baseId}-${tab}-tab`}
        className="panels__panel"
      >
        <TabContent tab={tab} />
      </div>
    </div>
  );
}
