import Papa from 'papaparse';
import type { JourneyMap, Metric, Quote } from '../model/schema';

/**
 * A cell's value: text, a number, or nothing. Numbers stay numbers so that the formula guard below
 * leaves a negative value (an NPS of -20) alone: it is data a spreadsheet should compute with.
 */
type Cell = string | number | undefined;

/**
 * Text starting with one of these is run as a formula by Excel, LibreOffice and Sheets (CSV injection);
 * quotes are customers' own words, so a `'` in front keeps them text. Papaparse's built-in pattern,
 * `/^[=+\-@\t\r].*$/`, misses a cell with a line break after the formula because `.` stops at `\n`,
 * hence our own pattern, which tests only the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 text (every record ends with CRLF) via papaparse's `unparse`: it already quotes exactly the fields that need it (a
 * delimiter, a quote, a line break, or edge spaces), doubles inner quotes, uses CRLF, and applies the
 * formula guard to strings only, which is the behaviour we want; hand-writing it would repeat that.
 */
const toCsv = (fields: readonly string[], rows: readonly (readonly Cell[])[]): string => {
  const text = Papa.unparse(
    { fields: [...fields], data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { newline: '\r\n', escapeFormulae: FORMULA_START, header: true },
  );
  // Papaparse ends the text with a line break only when there are no rows; end every record with one
  // (RFC 4180 allows it) so files always end in a newline. A last cell ending in a line break is quoted.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
};

export const METRIC_CSV_COLUMNS = [
  'scope',
  'stage',
  'item',
  'kind',
  'name',
  'value',
  'unit',
  'target',
  'takenAt',
  'sampleSize',
  'source',
] as const;

export const QUOTE_CSV_COLUMNS = ['text', 'source', 'capturedAt', 'sentiment', 'persona', 'items'] as const;

/** Every metric snapshot in document order, one row each; an item's metric also names its stage. */
export const metricsToCsv = (map: JourneyMap): string => {
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const items = new Map(map.items.map((item) => [item.id, item]));
  const scopeCells = (metric: Metric): readonly Cell[] => {
    if (metric.itemId !== undefined) {
      const item = items.get(metric.itemId);
      return ['item', item && stageNames.get(item.stageId), item?.title];
    }
    if (metric.stageId !== undefined) return ['stage', stageNames.get(metric.stageId), undefined];
    return ['map', undefined, undefined];
  };
  return toCsv(
    METRIC_CSV_COLUMNS,
    map.metrics.map((metric) => [
      ...scopeCells(metric),
      metric.kind,
      metric.name,
      metric.value,
      metric.unit,
      metric.target,
      metric.takenAt,
      metric.sampleSize,
      metric.source,
    ]),
  );
};

/** Every quote in document order; the items it supports are joined with "; " in one cell. */
export const quotesToCsv = (map: JourneyMap): string => {
  const personaNames = new Map(map.personas.map((persona) => [persona.id, persona.name]));
  const itemTitles = new Map(map.items.map((item) => [item.id, item.title]));
  const itemsCell = (quote: Quote): string =>
    quote.itemIds.flatMap((itemId) => itemTitles.get(itemId) ?? []).join('; ');
  return toCsv(
    QUOTE_CSV_COLUMNS,
    map.quotes.map((quote) => [
      quote.text,
      quote.source,
      quote.capturedAt,
      quote.sentiment,
      quote.personaId === undefined ? undefined : personaNames.get(quote.personaId),
      itemsCell(quote),
    ]),
  );
};
