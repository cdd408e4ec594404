import { t } from '../i18n';

/** Placeholder until the History panel lands; replaced whole by its own module. */
export function HistoryPanel() {
  return <p className="side-panel__placeholder">{t('panels.comingSoon')}</p>;
}
