import { useMemo, useState } from 'react';
import { exportMermaidJourney } from '../../../shared/interop';
import { ModalDialog } from '../components/ModalDialog';
import { downloadFile, exportFileName } from '../export/downloadFile';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import './interop.css';

/**
 * The map as Mermaid `journey` text (stages → sections, touchpoints → tasks with their emotion,
 * personas → actors), to copy into a document or save as a `.mmd` file.
 *
 * No "Redact personal data" option here, on purpose: Mermaid `journey` text carries no quotes,
 * only the team's own stage and touchpoint titles, scores and persona (archetype) names; the customers'
 * words, where e-mails, phones and names turn up, leave only through the quotes CSV and the storyboard.
 */
export function MermaidExportDialog({ onClose }: { onClose(): void }) {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const text = useMemo(() => (map === null ? '' : exportMermaidJourney(map)), [map]);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      // Clipboard access can be refused (no focus, a policy): the text stays selectable in the box.
      setCopied('failed');
    }
  };

  const save = () => {
    const name = exportFileName(map?.title ?? '', 'mmd', t('map.untitled'));
    downloadFile(document, name, new Blob([text], { type: 'text/plain;charset=utf-8' }));
  };

  return (
    <ModalDialog label={t('mermaid.export.title')} onClose={onClose} describedBy="mermaid-export-intro">
      <div className="modal__header">
        <h2 className="modal__title">{t('mermaid.export.title')}</h2>
      </div>
      <div className="modal__body">
        <p id="mermaid-export-intro" className="modal__intro">
          {t('mermaid.export.intro')}
        </p>
        <textarea
          className="mermaid-dialog__text"
          aria-label={t('mermaid.export.textLabel')}
          readOnly
          value={text}
          rows={14}
          spellCheck={false}
        />
        <p className="mermaid-dialog__status" role="status">
          {copied === 'yes'
            ? t('mermaid.export.copied')
            : copied === 'failed'
              ? t('mermaid.export.copyFailed')
              : ''}
        </p>
      </div>
      <div className="modal__actions">
        <button type="button" className="modal__button" onClick={onClose}>
          {t('mermaid.close')}
        </button>
        <button type="button" className="modal__button" onClick={save}>
          {t('mermaid.export.save')}
        </button>
        <button type="button" className="modal__button modal__button--primary" onClick={() => void copy()}>
          {t('mermaid.export.copy')}
        </button>
      </div>
    </ModalDialog>
  );
}
