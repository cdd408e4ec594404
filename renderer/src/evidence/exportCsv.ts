import { metricsToCsv, personNamesOf, quotesToCsv, redactText } from '../../../shared/interop';
import type { JourneyMap } from '../../../shared/model';
import { exportFileName, downloadFile } from '../export/downloadFile';
import { t } from '../i18n';
import type { StudioStore } from '../store';
import { readRedactExports } from '../storyboard/presentation/redactSetting';

/**
 * The map with its quotes' text redacted (e-mails, phone numbers, persona names → placeholders). The
 * persona column keeps the persona's name: personas are the team's archetypes, and the column is how a
 * spreadsheet groups quotes; a real person's name inside the customer's words is what must not leave.
 */
export function redactQuotes(map: JourneyMap): JourneyMap {
  const personNames = personNamesOf(map);
  return {
    ...map,
    quotes: map.quotes.map((quote) => ({ ...quote, text: redactText(quote.text, { personNames }) })),
  };
}

/**
 * Metrics or quotes of the open map as a CSV download. The same Blob download serves the browser and
 * Electron (Chromium asks where to save), so nothing is added to the main process. Quotes follow the
 * remembered "Redact personal data in exports" setting (Quotes panel), so the command asks nothing.
 */
export async function exportEvidenceCsv(store: StudioStore, what: 'metrics' | 'quotes'): Promise<void> {
  const map = store.getState().doc?.map;
  if (map === undefined) return;
  const text =
    what === 'metrics'
      ? metricsToCsv(map)
      : quotesToCsv((await readRedactExports()) ? redactQuotes(map) : map);
  const name = exportFileName(
    what === 'metrics'
      ? t('evidence.export.metricsName', { title: map.title })
      : t('evidence.export.quotesName', { title: map.title }),
    'csv',
    what,
  );
  downloadFile(document, name, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  store.getState().showNotice(t('evidence.export.done', { file: name }));
}
