import type { RunCommand } from '../commands';
import { CommandButton } from '../components/CommandButton';
import { OpenIcon } from '../components/icons';
import { t } from '../i18n';
import { RecentMaps } from './RecentMaps';

export function EmptyState({ runCommand }: { runCommand: RunCommand }) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-heading">
      <div className="empty-state__art" aria-hidden="true">
        <span className="empty-state__lane" />
        <span className="empty-state__lane" />
        <span className="empty-state__lane" />
      </div>
      <h1 id="empty-state-heading" className="empty-state__heading">
        {t('emptyState.heading')}
      </h1>
      <p className="empty-state__body">{t('emptyState.body')}</p>
      <CommandButton
        id="file.open"
        runCommand={runCommand}
        icon={<OpenIcon />}
        showLabel
        className="primary-button"
      />
      <RecentMaps />
    </section>
  );
}
