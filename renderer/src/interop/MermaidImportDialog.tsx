import { useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { importMermaidJourney } from '../../../shared/interop';
import { ModalDialog } from '../components/ModalDialog';
import { t } from '../i18n';
import { useStudioStoreApi } from '../store';
import './interop.css';

/** Mermaid text of a journey is small; anything bigger is not one (or would freeze the parser). */
const MAX_MERMAID_CHARACTERS = 1_000_000;

/**
 * Pasted or chosen Mermaid `journey` text becomes a new, unsaved map; text Mermaid would refuse is
 * explained with its line number and nothing else changes.
 */
export function MermaidImportDialog({ onClose }: { onClose(): void }) {
  const store = useStudioStoreApi();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const importText = () => {
    if (text.length > MAX_MERMAID_CHARACTERS) {
      setProblem(t('mermaid.import.tooLong'));
      return;
    }
    const result = importMermaidJourney(text, {
      newId: () => crypto.randomUUID(),
      now: new Date().toISOString(),
      fallbackTitle: t('mermaid.import.fallbackTitle'),
    });
    if (!result.ok) {
      setProblem(t('mermaid.import.error', { line: String(result.error.line), reason: result.error.reason }));
      return;
    }
    const map = result.value;
    onClose();
    // A new map, never saved: it counts as unsaved so closing asks, and drafts keep it safe meanwhile.
    store
      .getState()
      .loadDocument(
        { format: 'cxmap', version: 1, map },
        { fileName: `${map.title}.cxmap`, filePath: null, recoveredDraft: { changeCount: 0 } },
      );
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    if (file.size > MAX_MERMAID_CHARACTERS) {
      setProblem(t('mermaid.import.tooLong'));
      return;
    }
    setText(await file.text());
    setProblem(null);
  };

  return (
    <ModalDialog label={t('mermaid.import.title')} onClose={onClose} describedBy="mermaid-import-intro">
      <div className="modal__header">
        <h2 className="modal__title">{t('mermaid.import.title')}</h2>
      </div>
      <div className="modal__body">
        <p id="mermaid-import-intro" className="modal__intro">
          {t('mermaid.import.intro')}
        </p>
        <textarea
          className="mermaid-dialog__text"
          aria-label={t('mermaid.import.textLabel')}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : 'mermaid-import-problem'}
          value={text}
          rows={14}
          spellCheck={false}
          placeholder={'journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me'}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
        />
        {problem !== null && (
          <p id="mermaid-import-problem" className="mermaid-dialog__problem" role="alert">
            {problem}
          </p>
        )}
        <input
          ref={fileInput}
          type="file"
          accept=".mmd,.mermaid,.md,.txt,text/plain"
          hidden
          onChange={(event) => void readFile(event)}
        />
      </div>
      <div className="modal__actions">
        <button type="button" className="modal__button" onClick={onClose}>
          {t('mermaid.close')}
        </button>
        <button type="button" className="modal__button" onClick={() => fileInput.current?.click()}>
          {t('mermaid.import.chooseFile')}
        </button>
        <button
          type="button"
          className="modal__button modal__button--primary"
          disabled={text.trim() === ''}
          onClick={importText}
        >
          {t('mermaid.import.submit')}
        </button>
      </div>
    </ModalDialog>
  );
}
