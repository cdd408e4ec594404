import { t } from '../i18n';

/** Placeholder until the Insights panel lands; replaced whole by its own module. */
export function InsightsPanel() {
  return <p className="side-panel__placeholder">{t('panels.comingSoon')}</p>;
}
