import { t } from '../i18n';

/** Placeholder until the Quotes panel lands; replaced whole by its own module. */
export function QuotesPanel() {
  return <p className="side-panel__placeholder">{t('panels.comingSoon')}</p>;
}
