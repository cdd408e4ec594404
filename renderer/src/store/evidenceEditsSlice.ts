import type {
  MetricFields,
  NewMetric,
  NewQuote,
  OpportunityFields,
  QuoteFields,
  SurveyImport,
  SurveyImportSummary,
} from '../../../shared/logic';
import * as logic from '../../../shared/logic';
import type { DeclaredEvidence } from '../../../shared/model';
import { t } from '../i18n';
import type { EditOptions } from './documentSlice';
import { newId } from './mapEditsSlice';
import { editRunner } from './runEdit';
import type { SliceCreator } from './types';

/**
 * Evidence edits ("Evidence on the map"): metric snapshots, quotes, declared evidence and the action
 * plan of opportunities. Like every map edit, each is one `applyDocumentEdit`, so one undo step; a
 * refused edit changes nothing and tells the user why. A survey import is one step too, however many
 * snapshots, quotes and items it writes.
 */
export interface EvidenceEditsSlice {
  /** Returns the new snapshot's id, or null when refused (the error is shown). */
  addMetric(metric: Omit<NewMetric, 'id'>): string | null;
  updateMetric(metricId: string, fields: MetricFields, options?: EditOptions): boolean;
  deleteMetric(metricId: string): void;
  addQuote(quote: Omit<NewQuote, 'id'>): string | null;
  updateQuote(quoteId: string, fields: QuoteFields, options?: EditOptions): void;
  deleteQuote(quoteId: string): void;
  linkQuote(quoteId: string, itemId: string, linked: boolean): void;
  setItemEvidence(itemId: string, evidence: DeclaredEvidence | null): void;
  setOpportunityFields(itemId: string, fields: OpportunityFields, options?: EditOptions): void;
  /** Writes a confirmed survey import as one undoable edit "Import survey «file»". */
  importSurvey(fileName: string, input: SurveyImport): SurveyImportSummary | null;
}

export const createEvidenceEditsSlice: SliceCreator<EvidenceEditsSlice> = (_set, get) => {
  const run = editRunner(get);
  return {
    addMetric: (metric) => {
      const id = newId('m');
      return run(t('edit.evidence.addMetric'), (map) => logic.addMetric(map, { ...metric, id })) === null
        ? null
        : id;
    },
    updateMetric: (metricId, fields, options) =>
      run(t('edit.evidence.updateMetric'), (map) => logic.updateMetric(map, metricId, fields), options) !==
      null,
    deleteMetric: (metricId) =>
      void run(t('edit.evidence.deleteMetric'), (map) => logic.deleteMetric(map, metricId)),
    addQuote: (quote) => {
      const id = newId('q');
      return run(t('edit.evidence.addQuote'), (map) => logic.addQuote(map, { ...quote, id })) === null
        ? null
        : id;
    },
    updateQuote: (quoteId, fields, options) =>
      void run(t('edit.evidence.updateQuote'), (map) => logic.updateQuote(map, quoteId, fields), options),
    deleteQuote: (quoteId) =>
      void run(t('edit.evidence.deleteQuote'), (map) => logic.deleteQuote(map, quoteId)),
    linkQuote: (quoteId, itemId, linked) =>
      void run(t('edit.evidence.linkQuote'), (map) => logic.linkQuote(map, quoteId, itemId, linked)),
    setItemEvidence: (itemId, evidence) =>
      void run(t('edit.evidence.setEvidence'), (map) => logic.setItemEvidence(map, itemId, evidence)),
    setOpportunityFields: (itemId, fields, options) =>
      void run(
        t('edit.evidence.opportunity'),
        (map) => logic.setOpportunityFields(map, itemId, fields),
        options,
      ),
    importSurvey: (fileName, input) =>
      run(t('edit.evidence.importSurvey', { file: fileName }), (map) => logic.applySurveyImport(map, input))
        ?.value ?? null,
  };
};
