/**
 * Exchange with other tools (issue "Storytelling exports"): Mermaid `journey` text both ways, and the
 * map's evidence as CSV for spreadsheets. Pure: callers put the text on the clipboard or in a file.
 */
export { exportMermaidJourney } from './mermaid-export';
export type { MermaidExportOptions } from './mermaid-export';
export { importMermaidJourney, journeyToMap, parseMermaidJourney, scoreToEmotion } from './mermaid-import';
export type {
  MermaidImportOptions,
  MermaidJourney,
  MermaidSection,
  MermaidSyntaxError,
  MermaidTask,
} from './mermaid-import';
export { METRIC_CSV_COLUMNS, QUOTE_CSV_COLUMNS, metricsToCsv, quotesToCsv } from './csv-export';
export { personNamesOf, REDACTED_EMAIL, REDACTED_NAME, REDACTED_PHONE, redactText } from './redact';
export type { RedactOptions } from './redact';
