import { memo, useCallback, useId, useMemo, useRef } from 'react';
import { findDescriptionLinks } from '../../../shared/logic';
import { useStudioApi } from '../bridge';
import { ModalDialog } from '../components/ModalDialog';
import { t } from '../i18n';
import { useStudioStore } from '../store';

/**
 * The http(s) links written in a description, as buttons under its field. A button never navigates
 * (no `<a href>`: a map from a stranger must not be able to take over the app window); it asks
 * "Open in your browser?" first, showing the full URL.
 */
export const DescriptionLinks = memo(function DescriptionLinks({ text }: { text: string }) {
  const links = useMemo(() => findDescriptionLinks(text), [text]);
  const openDialog = useStudioStore((state) => state.openDialog);
  const headingId = useId();
  if (links.length === 0) return null;
  return (
    <section className="description-links" aria-labelledby={headingId}>
      <h4 id={headingId} className="description-links__heading">
        {t('descriptionLinks.heading')}
      </h4>
      <ul className="description-links__list">
        {links.map((link) => (
          <li key={link.href}>
            <button
              type="button"
              className="description-links__button"
              aria-label={t('descriptionLinks.open', { href: link.href })}
              title={link.href}
              dir="ltr"
              onClick={() => openDialog({ kind: 'confirmOpenLink', href: link.href, host: link.host })}
            >
              {link.display}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});

/**
 * "Open in your browser?" with the full address and its host (in punycode, so a look-alike host
 * shows as one). Cancel has the focus; only Open hands the URL to the OS bridge, which refuses
 * anything but http(s) again.
 */
export function OpenLinkDialog({ href, host, onClose }: { href: string; host: string; onClose(): void }) {
  const api = useStudioApi();
  const showError = useStudioStore((state) => state.showError);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const introId = useId();
  const open = useCallback(() => {
    onClose();
    const failed = () => showError(t('openLink.failed', { href }));
    // Called inside the click, so Electron's main process still sees the user gesture.
    api.openExternal(href).then((opened) => {
      if (!opened) failed();
    }, failed);
  }, [api, href, onClose, showError]);
  return (
    <ModalDialog
      label={t('openLink.title')}
      role="alertdialog"
      describedBy={introId}
      onClose={onClose}
      initialFocus={cancelRef}
    >
      <div className="modal__header">
        <h2 className="modal__title">{t('openLink.title')}</h2>
      </div>
      <div className="modal__body">
        <p id={introId} className="modal__intro">
          {t('openLink.intro')}
        </p>
        <dl className="open-link__facts">
          <dt>{t('openLink.site')}</dt>
          <dd dir="ltr" data-testid="open-link-host">
            {host}
          </dd>
          <dt>{t('openLink.address')}</dt>
          <dd dir="ltr" className="open-link__href" data-testid="open-link-href">
            {href}
          </dd>
        </dl>
      </div>
      <div className="modal__actions">
        <button ref={cancelRef} type="button" className="modal__button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="modal__button modal__button--primary" onClick={open}>
          {t('openLink.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
