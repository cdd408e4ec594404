import { useId, useMemo, useState } from 'react';
import type { DragEvent } from 'react';
import type { SurveyNewItem } from '../../../shared/logic';
import type {
  ColumnMapping,
  MappedField,
  ParsedCsv,
  SurveyPeriod,
  SurveyQuestion,
  TouchpointMatch,
  ValidatedSurvey,
} from '../../../shared/metrics';
import {
  aggregateSurvey,
  guessColumnMapping,
  matchTouchpoints,
  parseSurveyCsv,
  quotesFromComments,
  snapshotsFromAggregate,
  SURVEY_QUESTIONS,
  validateSurveyRows,
} from '../../../shared/metrics';
import type { JourneyMap } from '../../../shared/model';
import { ModalDialog } from '../components/ModalDialog';
import { t, tCount } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { newId } from '../store/mapEditsSlice';
import { formatMetricValue } from './format';
import './evidence.css';

const FIELDS: readonly MappedField[] = ['touchpoint', 'question', 'score', 'date', 'comment', 'id'];
const PERIODS: readonly SurveyPeriod[] = ['month', 'quarter', 'all'];
/** What the user chose for a touchpoint name: an item id, skip, or a new item in a stage. */
const SKIP = 'skip';
const CREATE = 'create:';

type Step =
  | { readonly kind: 'file'; readonly problem: string | null }
  | { readonly kind: 'parsing'; readonly fileName: string; readonly progress: number }
  | {
      readonly kind: 'mapping';
      readonly fileName: string;
      readonly parsed: ParsedCsv;
      readonly problem: string | null;
    }
  | {
      readonly kind: 'matching' | 'preview';
      readonly fileName: string;
      readonly parsed: ParsedCsv;
      readonly survey: ValidatedSurvey;
      readonly names: readonly string[];
    };

/** A file's bytes; FileReader where `Blob.arrayBuffer` is missing (older engines, jsdom). */
const readBytes = (file: File): Promise<Uint8Array> =>
  typeof file.arrayBuffer === 'function'
    ? file.arrayBuffer().then((buffer) => new Uint8Array(buffer))
    : new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
        reader.onerror = () => reject(reader.error ?? new Error('read failed'));
        reader.readAsArrayBuffer(file);
      });

const initialChoice = (match: TouchpointMatch | undefined): string =>
  match !== undefined && match.kind !== 'none' ? match.itemId : SKIP;

/**
 * "Import survey CSV…": choose a file → it is read with a progress bar → confirm which column is what →
 * tie each touchpoint name to an item → preview the figures → Import, one undoable edit. Nothing is
 * written before Import; a file that cannot be read says why (with row and column where there is one).
 */
export function SurveyImportDialog({ onClose }: { onClose(): void }) {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const store = useStudioStoreApi();
  const [step, setStep] = useState<Step>({ kind: 'file', problem: null });
  const [columns, setColumns] = useState<ColumnMapping>({});
  const [fixedQuestion, setFixedQuestion] = useState<SurveyQuestion | ''>('');
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const [matchKinds, setMatchKinds] = useState<ReadonlyMap<string, TouchpointMatch['kind']>>(new Map());
  const [period, setPeriod] = useState<SurveyPeriod>('month');
  const [commentsToQuotes, setCommentsToQuotes] = useState(true);
  const titleId = useId();

  const readFile = async (file: File) => {
    setStep({ kind: 'parsing', fileName: file.name, progress: 0 });
    const bytes = await readBytes(file);
    const parsed = await parseSurveyCsv(bytes, {
      onProgress: (progress) => setStep({ kind: 'parsing', fileName: file.name, progress }),
    });
    if (!parsed.ok) {
      setStep({
        kind: 'file',
        problem: t('evidence.survey.unreadable', { file: file.name, message: parsed.error.message }),
      });
      return;
    }
    setColumns(guessColumnMapping(parsed.value.headers));
    setStep({ kind: 'mapping', fileName: file.name, parsed: parsed.value, problem: null });
  };

  const confirmMapping = () => {
    if (step.kind !== 'mapping' || map === null) return;
    const validated = validateSurveyRows(step.parsed, {
      columns,
      ...(fixedQuestion === '' ? {} : { fixedQuestion }),
    });
    if (!validated.ok) {
      setStep({ ...step, problem: validated.error.message });
      return;
    }
    const names = [...new Set(validated.value.responses.map((response) => response.touchpoint))].sort(
      (a, b) => a.localeCompare(b, 'en'),
    );
    const matches = matchTouchpoints(names, map.items);
    setChoices(new Map(names.map((name) => [name, initialChoice(matches.get(name))])));
    setMatchKinds(new Map(names.map((name) => [name, matches.get(name)?.kind ?? 'none'])));
    setStep({
      kind: 'matching',
      fileName: step.fileName,
      parsed: step.parsed,
      survey: validated.value,
      names,
    });
  };

  const figures = useMemo(
    () => (step.kind === 'preview' ? aggregateSurvey(step.survey.responses, { period }) : []),
    [step, period],
  );

  const runImport = () => {
    if (step.kind !== 'preview' || map === null) return;
    const lane = map.lanes.find((candidate) => candidate.kind === 'touchpoints') ?? map.lanes[0];
    const matches = new Map<string, TouchpointMatch>();
    const newItems: SurveyNewItem[] = [];
    for (const [name, choice] of choices) {
      if (choice === SKIP) continue;
      if (choice.startsWith(CREATE)) {
        if (lane === undefined) continue;
        const id = newId('tp');
        newItems.push({ id, title: name, stageId: choice.slice(CREATE.length), laneId: lane.id });
        matches.set(name, { kind: 'chosen', itemId: id });
      } else {
        matches.set(name, { kind: 'chosen', itemId: choice });
      }
    }
    const metrics = snapshotsFromAggregate(figures, matches, () => newId('m'), step.fileName);
    const quotes = commentsToQuotes
      ? quotesFromComments(step.survey.responses, matches, () => newId('q'))
      : [];
    const summary = store.getState().importSurvey(step.fileName, { metrics, quotes, newItems });
    if (summary === null) return;
    store.getState().showNotice(
      t('evidence.survey.imported', {
        snapshots: tCount('evidence.count.snapshots', summary.metricCount),
        quotes: tCount('count.quotes', summary.quoteCount),
        file: step.fileName,
      }),
    );
    onClose();
  };

  const onDrop = (event: DragEvent) => {
    // The window opens dropped maps; a CSV dropped here is the survey, not a map.
    event.preventDefault();
    event.stopPropagation();
    const file = event.dataTransfer.files[0];
    if (file !== undefined) void readFile(file);
  };

  if (map === null) return null;
  const included = (name: string) => choices.get(name) !== SKIP;
  const shownFigures = figures.filter((figure) => included(figure.touchpoint));
  const commentCount =
    step.kind === 'preview'
      ? step.survey.responses.filter(
          (response) => response.comment !== undefined && included(response.touchpoint),
        ).length
      : 0;

  return (
    <ModalDialog label={t('evidence.survey.title')} onClose={onClose} className="survey-import">
      <div className="modal__header">
        <h2 id={titleId} className="modal__title">
          {t('evidence.survey.title')}
        </h2>
      </div>
      <div className="modal__body">
        {step.kind === 'file' && (
          <div
            className="survey-import__drop"
            onDragOver={(event) => {
              event.preventDefault();
              event.stopPropagation();
            }}
            onDrop={onDrop}
          >
            <label className="panel-field__label" htmlFor={`${titleId}-file`}>
              {t('evidence.survey.chooseFile')}
            </label>
            <input
              id={`${titleId}-file`}
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file !== undefined) void readFile(file);
              }}
            />
            <p className="panel-field__hint">{t('evidence.survey.dropHint')}</p>
            {step.problem !== null && (
              <p role="alert" className="survey-import__problem">
                {step.problem}
              </p>
            )}
          </div>
        )}
        {step.kind === 'parsing' && (
          <div>
            <p>{t('evidence.survey.reading', { file: step.fileName })}</p>
            <progress max={1} value={step.progress} aria-label={t('evidence.survey.progress')} />
          </div>
        )}
        {step.kind !== 'file' && step.kind !== 'parsing' && (
          <p className="panel-field__hint" dir="auto">
            {t('evidence.survey.fileSummary', {
              file: step.fileName,
              rows: tCount('evidence.count.rows', step.parsed.rows.length),
              columns: String(step.parsed.headers.length),
            })}
          </p>
        )}
        {step.kind === 'mapping' && (
          <MappingStep
            headers={step.parsed.headers}
            columns={columns}
            onColumns={setColumns}
            fixedQuestion={fixedQuestion}
            onFixedQuestion={setFixedQuestion}
            problem={step.problem}
          />
        )}
        {step.kind === 'matching' && (
          <MatchingStep
            map={map}
            names={step.names}
            choices={choices}
            matchKinds={matchKinds}
            onChoose={(name, choice) => setChoices((current) => new Map(current).set(name, choice))}
          />
        )}
        {step.kind === 'preview' && (
          <>
            <h3 className="evidence-section__heading">{t('evidence.survey.previewHeading')}</h3>
            <label className="panel-field">
              <span className="panel-field__label">{t('evidence.survey.period')}</span>
              <select
                className="panel-field__input"
                value={period}
                onChange={(event) => setPeriod(event.target.value as SurveyPeriod)}
              >
                {PERIODS.map((option) => (
                  <option key={option} value={option}>
                    {t(`evidence.survey.period.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            {shownFigures.length === 0 ? (
              <p className="survey-import__problem">{t('evidence.survey.nothingToImport')}</p>
            ) : (
              <table className="survey-import__table">
                <thead>
                  <tr>
                    <th scope="col">{t('evidence.survey.col.touchpoint')}</th>
                    <th scope="col">{t('evidence.survey.col.period')}</th>
                    <th scope="col">{t('evidence.survey.col.measure')}</th>
                    <th scope="col">{t('evidence.survey.col.value')}</th>
                    <th scope="col">{t('evidence.survey.col.responses')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shownFigures.map((figure) => (
                    <tr key={`${figure.touchpoint}\u0000${figure.periodStart}\u0000${figure.question}`}>
                      <td dir="auto">{figure.touchpoint}</td>
                      <td>{figure.periodLabel}</td>
                      <td>{t(`evidence.kind.${figure.question}`)}</td>
                      <td>{formatMetricValue(figure.question, figure.value)}</td>
                      <td>{figure.responses}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <label className="panel-check">
              <input
                type="checkbox"
                checked={commentsToQuotes}
                onChange={(event) => setCommentsToQuotes(event.target.checked)}
              />
              <span className="panel-check__text">
                {t('evidence.survey.commentsToQuotes')} ({tCount('count.quotes', commentCount)})
              </span>
            </label>
            <ProblemList survey={step.survey} />
          </>
        )}
      </div>
      <div className="modal__actions survey-import__actions">
        <button type="button" className="modal__button" onClick={onClose}>
          {t('evidence.survey.cancel')}
        </button>
        {(step.kind === 'matching' || step.kind === 'preview') && (
          <button
            type="button"
            className="modal__button"
            onClick={() =>
              step.kind === 'matching'
                ? setStep({ kind: 'mapping', fileName: step.fileName, parsed: step.parsed, problem: null })
                : setStep({ ...step, kind: 'matching' })
            }
          >
            {t('evidence.survey.back')}
          </button>
        )}
        {step.kind === 'mapping' && (
          <button type="button" className="modal__button modal__button--primary" onClick={confirmMapping}>
            {t('evidence.survey.next')}
          </button>
        )}
        {step.kind === 'matching' && (
          <button
            type="button"
            className="modal__button modal__button--primary"
            onClick={() => setStep({ ...step, kind: 'preview' })}
          >
            {t('evidence.survey.next')}
          </button>
        )}
        {step.kind === 'preview' && (
          <button
            type="button"
            className="modal__button modal__button--primary"
            disabled={shownFigures.length === 0}
            onClick={runImport}
          >
            {t('evidence.survey.import')}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}

function MappingStep({
  headers,
  columns,
  onColumns,
  fixedQuestion,
  onFixedQuestion,
  problem,
}: {
  headers: readonly string[];
  columns: ColumnMapping;
  onColumns(columns: ColumnMapping): void;
  fixedQuestion: SurveyQuestion | '';
  onFixedQuestion(question: SurveyQuestion | ''): void;
  problem: string | null;
}) {
  const baseId = useId();
  return (
    <>
      <h3 className="evidence-section__heading">{t('evidence.survey.mappingHeading')}</h3>
      <div className="survey-import__grid">
        {FIELDS.map((field) => (
          <div key={field} className="panel-field">
            <label className="panel-field__label" htmlFor={`${baseId}-${field}`}>
              {t(`evidence.survey.field.${field}`)}
            </label>
            <select
              id={`${baseId}-${field}`}
              className="panel-field__input"
              value={columns[field] === undefined ? '' : String(columns[field])}
              onChange={(event) => {
                // A column serves one field: choosing it here takes it from any other field.
                const chosen = event.target.value === '' ? undefined : Number(event.target.value);
                const kept = Object.entries(columns).filter(
                  ([other, index]) => other !== field && index !== chosen,
                );
                onColumns(
                  Object.fromEntries(
                    chosen === undefined ? kept : [...kept, [field, chosen]],
                  ) as ColumnMapping,
                );
              }}
            >
              <option value="">{t('evidence.survey.column.none')}</option>
              {headers.map((header, index) => (
                <option key={index} value={String(index)}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
        {columns.question === undefined && (
          <div className="panel-field">
            <label className="panel-field__label" htmlFor={`${baseId}-fixed`}>
              {t('evidence.survey.fixedQuestion')}
            </label>
            <select
              id={`${baseId}-fixed`}
              className="panel-field__input"
              value={fixedQuestion}
              onChange={(event) => onFixedQuestion(event.target.value as SurveyQuestion | '')}
            >
              <option value="">{t('evidence.survey.column.none')}</option>
              {SURVEY_QUESTIONS.map((question) => (
                <option key={question} value={question}>
                  {t(`evidence.kind.${question}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {problem !== null && (
        <p role="alert" className="survey-import__problem">
          {problem}
        </p>
      )}
    </>
  );
}

function MatchingStep({
  map,
  names,
  choices,
  matchKinds,
  onChoose,
}: {
  map: JourneyMap;
  names: readonly string[];
  choices: ReadonlyMap<string, string>;
  matchKinds: ReadonlyMap<string, TouchpointMatch['kind']>;
  onChoose(name: string, choice: string): void;
}) {
  const baseId = useId();
  const canCreate = map.lanes.length > 0;
  return (
    <>
      <h3 className="evidence-section__heading">{t('evidence.survey.matchingHeading')}</h3>
      {names.map((name, index) => {
        const kind = matchKinds.get(name);
        const choice = choices.get(name) ?? SKIP;
        const unchanged = choice !== SKIP && !choice.startsWith(CREATE) && kind !== 'none';
        return (
          <div key={name} className="panel-field">
            <label className="panel-field__label" htmlFor={`${baseId}-${index}`} dir="auto">
              {t('evidence.survey.matchFor', { name })}
              {unchanged &&
                (kind === 'exact' || kind === 'fuzzy') &&
                ` (${t(`evidence.survey.match.${kind}`)})`}
            </label>
            <select
              id={`${baseId}-${index}`}
              className="panel-field__input"
              value={choice}
              onChange={(event) => onChoose(name, event.target.value)}
            >
              <option value={SKIP}>{t('evidence.survey.match.skip')}</option>
              {map.items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title.trim() === '' ? t('inspector.untitled') : item.title}
                </option>
              ))}
              {canCreate &&
                map.stages.map((stage) => (
                  <option key={stage.id} value={`${CREATE}${stage.id}`}>
                    {t('evidence.survey.match.create', { stage: stage.name })}
                  </option>
                ))}
            </select>
          </div>
        );
      })}
    </>
  );
}

function ProblemList({ survey }: { survey: ValidatedSurvey }) {
  if (survey.problemCount === 0) return null;
  return (
    <div role="alert" className="survey-import__problems">
      <p className="survey-import__problem">
        {tCount('evidence.survey.problemRows', survey.rowsWithProblems)}
      </p>
      <ul>
        {survey.problems.map((problem, index) => (
          <li key={index} dir="auto">
            {t('evidence.survey.problem', {
              row: String(problem.row),
              column: problem.column,
              message: problem.message,
            })}
          </li>
        ))}
      </ul>
      {survey.problemCount > survey.problems.length && (
        <p>
          {t('evidence.survey.moreProblems', { count: String(survey.problemCount - survey.problems.length) })}
        </p>
      )}
    </div>
  );
}
