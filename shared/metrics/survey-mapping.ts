import { err, ok, type Result } from '../result';
import { SURVEY_SCALES, type SurveyQuestion } from './scores';
import type { CsvRow, ParsedCsv } from './survey-csv';

/** Which column (by index into the headers) holds each field; the user confirms or changes the guess. */
export interface ColumnMapping {
  readonly touchpoint?: number;
  readonly question?: number;
  readonly score?: number;
  readonly date?: number;
  readonly comment?: number;
  readonly id?: number;
}
export type MappedField = keyof ColumnMapping;

export interface SurveyMapping {
  readonly columns: ColumnMapping;
  /**
   * The question type of every row, for files that hold one kind of answer and no question column
   * (an NPS-only export). Used when `columns.question` is not mapped.
   */
  readonly fixedQuestion?: SurveyQuestion;
  /** How to read dates written with slashes or dots (03/10/2026); ISO dates need no hint. */
  readonly dateOrder?: 'day-month-year' | 'month-day-year';
}

/** One answer, checked and normalised. */
export interface SurveyResponse {
  readonly rowNumber: number;
  readonly touchpoint: string;
  readonly question: SurveyQuestion;
  readonly score: number;
  /** The day answered, `YYYY-MM-DD`. */
  readonly date: string;
  readonly comment?: string;
  readonly responseId?: string;
}

export interface RowProblem {
  readonly row: number;
  /** The header of the column at fault. */
  readonly column: string;
  readonly message: string;
}

export interface ValidatedSurvey {
  readonly responses: readonly SurveyResponse[];
  /** The first `MAX_LISTED_PROBLEMS` problems; `problemCount` says how many there are in all. */
  readonly problems: readonly RowProblem[];
  readonly problemCount: number;
  /** Rows with at least one problem; they are left out of `responses` unless the user fixes the file. */
  readonly rowsWithProblems: number;
}

export type MappingError = {
  readonly kind: 'unmapped-column';
  readonly field: MappedField;
  readonly message: string;
};

/** A list anyone can read through; past that, the count tells the user to fix the export instead. */
export const MAX_LISTED_PROBLEMS = 50;

/** Lower case, no accents, no punctuation: "Date de réponse" and "date_de_reponse" read alike. */
const normaliseHeader = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Words that name each field in the exports we know, most specific first. */
const SYNONYMS: readonly (readonly [Exclude<MappedField, never>, readonly string[]])[] = [
  ['id', ['id', 'response id', 'respondent id']],
  ['touchpoint', ['touchpoint', 'touch point', 'step', 'stage', 'channel']],
  ['question', ['question', 'question type', 'type', 'metric', 'survey']],
  ['score', ['score', 'rating', 'value', 'answer', 'grade']],
  ['date', ['date', 'submitted', 'submitted at', 'created', 'created at', 'timestamp', 'answered']],
  ['comment', ['comment', 'comments', 'feedback', 'verbatim', 'text', 'remarks']],
];

/**
 * Guesses the mapping from header names: an exact synonym wins, then a header containing a synonym as
 * a word ("NPS score", "Submitted on"). Each column serves one field, each field one column.
 */
export const guessColumnMapping = (headers: readonly string[]): ColumnMapping => {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: Partial<Record<MappedField, number>> = {};
  const find = (test: (header: string, synonym: string) => boolean, synonyms: readonly string[]) => {
    for (const synonym of synonyms) {
      const index = normalised.findIndex((header, at) => !used.has(at) && test(header, synonym));
      if (index >= 0) return index;
    }
    return -1;
  };
  for (const wholeWordsOnly of [true, false]) {
    for (const [field, synonyms] of SYNONYMS) {
      if (mapping[field] !== undefined) continue;
      const index = wholeWordsOnly
        ? find((header, synonym) => header === synonym, synonyms)
        : find((header, synonym) => ` ${header} `.includes(` ${synonym} `), synonyms);
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  return mapping;
};

const QUESTION_NAMES: Readonly<Record<string, SurveyQuestion>> = {
  nps: 'nps',
  'net promoter': 'nps',
  'net promoter score': 'nps',
  csat: 'csat',
  satisfaction: 'csat',
  'customer satisfaction': 'csat',
  ces: 'ces',
  effort: 'ces',
  'customer effort': 'ces',
  'customer effort score': 'ces',
};

const QUESTION_LABELS: Readonly<Record<SurveyQuestion, string>> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

const FIELD_NAMES: Readonly<Record<MappedField, string>> = {
  touchpoint: 'touchpoint',
  question: 'question type',
  score: 'score',
  date: 'date',
  comment: 'comment',
  id: 'response id',
};

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const isoDay = (year: number, month: number, day: number): string | null => {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The calendar day a cell names, or null. The time of day, if any, does not matter for monthly figures. */
export const parseSurveyDate = (cell: string, dateOrder?: SurveyMapping['dateOrder']): string | null => {
  const text = cell.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: .*)?$/.exec(text);
  if (local && dateOrder) {
    const [first, second, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
    return dateOrder === 'day-month-year' ? isoDay(year, second, first) : isoDay(year, first, second);
  }
  return null;
};

const REQUIRED: readonly MappedField[] = ['touchpoint', 'score', 'date'];

const checkRow = (
  row: CsvRow,
  mapping: SurveyMapping,
  headerOf: (index: number) => string,
  report: (problem: RowProblem) => void,
): SurveyResponse | null => {
  const { columns } = mapping;
  const cell = (index: number | undefined): string =>
    index === undefined ? '' : (row.cells[index] ?? '').trim();
  let valid = true;
  const problem = (index: number, message: string) => {
    valid = false;
    const column = headerOf(index);
    report({ row: row.rowNumber, column, message: `Row ${row.rowNumber}, column “${column}”: ${message}` });
  };

  const touchpoint = cell(columns.touchpoint);
  if (touchpoint === '' && columns.touchpoint !== undefined)
    problem(columns.touchpoint, 'no touchpoint is given');

  let question: SurveyQuestion | undefined = mapping.fixedQuestion;
  if (columns.question !== undefined) {
    const raw = cell(columns.question);
    question = QUESTION_NAMES[raw.toLowerCase().replace(/\s+/g, ' ')];
    if (!question) {
      problem(
        columns.question,
        raw === '' ? 'no question type is given' : `“${raw}” is not a known question type (NPS, CSAT or CES)`,
      );
    }
  }

  const rawScore = cell(columns.score);
  const score = Number(rawScore);
  if (columns.score !== undefined) {
    if (rawScore === '') problem(columns.score, 'no score is given');
    else if (!Number.isFinite(score)) problem(columns.score, `“${rawScore}” is not a number`);
    else if (!Number.isInteger(score)) problem(columns.score, `${rawScore} is not a whole number`);
    else if (question) {
      const { min, max } = SURVEY_SCALES[question];
      if (score < min || score > max) {
        problem(columns.score, `${rawScore} is outside ${min}–${max} for ${QUESTION_LABELS[question]}`);
      }
    }
  }

  const rawDate = cell(columns.date);
  const date = parseSurveyDate(rawDate, mapping.dateOrder);
  if (columns.date !== undefined && date === null) {
    problem(columns.date, rawDate === '' ? 'no date is given' : `“${rawDate}” is not a date`);
  }

  if (!valid || !question || date === null) return null;
  const comment = cell(columns.comment);
  const responseId = cell(columns.id);
  return {
    rowNumber: row.rowNumber,
    touchpoint,
    question,
    score,
    date,
    ...(comment === '' ? {} : { comment }),
    ...(responseId === '' ? {} : { responseId }),
  };
};

/**
 * Checks every row against the mapping. A mapping that lacks a required column is refused outright;
 * otherwise the valid rows and the problems (with row and column) come back together, so the user can
 * import the good rows knowingly or fix the file — nothing is written by this step.
 */
export const validateSurveyRows = (
  parsed: Pick<ParsedCsv, 'headers' | 'rows'>,
  mapping: SurveyMapping,
): Result<ValidatedSurvey, MappingError> => {
  for (const field of REQUIRED) {
    const index = mapping.columns[field];
    if (index === undefined || index < 0 || index >= parsed.headers.length) {
      return err({
        kind: 'unmapped-column',
        field,
        message: `No column is mapped to the ${FIELD_NAMES[field]}.`,
      });
    }
  }
  const questionIndex = mapping.columns.question;
  if ((questionIndex === undefined || questionIndex >= parsed.headers.length) && !mapping.fixedQuestion) {
    return err({
      kind: 'unmapped-column',
      field: 'question',
      message:
        'No column is mapped to the question type; choose one, or say which question every row answers.',
    });
  }

  const headerOf = (index: number): string => parsed.headers[index] || `column ${index + 1}`;
  const responses: SurveyResponse[] = [];
  const problems: RowProblem[] = [];
  let problemCount = 0;
  let rowsWithProblems = 0;
  for (const row of parsed.rows) {
    const before = problemCount;
    const response = checkRow(row, mapping, headerOf, (problem) => {
      problemCount += 1;
      if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem);
    });
    if (response) responses.push(response);
    if (problemCount > before) rowsWithProblems += 1;
  }
  return ok({ responses, problems, problemCount, rowsWithProblems });
};
