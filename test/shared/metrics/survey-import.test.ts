import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aggregateSurvey,
  guessColumnMapping,
  matchTouchpoints,
  parseSurveyCsv,
  quotesFromComments,
  sentimentFromScore,
  snapshotsFromAggregate,
  validateSurveyRows,
  type SurveyResponse,
} from '../../../shared/metrics';
import { metricSchema, quoteSchema } from '../../../shared/model';
import { expectErr, expectOk, idCounter, ownSurveysDir, readSurveyBytes, sharedSurveysDir } from './support';

interface ExpectedFigures {
  readonly by_touchpoint: Record<string, Record<string, { value: number; responses: number }>>;
}

const expectedFor = (folder: string): ExpectedFigures =>
  (JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Record<string, ExpectedFigures>)[
    'october-responses.csv'
  ] as ExpectedFigures;

/** The October figures, from the file through every import step, against the published answers. */
const checkOctober = async (folder: string) => {
  const parsed = expectOk(await parseSurveyCsv(readSurveyBytes(folder, 'october-responses.csv')));
  const mapping = guessColumnMapping(parsed.headers);
  expect(mapping).toEqual({ id: 0, date: 1, touchpoint: 2, question: 3, score: 4, comment: 5 });
  const validated = expectOk(validateSurveyRows(parsed, { columns: mapping }));
  expect(validated.problemCount).toBe(0);
  const figures = aggregateSurvey(validated.responses, { period: 'month' });
  const actual: ExpectedFigures['by_touchpoint'] = {};
  for (const figure of figures) {
    expect(figure).toMatchObject({ periodStart: '2026-10-01', periodLabel: 'October 2026' });
    actual[figure.touchpoint] = {
      ...actual[figure.touchpoint],
      [figure.question]: { value: figure.value, responses: figure.responses },
    };
  }
  expect(actual).toEqual(expectedFor(folder).by_touchpoint);
};

describe('october-responses.csv', () => {
  it('gives the figures of expected.json, to the decimal', () => checkOctober(ownSurveysDir));
});

describe.runIf(existsSync(path.join(sharedSurveysDir, 'october-responses.csv')))(
  'shared october-responses.csv',
  () => {
    it('gives the figures of the shared expected.json', () => checkOctober(sharedSurveysDir));
  },
);

describe('guessColumnMapping', () => {
  it('recognises synonyms regardless of case and accents, one column per field', () => {
    expect(guessColumnMapping(['Étape', 'Rating', 'Submitted at', 'Verbatim', 'Channel'])).toEqual({
      score: 1,
      date: 2,
      comment: 3,
      touchpoint: 4,
    });
    expect(guessColumnMapping(['Step', 'Type', 'NPS score', 'Created'])).toEqual({
      touchpoint: 0,
      question: 1,
      score: 2,
      date: 3,
    });
  });
});

const csvOf = (lines: readonly string[]) => parseSurveyCsv(lines.join('\n'));
const COLUMNS = { touchpoint: 0, question: 1, score: 2, date: 3 };

describe('validateSurveyRows', () => {
  it('refuses a mapping without a score column', async () => {
    const parsed = expectOk(await csvOf(['touchpoint,question,date', 'Chat,nps,2026-10-01']));
    const mapping = guessColumnMapping(parsed.headers);
    expect(expectErr(validateSurveyRows(parsed, { columns: mapping })).message).toBe(
      'No column is mapped to the score.',
    );
  });

  it('needs a question column or a question fixed by the user', async () => {
    const parsed = expectOk(await csvOf(['touchpoint,score,date', 'Chat,9,2026-10-01']));
    const columns = guessColumnMapping(parsed.headers);
    expect(expectErr(validateSurveyRows(parsed, { columns })).field).toBe('question');
    const fixed = expectOk(validateSurveyRows(parsed, { columns, fixedQuestion: 'nps' }));
    expect(fixed.responses).toEqual([
      { rowNumber: 2, touchpoint: 'Chat', question: 'nps', score: 9, date: '2026-10-01' },
    ]);
  });

  it('names the row (header = row 1) and column of a score out of range', async () => {
    const good = Array.from({ length: 12 }, () => 'Chat,nps,9,2026-10-01');
    const parsed = expectOk(
      await csvOf(['touchpoint,question,score,date', ...good, 'Chat,nps,11,2026-10-01']),
    );
    const validated = expectOk(validateSurveyRows(parsed, { columns: COLUMNS }));
    expect(validated.problems).toEqual([
      { row: 14, column: 'score', message: 'Row 14, column “score”: 11 is outside 0–10 for NPS' },
    ]);
    expect(validated.responses).toHaveLength(12);
  });

  it('reports unknown question types, bad dates and non-numbers, keeping the good rows', async () => {
    const parsed = expectOk(
      await csvOf([
        'touchpoint,question,score,date',
        'Chat,xyz,3,2026-10-01',
        'Chat,csat,4,2026-02-30',
        'Chat,CES,seven,2026-10-01',
        'Chat,CSAT,6,2026-10-01',
        'Chat,Net Promoter,0,2026-10-02T10:00:00Z',
        'Chat,csat',
      ]),
    );
    const validated = expectOk(validateSurveyRows(parsed, { columns: COLUMNS }));
    expect(validated.problems.map((problem) => problem.message)).toEqual([
      'Row 2, column “question”: “xyz” is not a known question type (NPS, CSAT or CES)',
      'Row 3, column “date”: “2026-02-30” is not a date',
      'Row 4, column “score”: “seven” is not a number',
      'Row 5, column “score”: 6 is outside 1–5 for CSAT',
      'Row 7, column “score”: no score is given',
      'Row 7, column “date”: no date is given',
    ]);
    expect(validated.rowsWithProblems).toBe(5);
    expect(
      validated.responses.map((response) => [response.rowNumber, response.question, response.date]),
    ).toEqual([[6, 'nps', '2026-10-02']]);
  });

  it('lists at most 50 problems but counts them all', async () => {
    const bad = Array.from({ length: 60 }, () => 'Chat,nps,12,2026-10-01');
    const validated = expectOk(
      validateSurveyRows(expectOk(await csvOf(['touchpoint,question,score,date', ...bad])), {
        columns: COLUMNS,
      }),
    );
    expect(validated.problems).toHaveLength(50);
    expect(validated.problemCount).toBe(60);
  });

  it('reads day-first and month-first dates only when told which', async () => {
    const parsed = expectOk(await csvOf(['touchpoint,question,score,date', 'Chat,nps,9,03/10/2026']));
    expect(expectOk(validateSurveyRows(parsed, { columns: COLUMNS })).problemCount).toBe(1);
    const dayFirst = expectOk(validateSurveyRows(parsed, { columns: COLUMNS, dateOrder: 'day-month-year' }));
    expect(dayFirst.responses[0]?.date).toBe('2026-10-03');
    const monthFirst = expectOk(
      validateSurveyRows(parsed, { columns: COLUMNS, dateOrder: 'month-day-year' }),
    );
    expect(monthFirst.responses[0]?.date).toBe('2026-03-10');
  });
});

describe('matchTouchpoints', () => {
  const items = [
    { id: 'i-basket', title: 'Basket & checkout' },
    { id: 'i-phone', title: 'Phone line' },
    { id: 'i-door', title: 'Doorstep handover' },
    { id: 'i-store-a', title: 'Store A' },
    { id: 'i-store-b', title: 'Store B' },
  ];
  it('matches exactly, ignoring case, accents and spacing', () => {
    expect(matchTouchpoints(['  phone   LINE', 'Phône line'], items).get('  phone   LINE')).toEqual({
      kind: 'exact',
      itemId: 'i-phone',
    });
    expect(matchTouchpoints(['Phône line'], items).get('Phône line')).toEqual({
      kind: 'exact',
      itemId: 'i-phone',
    });
  });
  it('matches fuzzily: "and" for "&", punctuation and small typos', () => {
    const matches = matchTouchpoints(['Basket and checkout', 'Doorstep hand-over', 'Phone lnie'], items);
    expect(matches.get('Basket and checkout')).toMatchObject({ kind: 'fuzzy', itemId: 'i-basket' });
    expect(matches.get('Doorstep hand-over')).toMatchObject({ kind: 'fuzzy', itemId: 'i-door' });
    expect(matches.get('Phone lnie')).toMatchObject({ kind: 'fuzzy', itemId: 'i-phone' });
  });
  it('leaves unrelated and ambiguous names to the user, with candidates', () => {
    const matches = matchTouchpoints(['Email', 'Store C', 'Phone'], items);
    expect(matches.get('Email')?.kind).toBe('none');
    const store = matches.get('Store C');
    expect(store?.kind).toBe('none');
    expect(
      store?.kind === 'none'
        ? store.candidates
            .slice(0, 2)
            .map((candidate) => candidate.itemId)
            .sort()
        : [],
    ).toEqual(['i-store-a', 'i-store-b']);
    expect(matches.get('Phone')?.kind).toBe('none');
  });
});

const response = (
  fields: Partial<SurveyResponse> & Pick<SurveyResponse, 'question' | 'score' | 'date'>,
): SurveyResponse => ({
  rowNumber: 2,
  touchpoint: 'Chat',
  ...fields,
});

describe('aggregateSurvey', () => {
  const responses = [
    response({ question: 'nps', score: 10, date: '2026-09-30' }),
    response({ question: 'nps', score: 0, date: '2026-10-01' }),
    response({ question: 'nps', score: 9, date: '2026-10-31' }),
    response({ question: 'csat', score: 4, date: '2026-11-02' }),
  ];
  it('splits by month by default', () => {
    expect(aggregateSurvey(responses)).toEqual([
      {
        touchpoint: 'Chat',
        question: 'nps',
        periodStart: '2026-09-01',
        periodLabel: 'September 2026',
        value: 100,
        responses: 1,
      },
      {
        touchpoint: 'Chat',
        question: 'nps',
        periodStart: '2026-10-01',
        periodLabel: 'October 2026',
        value: 0,
        responses: 2,
      },
      {
        touchpoint: 'Chat',
        question: 'csat',
        periodStart: '2026-11-01',
        periodLabel: 'November 2026',
        value: 100,
        responses: 1,
      },
    ]);
  });
  it('splits by quarter, or not at all', () => {
    expect(
      aggregateSurvey(responses, { period: 'quarter' }).map((figure) => [
        figure.periodLabel,
        figure.question,
        figure.value,
      ]),
    ).toEqual([
      ['Q3 2026', 'nps', 100],
      ['Q4 2026', 'nps', 0],
      ['Q4 2026', 'csat', 100],
    ]);
    // 2 promoters, 1 detractor of 3: 33.33… → 33.3.
    expect(aggregateSurvey(responses, { period: 'all' })[0]).toEqual({
      touchpoint: 'Chat',
      question: 'nps',
      periodStart: '2026-09-30',
      periodLabel: 'All responses',
      value: 33.3,
      responses: 3,
    });
  });
});

describe('snapshots and quotes', () => {
  const responses = [
    response({ touchpoint: 'Chat', question: 'nps', score: 10, date: '2026-10-03', comment: 'Lovely' }),
    response({ touchpoint: 'Chat', question: 'nps', score: 2, date: '2026-10-04' }),
    response({ touchpoint: 'Fax', question: 'csat', score: 1, date: '2026-10-05', comment: 'Never again' }),
  ];
  const matches = matchTouchpoints(['Chat', 'Fax'], [{ id: 'i-chat', title: 'chat' }]);

  it('makes a valid snapshot per matched figure, dated at the period start', () => {
    const metrics = snapshotsFromAggregate(
      aggregateSurvey(responses),
      matches,
      idCounter('m'),
      'Survey import: x.csv',
    );
    expect(metrics).toEqual([
      {
        id: 'm1',
        kind: 'nps',
        value: 0,
        takenAt: '2026-10-01',
        itemId: 'i-chat',
        sampleSize: 2,
        source: 'Survey import: x.csv',
      },
    ]);
    expect(metricSchema.safeParse(metrics[0]).success).toBe(true);
  });

  it('turns comments of matched rows into survey quotes with sentiment from the score', () => {
    const quotes = quotesFromComments(responses, matches, idCounter('q'));
    expect(quotes).toEqual([
      {
        id: 'q1',
        text: 'Lovely',
        source: 'survey',
        capturedAt: '2026-10-03',
        sentiment: 2,
        itemIds: ['i-chat'],
      },
    ]);
    expect(quoteSchema.safeParse(quotes[0]).success).toBe(true);
  });

  it('maps each scale onto −2…2', () => {
    expect([0, 3, 4, 6, 7, 8, 9, 10].map((score) => sentimentFromScore('nps', score))).toEqual([
      -2, -2, -1, -1, 0, 0, 1, 2,
    ]);
    expect([1, 2, 3, 4, 5].map((score) => sentimentFromScore('csat', score))).toEqual([-2, -1, 0, 1, 2]);
    expect([1, 2, 3, 4, 5, 6, 7].map((score) => sentimentFromScore('ces', score))).toEqual([
      -2, -2, -1, 0, 1, 2, 2,
    ]);
  });
});
