import { Fragment } from 'react';
import { COMMAND_GROUPS, COMMANDS, formatShortcut, isMacPlatform, shortcutsOf } from '../commands';
import { t } from '../i18n';
import { ModalDialog } from './ModalDialog';

/** `?`: every command that has a shortcut, by menu group, written the way this platform writes keys. */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const isMac = isMacPlatform();
  return (
    <ModalDialog label={t('shortcuts.label')} onClose={onClose} className="shortcut-sheet">
      <div className="modal__header">
        <h2 className="modal__title">{t('shortcuts.label')}</h2>
        <button type="button" className="modal__button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
      <div className="modal__body">
        <p className="modal__intro">{t('shortcuts.intro')}</p>
        {COMMAND_GROUPS.map((group) => {
          const commands = COMMANDS.filter((command) => command.group === group && command.shortcut !== null);
          if (commands.length === 0) return null;
          const headingId = `shortcut-group-${group}`;
          return (
            <section key={group} className="shortcut-sheet__group" aria-labelledby={headingId}>
              <h3 id={headingId}>{t(`commandGroup.${group}`)}</h3>
              <dl className="shortcut-sheet__list">
                {commands.map((command) => (
                  <Fragment key={command.id}>
                    <dt>{t(command.label)}</dt>
                    <dd>
                      {shortcutsOf(command).map((shortcut, index) => (
                        <Fragment key={formatShortcut(shortcut, isMac)}>
                          {index > 0 && <span className="shortcut-keys"> {t('shortcuts.or')} </span>}
                          <kbd className="shortcut-key">{formatShortcut(shortcut, isMac)}</kbd>
                        </Fragment>
                      ))}
                    </dd>
                  </Fragment>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </ModalDialog>
  );
}
